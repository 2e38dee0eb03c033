// Local Azure: DPS and IoT Hub device surfaces as a Mosquitto 2.0 plugin (plugin API version 5).
// See docs/local-azure.md. Mosquitto's broker is single-threaded: every callback below runs on its
// main loop, so the globals need no locking (the state file is shared with the CLI under flock).
#include "lazcommon.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <sys/stat.h>

#include <cstring>

extern "C" {
#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>
}

using namespace laz;

namespace {

enum class Kind
{
    Dps,
    Hub
};

struct Client
{
    Kind kind = Kind::Dps;
    QByteArray id;       // the id the broker knows this connection by (alias for a second DPS connection)
    QString identity;    // registration id (DPS) or device id (hub)
    bool authOk = false; // DPS: answered 401 on register when false
    QString authMessage;
    QString matchKind;   // "enrollment" / "group"
    QString matchId;     // registration id of the individual enrollment or group id
    QString attestation; // "symmetricKey" / "x509"
    QByteArray deviceKey;
    QByteArray certPem;
    qint64 expiresAt = 0; // SAS se (hub), seconds
    QSet<QString> subs;
    bool kickPending = false;
};

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

struct Plugin
{
    mosquitto_plugin_id_t *id = nullptr;
    QString dir;
    StateFile *stateFile = nullptr;
    QJsonObject state;
    struct stat stamp = {};
    QHash<const mosquitto *, Client> clients;
    QHash<QString, Operation> ops;
    QHash<QString, int> failuresServed; // "group:G" / "enrollment:R" / "device:D" -> count
};
Plugin *g = nullptr;

void logLine(int level, const QString &text)
{
    mosquitto_log_printf(level, "local-azure: %s", text.toUtf8().constData());
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// ---- state ----
void refreshState()
{
    struct stat st = {};
    if (::stat(QFile::encodeName(g->stateFile->path()).constData(), &st) != 0)
        return;
    if (st.st_ino == g->stamp.st_ino && st.st_mtim.tv_sec == g->stamp.st_mtim.tv_sec &&
        st.st_mtim.tv_nsec == g->stamp.st_mtim.tv_nsec && st.st_size == g->stamp.st_size)
        return;
    QJsonObject s;
    QString error;
    if (!g->stateFile->load(&s, &error)) {
        logLine(MOSQ_LOG_ERR, QStringLiteral("state not reloaded: %1").arg(error));
        g->stamp = st; // do not log again until it changes
        return;
    }
    g->state = s;
    g->stamp = st;
}

bool updateState(const std::function<bool(QJsonObject &, QString *)> &fn)
{
    QString error;
    if (!g->stateFile->update(fn, &error)) {
        logLine(MOSQ_LOG_ERR, QStringLiteral("state update failed: %1").arg(error));
        return false;
    }
    refreshState();
    return true;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject findIn(const char *array, const char *idKey, const QString &id, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const QJsonValue &v : g->state.value(QLatin1String(array)).toArray())
        if (QString::compare(str(v.toObject(), idKey), id, cs) == 0)
            return v.toObject();
    return {};
}

// ---- X.509 ----
X509 *pemToX509(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *c = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return c;
}

QByteArray x509ToPem(X509 *cert)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(len));
    BIO_free(bio);
    return out;
}

// true when leaf chains to anchorPem (root or intermediate); other known CAs may serve as intermediates
bool chainsTo(X509 *leaf, const QByteArray &anchorPem, const QList<QByteArray> &others)
{
    X509 *anchor = pemToX509(anchorPem);
    if (!anchor)
        return false;
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, anchor);
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    for (const QByteArray &pem : others)
        if (X509 *c = pemToX509(pem))
            sk_X509_push(untrusted, c);
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, leaf, untrusted);
    X509_STORE_CTX_set_flags(ctx, X509_V_FLAG_PARTIAL_CHAIN);
    const bool ok = X509_verify_cert(ctx) == 1;
    X509_STORE_CTX_free(ctx);
    sk_X509_pop_free(untrusted, X509_free);
    X509_STORE_free(store);
    X509_free(anchor);
    return ok;
}

