#include "certstore.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace uxsim {

namespace {
QByteArray asn1TimeText(const ASN1_TIME *t)
{
    struct tm tm
    {
    };
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return QByteArray();
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d/%02d/%02d %02d:%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec);
    return QByteArray(buf);
}
} // namespace

const CertStore::Object *CertStore::find(int type, const QByteArray &name) const
{
    const auto it = m_objects.constFind(key(type, name));
    return it == m_objects.cend() ? nullptr : &*it;
}

int CertStore::bytes() const
{
    int n = 0;
    for (const Object &o : m_objects)
        n += int(o.der.size());
    return n;
}

std::optional<CertStore::Object> CertStore::decode(int type, const QByteArray &name, const QByteArray &bytes,
                                                   const QByteArray &password, QString *error)
{
    QByteArray text = bytes;
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');
    const qsizetype begin = text.indexOf("-----BEGIN ");
    if (begin < 0) {
        *error = QStringLiteral("no PEM header (only PEM is accepted)");
        return std::nullopt;
    }
    text = text.mid(begin);
    if (!text.endsWith('\n'))
        text.append('\n');

    BIO *bio = BIO_new_mem_buf(text.constData(), int(text.size()));
    char *pemName = nullptr;
    char *header = nullptr;
    unsigned char *data = nullptr;
    long len = 0;
    const int ok = PEM_read_bio(bio, &pemName, &header, &data, &len);
    BIO_free(bio);
    if (ok != 1) {
        *error = QStringLiteral("PEM block does not decode");
        return std::nullopt;
    }
    const QByteArray label(pemName);
    Object o;
    o.type = type;
    o.name = name;
    o.der = QByteArray(reinterpret_cast<const char *>(data), int(len));
    OPENSSL_free(pemName);
    OPENSSL_free(header);
    OPENSSL_free(data);

    if (type == RootCa || type == ClientCert) {
        if (label != "CERTIFICATE" && label != "X509 CERTIFICATE" && label != "TRUSTED CERTIFICATE") {
            *error = QStringLiteral("not a certificate: %1").arg(QString::fromLatin1(label));
            return std::nullopt;
        }
        const unsigned char *p = reinterpret_cast<const unsigned char *>(o.der.constData());
        X509 *x = d2i_X509(nullptr, &p, long(o.der.size()));
        if (!x) {
            *error = QStringLiteral("certificate does not parse");
            return std::nullopt;
        }
        char cn[256] = {0};
        X509_NAME_get_text_by_NID(X509_get_subject_name(x), NID_commonName, cn, sizeof cn);
        o.subject = cn;
        o.notAfter = asn1TimeText(X509_get0_notAfter(x));
        BIO *out = BIO_new(BIO_s_mem());
        PEM_write_bio_X509(out, x);
        char *mem = nullptr;
        const long n = BIO_get_mem_data(out, &mem);
        o.pem = QByteArray(mem, int(n));
        BIO_free(out);
        X509_free(x);
    } else {
        if (!label.endsWith("PRIVATE KEY")) {
            *error = QStringLiteral("not a private key: %1").arg(QString::fromLatin1(label));
            return std::nullopt;
        }
        BIO *in = BIO_new_mem_buf(text.constData(), int(text.size()));
        QByteArray pw = password;
        EVP_PKEY *key = PEM_read_bio_PrivateKey(in, nullptr, nullptr, pw.isEmpty() ? nullptr : pw.data());
        BIO_free(in);
        if (!key) {
            *error = QStringLiteral("private key does not parse");
            return std::nullopt;
        }
        BIO *out = BIO_new(BIO_s_mem());
        PEM_write_bio_PrivateKey(out, key, nullptr, nullptr, 0, nullptr, nullptr);
        char *mem = nullptr;
        const long n = BIO_get_mem_data(out, &mem);
        o.pem = QByteArray(mem, int(n));
        BIO_free(out);
        EVP_PKEY_free(key);
    }
    o.md5Hex = QCryptographicHash::hash(o.der, QCryptographicHash::Md5).toHex().toUpper();
    return o;
}

} // namespace uxsim
