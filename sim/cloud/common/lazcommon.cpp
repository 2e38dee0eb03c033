#include "lazcommon.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace laz {

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char *>(data.constData()),
              size_t(data.size()), out, &len))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

static std::optional<QByteArray> strictBase64(const QByteArray &text)
{
    auto r = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!r || r.decoded.isEmpty())
        return std::nullopt;
    return r.decoded;
}

QByteArray deriveDeviceKey(const QByteArray &groupKeyBase64, const QByteArray &registrationId)
{
    const auto key = strictBase64(groupKeyBase64);
    if (!key)
        return {};
    return hmacSha256(*key, registrationId).toBase64();
}

QByteArray percentDecode(const QByteArray &text)
{
    return QByteArray::fromPercentEncoding(text);
}

QByteArray percentEncode(const QByteArray &text)
{
    return text.toPercentEncoding("", "", '%');
}

std::optional<SasToken> parseSas(const QByteArray &password, QString *error)
{
    static const QByteArray prefix = "SharedAccessSignature ";
    if (!password.startsWith(prefix)) {
        *error = QStringLiteral("password is not a SharedAccessSignature");
        return std::nullopt;
    }
    SasToken t;
    bool haveSr = false, haveSig = false, haveSe = false;
    for (const QByteArray &field : password.mid(prefix.size()).split('&')) {
        const int eq = field.indexOf('=');
        if (eq <= 0) {
            *error = QStringLiteral("malformed SAS field");
            return std::nullopt;
        }
        const QByteArray name = field.left(eq), value = field.mid(eq + 1);
        if (name == "sr") {
            t.srRaw = value;
            t.sr = percentDecode(value);
            haveSr = true;
        } else if (name == "sig") {
            t.sig = percentDecode(value);
            haveSig = true;
        } else if (name == "se") {
            bool ok = false;
            t.se = value.toLongLong(&ok);
            if (!ok) {
                *error = QStringLiteral("se is not a number");
                return std::nullopt;
            }
            haveSe = true;
        } else if (name == "skn") {
            t.hasSkn = true;
            t.skn = percentDecode(value);
        } else {
            *error = QStringLiteral("unknown SAS field");
            return std::nullopt;
        }
    }
    if (!haveSr || !haveSig || !haveSe) {
        *error = QStringLiteral("SAS token lacks sr, sig or se");
        return std::nullopt;
    }
    return t;
}

bool sasSignatureMatches(const SasToken &token, const QByteArray &keyBase64)
{
    const auto key = strictBase64(keyBase64);
    if (!key)
        return false;
    const QByteArray expected = hmacSha256(*key, token.srRaw + '\n' + QByteArray::number(token.se)).toBase64();
    return !expected.isEmpty() &&
           CRYPTO_memcmp(expected.constData(), token.sig.constData(),
                         size_t(std::min(expected.size(), token.sig.size()))) == 0 &&
           expected.size() == token.sig.size();
}

QByteArray makeSas(const QByteArray &srRaw, const QByteArray &keyBase64, qint64 se, const QByteArray &skn, bool withSkn)
{
    const auto key = strictBase64(keyBase64);
    const QByteArray sig = hmacSha256(key.value_or(QByteArray()), srRaw + '\n' + QByteArray::number(se)).toBase64();
    QByteArray out =
        "SharedAccessSignature sr=" + srRaw + "&sig=" + percentEncode(sig) + "&se=" + QByteArray::number(se);
    if (withSkn)
        out += "&skn=" + percentEncode(skn);
    return out;
}

