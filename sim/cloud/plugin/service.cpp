#include "service.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <sys/stat.h>

#include <openssl/crypto.h>

extern "C" {
#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>
}

using namespace laz;

namespace lazplugin {

namespace {

const QString kMethodFilter = QStringLiteral("$iothub/methods/POST/#");
const QString kDesiredFilter = QStringLiteral("$iothub/twin/PATCH/properties/desired/#");
const QByteArray kBridgePrefix = "$local-azure/service/";

struct PendingMethod
{
    QByteArray serviceRid; // the bridge's request id
    QString deviceId, methodName;
    QByteArray payload;           // JSON text for the device
    qint64 connectDeadlineMs = 0; // until the device must be online and subscribed
    int responseTimeoutMs = 30000;
    QByteArray deviceRid;          // set once sent to the device
    qint64 responseDeadlineMs = 0; // set once sent
};

struct ServiceState
{
    QList<PendingMethod> methods;
    quint64 nextRid = 1;
    QHash<QString, QSet<QString>> sessions; // hub device id -> filters of its kept session
    QJsonObject activity;                   // device id -> connectionState, ..UpdatedTime, lastActivityTime
    bool activityDirty = false;
};

ServiceState &svc()
{
    static ServiceState s;
    return s;
}

QByteArray bridgeClientId()
{
    for (auto it = g->clients.cbegin(); it != g->clients.cend(); ++it)
        if (it->kind == Kind::Service)
            return it->id;
    return {};
}

// The connection of a hub device that holds @p filter (there is at most one: Azure and Mosquitto
// close the older connection of a device id).
QByteArray deviceConnection(const QString &deviceId, const QString &filter)
{
    for (auto it = g->clients.cbegin(); it != g->clients.cend(); ++it)
        if (it->kind == Kind::Hub && it->identity == deviceId && it->subs.contains(filter))
            return it->id;
    return {};
}

void answerMethod(const QByteArray &serviceRid, const QJsonObject &result)
{
    const QByteArray bridge = bridgeClientId();
    if (bridge.isEmpty())
        return; // the service went away; nobody waits for the answer
    publishTo(bridge, kBridgePrefix + "methods/result/" + serviceRid,
              QJsonDocument(result).toJson(QJsonDocument::Compact), 1);
}

QJsonObject methodError(int httpStatus, int code, const QString &message)
{
    return QJsonObject{{QStringLiteral("httpStatus"), httpStatus},
                       {QStringLiteral("errorCode"), code},
                       {QStringLiteral("message"), message}};
}

void sendMethod(PendingMethod &m, const QByteArray &clientId)
{
    m.deviceRid = QByteArray::number(svc().nextRid++, 16);
    m.responseDeadlineMs = nowMs() + m.responseTimeoutMs;
    publishTo(clientId, "$iothub/methods/POST/" + m.methodName.toUtf8() + "/?$rid=" + m.deviceRid, m.payload, 0);
}

void invokeMethod(const QByteArray &serviceRid, const QByteArray &body)
{
    const QJsonObject req = QJsonDocument::fromJson(body).object();
    PendingMethod m;
    m.serviceRid = serviceRid;
    m.deviceId = str(req, "deviceId");
    m.methodName = str(req, "methodName");
    const QJsonValue payload = req.value(QStringLiteral("payload"));
    // The device receives the invocation's payload as JSON text (a scalar too; absent is null).
    const QByteArray wrapped =
        QJsonDocument(QJsonArray{payload.isUndefined() ? QJsonValue() : payload}).toJson(QJsonDocument::Compact);
    m.payload = wrapped.mid(1, wrapped.size() - 2);
    m.connectDeadlineMs = nowMs() + req.value(QStringLiteral("connectTimeoutMs")).toInt(0);
    m.responseTimeoutMs = req.value(QStringLiteral("responseTimeoutMs")).toInt(30000);
    const QByteArray target = deviceConnection(m.deviceId, kMethodFilter);
    if (!target.isEmpty()) {
        sendMethod(m, target);
    } else if (m.connectDeadlineMs <= nowMs()) {
        return answerMethod(serviceRid,
                            methodError(404, 404103, QStringLiteral("Timed out waiting for device to connect.")));
    }
    svc().methods.append(m);
}

void pushDesired(const QString &deviceId, const QByteArray &patch)
{
    const QJsonObject o = QJsonDocument::fromJson(patch).object();
    const QByteArray target = deviceConnection(deviceId, kDesiredFilter);
    if (target.isEmpty())
        return; // not connected or not subscribed: Azure does not queue desired patches either
    publishTo(target,
              "$iothub/twin/PATCH/properties/desired/?$version=" +
                  QByteArray::number(o.value(QStringLiteral("$version")).toInteger()),
              patch, 0);
}

void setActivity(const QString &deviceId, const char *key, const QJsonValue &value)
{
    QJsonObject a = svc().activity.value(deviceId).toObject();
    a.insert(QLatin1String(key), value);
    svc().activity.insert(deviceId, a);
    svc().activityDirty = true;
}

void writeActivity()
{
    if (!svc().activityDirty)
        return;
    QSaveFile f(g->dir + QStringLiteral("/activity.json"));
    if (!f.open(QIODevice::WriteOnly))
        return logLine(MOSQ_LOG_ERR, QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()));
    if (::fchmod(f.handle(), S_IRUSR | S_IWUSR) != 0) // owner-only before the first byte
        return logLine(MOSQ_LOG_ERR, QStringLiteral("cannot restrict %1 to its owner").arg(f.fileName()));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("devices"), svc().activity}}).toJson(QJsonDocument::Compact));
    if (!f.commit())
        return logLine(MOSQ_LOG_ERR, QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()));
    svc().activityDirty = false;
}

} // namespace

