#include "pki/certificate.h"
#include "pki/ssl_p.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <openssl/pem.h>

namespace pki {
namespace {

QString nameText(const X509_NAME *name)
{
    if (!name)
        return {};
    auto bio = ssl::newBio();
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(ssl::bioBytes(bio.get()));
}

QString commonName(const X509_NAME *name)
{
    if (!name)
        return {};
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, data);
    if (n < 0) {
        ssl::clearErrors();
        return {};
    }
    const QString cn = QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
    OPENSSL_free(utf8);
    return cn;
}

QDateTime timeOf(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     QTimeZone::utc());
}

QByteArray digest(X509 *cert, const EVP_MD *md)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (!cert || X509_digest(cert, md, out, &n) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(n));
}

QByteArray octets(const ASN1_OCTET_STRING *s)
{
    return s ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s))
             : QByteArray();
}

} // namespace

Certificate Certificate::adopt(X509 *cert)
{
    Certificate c;
    if (cert)
        c.m_cert.reset(cert, X509_free);
    return c;
}

Result<Certificate> Certificate::fromPem(QByteArrayView pem)
{
    ssl::clearErrors();
    auto bio = ssl::memoryBio(pem);
    X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    if (!cert)
        return Result<Certificate>::failure(
            QCoreApplication::translate("pki", "no PEM certificate found (%1)").arg(ssl::takeError()));
    return adopt(cert);
}

Result<Certificate> Certificate::fromDer(QByteArrayView der)
{
    ssl::clearErrors();
    const auto *start = reinterpret_cast<const unsigned char *>(der.data());
    const unsigned char *p = start;
    X509 *cert = d2i_X509(nullptr, &p, long(der.size()));
    if (!cert)
        return Result<Certificate>::failure(
            QCoreApplication::translate("pki", "not a DER certificate (%1)").arg(ssl::takeError()));
    if (p != start + der.size()) {
        X509_free(cert);
        return Result<Certificate>::failure(
            QCoreApplication::translate("pki", "%1 bytes of trailing data after the DER certificate")
                .arg(der.size() - (p - start)));
    }
    return adopt(cert);
}

Result<QList<Certificate>> Certificate::listFromPem(QByteArrayView pem)
{
    ssl::clearErrors();
    auto bio = ssl::memoryBio(pem);
    QList<Certificate> list;
    while (X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        list.append(adopt(cert));
    const unsigned long err = ERR_peek_last_error();
    const bool atEnd = ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE;
    if (!atEnd && err != 0)
        return Result<QList<Certificate>>::failure(
            QCoreApplication::translate("pki", "malformed PEM after certificate %1: %2")
                .arg(list.size())
                .arg(ssl::takeError()));
    ssl::clearErrors();
    if (list.isEmpty())
        return Result<QList<Certificate>>::failure(QCoreApplication::translate("pki", "no PEM certificate found"));
    return list;
}

QByteArray Certificate::toPem() const
{
    if (!m_cert)
        return {};
    auto bio = ssl::newBio();
    PEM_write_bio_X509(bio.get(), m_cert.get());
    return ssl::bioBytes(bio.get());
}

QByteArray Certificate::toDer() const
{
    if (!m_cert)
        return {};
    unsigned char *out = nullptr;
    const int n = i2d_X509(m_cert.get(), &out);
    if (n <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), n);
    OPENSSL_free(out);
    return der;
}

QString Certificate::subjectCommonName() const
{
    return m_cert ? commonName(X509_get_subject_name(m_cert.get())) : QString();
}

QString Certificate::issuerCommonName() const
{
    return m_cert ? commonName(X509_get_issuer_name(m_cert.get())) : QString();
}

QString Certificate::subject() const
{
    return m_cert ? nameText(X509_get_subject_name(m_cert.get())) : QString();
}

QString Certificate::issuer() const
{
    return m_cert ? nameText(X509_get_issuer_name(m_cert.get())) : QString();
}

QDateTime Certificate::notBefore() const
{
    return m_cert ? timeOf(X509_get0_notBefore(m_cert.get())) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return m_cert ? timeOf(X509_get0_notAfter(m_cert.get())) : QDateTime();
}

QString Certificate::serialNumberHex() const
{
    if (!m_cert)
        return {};
    ssl::BnPtr bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_cert.get()), nullptr));
    if (!bn)
        return {};
    char *hexText = BN_bn2hex(bn.get());
    const QString s = QString::fromLatin1(hexText);
    OPENSSL_free(hexText);
    return s;
}

int Certificate::serialNumberBits() const
{
    if (!m_cert)
        return 0;
    ssl::BnPtr bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_cert.get()), nullptr));
    return bn ? BN_num_bits(bn.get()) : 0;
}

bool Certificate::isCa() const
{
    return m_cert && X509_check_ca(m_cert.get()) >= 1;
}

bool Certificate::isSelfIssued() const
{
    return m_cert && X509_NAME_cmp(X509_get_subject_name(m_cert.get()), X509_get_issuer_name(m_cert.get())) == 0;
}

bool Certificate::isSelfSigned() const
{
    return isSelfIssued() && isSignedBy(publicKey());
}

bool Certificate::hasClientAuth() const
{
    return m_cert && (X509_get_extended_key_usage(m_cert.get()) & XKU_SSL_CLIENT);
}

QByteArray Certificate::subjectKeyId() const
{
    return m_cert ? octets(X509_get0_subject_key_id(m_cert.get())) : QByteArray();
}

QByteArray Certificate::authorityKeyId() const
{
    return m_cert ? octets(X509_get0_authority_key_id(m_cert.get())) : QByteArray();
}