// ---- X.509 ----
static X509 *readCert(const QByteArray &pemOrDer)
{
    BIO *bio = BIO_new_mem_buf(pemOrDer.constData(), int(pemOrDer.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    if (!cert) {
        const auto *p = reinterpret_cast<const unsigned char *>(pemOrDer.constData());
        cert = d2i_X509(nullptr, &p, long(pemOrDer.size()));
    }
    BIO_free(bio);
    return cert;
}

QString certCommonName(const QByteArray &pemOrDer)
{
    X509 *cert = readCert(pemOrDer);
    if (!cert)
        return {};
    char buf[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, buf, sizeof buf);
    X509_free(cert);
    return QString::fromUtf8(buf);
}

QByteArray certThumbprint(const QByteArray &pem, const char *digest)
{
    X509 *cert = readCert(pem);
    if (!cert)
        return {};
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    X509_digest(cert, EVP_get_digestbyname(digest), md, &len);
    X509_free(cert);
    return QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex().toUpper();
}

QByteArray certSubjectHashName(const QByteArray &pem)
{
    X509 *cert = readCert(pem);
    if (!cert)
        return {};
    const unsigned long h = X509_subject_name_hash(cert);
    X509_free(cert);
    return QByteArray::number(qulonglong(h), 16).rightJustified(8, '0');
}

bool isValidPemCert(const QByteArray &pem)
{
    if (!pem.contains("-----BEGIN CERTIFICATE-----"))
        return false;
    X509 *cert = readCert(pem);
    X509_free(cert);
    return cert != nullptr;
}

// ---- service side ----
QByteArray randomKeyBase64(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes);
    return raw.toBase64();
}

QStringList hubRights()
{
    return {QStringLiteral("RegistryRead"), QStringLiteral("RegistryWrite"), QStringLiteral("ServiceConnect"),
            QStringLiteral("DeviceConnect")};
}

QStringList dpsRights()
{
    return {QStringLiteral("ServiceConfig"), QStringLiteral("EnrollmentRead"), QStringLiteral("EnrollmentWrite"),
            QStringLiteral("RegistrationStatusRead"), QStringLiteral("RegistrationStatusWrite")};
}

static QJsonObject policy(const QString &name, const QStringList &rights)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("primaryKey"), QString::fromLatin1(randomKeyBase64(32))},
                       {QStringLiteral("secondaryKey"), QString::fromLatin1(randomKeyBase64(32))},
                       {QStringLiteral("rights"), QJsonArray::fromStringList(rights)}};
}

bool ensureDefaultPolicies(QJsonObject &state)
{
    bool changed = false;
    if (state.value(QStringLiteral("hubPolicies")).toArray().isEmpty()) {
        const QString rr = QStringLiteral("RegistryRead"), rw = QStringLiteral("RegistryWrite"),
                      sc = QStringLiteral("ServiceConnect"), dc = QStringLiteral("DeviceConnect");
        state.insert(QStringLiteral("hubPolicies"),
                     QJsonArray{policy(QStringLiteral("iothubowner"), {rr, rw, sc, dc}),
                                policy(QStringLiteral("service"), {sc}), policy(QStringLiteral("device"), {dc}),
                                policy(QStringLiteral("registryRead"), {rr}),
                                policy(QStringLiteral("registryReadWrite"), {rr, rw})});
        changed = true;
    }
    if (state.value(QStringLiteral("dpsPolicies")).toArray().isEmpty()) {
        state.insert(QStringLiteral("dpsPolicies"),
                     QJsonArray{policy(QStringLiteral("provisioningserviceowner"), dpsRights())});
        changed = true;
    }
    return changed;
}

QString dpsServiceHost(const QJsonObject &state)
{
    const QString host = state.value(QStringLiteral("dpsServiceHost")).toString();
    return host.isEmpty() ? QStringLiteral("local-azure-dps.azure-devices-provisioning.net") : host;
}

bool pemChainsTo(const QByteArray &leafPem, const QByteArray &anchorPem, const QList<QByteArray> &others)
{
    X509 *leaf = readCert(leafPem);
    X509 *anchor = readCert(anchorPem);
    bool ok = false;
    if (leaf && anchor) {
        X509_STORE *store = X509_STORE_new();
        X509_STORE_add_cert(store, anchor);
        STACK_OF(X509) *untrusted = sk_X509_new_null();
        for (const QByteArray &pem : others)
            if (X509 *c = readCert(pem))
                sk_X509_push(untrusted, c);
        X509_STORE_CTX *ctx = X509_STORE_CTX_new();
        X509_STORE_CTX_init(ctx, store, leaf, untrusted);
        X509_STORE_CTX_set_flags(ctx, X509_V_FLAG_PARTIAL_CHAIN);
        ok = X509_verify_cert(ctx) == 1;
        X509_STORE_CTX_free(ctx);
        sk_X509_pop_free(untrusted, X509_free);
        X509_STORE_free(store);
    }
    X509_free(anchor);
    X509_free(leaf);
    return ok;
}