QList<QByteArray> knownCas()
{
    QList<QByteArray> out;
    for (const QJsonValue &v : g->state.value(QStringLiteral("hubCas")).toArray())
        out << str(v.toObject(), "pem").toLatin1();
    for (const QJsonValue &v : g->state.value(QStringLiteral("enrollmentGroups")).toArray())
        if (str(v.toObject(), "attestation") == QStringLiteral("x509"))
            out << str(v.toObject(), "caCert").toLatin1();
    return out;
}

// ---- response publishing ----
void publishTo(const QByteArray &clientId, const QByteArray &topic, const QByteArray &body, int qos)
{
    mosquitto_broker_publish_copy(clientId.constData(), topic.constData(), int(body.size()), body.constData(), qos,
                                  false, nullptr);
}

QByteArray errorBody(int code, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("errorCode"), code},
                                     {QStringLiteral("trackingId"), newTrackingId()},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("timestampUtc"), azureTimestamp(nowMs())}})
        .toJson(QJsonDocument::Compact);
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

// ---- query strings ----
QList<QPair<QByteArray, QByteArray>> queryOf(const QByteArray &topic)
{
    QList<QPair<QByteArray, QByteArray>> out;
    const int q = topic.indexOf('?');
    if (q < 0)
        return out;
    for (const QByteArray &part : topic.mid(q + 1).split('&')) {
        if (part.isEmpty())
            continue;
        const int eq = part.indexOf('=');
        out.append(eq < 0 ? qMakePair(part, QByteArray()) : qMakePair(part.left(eq), part.mid(eq + 1)));
    }
    return out;
}

std::optional<QByteArray> queryValue(const QByteArray &topic, const QByteArray &key)
{
    for (const auto &kv : queryOf(topic))
        if (kv.first == key)
            return kv.second;
    return std::nullopt;
}

// ---- failure injection ----
struct Fail
{
    QString mode;
    int retryAfter = 0, count = 0, delayMs = 0, errorCode = 0;
    QString errorMessage;
};

Fail failOf(const QJsonObject &entity)
{
    const QJsonObject f = entity.value(QStringLiteral("fail")).toObject();
    Fail out;
    out.mode = str(f, "mode");
    out.retryAfter = f.value(QStringLiteral("retryAfter")).toInt(2);
    out.count = f.value(QStringLiteral("count")).toInt(out.mode == QStringLiteral("throttled") ? 1 : 0);
    out.delayMs = f.value(QStringLiteral("delayMs")).toInt(5000);
    out.errorCode = f.value(QStringLiteral("errorCode")).toInt(400207);
    out.errorMessage = f.value(QStringLiteral("errorMessage"))
                           .toString(QStringLiteral("Custom allocation failed with status code: 400"));
    return out;
}

// true when a counted failure should still be served (count 0 = always)
bool serveFailure(const QString &key, const Fail &f)
{
    if (f.count <= 0)
        return true;
    int &served = g->failuresServed[key + u'/' + f.mode];
    if (served >= f.count)
        return false;
    ++served;
    return true;
}