bool serviceAuthenticate(const char *password)
{
    QFile f(g->dir + QStringLiteral("/service.token"));
    if (!password || !f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray token = f.readAll().trimmed();
    const QByteArray given(password);
    return !token.isEmpty() && token.size() == given.size() &&
           CRYPTO_memcmp(token.constData(), given.constData(), size_t(token.size())) == 0;
}

bool serviceAclCheck(int access, const QString &topic)
{
    switch (access) {
    case MOSQ_ACL_SUBSCRIBE:
    case MOSQ_ACL_WRITE:
    case MOSQ_ACL_READ:
        return topic.startsWith(QString::fromLatin1(kBridgePrefix));
    case MOSQ_ACL_UNSUBSCRIBE:
        return true;
    }
    return false;
}

void serviceMessage(const QByteArray &topic, const QByteArray &payload)
{
    const QByteArray rest = topic.mid(kBridgePrefix.size());
    if (rest.startsWith("methods/invoke/"))
        invokeMethod(rest.mid(int(qstrlen("methods/invoke/"))), payload);
    else if (rest.startsWith("twin/desired/"))
        pushDesired(QString::fromUtf8(rest.mid(int(qstrlen("twin/desired/")))), payload);
}

void serviceMethodAnswer(const Client &device, const QByteArray &topic, const QByteArray &payload)
{
    // $iothub/methods/res/{status}/?$rid={rid}
    const QByteArray rid = queryValue(topic, "$rid").value_or(QByteArray());
    const QList<QByteArray> parts = topic.left(topic.indexOf('?')).split('/');
    bool ok = false;
    const int status = parts.value(3).toInt(&ok);
    auto &methods = svc().methods;
    for (int i = 0; i < methods.size(); ++i) {
        if (methods[i].deviceRid != rid || methods[i].deviceId != device.identity)
            continue;
        const PendingMethod m = methods.takeAt(i);
        if (!ok)
            return answerMethod(m.serviceRid, methodError(400, 400004, QStringLiteral("Malformed method response.")));
        // The answer is any JSON value, or nothing (null).
        QJsonValue value;
        if (!payload.trimmed().isEmpty()) {
            const QJsonDocument doc = QJsonDocument::fromJson("[" + payload + "]");
            value = doc.isArray() ? doc.array().at(0) : QJsonValue(QString::fromUtf8(payload));
        }
        return answerMethod(m.serviceRid, QJsonObject{{QStringLiteral("httpStatus"), 200},
                                                      {QStringLiteral("status"), status},
                                                      {QStringLiteral("payload"), value}});
    }
    logLine(MOSQ_LOG_INFO, QStringLiteral("method answer from %1 with unknown $rid dropped").arg(device.identity));
}

void serviceTick()
{
    const qint64 now = nowMs();
    auto &methods = svc().methods;
    for (int i = 0; i < methods.size();) {
        PendingMethod &m = methods[i];
        if (m.deviceRid.isEmpty()) {
            const QByteArray target = deviceConnection(m.deviceId, kMethodFilter);
            if (!target.isEmpty()) {
                sendMethod(m, target);
            } else if (now >= m.connectDeadlineMs) {
                answerMethod(m.serviceRid,
                             methodError(404, 404103, QStringLiteral("Timed out waiting for device to connect.")));
                methods.removeAt(i);
                continue;
            }
        } else if (now >= m.responseDeadlineMs) {
            answerMethod(m.serviceRid,
                         methodError(504, 504101, QStringLiteral("Timed out waiting for the response from device.")));
            methods.removeAt(i);
            continue;
        }
        ++i;
    }
    writeActivity();
}

void sessionConnected(mosquitto *mc, Client &c)
{
    if (mosquitto_client_clean_session(mc))
        svc().sessions.remove(c.identity);
    else
        c.subs = svc().sessions.value(c.identity);
    const QString now = azureTimestamp(nowMs());
    setActivity(c.identity, "connectionState", QStringLiteral("Connected"));
    setActivity(c.identity, "connectionStateUpdatedTime", now);
    setActivity(c.identity, "lastActivityTime", now);
}

void sessionSubscribed(const Client &c, const QString &filter, bool subscribed)
{
    if (subscribed)
        svc().sessions[c.identity].insert(filter);
    else
        svc().sessions[c.identity].remove(filter);
}

void sessionDisconnected(const Client &c)
{
    for (auto it = g->clients.cbegin(); it != g->clients.cend(); ++it)
        if (it->kind == Kind::Hub && it->identity == c.identity && &*it != &c)
            return; // a newer connection of the same device took over
    setActivity(c.identity, "connectionState", QStringLiteral("Disconnected"));
    setActivity(c.identity, "connectionStateUpdatedTime", azureTimestamp(nowMs()));
}

void activitySeen(const QString &deviceId)
{
    setActivity(deviceId, "lastActivityTime", azureTimestamp(nowMs()));
}

void activityReset()
{
    QFile f(g->dir + QStringLiteral("/activity.json"));
    if (f.open(QIODevice::ReadOnly))
        svc().activity = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("devices")).toObject();
    for (auto it = svc().activity.begin(); it != svc().activity.end(); ++it) {
        QJsonObject a = it->toObject();
        if (a.value(QStringLiteral("connectionState")).toString() == QStringLiteral("Connected")) {
            a.insert(QStringLiteral("connectionState"), QStringLiteral("Disconnected"));
            a.insert(QStringLiteral("connectionStateUpdatedTime"), azureTimestamp(nowMs()));
            *it = a;
        }
    }
    svc().activityDirty = true;
    writeActivity();
}

} // namespace lazplugin