QByteArray verifiedDpsCaFor(const QJsonObject &state, const QByteArray &pem)
{
    const QByteArray thumb = certThumbprint(pem, "sha256");
    QList<QByteArray> verified;
    for (const QJsonValue &v : state.value(QStringLiteral("dpsCas")).toArray()) {
        const QJsonObject ca = v.toObject();
        if (!ca.value(QStringLiteral("verified")).toBool())
            continue;
        const QByteArray caPem = ca.value(QStringLiteral("pem")).toString().toLatin1();
        if (certThumbprint(caPem, "sha256") == thumb)
            return thumb;
        verified << caPem;
    }
    for (const QByteArray &caPem : verified)
        if (pemChainsTo(pem, caPem, verified))
            return certThumbprint(caPem, "sha256");
    return {};
}

void mergeJsonPatch(QJsonObject &target, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it->isNull()) {
            target.remove(it.key());
        } else if (it->isObject() && target.value(it.key()).isObject()) {
            QJsonObject sub = target.value(it.key()).toObject();
            mergeJsonPatch(sub, it->toObject());
            target.insert(it.key(), sub);
        } else {
            target.insert(it.key(), *it);
        }
    }
}

static QString nameText(X509_NAME *name)
{
    BIO *bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    const QString out = QString::fromUtf8(data, int(len));
    BIO_free(bio);
    return out;
}

static QString asn1Time(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    const QDateTime dt(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                       Qt::UTC);
    return dt.toString(Qt::ISODate);
}

QJsonObject certInfo(const QByteArray &pem)
{
    X509 *cert = readCert(pem);
    if (!cert)
        return {};
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
    char *hex = BN_bn2hex(bn);
    const QJsonObject info{{QStringLiteral("subjectName"), nameText(X509_get_subject_name(cert))},
                           {QStringLiteral("sha1Thumbprint"), QString::fromLatin1(certThumbprint(pem, "sha1"))},
                           {QStringLiteral("sha256Thumbprint"), QString::fromLatin1(certThumbprint(pem, "sha256"))},
                           {QStringLiteral("issuerName"), nameText(X509_get_issuer_name(cert))},
                           {QStringLiteral("notBeforeUtc"), asn1Time(X509_get0_notBefore(cert))},
                           {QStringLiteral("notAfterUtc"), asn1Time(X509_get0_notAfter(cert))},
                           {QStringLiteral("serialNumber"), QString::fromLatin1(hex)},
                           {QStringLiteral("version"), int(X509_get_version(cert)) + 1}};
    OPENSSL_free(hex);
    BN_free(bn);
    X509_free(cert);
    return info;
}

// ---- time and ids ----
QString azureTimestamp(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    // 7 fractional digits like Azure (100 ns ticks); we know milliseconds, the rest is filler.
    const int ticks = int(ms % 1000) * 10000 + int(QRandomGenerator::global()->bounded(10000));
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) + QString::number(ticks).rightJustified(7, u'0') + u'Z';
}

static QString uuidText()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString newOperationId()
{
    auto *rng = QRandomGenerator::global();
    const QString hex = QString::number(rng->generate64(), 16).rightJustified(16, u'0').right(16);
    return QString::number(rng->bounded(1, 10)) + u'.' + hex + u'.' + uuidText();
}

QString newEtag()
{
    auto *rng = QRandomGenerator::global();
    const QString inner = QStringLiteral("%1-0000-0100-0000-%2")
                              .arg(rng->generate(), 8, 16, QChar(u'0'))
                              .arg(QString::number(rng->generate64() & 0xffffffffffffULL, 16).rightJustified(12, u'0'));
    return QString::fromLatin1((u'"' + inner + u'"').toUtf8().toBase64());
}

QString newTrackingId()
{
    return uuidText();
}

QString newDeviceEtag()
{
    return QString::fromLatin1(
        QByteArray::number(QRandomGenerator::global()->bounded(100000000, 999999999)).toBase64());
}

QString newGenerationId()
{
    auto *rng = QRandomGenerator::global();
    return QStringLiteral("63") + QString::number(rng->bounded(100000000, 999999999)) +
           QString::number(rng->bounded(1000000, 9999999));
}

// ---- state ----
StateFile::StateFile(const QString &dir)
    : m_dir(QDir(dir).absolutePath())
{
}

QString StateFile::path() const
{
    return m_dir + QStringLiteral("/state.json");
}

QJsonObject StateFile::defaults()
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("local-azure-state")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("idScope"), QStringLiteral("0ne00C0FFEE")},
        {QStringLiteral("dpsHost"), QStringLiteral("global.azure-devices-provisioning.net")},
        {QStringLiteral("hubHost"), QStringLiteral("local-azure-hub.azure-devices.net")},
        {QStringLiteral("assignmentDelayMs"), 300},
        {QStringLiteral("retryAfterSeconds"), 3},
        {QStringLiteral("hubCas"), QJsonArray()},
        {QStringLiteral("enrollmentGroups"), QJsonArray()},
        {QStringLiteral("enrollments"), QJsonArray()},
        {QStringLiteral("devices"), QJsonArray()},
        {QStringLiteral("c2d"), QJsonArray()},
    };
}