// ---- DPS authentication ----
void dpsAuthenticate(mosquitto *mc, Client &c, const char *password)
{
    const QString scope = str(g->state, "idScope");
    X509 *cert = static_cast<X509 *>(mosquitto_client_certificate(mc));
    if (cert) {
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
            if (c.matchKind.isEmpty()) {
                const QList<QByteArray> others = knownCas();
                for (const QJsonValue &v : g->state.value(QStringLiteral("enrollmentGroups")).toArray()) {
                    const QJsonObject e = v.toObject();
                    if (str(e, "attestation") == QStringLiteral("x509") &&
                        chainsTo(cert, str(e, "caCert").toLatin1(), others)) {
                        c.matchKind = QStringLiteral("group");
                        c.matchId = str(e, "groupId");
                        break;
                    }
                }
            }
            c.authOk = !c.matchKind.isEmpty();
            if (!c.authOk)
                c.authMessage = QStringLiteral("Invalid certificate.");
        }
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

// ---- hub authentication ----
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

// ---- events ----
int onBasicAuth(int, void *eventData, void *)
{
    auto *ed = static_cast<mosquitto_evt_basic_auth *>(eventData);
    refreshState();
    g->clients.remove(ed->client);
    const char *cid = mosquitto_client_id(ed->client);
    if (!ed->username || !cid)
        return MOSQ_ERR_AUTH;
    const QString user = QString::fromUtf8(ed->username), clientId = QString::fromUtf8(cid);
    Client c;
    c.id = QByteArray(cid);
    const QStringList parts = user.split(u'/');
    if (parts.size() == 4 && parts[1] == QStringLiteral("registrations") &&
        parts[3].startsWith(QStringLiteral("api-version="))) {
        if (parts[0] != str(g->state, "idScope") || parts[2] != clientId || clientId.isEmpty())
            return MOSQ_ERR_AUTH;
        c.kind = Kind::Dps;
        c.identity = clientId;
        dpsAuthenticate(ed->client, c, ed->password);
        aliasDuplicateDpsId(ed->client, c);
        g->clients.insert(ed->client, c);
        return MOSQ_ERR_SUCCESS;
    }
    // IoT Hub: {host}/{deviceId}/?api-version=...  or the application note's {host}/{deviceId}
    const bool documented = parts.size() == 3 && (parts[2].isEmpty() || parts[2].startsWith(u'?'));
    const bool appNote = parts.size() == 2;
    if ((documented || appNote) && parts[0] == str(g->state, "hubHost") && parts[1] == clientId &&
        !clientId.isEmpty()) {
        c.kind = Kind::Hub;
        c.identity = clientId;
        if (!hubAuthenticate(ed->client, c, ed->password)) {
            logLine(MOSQ_LOG_NOTICE, QStringLiteral("hub connection for %1 refused").arg(clientId));
            return MOSQ_ERR_AUTH;
        }
        c.authOk = true;
        g->clients.insert(ed->client, c);
        return MOSQ_ERR_SUCCESS;
    }
    logLine(MOSQ_LOG_NOTICE, QStringLiteral("username %1 matches neither DPS nor hub rules").arg(user));
    return MOSQ_ERR_AUTH;
}

bool hubFilterAllowed(const Client &c, const QString &t)
{
    return t == QStringLiteral("devices/") + c.identity + QStringLiteral("/messages/devicebound/#") ||
           t == QStringLiteral("$iothub/twin/res/#") ||
           t == QStringLiteral("$iothub/twin/PATCH/properties/desired/#") ||
           t == QStringLiteral("$iothub/methods/POST/#");
}

int onAclCheck(int, void *eventData, void *)
{
    auto *ed = static_cast<mosquitto_evt_acl_check *>(eventData);
    auto it = g->clients.find(ed->client);
    if (it == g->clients.end())
        return MOSQ_ERR_ACL_DENIED;
    Client &c = *it;
    const QString t = QString::fromUtf8(ed->topic);
    bool ok = false;
    if (c.kind == Kind::Dps) {
        switch (ed->access) {
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
    } else {
        switch (ed->access) {
        case MOSQ_ACL_SUBSCRIBE:
            ok = hubFilterAllowed(c, t);
            if (ok)
                c.subs.insert(t);
            break;
        case MOSQ_ACL_UNSUBSCRIBE:
            c.subs.remove(t);
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
    }
    return ok ? MOSQ_ERR_SUCCESS : MOSQ_ERR_ACL_DENIED;
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

QByteArray finishOperation(Operation &op)
{
    if (!op.finalBody.isEmpty())
        return op.finalBody;
    QJsonObject rs = registrationState(op, op.outcome);
    if (op.outcome == QStringLiteral("assigned")) {
        const QString hub = str(g->state, "hubHost");
        rs.insert(QStringLiteral("assignedHub"), hub);
        rs.insert(QStringLiteral("deviceId"), op.registrationId);
        rs.insert(QStringLiteral("substatus"), QStringLiteral("initialAssignment"));
        // A registration creates or updates the device in the hub registry.
        const bool x509 = op.attestation == QStringLiteral("x509");
        updateState([&](QJsonObject &s, QString *) {
            QJsonArray devices = s.value(QStringLiteral("devices")).toArray();
            QJsonObject dev;
            int index = -1;
            for (int i = 0; i < devices.size(); ++i)
                if (devices[i].toObject().value(QStringLiteral("deviceId")).toString() == op.registrationId)
                    index = i, dev = devices[i].toObject();
            dev.insert(QStringLiteral("deviceId"), op.registrationId);
            dev.insert(QStringLiteral("status"), QStringLiteral("enabled"));
            dev.insert(QStringLiteral("auth"), x509 ? QStringLiteral("x509-ca") : QStringLiteral("sas"));
            if (x509) {
                dev.remove(QStringLiteral("primaryKey"));
                if (op.matchKind == QStringLiteral("enrollment")) {
                    dev.insert(QStringLiteral("auth"), QStringLiteral("x509-thumbprint"));
                    dev.insert(QStringLiteral("thumbprints"),
                               QJsonArray{QString::fromLatin1(certThumbprint(op.certPem, "sha256"))});
                    dev.insert(QStringLiteral("cert"), QString::fromLatin1(op.certPem));
                }
            } else {
                dev.insert(QStringLiteral("primaryKey"), QString::fromLatin1(op.deviceKey));
            }
            dev.insert(QStringLiteral("provisionedBy"), op.matchKind + u':' + op.matchId);
            if (!dev.contains(QStringLiteral("twin")))
                dev.insert(QStringLiteral("twin"),
                           QJsonObject{{QStringLiteral("desired"), QJsonObject{{QStringLiteral("$version"), 1}}},
                                       {QStringLiteral("reported"), QJsonObject{{QStringLiteral("$version"), 1}}}});
            if (index < 0)
                devices.append(dev);
            else
                devices[index] = dev;
            s.insert(QStringLiteral("devices"), devices);
            return true;
        });
    } else if (op.outcome == QStringLiteral("failed")) {
        rs.insert(QStringLiteral("errorCode"), op.errorCode);
        rs.insert(QStringLiteral("errorMessage"), op.errorMessage);
    }
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
    g->ops.insert(op.operationId, op);
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
    auto it = g->ops.find(opId);
    if (it == g->ops.end() || QString::compare(it->registrationId, c.identity, Qt::CaseInsensitive) != 0)
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

void mergePatch(QJsonObject &target, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it->isNull()) {
            target.remove(it.key());
        } else if (it->isObject() && target.value(it.key()).isObject()) {
            QJsonObject sub = target.value(it.key()).toObject();
            mergePatch(sub, it->toObject());
            target.insert(it.key(), sub);
        } else {
            target.insert(it.key(), *it);
        }
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
        return answer(429, "&retry-after=" + QByteArray::number(f.retryAfter), QByteArray());
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
        return answer(400, QByteArray(), QByteArray());
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
            mergePatch(rep, patch);
            rep.insert(QStringLiteral("$version"), version);
            tw.insert(QStringLiteral("reported"), rep);
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

int onMessage(int, void *eventData, void *)
{
    auto *ed = static_cast<mosquitto_evt_message *>(eventData);
    refreshState();
    auto it = g->clients.find(ed->client);
    if (it == g->clients.end())
        return MOSQ_ERR_SUCCESS;
    Client &c = *it;
    const QByteArray topic(ed->topic);
    const QByteArray payload(static_cast<const char *>(ed->payload), int(ed->payloadlen));
    if (c.kind == Kind::Dps) {
        if (topic.startsWith("$dps/registrations/PUT/iotdps-register/?"))
            dpsRegister(ed->client, c, topic, payload);
        else if (topic.startsWith("$dps/registrations/GET/iotdps-get-operationstatus/?"))
            dpsPoll(ed->client, c, topic);
        return MOSQ_ERR_SUCCESS;
    }
    if (topic.startsWith("devices/" + c.identity.toUtf8() + "/messages/events/"))
        recordTelemetry(c, topic, payload, ed->qos);
    else if (topic.startsWith("$iothub/twin/GET/?") || topic.startsWith("$iothub/twin/PATCH/properties/reported/?"))
        hubTwin(ed->client, c, topic, payload);
    return MOSQ_ERR_SUCCESS;
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

int onTick(int, void *, void *)
{
    refreshState();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QByteArray> kick;
    for (auto it = g->clients.begin(); it != g->clients.end(); ++it) {
        if (it->kickPending || (it->kind == Kind::Hub && it->expiresAt > 0 && it->expiresAt <= now)) {
            it->kickPending = false;
            it->expiresAt = 0;
            kick << it->id;
        }
    }
    for (const QByteArray &id : kick) {
        logLine(MOSQ_LOG_NOTICE, QStringLiteral("closing the connection of %1 (token expired or forbidden publish)")
                                     .arg(QString::fromUtf8(id)));
        mosquitto_kick_client_by_clientid(id.constData(), false);
    }
    deliverC2d();
    return MOSQ_ERR_SUCCESS;
}

int onDisconnect(int, void *eventData, void *)
{
    auto *ed = static_cast<mosquitto_evt_disconnect *>(eventData);
    g->clients.remove(ed->client);
    return MOSQ_ERR_SUCCESS;
}

} // namespace

extern "C" {

int mosquitto_plugin_version(int supported_version_count, const int *supported_versions)
{
    for (int i = 0; i < supported_version_count; ++i)
        if (supported_versions[i] == 5)
            return 5;
    return -1;
}

int mosquitto_plugin_init(mosquitto_plugin_id_t *identifier, void **userdata, struct mosquitto_opt *options,
                          int option_count)
{
    QString dir;
    for (int i = 0; i < option_count; ++i)
        if (std::strcmp(options[i].key, "state_dir") == 0)
            dir = QString::fromUtf8(options[i].value);
    if (dir.isEmpty()) {
        mosquitto_log_printf(MOSQ_LOG_ERR, "local-azure: plugin_opt_state_dir is required");
        return MOSQ_ERR_INVAL;
    }
    g = new Plugin;
    g->id = identifier;
    g->dir = dir;
    g->stateFile = new StateFile(dir);
    QString error;
    if (!g->stateFile->load(&g->state, &error)) {
        mosquitto_log_printf(MOSQ_LOG_ERR, "local-azure: %s", error.toUtf8().constData());
        return MOSQ_ERR_INVAL;
    }
    refreshState();
    *userdata = g;
    mosquitto_callback_register(identifier, MOSQ_EVT_BASIC_AUTH, onBasicAuth, nullptr, nullptr);
    mosquitto_callback_register(identifier, MOSQ_EVT_ACL_CHECK, onAclCheck, nullptr, nullptr);
    mosquitto_callback_register(identifier, MOSQ_EVT_MESSAGE, onMessage, nullptr, nullptr);
    mosquitto_callback_register(identifier, MOSQ_EVT_TICK, onTick, nullptr, nullptr);
    mosquitto_callback_register(identifier, MOSQ_EVT_DISCONNECT, onDisconnect, nullptr, nullptr);
    return MOSQ_ERR_SUCCESS;
}

int mosquitto_plugin_cleanup(void *, struct mosquitto_opt *, int)
{
    if (g) {
        mosquitto_callback_unregister(g->id, MOSQ_EVT_BASIC_AUTH, onBasicAuth, nullptr);
        mosquitto_callback_unregister(g->id, MOSQ_EVT_ACL_CHECK, onAclCheck, nullptr);
        mosquitto_callback_unregister(g->id, MOSQ_EVT_MESSAGE, onMessage, nullptr);
        mosquitto_callback_unregister(g->id, MOSQ_EVT_TICK, onTick, nullptr);
        mosquitto_callback_unregister(g->id, MOSQ_EVT_DISCONNECT, onDisconnect, nullptr);
        delete g->stateFile;
        delete g;
        g = nullptr;
    }
    return MOSQ_ERR_SUCCESS;
}
}
