#include "dps.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

extern "C" {
#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>
}

using namespace laz;

namespace lazplugin {

namespace {

struct Operation
{
    QString operationId, registrationId, matchKind, matchId, attestation;
    QByteArray deviceKey, certPem;
    qint64 createdMs = 0, readyMs = 0;
    QString outcome = QStringLiteral("assigned"); // assigned / disabled / failed
    int errorCode = 0;
    QString errorMessage;
    QByteArray finalBody;
};

// The operations in flight, by operation id (registrations are answered from here until final).
QHash<QString, Operation> &operations()
{
    static QHash<QString, Operation> ops;
    return ops;
}

// The answer goes to the connection of this registration that holds $dps/registrations/res/#:
// the requester when it subscribed, else another connection with the same registration (the
// u-blox two-connection poll). Nobody subscribed: the answer is dropped, as Azure's would be.
void dpsAnswer(const mosquitto *requester, int status, const QByteArray &rid, int retryAfter, const QByteArray &body)
{
    static const QString filter = QStringLiteral("$dps/registrations/res/#");
    const Client &self = g->clients[requester];
    QByteArray target;
    if (self.subs.contains(filter)) {
        target = self.id;
    } else {
        for (auto it = g->clients.cbegin(); it != g->clients.cend(); ++it) {
            if (it->kind == Kind::Dps && it->subs.contains(filter) &&
                QString::compare(it->identity, self.identity, Qt::CaseInsensitive) == 0) {
                target = it->id;
                break;
            }
        }
    }
    if (target.isEmpty()) {
        logLine(
            MOSQ_LOG_NOTICE,
            QStringLiteral("DPS answer %1 for %2 dropped: no connection subscribed").arg(status).arg(self.identity));
        return;
    }
    QByteArray topic = "$dps/registrations/res/" + QByteArray::number(status) + "/?$rid=" + rid;
    if (retryAfter > 0)
        topic += "&retry-after=" + QByteArray::number(retryAfter);
    publishTo(target, topic, body, 1);
}

QJsonObject registrationState(const Operation &op, const QString &status)
{
    QJsonObject rs{{QStringLiteral("registrationId"), op.registrationId},
                   {QStringLiteral("createdDateTimeUtc"), azureTimestamp(op.createdMs)},
                   {QStringLiteral("status"), status},
                   {QStringLiteral("lastUpdatedDateTimeUtc"), azureTimestamp(nowMs())},
                   {QStringLiteral("etag"), newEtag()}};
    if (op.matchKind == QStringLiteral("group"))
        rs.insert(op.attestation == QStringLiteral("x509") ? QStringLiteral("x509") : QStringLiteral("symmetricKey"),
                  QJsonObject{{QStringLiteral("enrollmentGroupId"), op.matchId}});
    return rs;
}

// A registration creates or updates the device in the hub registry: a symmetric key as `sas` with
// the (derived) key; X.509 as a self-signed identity with the leaf's SHA-256 thumbprint as primary
// and secondary, as DPS does (azure-service-api.md §4.5), so the hub needs no CA.
void assignDevice(const Operation &op, QJsonObject &s)
{
    QJsonArray devices = s.value(QStringLiteral("devices")).toArray();
    QJsonObject dev;
    int index = -1;
    for (int i = 0; i < devices.size(); ++i)
        if (devices[i].toObject().value(QStringLiteral("deviceId")).toString() == op.registrationId)
            index = i, dev = devices[i].toObject();
    dev.insert(QStringLiteral("deviceId"), op.registrationId);
    dev.insert(QStringLiteral("status"), QStringLiteral("enabled"));
    if (op.attestation == QStringLiteral("x509")) {
        const QString thumb = QString::fromLatin1(certThumbprint(op.certPem, "sha256"));
        dev.insert(QStringLiteral("auth"), QStringLiteral("x509-thumbprint"));
        dev.insert(QStringLiteral("thumbprints"), QJsonArray{thumb, thumb});
        dev.insert(QStringLiteral("cert"), QString::fromLatin1(op.certPem));
        dev.remove(QStringLiteral("primaryKey"));
        dev.remove(QStringLiteral("secondaryKey"));
    } else {
        dev.insert(QStringLiteral("auth"), QStringLiteral("sas"));
        dev.insert(QStringLiteral("primaryKey"), QString::fromLatin1(op.deviceKey));
        dev.remove(QStringLiteral("thumbprints"));
    }
    dev.insert(QStringLiteral("provisionedBy"), op.matchKind + u':' + op.matchId);
    dev.insert(QStringLiteral("etag"), newDeviceEtag());
    if (!dev.contains(QStringLiteral("generationId")))
        dev.insert(QStringLiteral("generationId"), newGenerationId());
    if (!dev.contains(QStringLiteral("twin"))) {
        // A new device starts with the enrollment's initial twin (tags and desired properties).
        const QJsonObject entity = op.matchKind == QStringLiteral("group")
                                       ? findIn("enrollmentGroups", "groupId", op.matchId)
                                       : findIn("enrollments", "registrationId", op.matchId, Qt::CaseInsensitive);
        const QJsonObject initial = entity.value(QStringLiteral("initialTwin")).toObject();
        QJsonObject desired =
            initial.value(QStringLiteral("properties")).toObject().value(QStringLiteral("desired")).toObject();
        desired.insert(QStringLiteral("$version"), 1);
        dev.insert(QStringLiteral("twin"),
                   QJsonObject{{QStringLiteral("desired"), desired},
                               {QStringLiteral("reported"), QJsonObject{{QStringLiteral("$version"), 1}}},
                               {QStringLiteral("tags"), initial.value(QStringLiteral("tags")).toObject()}});
    }
    if (index < 0)
        devices.append(dev);
    else
        devices[index] = dev;
    s.insert(QStringLiteral("devices"), devices);
}

// The registration state the DPS service API reports (GET /registrations/{id}).
void recordRegistration(const Operation &op, const QJsonObject &rs, QJsonObject &s)
{
    QJsonObject record = rs;
    if (op.matchKind == QStringLiteral("group"))
        record.insert(QStringLiteral("enrollmentGroupId"), op.matchId);
    QJsonArray all = s.value(QStringLiteral("registrations")).toArray();
    for (int i = 0; i < all.size(); ++i) {
        if (QString::compare(all[i].toObject().value(QStringLiteral("registrationId")).toString(), op.registrationId,
                             Qt::CaseInsensitive) == 0) {
            record.insert(QStringLiteral("createdDateTimeUtc"),
                          all[i].toObject().value(QStringLiteral("createdDateTimeUtc")));
            all.removeAt(i);
            break;
        }
    }
    all.append(record);
    s.insert(QStringLiteral("registrations"), all);
}

QByteArray finishOperation(Operation &op)
{
    if (!op.finalBody.isEmpty())
        return op.finalBody;
    QJsonObject rs = registrationState(op, op.outcome);
    if (op.outcome == QStringLiteral("assigned")) {
        rs.insert(QStringLiteral("assignedHub"), str(g->state, "hubHost"));
        rs.insert(QStringLiteral("deviceId"), op.registrationId);
        rs.insert(QStringLiteral("substatus"), QStringLiteral("initialAssignment"));
    } else if (op.outcome == QStringLiteral("failed")) {
        rs.insert(QStringLiteral("errorCode"), op.errorCode);
        rs.insert(QStringLiteral("errorMessage"), op.errorMessage);
    }
    updateState([&](QJsonObject &s, QString *) {
        if (op.outcome == QStringLiteral("assigned"))
            assignDevice(op, s);
        recordRegistration(op, rs, s);
        return true;
    });
    op.finalBody = QJsonDocument(QJsonObject{{QStringLiteral("operationId"), op.operationId},
                                             {QStringLiteral("status"), op.outcome},
                                             {QStringLiteral("registrationState"), rs}})
                       .toJson(QJsonDocument::Compact);
    return op.finalBody;
}

void dpsRegister(const mosquitto *mc, Client &c, const QByteArray &topic, const QByteArray &payload)
{
    const QByteArray rid = queryValue(topic, "$rid").value_or(QByteArray());
    const int retryAfter = g->state.value(QStringLiteral("retryAfterSeconds")).toInt(3);
    if (!c.authOk)
        return dpsAnswer(mc, 401, rid, 0, errorBody(401002, c.authMessage));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(QStringLiteral("registrationId")).toString() != c.identity)
        return dpsAnswer(mc, 400, rid, 0, errorBody(400004, QStringLiteral("Bad request.")));
    const bool group = c.matchKind == QStringLiteral("group");
    const QJsonObject entity = group ? findIn("enrollmentGroups", "groupId", c.matchId)
                                     : findIn("enrollments", "registrationId", c.matchId, Qt::CaseInsensitive);
    if (entity.isEmpty()) // deleted since the connection was authenticated
        return dpsAnswer(mc, 401, rid, 0,
                         errorBody(401002, c.authMessage.isEmpty() ? QStringLiteral("Unauthorized") : c.authMessage));
    const Fail f = failOf(entity);
    const QString key = (group ? QStringLiteral("group:") : QStringLiteral("enrollment:")) + c.matchId;
    Operation op;
    op.operationId = newOperationId();
    op.registrationId = c.identity;
    op.matchKind = c.matchKind;
    op.matchId = c.matchId;
    op.attestation = c.attestation;
    op.deviceKey = c.deviceKey;
    op.certPem = c.certPem;
    op.createdMs = nowMs();
    op.readyMs = op.createdMs + g->state.value(QStringLiteral("assignmentDelayMs")).toInt(300);
    if (!entity.value(QStringLiteral("enabled")).toBool(true))
        op.outcome = QStringLiteral("disabled");
    if (!f.mode.isEmpty() && serveFailure(key, f)) {
        if (f.mode == QStringLiteral("unauthorized"))
            return dpsAnswer(mc, 401, rid, 0, errorBody(401002, QStringLiteral("Unauthorized")));
        if (f.mode == QStringLiteral("notfound"))
            return dpsAnswer(mc, 404, rid, 0, errorBody(404201, QStringLiteral("Enrollment not found.")));
        if (f.mode == QStringLiteral("throttled"))
            return dpsAnswer(mc, 429, rid, f.retryAfter,
                             errorBody(429001, QStringLiteral("Operations are being throttled for this tenant.")));
        if (f.mode == QStringLiteral("internal"))
            return dpsAnswer(mc, 500, rid, 0, errorBody(500000, QStringLiteral("Internal server error.")));
        if (f.mode == QStringLiteral("slow"))
            op.readyMs = op.createdMs + f.delayMs;
        if (f.mode == QStringLiteral("disabled"))
            op.outcome = QStringLiteral("disabled");
        if (f.mode == QStringLiteral("failed")) {
            op.outcome = QStringLiteral("failed");
            op.errorCode = f.errorCode;
            op.errorMessage = f.errorMessage;
        }
    }
    operations().insert(op.operationId, op);
    dpsAnswer(mc, 202, rid, retryAfter,
              QJsonDocument(QJsonObject{{QStringLiteral("operationId"), op.operationId},
                                        {QStringLiteral("status"), QStringLiteral("assigning")}})
                  .toJson(QJsonDocument::Compact));
}

void dpsPoll(const mosquitto *mc, Client &c, const QByteArray &topic)
{
    const QByteArray rid = queryValue(topic, "$rid").value_or(QByteArray());
    const QString opId = QString::fromUtf8(percentDecode(queryValue(topic, "operationId").value_or(QByteArray())));
    const int retryAfter = g->state.value(QStringLiteral("retryAfterSeconds")).toInt(3);
    if (!c.authOk)
        return dpsAnswer(mc, 401, rid, 0, errorBody(401002, c.authMessage));
    auto it = operations().find(opId);
    if (it == operations().end() || QString::compare(it->registrationId, c.identity, Qt::CaseInsensitive) != 0)
        return dpsAnswer(mc, 404, rid, 0, errorBody(404104, QStringLiteral("Operation not found.")));
    if (nowMs() < it->readyMs) {
        return dpsAnswer(
            mc, 202, rid, retryAfter,
            QJsonDocument(QJsonObject{{QStringLiteral("operationId"), it->operationId},
                                      {QStringLiteral("status"), QStringLiteral("assigning")},
                                      {QStringLiteral("registrationState"),
                                       QJsonObject{{QStringLiteral("registrationId"), it->registrationId},
                                                   {QStringLiteral("status"), QStringLiteral("assigning")}}}})
                .toJson(QJsonDocument::Compact));
    }
    dpsAnswer(mc, 200, rid, 0, finishOperation(*it));
}

} // namespace