static bool checkFail(const QJsonValue &v, const QString &where, QString *error)
{
    if (v.isUndefined() || v.isNull())
        return true;
    static const QSet<QString> modes{
        QStringLiteral("unauthorized"), QStringLiteral("notfound"), QStringLiteral("throttled"), QStringLiteral("slow"),
        QStringLiteral("disabled"),     QStringLiteral("failed"),   QStringLiteral("internal")};
    if (!v.isObject() || !modes.contains(v.toObject().value(QStringLiteral("mode")).toString())) {
        *error = where + QStringLiteral(": \"fail\" must be an object whose \"mode\" is one of "
                                        "unauthorized, notfound, throttled, slow, disabled, failed, internal");
        return false;
    }
    return true;
}

// The sections the service APIs added (all optional: a state file written before them still loads).
static bool validateServiceSections(const QJsonObject &s, QString *error)
{
    if (s.contains(QStringLiteral("dpsServiceHost")) &&
        s.value(QStringLiteral("dpsServiceHost")).toString().isEmpty()) {
        *error = QStringLiteral("\"dpsServiceHost\" must be a non-empty string");
        return false;
    }
    for (const char *key : {"hubPolicies", "dpsPolicies", "dpsCas", "registrations"}) {
        if (s.contains(QLatin1String(key)) && !s.value(QLatin1String(key)).isArray()) {
            *error = QStringLiteral("\"%1\" must be an array").arg(QLatin1String(key));
            return false;
        }
    }
    for (const char *key : {"hubPolicies", "dpsPolicies"}) {
        const QStringList known = QLatin1String(key) == QLatin1String("hubPolicies") ? hubRights() : dpsRights();
        int i = 0;
        for (const QJsonValue &v : s.value(QLatin1String(key)).toArray()) {
            const QString where = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i++);
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("name")).toString().isEmpty()) {
                *error = where + QStringLiteral(": must be an object with a non-empty \"name\"");
                return false;
            }
            for (const char *k : {"primaryKey", "secondaryKey"}) {
                if (!QByteArray::fromBase64Encoding(p.value(QLatin1String(k)).toString().toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors) ||
                    p.value(QLatin1String(k)).toString().isEmpty()) {
                    *error = where + QStringLiteral(": \"%1\" must be base64").arg(QLatin1String(k));
                    return false;
                }
            }
            for (const QJsonValue &r : p.value(QStringLiteral("rights")).toArray()) {
                if (!known.contains(r.toString())) {
                    *error =
                        where + QStringLiteral(": \"rights\" may hold only %1").arg(known.join(QStringLiteral(", ")));
                    return false;
                }
            }
        }
    }
    int i = 0;
    for (const QJsonValue &v : s.value(QStringLiteral("dpsCas")).toArray()) {
        const QJsonObject ca = v.toObject();
        if (ca.value(QStringLiteral("name")).toString().isEmpty() ||
            !isValidPemCert(ca.value(QStringLiteral("pem")).toString().toLatin1())) {
            *error =
                QStringLiteral("dpsCas[%1]: must be an object with a \"name\" and a PEM certificate \"pem\"").arg(i);
            return false;
        }
        ++i;
    }
    const QJsonValue fail = s.value(QStringLiteral("serviceFail"));
    if (!fail.isUndefined() && !fail.isNull()) {
        static const QStringList modes{QStringLiteral("throttled"), QStringLiteral("internal"),
                                       QStringLiteral("unavailable")};
        if (!fail.isObject() || !modes.contains(fail.toObject().value(QStringLiteral("mode")).toString())) {
            *error = QStringLiteral("\"serviceFail\" must be an object whose \"mode\" is throttled, internal or "
                                    "unavailable");
            return false;
        }
    }
    return true;
}

