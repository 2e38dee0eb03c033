#include "pki/issue.h"
#include "pki/ssl_p.h"

#include <QCoreApplication>

#include <openssl/rand.h>

namespace pki {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pki", text);
}

enum class Profile
{
    Root,
    Intermediate,
    Device,
    Verification
};

const EVP_MD *digestFor(const Key &signer)
{
    if (signer.curve() == QLatin1String("P-384"))
        return EVP_sha384();
    if (signer.curve() == QLatin1String("P-521"))
        return EVP_sha512();
    if (signer.algorithm() == QLatin1String("ED25519") || signer.algorithm() == QLatin1String("ED448"))
        return nullptr;
    return EVP_sha256();
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ssl::X509ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setRandomSerial(X509 *cert)
{
    // 16 random bytes with the top bit cleared: positive, 127 bits of entropy (CA/B asks >= 64).
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7F;
    bytes[0] |= 0x40; // never shorter than 127 bits, so the serial is always >= 64 bits long
    ssl::BnPtr bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool setTime(ASN1_TIME *field, const QDateTime &t)
{
    return ASN1_TIME_set(field, time_t(t.toSecsSinceEpoch())) != nullptr;
}

Result<Certificate> build(Profile profile, const Key &subjectKey, const CertificateSpec &spec,
                          const Certificate *issuer, const Key &issuerKey)
{
    using R = Result<Certificate>;
    if (subjectKey.isNull())
        return R::failure(tr("no key for the new certificate"));
    if (issuerKey.isNull() || !issuerKey.hasPrivateKey())
        return R::failure(tr("the signing key is missing or has no private part"));
    if (issuer && !issuer->matches(issuerKey))
        return R::failure(tr("the CA key does not belong to the CA certificate %1").arg(issuer->subject()));
    if (issuer && !issuer->isCa())
        return R::failure(tr("%1 is not a CA certificate and cannot sign others").arg(issuer->subject()));
    if (spec.commonName.isEmpty())
        return R::failure(tr("the certificate needs a common name (CN)"));
    if (spec.commonName.toUtf8().size() > 64)
        return R::failure(
            tr("the common name is %1 bytes long; X.509 allows at most 64").arg(spec.commonName.toUtf8().size()));

    ssl::clearErrors();
    ssl::X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get()))
        return R::failure(tr("cannot create a certificate: %1").arg(ssl::takeError()));

    const QDateTime notBefore =
        spec.notBefore.isValid() ? spec.notBefore : QDateTime::currentDateTimeUtc().addSecs(-5 * 60);
    const QDateTime notAfter = spec.notAfter.isValid() ? spec.notAfter : notBefore.addDays(spec.validityDays);
    if (notAfter <= notBefore)
        return R::failure(tr("the certificate would end before it starts (check --days)"));
    if (!setTime(X509_getm_notBefore(cert.get()), notBefore) || !setTime(X509_getm_notAfter(cert.get()), notAfter))
        return R::failure(tr("cannot set the validity: %1").arg(ssl::takeError()));

    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = spec.commonName.toUtf8();
    if (!spec.organization.isEmpty()) {
        const QByteArray o = spec.organization.toUtf8();
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(o.constData()),
                                   int(o.size()), -1, 0);
    }
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                                   int(cn.size()), -1, 0) != 1)
        return R::failure(tr("cannot set the common name: %1").arg(ssl::takeError()));
    X509 *issuerCert = issuer ? issuer->handle() : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert)) != 1 ||
        X509_set_pubkey(cert.get(), subjectKey.handle()) != 1)
        return R::failure(tr("cannot set the issuer or key: %1").arg(ssl::takeError()));

    const bool ca = profile == Profile::Root || profile == Profile::Intermediate;
    QByteArray basic = ca ? QByteArray("critical,CA:TRUE") : QByteArray("critical,CA:FALSE");
    if (ca && spec.pathLength >= 0)
        basic += ",pathlen:" + QByteArray::number(spec.pathLength);
    const bool rsa = subjectKey.algorithm() == QLatin1String("RSA");
    const char *usage = ca ? "critical,keyCertSign,cRLSign,digitalSignature"
                           : (rsa ? "critical,digitalSignature,keyEncipherment" : "critical,digitalSignature");
    bool ok = addExtension(cert.get(), issuerCert, NID_basic_constraints, basic.constData()) &&
              addExtension(cert.get(), issuerCert, NID_key_usage, usage) &&
              addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash") &&
              addExtension(cert.get(), issuerCert, NID_authority_key_identifier,
                           profile == Profile::Root ? "keyid:always" : "keyid:always");
    if (ok && profile == Profile::Device)
        ok = addExtension(cert.get(), issuerCert, NID_ext_key_usage, "clientAuth");
    if (!ok)
        return R::failure(tr("cannot add the certificate extensions: %1").arg(ssl::takeError()));
    if (X509_sign(cert.get(), issuerKey.handle(), digestFor(issuerKey)) <= 0)
        return R::failure(tr("cannot sign the certificate: %1").arg(ssl::takeError()));
    return Certificate::adopt(cert.release());
}

} // namespace