// ---- DPS authentication ----
// X.509: leaf CN = registration id; an individual enrollment with the same SHA-256 thumbprint, else
// a group whose CA the leaf chains to, that CA being uploaded and verified in DPS.
static void dpsAuthenticateX509(X509 *cert, Client &c)
{
    c.attestation = QStringLiteral("x509");
    c.certPem = x509ToPem(cert);
    const QString cn = certCommonName(c.certPem);
    if (cn != c.identity) {
        c.authMessage = QStringLiteral("Invalid certificate.");
    } else {
        const QByteArray thumb = certThumbprint(c.certPem, "sha256");
        for (const QJsonValue &v : g->state.value(QStringLiteral("enrollments")).toArray()) {
            const QJsonObject e = v.toObject();
            if (str(e, "attestation") == QStringLiteral("x509") &&
                QString::compare(str(e, "registrationId"), c.identity, Qt::CaseInsensitive) == 0 &&
                certThumbprint(str(e, "cert").toLatin1(), "sha256") == thumb) {
                c.matchKind = QStringLiteral("enrollment");
                c.matchId = str(e, "registrationId");
            }
        }
        bool unverified = false;
        if (c.matchKind.isEmpty()) {
            const QList<QByteArray> others = knownCas();
            for (const QJsonValue &v : g->state.value(QStringLiteral("enrollmentGroups")).toArray()) {
                const QJsonObject e = v.toObject();
                if (str(e, "attestation") != QStringLiteral("x509") ||
                    !chainsTo(cert, str(e, "caCert").toLatin1(), others))
                    continue;
                // DPS accepts a group's chain only up to a CA that is uploaded and verified.
                if (verifiedDpsCaFor(g->state, str(e, "caCert").toLatin1()).isEmpty()) {
                    unverified = true;
                    continue;
                }
                c.matchKind = QStringLiteral("group");
                c.matchId = str(e, "groupId");
                break;
            }
        }
        c.authOk = !c.matchKind.isEmpty();
        if (!c.authOk)
            c.authMessage =
                unverified ? QStringLiteral("CA certificate not found.") : QStringLiteral("Invalid certificate.");
    }
}

