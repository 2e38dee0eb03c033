#include "shared.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/pem.h>
#include <openssl/x509_vfy.h>

extern "C" {
#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>
}

using namespace laz;

namespace lazplugin {

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

QJsonObject findIn(const char *array, const char *idKey, const QString &id, Qt::CaseSensitivity cs)
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

} // namespace lazplugin
