#include "azure/service/registryclient.h"

#include <QJsonArray>

namespace azure::service {

namespace {

// "Never" is 0001-01-01T00:00:00 (with or without Z) (§2.4).
QDateTime timeOf(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() && t.date().year() > 1 ? t : QDateTime();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QString DeviceIdentity::authName(Auth auth)
{
    switch (auth) {
    case Auth::Sas:
        return QStringLiteral("sas");
    case Auth::SelfSigned:
        return QStringLiteral("selfSigned");
    case Auth::CertificateAuthority:
        return QStringLiteral("certificateAuthority");
    case Auth::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject DeviceIdentity::toJson() const
{
    QJsonObject authentication{{QStringLiteral("type"), authName(auth)}};
    if (auth == Auth::Sas) // empty keys: the hub generates both (§2.2)
        authentication.insert(
            QStringLiteral("symmetricKey"),
            QJsonObject{{QStringLiteral("primaryKey"), primaryKey}, {QStringLiteral("secondaryKey"), secondaryKey}});
    if (auth == Auth::SelfSigned)
        authentication.insert(QStringLiteral("x509Thumbprint"),
                              QJsonObject{{QStringLiteral("primaryThumbprint"), primaryThumbprint},
                                          {QStringLiteral("secondaryThumbprint"), stringOrNull(secondaryThumbprint)}});
    QJsonObject o{{QStringLiteral("deviceId"), deviceId},
                  {QStringLiteral("status"), enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")},
                  {QStringLiteral("authentication"), authentication},
                  {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("iotEdge"), false}}}};
    if (!statusReason.isEmpty())
        o.insert(QStringLiteral("statusReason"), statusReason);
    if (!etag.isEmpty())
        o.insert(QStringLiteral("etag"), etag);
    return o;
}

DeviceIdentity DeviceIdentity::fromJson(const QJsonObject &o)
{
    DeviceIdentity d;
    d.deviceId = str(o, "deviceId");
    const QJsonObject a = o.value(u"authentication").toObject();
    const QString type = str(a, "type");
    d.auth = type == QLatin1String("sas")                    ? Auth::Sas
             : type == QLatin1String("selfSigned")           ? Auth::SelfSigned
             : type == QLatin1String("certificateAuthority") ? Auth::CertificateAuthority
                                                             : Auth::None;
    const QJsonObject sym = a.value(u"symmetricKey").toObject();
    d.primaryKey = str(sym, "primaryKey");
    d.secondaryKey = str(sym, "secondaryKey");
    const QJsonObject x509 = a.value(u"x509Thumbprint").toObject();
    d.primaryThumbprint = str(x509, "primaryThumbprint");
    d.secondaryThumbprint = str(x509, "secondaryThumbprint");
    d.enabled = str(o, "status") != QLatin1String("disabled");
    d.statusReason = str(o, "statusReason");
    d.etag = str(o, "etag");
    d.generationId = str(o, "generationId");
    d.connectionState = str(o, "connectionState");
    d.connectionStateUpdatedTime = timeOf(o.value(u"connectionStateUpdatedTime"));
    d.lastActivityTime = timeOf(o.value(u"lastActivityTime"));
    d.cloudToDeviceMessageCount = o.value(u"cloudToDeviceMessageCount").toInt();
    return d;
}

Twin Twin::fromJson(const QJsonObject &o)
{
    Twin t;
    t.deviceId = str(o, "deviceId");
    t.etag = str(o, "etag");
    t.version = o.value(u"version").toInteger();
    t.tags = o.value(u"tags").toObject();
    const QJsonObject props = o.value(u"properties").toObject();
    t.desired = props.value(u"desired").toObject();
    t.reported = props.value(u"reported").toObject();
    t.connectionState = str(o, "connectionState");
    return t;
}

RegistryClient::RegistryClient(Endpoint endpoint, QObject *parent)
    : ServiceClient(Service::Hub, std::move(endpoint), parent)
{
}

ServiceReply *RegistryClient::createDevice(const DeviceIdentity &device)
{
    QJsonObject body = device.toJson();
    body.remove(QStringLiteral("etag"));
    return send("PUT", {QStringLiteral("devices"), device.deviceId}, body, {}, tr("device %1").arg(device.deviceId));
}

ServiceReply *RegistryClient::updateDevice(const DeviceIdentity &device, const QByteArray &etag)
{
    return send("PUT", {QStringLiteral("devices"), device.deviceId}, device.toJson(), etag.isEmpty() ? "*" : etag,
                tr("device %1").arg(device.deviceId));
}

ServiceReply *RegistryClient::getDevice(const QString &deviceId)
{
    return send("GET", {QStringLiteral("devices"), deviceId}, {}, {}, tr("device %1").arg(deviceId));
}

ServiceReply *RegistryClient::deleteDevice(const QString &deviceId, const QByteArray &etag)
{
    return send("DELETE", {QStringLiteral("devices"), deviceId}, {}, etag.isEmpty() ? "*" : etag,
                tr("device %1").arg(deviceId));
}

ServiceReply *RegistryClient::getTwin(const QString &deviceId)
{
    return send("GET", {QStringLiteral("twins"), deviceId}, {}, {}, tr("the twin of %1").arg(deviceId));
}

ServiceReply *RegistryClient::updateTwin(const QString &deviceId, const QJsonObject &patch, const QByteArray &etag)
{
    return send("PATCH", {QStringLiteral("twins"), deviceId}, patch, etag.isEmpty() ? "*" : etag,
                tr("the twin of %1").arg(deviceId));
}

ServiceReply *RegistryClient::invokeMethod(const QString &deviceId, const QString &methodName,
                                           const QJsonValue &payload, int responseTimeoutSeconds,
                                           int connectTimeoutSeconds)
{
    Call call = makeCall("POST", {QStringLiteral("twins"), deviceId, QStringLiteral("methods")},
                         QJsonObject{{QStringLiteral("methodName"), methodName},
                                     {QStringLiteral("payload"), payload},
                                     {QStringLiteral("responseTimeoutInSeconds"), responseTimeoutSeconds},
                                     {QStringLiteral("connectTimeoutInSeconds"), connectTimeoutSeconds}},
                         {}, tr("method %1 on %2").arg(methodName, deviceId));
    call.timeoutMs = (responseTimeoutSeconds + connectTimeoutSeconds + 15) * 1000;
    call.retry504 = false; // 504 is the device's silence, not a passing fault
    return send(std::move(call));
}

ServiceReply *RegistryClient::queryDevices(int pageSize, const QByteArray &continuation)
{
    Call call = makeCall("POST", {QStringLiteral("devices"), QStringLiteral("query")},
                         QJsonObject{{QStringLiteral("query"), QStringLiteral("SELECT * FROM devices")}}, {},
                         tr("the device query"));
    call.headers.append({"x-ms-max-item-count", QByteArray::number(pageSize)});
    if (!continuation.isEmpty())
        call.headers.append({"x-ms-continuation", continuation});
    return send(std::move(call));
}

std::optional<DeviceIdentity> RegistryClient::device(const ServiceResult &result)
{
    if (!result.ok() || !result.json.isObject())
        return std::nullopt;
    DeviceIdentity d = DeviceIdentity::fromJson(result.json.toObject());
    if (!result.etag.isEmpty()) // the header is authoritative (§2.3)
        d.etag = QString::fromLatin1(result.etag).remove(u'"');
    return d;
}

std::optional<Twin> RegistryClient::twin(const ServiceResult &result)
{
    if (!result.ok() || !result.json.isObject())
        return std::nullopt;
    return Twin::fromJson(result.json.toObject());
}

std::optional<MethodResponse> RegistryClient::methodResponse(const ServiceResult &result)
{
    if (!result.ok() || !result.json.isObject())
        return std::nullopt;
    const QJsonObject o = result.json.toObject();
    return MethodResponse{o.value(u"status").toInt(), o.value(u"payload")};
}

} // namespace azure::service