void dpsAuthenticate(mosquitto *mc, Client &c, const char *password)
{
    const QString scope = str(g->state, "idScope");
    X509 *cert = static_cast<X509 *>(mosquitto_client_certificate(mc));
    if (cert) {
        dpsAuthenticateX509(cert, c);
        X509_free(cert);
        return;
    }
    c.attestation = QStringLiteral("symmetricKey");
    QString why;
    const auto token = password ? parseSas(QByteArray(password), &why) : std::nullopt;
    c.authMessage = QStringLiteral("Unauthorized");
    if (!token)
        return;
    if (token->skn != "registration" ||
        QString::fromUtf8(token->sr) != scope + QStringLiteral("/registrations/") + c.identity ||
        token->se <= QDateTime::currentSecsSinceEpoch())
        return;
    for (const QJsonValue &v : g->state.value(QStringLiteral("enrollments")).toArray()) {
        const QJsonObject e = v.toObject();
        if (str(e, "attestation") != QStringLiteral("symmetricKey") ||
            QString::compare(str(e, "registrationId"), c.identity, Qt::CaseInsensitive) != 0)
            continue;
        for (const char *k : {"primaryKey", "secondaryKey"}) {
            const QByteArray key = str(e, k).toLatin1();
            if (!key.isEmpty() && sasSignatureMatches(*token, key)) {
                c.matchKind = QStringLiteral("enrollment");
                c.matchId = str(e, "registrationId");
                c.deviceKey = key;
            }
        }
    }
    if (c.matchKind.isEmpty()) {
        for (const QJsonValue &v : g->state.value(QStringLiteral("enrollmentGroups")).toArray()) {
            const QJsonObject e = v.toObject();
            if (str(e, "attestation") != QStringLiteral("symmetricKey"))
                continue;
            for (const char *k : {"primaryKey", "secondaryKey"}) {
                const QByteArray derived = deriveDeviceKey(str(e, k).toLatin1(), c.identity.toUtf8());
                if (!derived.isEmpty() && c.matchKind.isEmpty() && sasSignatureMatches(*token, derived)) {
                    c.matchKind = QStringLiteral("group");
                    c.matchId = str(e, "groupId");
                    c.deviceKey = derived;
                }
            }
        }
    }
    c.authOk = !c.matchKind.isEmpty();
}