Result<Certificate> makeRootCa(const Key &key, const CertificateSpec &spec)
{
    return build(Profile::Root, key, spec, nullptr, key);
}

Result<Certificate> makeIntermediateCa(const Key &subjectKey, const CertificateSpec &spec, const Certificate &issuer,
                                       const Key &issuerKey)
{
    return build(Profile::Intermediate, subjectKey, spec, &issuer, issuerKey);
}

Result<Certificate> makeDeviceCertificate(const Key &subjectKey, const CertificateSpec &spec, const Certificate &issuer,
                                          const Key &issuerKey)
{
    return build(Profile::Device, subjectKey, spec, &issuer, issuerKey);
}

Result<Certificate> makeVerificationCertificate(const QString &verificationCode, const Certificate &ca,
                                                const Key &caKey, int validityDays)
{
    const QString code = verificationCode.trimmed();
    if (code.isEmpty())
        return Result<Certificate>::failure(tr("the verification code is empty; copy it from the portal"));
    auto key = Key::generate(KeyType::EcP256);
    if (!key)
        return Result<Certificate>::failure(key.error());
    CertificateSpec spec;
    spec.commonName = code;
    spec.validityDays = validityDays;
    return build(Profile::Verification, *key, spec, &ca, caKey);
}

Result<Csr> makeCsr(const Key &key, const QString &commonName)
{
    using R = Result<Csr>;
    if (key.isNull() || !key.hasPrivateKey())
        return R::failure(tr("a CSR needs a private key"));
    if (commonName.isEmpty())
        return R::failure(tr("the request needs a common name (CN)"));
    ssl::clearErrors();
    std::unique_ptr<X509_REQ, ssl::Deleter<X509_REQ_free>> req(X509_REQ_new());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME *name = X509_REQ_get_subject_name(req.get());
    if (!req || X509_REQ_set_version(req.get(), 0) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                                   int(cn.size()), -1, 0) != 1 ||
        X509_REQ_set_pubkey(req.get(), key.handle()) != 1 ||
        X509_REQ_sign(req.get(), key.handle(), digestFor(key)) <= 0)
        return R::failure(tr("cannot make the certificate request: %1").arg(ssl::takeError()));
    return Csr::adopt(req.release());
}

Result<Certificate> signCsr(const Csr &csr, const CertificateSpec &spec, const Certificate &issuer,
                            const Key &issuerKey)
{
    if (csr.isNull())
        return Result<Certificate>::failure(tr("no certificate request"));
    if (!csr.signatureValid())
        return Result<Certificate>::failure(
            tr("the certificate request's signature does not verify; it was altered or not made with its key"));
    CertificateSpec s = spec;
    if (s.commonName.isEmpty())
        s.commonName = csr.subjectCommonName();
    return build(Profile::Device, csr.publicKey(), s, &issuer, issuerKey);
}

QString fileStem(const QString &commonName)
{
    QString s;
    for (const QChar c : commonName)
        s.append((c.isLetterOrNumber() && c.unicode() < 0x80) || c == u'.' || c == u'_' || c == u'-' ? c : QChar(u'_'));
    while (s.startsWith(u'.'))
        s.remove(0, 1);
    return s.isEmpty() ? QStringLiteral("certificate") : s.left(64);
}

} // namespace pki