// One rule per part of the state format, kept together so the format reads in one place (which is
// why this is a little over the usual length).
bool StateFile::validate(const QJsonObject &s, QString *error)
{
    if (s.value(QStringLiteral("format")).toString() != QStringLiteral("local-azure-state") ||
        s.value(QStringLiteral("version")).toInt() != 1) {
        *error = QStringLiteral("not a local-azure state file (format/version)");
        return false;
    }
    for (const char *key : {"idScope", "dpsHost", "hubHost"}) {
        if (s.value(QLatin1String(key)).toString().isEmpty()) {
            *error = QStringLiteral("\"%1\" must be a non-empty string").arg(QLatin1String(key));
            return false;
        }
    }
    for (const char *key : {"assignmentDelayMs", "retryAfterSeconds"}) {
        if (!s.value(QLatin1String(key)).isDouble() || s.value(QLatin1String(key)).toDouble() < 0) {
            *error = QStringLiteral("\"%1\" must be a non-negative number").arg(QLatin1String(key));
            return false;
        }
    }
    for (const char *key : {"hubCas", "enrollmentGroups", "enrollments", "devices", "c2d"}) {
        if (!s.value(QLatin1String(key)).isArray()) {
            *error = QStringLiteral("\"%1\" must be an array").arg(QLatin1String(key));
            return false;
        }
    }
    const auto eachObject = [&](const char *key, const char *idKey,
                                const std::function<bool(const QJsonObject &, const QString &)> &fn) {
        int i = 0;
        for (const QJsonValue &v : s.value(QLatin1String(key)).toArray()) {
            const QString where = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i++);
            if (!v.isObject() || v.toObject().value(QLatin1String(idKey)).toString().isEmpty()) {
                *error =
                    where + QStringLiteral(": must be an object with a non-empty \"%1\"").arg(QLatin1String(idKey));
                return false;
            }
            if (!fn(v.toObject(), where))
                return false;
        }
        return true;
    };
    const auto attestation = [&](const QJsonObject &o, const QString &where, const char *certKey) {
        const QString a = o.value(QStringLiteral("attestation")).toString();
        if (a == QStringLiteral("symmetricKey")) {
            if (!QByteArray::fromBase64Encoding(o.value(QStringLiteral("primaryKey")).toString().toLatin1(),
                                                QByteArray::AbortOnBase64DecodingErrors) ||
                o.value(QStringLiteral("primaryKey")).toString().isEmpty()) {
                *error = where + QStringLiteral(": \"primaryKey\" must be base64");
                return false;
            }
        } else if (a == QStringLiteral("x509")) {
            if (!isValidPemCert(o.value(QLatin1String(certKey)).toString().toLatin1())) {
                *error = where + QStringLiteral(": \"%1\" must be a PEM certificate").arg(QLatin1String(certKey));
                return false;
            }
        } else {
            *error = where + QStringLiteral(": \"attestation\" must be symmetricKey or x509");
            return false;
        }
        return checkFail(o.value(QStringLiteral("fail")), where, error);
    };
    if (!eachObject("enrollmentGroups", "groupId",
                    [&](const QJsonObject &o, const QString &w) { return attestation(o, w, "caCert"); }))
        return false;
    if (!eachObject("enrollments", "registrationId",
                    [&](const QJsonObject &o, const QString &w) { return attestation(o, w, "cert"); }))
        return false;
    if (!validateServiceSections(s, error))
        return false;
    if (!eachObject("devices", "deviceId", [&](const QJsonObject &o, const QString &w) {
            const QString auth = o.value(QStringLiteral("auth")).toString();
            if (auth != QStringLiteral("sas") && auth != QStringLiteral("x509-ca") &&
                auth != QStringLiteral("x509-thumbprint")) {
                *error = w + QStringLiteral(": \"auth\" must be sas, x509-ca or x509-thumbprint");
                return false;
            }
            const QString st = o.value(QStringLiteral("status")).toString();
            if (st != QStringLiteral("enabled") && st != QStringLiteral("disabled")) {
                *error = w + QStringLiteral(": \"status\" must be enabled or disabled");
                return false;
            }
            return checkFail(o.value(QStringLiteral("fail")), w, error);
        }))
        return false;
    return true;
}

namespace {
class DirLock
{
public:
    explicit DirLock(const QString &dir)
    {
        m_fd = ::open(QFile::encodeName(dir + QStringLiteral("/state.lock")).constData(), O_RDWR | O_CREAT | O_CLOEXEC,
                      0600);
        if (m_fd >= 0)
            ::flock(m_fd, LOCK_EX);
    }
    ~DirLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool ok() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};
} // namespace