// A second DPS connection with a client id that is already connected keeps both alive: the new
// connection's id is rewritten in place (same length, one byte replaced by a control character that
// no MQTT client may send) before Mosquitto looks it up. See docs/local-azure.md "Two connections".
void aliasDuplicateDpsId(mosquitto *mc, Client &c)
{
    char *id = const_cast<char *>(mosquitto_client_id(mc));
    if (!id || !*id)
        return;
    QSet<QByteArray> used;
    bool duplicate = false;
    for (auto it = g->clients.cbegin(); it != g->clients.cend(); ++it) {
        if (it.key() == mc)
            continue;
        used.insert(it->id);
        if (it->id == QByteArray(id))
            duplicate = true;
    }
    if (!duplicate)
        return;
    const int len = int(std::strlen(id));
    for (int pos = len - 1; pos >= 0; --pos) {
        for (char ch = 1; ch < 0x20; ++ch) {
            QByteArray alias(id, len);
            alias[pos] = ch;
            if (!used.contains(alias)) {
                std::memcpy(id, alias.constData(), size_t(len));
                c.id = alias;
                logLine(MOSQ_LOG_INFO,
                        QStringLiteral("second DPS connection for %1 kept alongside the first").arg(c.identity));
                return;
            }
        }
    }
}

void dpsMessage(const mosquitto *mc, Client &c, const QByteArray &topic, const QByteArray &payload)
{
    if (topic.startsWith("$dps/registrations/PUT/iotdps-register/?"))
        dpsRegister(mc, c, topic, payload);
    else if (topic.startsWith("$dps/registrations/GET/iotdps-get-operationstatus/?"))
        dpsPoll(mc, c, topic);
}

bool dpsAclCheck(Client &c, int access, const QString &t)
{
    bool ok = false;
    switch (access) {
    case MOSQ_ACL_SUBSCRIBE:
        ok = t == QStringLiteral("$dps/registrations/res/#");
        if (ok)
            c.subs.insert(t);
        break;
    case MOSQ_ACL_UNSUBSCRIBE:
        c.subs.remove(t);
        ok = true;
        break;
    case MOSQ_ACL_WRITE:
        ok = t.startsWith(QStringLiteral("$dps/registrations/PUT/iotdps-register/?")) ||
             t.startsWith(QStringLiteral("$dps/registrations/GET/iotdps-get-operationstatus/?"));
        break;
    case MOSQ_ACL_READ:
        ok = t.startsWith(QStringLiteral("$dps/registrations/res/"));
        break;
    }
    return ok;
}

} // namespace lazplugin
