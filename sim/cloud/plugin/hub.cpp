#include "hub.h"
#include "service.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

extern "C" {
#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>
}

using namespace laz;

namespace lazplugin {

namespace {

bool hubFilterAllowed(const Client &c, const QString &t)
{
    return t == QStringLiteral("devices/") + c.identity + QStringLiteral("/messages/devicebound/#") ||
           t == QStringLiteral("$iothub/twin/res/#") ||
           t == QStringLiteral("$iothub/twin/PATCH/properties/desired/#") ||
           t == QStringLiteral("$iothub/methods/POST/#");
}

QJsonObject propertyBag(const QByteArray &bag)
{
    QJsonObject props;
    for (const QByteArray &part : bag.split('&')) {
        if (part.isEmpty())
            continue;
        const int eq = part.indexOf('=');
        const QString name = QString::fromUtf8(percentDecode(eq < 0 ? part : part.left(eq)));
        props.insert(name, eq < 0 ? QJsonValue() : QJsonValue(QString::fromUtf8(percentDecode(part.mid(eq + 1)))));
    }
    return props;
}

void recordTelemetry(const Client &c, const QByteArray &topic, const QByteArray &payload, int qos)
{
    const QByteArray prefix = "devices/" + c.identity.toUtf8() + "/messages/events/";
    QJsonObject rec{{QStringLiteral("deviceId"), c.identity},
                    {QStringLiteral("time"), azureTimestamp(nowMs())},
                    {QStringLiteral("topic"), QString::fromUtf8(topic)},
                    {QStringLiteral("properties"), propertyBag(topic.mid(prefix.size()))},
                    {QStringLiteral("qos"), qos},
                    {QStringLiteral("bodyBase64"), QString::fromLatin1(payload.toBase64())}};
    const QString text = QString::fromUtf8(payload);
    if (text.toUtf8() == payload)
        rec.insert(QStringLiteral("body"), text);
    QFile f(g->dir + QStringLiteral("/telemetry.jsonl"));
    if (f.open(QIODevice::Append)) {
        f.write(QJsonDocument(rec).toJson(QJsonDocument::Compact) + '\n');
    } else {
        logLine(MOSQ_LOG_ERR, QStringLiteral("cannot append to %1").arg(f.fileName()));
    }
}

void hubTwin(const mosquitto *, Client &c, const QByteArray &topic, const QByteArray &payload)
{
    const QByteArray rid = queryValue(topic, "$rid").value_or(QByteArray());
    if (!c.subs.contains(QStringLiteral("$iothub/twin/res/#")))
        return; // the hub answers on $iothub/twin/res/#; an unsubscribed device never sees it
    const auto answer = [&](int status, const QByteArray &extra, const QByteArray &body) {
        publishTo(c.id, "$iothub/twin/res/" + QByteArray::number(status) + "/?$rid=" + rid + extra, body, 0);
    };
    const QJsonObject dev = findIn("devices", "deviceId", c.identity);
    const Fail f = failOf(dev);
    if (f.mode == QStringLiteral("throttled") && serveFailure(QStringLiteral("twin:") + c.identity, f))
        return answer(429, "&retry-after=" + QByteArray::number(f.retryAfter),
                      errorBody(429001, QStringLiteral("Operations are being throttled for this device.")));
    QJsonObject twin = dev.value(QStringLiteral("twin")).toObject();
    QJsonObject desired = twin.value(QStringLiteral("desired")).toObject(QJsonObject{{QStringLiteral("$version"), 1}});
    QJsonObject reported =
        twin.value(QStringLiteral("reported")).toObject(QJsonObject{{QStringLiteral("$version"), 1}});
    if (topic.startsWith("$iothub/twin/GET/")) {
        return answer(
            200, QByteArray(),
            QJsonDocument(QJsonObject{{QStringLiteral("desired"), desired}, {QStringLiteral("reported"), reported}})
                .toJson(QJsonDocument::Compact));
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return answer(400, QByteArray(),
                      errorBody(400004, QStringLiteral("The reported properties are not a JSON object.")));
    int version = 0;
    updateState([&](QJsonObject &s, QString *) {
        QJsonArray devices = s.value(QStringLiteral("devices")).toArray();
        for (int i = 0; i < devices.size(); ++i) {
            QJsonObject d = devices[i].toObject();
            if (d.value(QStringLiteral("deviceId")).toString() != c.identity)
                continue;
            QJsonObject tw = d.value(QStringLiteral("twin")).toObject();
            QJsonObject rep =
                tw.value(QStringLiteral("reported")).toObject(QJsonObject{{QStringLiteral("$version"), 1}});
            version = rep.value(QStringLiteral("$version")).toInt(1) + 1;
            QJsonObject patch = doc.object();
            patch.remove(QStringLiteral("$version"));
            mergeJsonPatch(rep, patch);
            rep.insert(QStringLiteral("$version"), version);
            tw.insert(QStringLiteral("reported"), rep);
            tw.insert(QStringLiteral("reportedUpdated"), azureTimestamp(nowMs()));
            if (!tw.contains(QStringLiteral("desired")))
                tw.insert(QStringLiteral("desired"), desired);
            d.insert(QStringLiteral("twin"), tw);
            devices[i] = d;
        }
        s.insert(QStringLiteral("devices"), devices);
        return true;
    });
    answer(204, "&$version=" + QByteArray::number(version), QByteArray());
}

} // namespace

bool hubAuthenticate(mosquitto *mc, Client &c, const char *password)
{
    const QJsonObject dev = findIn("devices", "deviceId", c.identity);
    if (dev.isEmpty() || str(dev, "status") != QStringLiteral("enabled"))
        return false;
    const QString failMode = failOf(dev).mode;
    if ((failMode == QStringLiteral("unauthorized") || failMode == QStringLiteral("notfound") ||
         failMode == QStringLiteral("disabled")) &&
        serveFailure(QStringLiteral("device:") + c.identity, failOf(dev)))
        return false;
    const QString auth = str(dev, "auth");
    if (auth == QStringLiteral("sas")) {
        QString why;
        const auto token = password ? parseSas(QByteArray(password), &why) : std::nullopt;
        if (!token || (token->hasSkn && !token->skn.isEmpty()) || token->se <= QDateTime::currentSecsSinceEpoch())
            return false;
        // sr must be a path-segment prefix of {host}/devices/{deviceId}
        const QString resource = str(g->state, "hubHost") + QStringLiteral("/devices/") + c.identity;
        const QString sr = QString::fromUtf8(token->sr);
        if (!(sr == resource || (resource.startsWith(sr + u'/') && !sr.isEmpty())))
            return false;
        for (const char *k : {"primaryKey", "secondaryKey"}) {
            const QByteArray key = str(dev, k).toLatin1();
            if (!key.isEmpty() && sasSignatureMatches(*token, key)) {
                c.expiresAt = token->se;
                return true;
            }
        }
        return false;
    }
    X509 *cert = static_cast<X509 *>(mosquitto_client_certificate(mc));
    if (!cert)
        return false;
    const QByteArray pem = x509ToPem(cert);
    bool ok = false;
    if (auth == QStringLiteral("x509-thumbprint")) {
        const QByteArray sha1 = certThumbprint(pem, "sha1"), sha256 = certThumbprint(pem, "sha256");
        for (const QJsonValue &t : dev.value(QStringLiteral("thumbprints")).toArray()) {
            const QByteArray want = t.toString().toLatin1().toUpper().replace(":", "");
            ok = ok || want == sha1 || want == sha256;
        }
    } else if (certCommonName(pem) == c.identity) {
        const QList<QByteArray> cas = knownCas();
        for (const QByteArray &ca : cas)
            ok = ok || chainsTo(cert, ca, cas);
    }
    X509_free(cert);
    return ok;
}

void hubMessage(const mosquitto *mc, Client &c, const QByteArray &topic, const QByteArray &payload, int qos)
{
    activitySeen(c.identity);
    if (topic.startsWith("devices/" + c.identity.toUtf8() + "/messages/events/"))
        recordTelemetry(c, topic, payload, qos);
    else if (topic.startsWith("$iothub/twin/GET/?") || topic.startsWith("$iothub/twin/PATCH/properties/reported/?"))
        hubTwin(mc, c, topic, payload);
    else if (topic.startsWith("$iothub/methods/res/"))
        serviceMethodAnswer(c, topic, payload);
}

bool hubAclCheck(Client &c, int access, const QString &t)
{
    bool ok = false;
    switch (access) {
    case MOSQ_ACL_SUBSCRIBE:
        ok = hubFilterAllowed(c, t);
        if (ok) {
            c.subs.insert(t);
            sessionSubscribed(c, t, true);
        }
        break;
    case MOSQ_ACL_UNSUBSCRIBE:
        c.subs.remove(t);
        sessionSubscribed(c, t, false);
        ok = true;
        break;
    case MOSQ_ACL_WRITE:
        ok = t.startsWith(QStringLiteral("devices/") + c.identity + QStringLiteral("/messages/events/")) ||
             t.startsWith(QStringLiteral("$iothub/twin/GET/?")) ||
             t.startsWith(QStringLiteral("$iothub/twin/PATCH/properties/reported/?")) ||
             t.startsWith(QStringLiteral("$iothub/methods/res/"));
        if (!ok)
            c.kickPending = true; // IoT Hub closes the connection of a device publishing elsewhere
        break;
    case MOSQ_ACL_READ:
        ok = t.startsWith(QStringLiteral("devices/") + c.identity + QStringLiteral("/messages/devicebound/")) ||
             t.startsWith(QStringLiteral("$iothub/"));
        break;
    }
    return ok;
}

void deliverC2d()
{
    const QJsonArray queue = g->state.value(QStringLiteral("c2d")).toArray();
    if (queue.isEmpty())
        return;
    QHash<QString, QByteArray> receivers; // device id -> client id, subscribed to its devicebound filter
    for (auto it = g->clients.cbegin(); it != g->clients.cend(); ++it)
        if (it->kind == Kind::Hub &&
            it->subs.contains(QStringLiteral("devices/") + it->identity + QStringLiteral("/messages/devicebound/#")))
            receivers.insert(it->identity, it->id);
    bool any = false;
    for (const QJsonValue &v : queue)
        any = any || receivers.contains(str(v.toObject(), "deviceId"));
    if (!any)
        return;
    updateState([&](QJsonObject &s, QString *) {
        QJsonArray keep;
        for (const QJsonValue &v : s.value(QStringLiteral("c2d")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString dev = str(m, "deviceId");
            if (!receivers.contains(dev)) {
                keep.append(m);
                continue;
            }
            QByteArray bag = "%24.to=" + percentEncode(("/devices/" + dev + "/messages/deviceBound").toUtf8());
            if (!str(m, "messageId").isEmpty())
                bag += "&%24.mid=" + percentEncode(str(m, "messageId").toUtf8());
            const QJsonObject props = m.value(QStringLiteral("properties")).toObject();
            for (auto p = props.begin(); p != props.end(); ++p)
                bag += '&' + percentEncode(p.key().toUtf8()) + '=' + percentEncode(p->toString().toUtf8());
            publishTo(receivers.value(dev), "devices/" + dev.toUtf8() + "/messages/devicebound/" + bag,
                      QByteArray::fromBase64(str(m, "bodyBase64").toLatin1()), 1);
        }
        s.insert(QStringLiteral("c2d"), keep);
        return true;
    });
}

} // namespace lazplugin