bool StateFile::load(QJsonObject *state, QString *error) const
{
    QFile f(path());
    if (!f.exists()) {
        *state = defaults();
        return true;
    }
    constexpr qint64 kMaxState = 64ll << 20; // thousands of devices fit; a device or FIFO never ends
    if (!QFileInfo(f).isFile() || f.size() > kMaxState) {
        *error = QStringLiteral("%1: not a regular file of at most %2 bytes").arg(path()).arg(kMaxState);
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path(), f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(kMaxState), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error =
            QStringLiteral("%1: not valid JSON (%2 at offset %3)")
                .arg(path(), pe.error == QJsonParseError::NoError ? QStringLiteral("not an object") : pe.errorString())
                .arg(pe.offset);
        return false;
    }
    QString why;
    if (!validate(doc.object(), &why)) {
        *error = QStringLiteral("%1: %2").arg(path(), why);
        return false;
    }
    *state = doc.object();
    return true;
}

bool StateFile::save(const QJsonObject &state, QString *error) const
{
    QDir().mkpath(m_dir);
    QSaveFile f(path());
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path(), f.errorString());
        return false;
    }
    // Device keys and group keys live here: owner-only before the first byte (the rename keeps it).
    if (::fchmod(f.handle(), S_IRUSR | S_IWUSR) != 0) {
        *error = QStringLiteral("%1: cannot restrict it to its owner").arg(path());
        return false;
    }
    f.write(QJsonDocument(state).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        *error = QStringLiteral("%1: %2").arg(path(), f.errorString());
        return false;
    }
    return true;
}

bool StateFile::update(const std::function<bool(QJsonObject &, QString *)> &fn, QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create %1").arg(m_dir);
        return false;
    }
    DirLock lock(m_dir);
    if (!lock.ok()) {
        *error = QStringLiteral("cannot lock %1/state.lock").arg(m_dir);
        return false;
    }
    QJsonObject state;
    if (!load(&state, error))
        return false;
    if (!fn(state, error))
        return false;
    QString why;
    if (!validate(state, &why)) {
        *error = why;
        return false;
    }
    return save(state, error) && syncTrustDir(state, error);
}

bool StateFile::syncTrustDir(const QJsonObject &state, QString *error) const
{
    // The X.509 listener's capath: test root, enrolled group CAs, DPS CAs, individual enrollment
    // certificates, hub CAs and self-signed device certificates. OpenSSL's hash-dir lookup reads new files on
    // demand, so no broker reload is needed.
    const QString trust = m_dir + QStringLiteral("/trust");
    QDir().mkpath(trust);
    QList<QByteArray> pems;
    QFile root(m_dir + QStringLiteral("/pki/root-ca.pem"));
    if (root.open(QIODevice::ReadOnly))
        pems << root.readAll();
    for (const QJsonValue &v : state.value(QStringLiteral("hubCas")).toArray())
        pems << v.toObject().value(QStringLiteral("pem")).toString().toLatin1();
    for (const QJsonValue &v : state.value(QStringLiteral("enrollmentGroups")).toArray())
        pems << v.toObject().value(QStringLiteral("caCert")).toString().toLatin1();
    for (const QJsonValue &v : state.value(QStringLiteral("dpsCas")).toArray())
        pems << v.toObject().value(QStringLiteral("pem")).toString().toLatin1();
    for (const QJsonValue &v : state.value(QStringLiteral("enrollments")).toArray())
        pems << v.toObject().value(QStringLiteral("cert")).toString().toLatin1();
    for (const QJsonValue &v : state.value(QStringLiteral("devices")).toArray())
        pems << v.toObject().value(QStringLiteral("cert")).toString().toLatin1();
    QSet<QString> wanted;
    for (const QByteArray &pem : pems) {
        if (!isValidPemCert(pem))
            continue;
        const QByteArray hash = certSubjectHashName(pem);
        for (int i = 0; i < 100; ++i) {
            const QString name = QStringLiteral("%1.%2").arg(QString::fromLatin1(hash)).arg(i);
            QFile f(trust + u'/' + name);
            if (f.exists()) {
                f.open(QIODevice::ReadOnly);
                if (f.readAll() != pem)
                    continue;
                wanted.insert(name);
                break;
            }
            if (!f.open(QIODevice::WriteOnly) || f.write(pem) != pem.size()) {
                *error = QStringLiteral("cannot write %1").arg(f.fileName());
                return false;
            }
            wanted.insert(name);
            break;
        }
    }
    // Stale files are left in place: removing a hash file would shift OpenSSL's cached suffixes.
    return true;
}

} // namespace laz