QString Certificate::signatureAlgorithm() const
{
    if (!m_cert)
        return {};
    const int nid = X509_get_signature_nid(m_cert.get());
    return QString::fromLatin1(OBJ_nid2ln(nid));
}

Key Certificate::publicKey() const
{
    if (!m_cert)
        return {};
    return Key::adopt(X509_get_pubkey(m_cert.get()));
}

bool Certificate::isSignedBy(const Key &issuerKey) const
{
    if (!m_cert || issuerKey.isNull())
        return false;
    const int r = X509_verify(m_cert.get(), issuerKey.handle());
    ssl::clearErrors();
    return r == 1;
}

bool Certificate::matches(const Key &key) const
{
    return publicKey().samePublicKey(key);
}

QByteArray Certificate::md5() const
{
    return digest(m_cert.get(), EVP_md5());
}

QByteArray Certificate::sha1() const
{
    return digest(m_cert.get(), EVP_sha1());
}

QByteArray Certificate::sha256() const
{
    return digest(m_cert.get(), EVP_sha256());
}

QString Certificate::moduleMd5() const
{
    return QString::fromLatin1(md5().toHex()).toUpper();
}

QString fingerprintText(const QByteArray &digest, QChar separator)
{
    return QString::fromLatin1(separator.isNull() ? digest.toHex() : digest.toHex(char(separator.unicode()))).toUpper();
}

Csr Csr::adopt(X509_REQ *req)
{
    Csr c;
    if (req)
        c.m_req.reset(req, X509_REQ_free);
    return c;
}

Result<Csr> Csr::fromPem(QByteArrayView pem)
{
    ssl::clearErrors();
    auto bio = ssl::memoryBio(pem);
    X509_REQ *req = PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr);
    if (!req)
        return Result<Csr>::failure(
            QCoreApplication::translate("pki", "no PEM certificate request found (%1)").arg(ssl::takeError()));
    return adopt(req);
}

Result<Csr> Csr::fromDer(QByteArrayView der)
{
    ssl::clearErrors();
    const auto *start = reinterpret_cast<const unsigned char *>(der.data());
    const unsigned char *p = start;
    X509_REQ *req = d2i_X509_REQ(nullptr, &p, long(der.size()));
    if (!req || p != start + der.size()) {
        X509_REQ_free(req);
        return Result<Csr>::failure(
            QCoreApplication::translate("pki", "not a DER certificate request (%1)").arg(ssl::takeError()));
    }
    return adopt(req);
}

QByteArray Csr::toPem() const
{
    if (!m_req)
        return {};
    auto bio = ssl::newBio();
    PEM_write_bio_X509_REQ(bio.get(), m_req.get());
    return ssl::bioBytes(bio.get());
}

QString Csr::subjectCommonName() const
{
    return m_req ? commonName(X509_REQ_get_subject_name(m_req.get())) : QString();
}

Key Csr::publicKey() const
{
    return m_req ? Key::adopt(X509_REQ_get_pubkey(m_req.get())) : Key();
}

bool Csr::signatureValid() const
{
    if (!m_req)
        return false;
    const Key key = publicKey();
    const int r = key.isNull() ? 0 : X509_REQ_verify(m_req.get(), key.handle());
    ssl::clearErrors();
    return r == 1;
}

Result<QList<Certificate>> verifyChain(const Certificate &leaf, const QList<Certificate> &intermediates,
                                       const QList<Certificate> &anchors, const QDateTime &when)
{
    using R = Result<QList<Certificate>>;
    if (leaf.isNull())
        return R::failure(QCoreApplication::translate("pki", "no certificate to verify"));
    if (anchors.isEmpty())
        return R::failure(QCoreApplication::translate("pki", "no trusted root given to verify against"));
    ssl::X509StorePtr store(X509_STORE_new());
    for (const auto &a : anchors)
        X509_STORE_add_cert(store.get(), a.handle());
    ssl::X509BorrowedStackPtr untrusted(sk_X509_new_null());
    for (const auto &c : intermediates)
        sk_X509_push(untrusted.get(), c.handle()); // borrowed; the stack is freed without freeing them
    ssl::X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.handle(), untrusted.get()) != 1) {
        return R::failure(QCoreApplication::translate("pki", "cannot set up verification: %1").arg(ssl::takeError()));
    }
    if (when.isValid())
        X509_STORE_CTX_set_time(ctx.get(), 0, time_t(when.toSecsSinceEpoch()));
    const int ok = X509_verify_cert(ctx.get());
    QList<Certificate> chain;
    if (ok == 1) {
        STACK_OF(X509) *built = X509_STORE_CTX_get0_chain(ctx.get());
        for (int i = 0; i < sk_X509_num(built); ++i) {
            X509 *c = sk_X509_value(built, i);
            X509_up_ref(c);
            chain.append(Certificate::adopt(c));
        }
    }
    const int err = X509_STORE_CTX_get_error(ctx.get());
    const int depth = X509_STORE_CTX_get_error_depth(ctx.get());
    X509 *culprit = X509_STORE_CTX_get_current_cert(ctx.get());
    QString who;
    if (culprit) {
        X509_up_ref(culprit);
        who = Certificate::adopt(culprit).subject();
    }
    ssl::clearErrors();
    if (ok != 1)
        return R::failure(QCoreApplication::translate("pki", "chain does not verify at depth %1 (%2): %3")
                              .arg(depth)
                              .arg(who, QString::fromLatin1(X509_verify_cert_error_string(err))));
    return chain;
}

} // namespace pki
