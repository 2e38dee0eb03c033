// local-azure pki issue, and the PKI the broker's listeners use.
#include "pki.h"
#include "tool.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

using namespace laz;

namespace laztool {

namespace {

EVP_PKEY *newKey()
{
    return EVP_EC_gen("P-256");
}

void addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

} // namespace

Issued issue(const QString &cn, bool isCa, bool server, const QStringList &sans, X509 *issuerCert, EVP_PKEY *issuerKey,
             int days)
{
    EVP_PKEY *key = newKey();
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), long(days) * 86400);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.toUtf8().constData()), -1, -1, 0);
    X509_set_issuer_name(cert, issuerCert ? X509_get_subject_name(issuerCert) : name);
    X509 *extIssuer = issuerCert ? issuerCert : cert;
    addExt(cert, extIssuer, NID_subject_key_identifier, "hash");
    if (isCa) {
        addExt(cert, extIssuer, NID_basic_constraints, "critical,CA:TRUE");
        addExt(cert, extIssuer, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    } else {
        addExt(cert, extIssuer, NID_basic_constraints, "critical,CA:FALSE");
        addExt(cert, extIssuer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        addExt(cert, extIssuer, NID_ext_key_usage, server ? "serverAuth" : "clientAuth");
    }
    if (issuerCert)
        addExt(cert, extIssuer, NID_authority_key_identifier, "keyid:always");
    if (!sans.isEmpty())
        addExt(cert, extIssuer, NID_subject_alt_name, sans.join(u',').toLatin1().constData());
    X509_sign(cert, issuerKey ? issuerKey : key, EVP_sha256());
    Issued r;
    BIO *b = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(b, cert);
    char *d = nullptr;
    long n = BIO_get_mem_data(b, &d);
    r.certPem = QByteArray(d, int(n));
    BIO_free(b);
    b = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr);
    n = BIO_get_mem_data(b, &d);
    r.keyPem = QByteArray(d, int(n));
    BIO_free(b);
    X509_free(cert);
    EVP_PKEY_free(key);
    return r;
}

X509 *loadCert(const QByteArray &pem)
{
    BIO *b = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *c = PEM_read_bio_X509(b, nullptr, nullptr, nullptr);
    BIO_free(b);
    return c;
}

EVP_PKEY *loadKey(const QByteArray &pem)
{
    BIO *b = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *k = PEM_read_bio_PrivateKey(b, nullptr, nullptr, nullptr);
    BIO_free(b);
    return k;
}

void writePrivate(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        fail(1, tr("cannot write %1: %2").arg(path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void ensurePki(const QString &dir, const QJsonObject &state, const QStringList &addresses)
{
    const QString pki = dir + QStringLiteral("/pki");
    QDir().mkpath(pki);
    if (!QFile::exists(pki + QStringLiteral("/root-ca.pem"))) {
        const Issued ca = issue(QStringLiteral("Local Azure Test Root CA"), true, false, {}, nullptr, nullptr, 3650);
        writePrivate(pki + QStringLiteral("/root-ca.key"), ca.keyPem);
        writePrivate(pki + QStringLiteral("/root-ca.pem"), ca.certPem);
    }
    const QString dps = state.value(QStringLiteral("dpsHost")).toString();
    const QString hub = state.value(QStringLiteral("hubHost")).toString();
    const QString sanFile = pki + QStringLiteral("/server.sans");
    QStringList names{QStringLiteral("DNS:") + dps, QStringLiteral("DNS:") + hub,
                      QStringLiteral("DNS:") + dpsServiceHost(state), QStringLiteral("DNS:localhost"),
                      QStringLiteral("IP:127.0.0.1")};
    for (const QString &a : addresses)
        if (!names.contains(QStringLiteral("IP:") + a))
            names << QStringLiteral("IP:") + a;
    const QString sans = names.join(u',');
    QFile sf(sanFile);
    const bool sameSans = sf.open(QIODevice::ReadOnly) && QString::fromUtf8(sf.readAll()) == sans;
    sf.close();
    if (!sameSans || !QFile::exists(pki + QStringLiteral("/server.pem"))) {
        X509 *caCert = loadCert(readFileOrFail(pki + QStringLiteral("/root-ca.pem")));
        EVP_PKEY *caKey = loadKey(readFileOrFail(pki + QStringLiteral("/root-ca.key")));
        if (!caCert || !caKey)
            fail(1, tr("%1/root-ca.pem or root-ca.key is damaged; delete the pki directory to start afresh").arg(pki));
        const Issued srv = issue(hub, false, true, sans.split(u','), caCert, caKey);
        X509_free(caCert);
        EVP_PKEY_free(caKey);
        writePrivate(pki + QStringLiteral("/server.key"), srv.keyPem);
        writePrivate(pki + QStringLiteral("/server.pem"), srv.certPem);
        writePrivate(sanFile, sans.toUtf8());
    }
}

int cmdPki(const QStringList &args, const QCommandLineParser &p, const QString &dir)
{
    if (args.value(1) != QStringLiteral("issue"))
        fail(2, tr("unknown pki command; see local-azure --help"));
    const QString cn = required(p, "cn");
    const QString certOut = required(p, "out-cert"), keyOut = required(p, "out-key");
    X509 *caCert = nullptr;
    EVP_PKEY *caKey = nullptr;
    if (!p.isSet(QStringLiteral("self-signed"))) {
        const QString cf = p.value(QStringLiteral("ca-cert")).isEmpty() ? dir + QStringLiteral("/pki/root-ca.pem")
                                                                        : p.value(QStringLiteral("ca-cert"));
        const QString kf = p.value(QStringLiteral("ca-key")).isEmpty() ? dir + QStringLiteral("/pki/root-ca.key")
                                                                       : p.value(QStringLiteral("ca-key"));
        caCert = loadCert(readFileOrFail(cf));
        caKey = loadKey(readFileOrFail(kf));
        if (!caCert || !caKey)
            fail(2, tr("%1 / %2 is not a PEM certificate and key").arg(cf, kf));
    }
    const Issued r = issue(cn, p.isSet(QStringLiteral("ca")), false, {}, caCert, caKey);
    X509_free(caCert);
    EVP_PKEY_free(caKey);
    writePrivate(keyOut, r.keyPem);
    writePrivate(certOut, r.certPem);
    outJson(QJsonObject{{QStringLiteral("cert"), certOut},
                        {QStringLiteral("key"), keyOut},
                        {QStringLiteral("sha1"), QString::fromLatin1(certThumbprint(r.certPem, "sha1"))},
                        {QStringLiteral("sha256"), QString::fromLatin1(certThumbprint(r.certPem, "sha256"))}});
    return 0;
}

} // namespace laztool
