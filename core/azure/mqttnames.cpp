#include "azure/mqttnames.h"
#include "azure/sas.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace azure {

QString dpsUsername(QStringView idScope, QStringView registrationId, QStringView apiVersion, QStringView clientVersion)
{
    QString user = idScope.toString() + QStringLiteral("/registrations/") + registrationId.toString() +
                   QStringLiteral("/api-version=") + apiVersion.toString();
    if (!clientVersion.isEmpty())
        user += QStringLiteral("&ClientVersion=") + urlEncode(clientVersion);
    return user;
}

QString dpsResponseFilter()
{
    return QStringLiteral("$dps/registrations/res/#");
}

QString dpsRegisterTopic(QStringView rid)
{
    return QStringLiteral("$dps/registrations/PUT/iotdps-register/?$rid=") + rid.toString();
}

QString dpsPollTopic(QStringView rid, QStringView operationId)
{
    return QStringLiteral("$dps/registrations/GET/iotdps-get-operationstatus/?$rid=") + rid.toString() +
           QStringLiteral("&operationId=") + operationId.toString();
}

QByteArray dpsRegisterPayload(QStringView registrationId, const QByteArray &payloadJson)
{
    // Built by hand to keep the field order of the SDKs ({"registrationId":...,"payload":...}).
    QByteArray id =
        QJsonDocument(QJsonObject{{QStringLiteral("k"), registrationId.toString()}}).toJson(QJsonDocument::Compact);
    id = id.mid(5, id.size() - 6); // the quoted, escaped string from {"k":"..."}
    QByteArray body = "{\"registrationId\":" + id;
    if (!payloadJson.isEmpty())
        body += ",\"payload\":" + payloadJson;
    return body + '}';
}

QString hubUsername(QStringView host, QStringView deviceId, QStringView apiVersion, QStringView moduleId)
{
    QString user = host.toString() + u'/' + deviceId.toString() + u'/';
    if (!moduleId.isEmpty())
        user += moduleId.toString() + u'/';
    return user + QStringLiteral("?api-version=") + apiVersion.toString();
}

QString hubClientId(QStringView deviceId, QStringView moduleId)
{
    return moduleId.isEmpty() ? deviceId.toString() : deviceId.toString() + u'/' + moduleId.toString();
}

QString hubTelemetryTopic(QStringView deviceId)
{
    return QStringLiteral("devices/") + deviceId.toString() + QStringLiteral("/messages/events/");
}

QString hubCloudToDeviceFilter(QStringView deviceId)
{
    return QStringLiteral("devices/") + deviceId.toString() + QStringLiteral("/messages/devicebound/#");
}

} // namespace azure
