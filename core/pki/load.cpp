#include "pki/load.h"

#include "common/files.h"
#include "pki/ssl_p.h"
#include "pki/token.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/pem.h>

namespace pki {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pki", text);
}

constexpr qint64 kMaxFileSize = 1024 * 1024;

bool looksLikePem(QByteArrayView data)
{
    return data.toByteArray().contains("-----BEGIN ");
}

Result<Bundle> loadPem(QByteArrayView data, const QByteArray &password)
{
    using R = Result<Bundle>;
    Bundle bundle;
    bundle.format = Bundle::Format::Pem;
    bundle.pemText = data.toByteArray();
    const auto parsed = pemBlocks(data);
    if (!parsed)
        return R::failure(parsed.error());
    int blocks = 0;
    for (const PemBlock &block : *parsed) {
        ++blocks;
        const QByteArray &type = block.type;
        const QByteArray &hdr = block.header;
        const QByteArray &der = block.der;
        if (type == "CERTIFICATE" || type == "TRUSTED CERTIFICATE" || type == "X509 CERTIFICATE") {
            auto cert = Certificate::fromDer(der);
            if (!cert && type == "TRUSTED CERTIFICATE") {
                // DER certificate followed by trust settings: take the certificate part.
                const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
                if (X509 *x = d2i_X509(nullptr, &p, long(der.size())))
                    cert = Certificate::adopt(x);
                ssl::clearErrors();
            }
            if (!cert)
                return R::failure(tr("PEM block %1 (%2): %3").arg(blocks).arg(QString::fromLatin1(type), cert.error()));
            bundle.certificates.append(*cert);
        } else if (type.endsWith("PRIVATE KEY")) {
            if (!bundle.key.isNull())
                return R::failure(tr("the file holds more than one private key"));
            // Re-encode the block so encrypted forms (PKCS#8 or Proc-Type headers) go through one reader.
            auto out = ssl::newBio();
            PEM_write_bio(out.get(), type.constData(), hdr.constData(),
                          reinterpret_cast<const unsigned char *>(der.constData()), long(der.size()));
            auto key = Key::fromPem(ssl::bioBytes(out.get()), password);
            if (!key)
                return R::failure(tr("PEM block %1 (%2): %3").arg(blocks).arg(QString::fromLatin1(type), key.error()));
            bundle.key = *key;
            bundle.keyEncrypted = type == "ENCRYPTED PRIVATE KEY" || hdr.contains("ENCRYPTED");
        } else if (type == "CERTIFICATE REQUEST" || type == "NEW CERTIFICATE REQUEST") {
            auto csr = Csr::fromDer(der);
            if (!csr)
                return R::failure(tr("PEM block %1 (%2): %3").arg(blocks).arg(QString::fromLatin1(type), csr.error()));
            bundle.requests.append(*csr);
        } else if (type == "PUBLIC KEY") {
            // Not a credential the module stores; accepted and ignored.
        } else if (type == "EC PARAMETERS") {
            // openssl ecparam -genkey writes this before the key; ubxlib advises leaving it out.
        } else {
            return R::failure(tr("PEM block %1 is a '%2', which the station does not use")
                                  .arg(blocks)
                                  .arg(QString::fromLatin1(type)));
        }
    }
    return bundle;
}

Result<Bundle> loadPkcs12(QByteArrayView data, const QByteArray &password)
{
    using R = Result<Bundle>;
    ssl::clearErrors();
    auto bio = ssl::memoryBio(data);
    ssl::Pkcs12Ptr p12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!p12)
        return R::failure(tr("not a PKCS#12 file (%1)").arg(ssl::takeError()));
    if (PKCS12_mac_present(p12.get()) &&
        PKCS12_verify_mac(p12.get(), password.isEmpty() ? nullptr : password.constData(), int(password.size())) != 1) {
        ssl::clearErrors();
        return R::failure(password.isEmpty() ? tr("the PKCS#12 file is protected; a password is needed")
                                             : tr("wrong password for the PKCS#12 file"));
    }
    EVP_PKEY *pkey = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *ca = nullptr;
    if (PKCS12_parse(p12.get(), password.constData(), &pkey, &cert, &ca) != 1) {
        const QString reason = ssl::takeError();
        return R::failure(tr("cannot read the PKCS#12 contents: %1 (a legacy RC2/3DES file? re-export it with "
                             "'openssl pkcs12 -export' from OpenSSL 3)")
                              .arg(reason));
    }
    ssl::X509StackPtr caOwner(ca);
    Bundle bundle;
    bundle.format = Bundle::Format::Pkcs12;
    bundle.key = Key::adopt(pkey);
    bundle.keyEncrypted = !password.isEmpty();
    if (cert)
        bundle.certificates.append(Certificate::adopt(cert));
    while (ca && sk_X509_num(ca) > 0)
        bundle.certificates.append(Certificate::adopt(sk_X509_shift(ca)));
    ssl::clearErrors();
    return bundle;
}

Result<Bundle> loadDer(QByteArrayView data, const QByteArray &password)
{
    using R = Result<Bundle>;
    Bundle bundle;
    bundle.format = Bundle::Format::Der;
    if (auto cert = Certificate::fromDer(data)) {
        bundle.certificates.append(*cert);
        return bundle;
    }
    if (auto csr = Csr::fromDer(data)) {
        bundle.requests.append(*csr);
        return bundle;
    }
    if (auto key = Key::fromDer(data); key && key->hasPrivateKey()) {
        bundle.key = *key;
        return bundle;
    }
    auto p12 = loadPkcs12(data, password);
    ssl::clearErrors();
    if (p12 || p12.error().contains(u"password"))
        return p12;
    return R::failure(tr("not a certificate, key or PKCS#12 file in PEM or DER form (%1 bytes)").arg(data.size()));
}

} // namespace

QString formatName(Bundle::Format format)
{
    switch (format) {
    case Bundle::Format::Pem:
        return QStringLiteral("pem");
    case Bundle::Format::Der:
        return QStringLiteral("der");
    case Bundle::Format::Pkcs12:
        return QStringLiteral("pkcs12");
    }
    return {};
}

Result<Bundle> loadBundle(QByteArrayView data, const QByteArray &password)
{
    if (data.isEmpty())
        return Result<Bundle>::failure(tr("the file is empty"));
    if (data.size() > kMaxFileSize)
        return Result<Bundle>::failure(tr("%1 bytes is too large for a credential file").arg(data.size()));
    return looksLikePem(data) ? loadPem(data, password) : loadDer(data, password);
}

std::optional<bool> keyFileEncrypted(QByteArrayView data)
{
    if (data.isEmpty() || data.size() > kMaxFileSize)
        return std::nullopt;
    if (looksLikePem(data)) {
        const auto blocks = pemBlocks(data);
        if (!blocks)
            return std::nullopt;
        for (const PemBlock &block : *blocks) {
            if (block.type.endsWith("PRIVATE KEY"))
                return block.type == "ENCRYPTED PRIVATE KEY" || block.header.contains("ENCRYPTED");
        }
        return std::nullopt;
    }
    if (auto key = Key::fromDer(data); key && key->hasPrivateKey())
        return false;
    ssl::clearErrors();
    const auto p12 = loadPkcs12(data, {});
    if (!p12)
        return p12.error().contains(u"password") ? std::optional<bool>(true) : std::nullopt;
    return p12->key.isNull() ? std::nullopt : std::optional<bool>(false);
}

Result<Bundle> loadFile(const QString &path, const QByteArray &password)
{
    QString error;
    const auto data = files::readBounded(path, files::kMaxCredential, &error);
    if (!data)
        return Result<Bundle>::failure(error);
    auto bundle = loadBundle(*data, password);
    if (!bundle)
        return Result<Bundle>::failure(tr("%1: %2").arg(path, bundle.error()));
    return bundle;
}

Result<std::pair<QByteArray, QByteArray>> loadDeviceCredentials(const QString &folder, const QString &id)
{
    using R = Result<std::pair<QByteArray, QByteArray>>;
    QString error;
    const auto cert = files::readBounded(folder + u'/' + id + QLatin1String(".pem"), files::kMaxCredential, &error);
    if (!cert)
        return R::failure(
            tr("no certificate for %1 in %2 (expected %1.pem and %1.key.pem): %3").arg(id, folder, error));
    const auto key = files::readBounded(folder + u'/' + id + QLatin1String(".key.pem"), files::kMaxCredential, &error);
    if (!key)
        return R::failure(tr("no key for %1 in %2 (expected %1.pem and %1.key.pem): %3").arg(id, folder, error));
    return std::pair{*cert, *key};
}

Result<CaPair> loadCa(const QString &certPath, const QString &keyPath, const QByteArray &passphrase)
{
    using R = Result<CaPair>;
    const bool onToken = Pkcs11Uri::looksLike(keyPath);
    // The PIN of a token is not the password of the certificate file.
    const auto certs = loadFile(certPath, onToken ? QByteArray() : passphrase);
    if (!certs)
        return R::failure(certs.error());
    if (certs->certificates.isEmpty())
        return R::failure(tr("%1 holds no certificate").arg(certPath));
    CaPair ca{certs->certificates.first(), certs->key};
    if (onToken) {
        const auto key = loadTokenKey(keyPath, passphrase);
        if (!key)
            return R::failure(key.error());
        ca.key = *key;
    } else if (!keyPath.isEmpty() && keyPath != certPath) {
        const auto key = loadFile(keyPath, passphrase);
        if (!key)
            return R::failure(key.error());
        ca.key = key->key;
    }
    if (ca.key.isNull())
        return R::failure(tr("%1 holds no private key").arg(keyPath.isEmpty() ? certPath : keyPath));
    if (!ca.certificate.matches(ca.key))
        return R::failure(onToken ? tr("the key %1 on the token does not belong to the CA certificate %2")
                                        .arg(keyPath.trimmed(), certPath)
                                  : tr("the CA key does not belong to the CA certificate"));
    if (!ca.certificate.isCa())
        return R::failure(tr("%1 is not a CA certificate (basic constraints CA:FALSE or missing)").arg(certPath));
    return ca;
}

Result<QList<PemBlock>> pemBlocks(QByteArrayView pem)
{
    using R = Result<QList<PemBlock>>;
    ssl::clearErrors();
    auto bio = ssl::memoryBio(pem);
    QList<PemBlock> blocks;
    for (;;) {
        char *name = nullptr;
        char *header = nullptr;
        unsigned char *body = nullptr;
        long length = 0;
        if (PEM_read_bio(bio.get(), &name, &header, &body, &length) != 1) {
            const unsigned long err = ERR_peek_last_error();
            const bool atEnd = ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE;
            const QString reason = ssl::takeError();
            if (!atEnd || blocks.isEmpty())
                return R::failure(blocks.isEmpty()
                                      ? tr("malformed PEM: no complete block (%1)").arg(reason)
                                      : tr("malformed PEM after block %1: %2").arg(blocks.size()).arg(reason));
            break;
        }
        blocks.append(
            {QByteArray(name), QByteArray(reinterpret_cast<const char *>(body), int(length)), QByteArray(header)});
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(body);
    }
    return blocks;
}

Result<QByteArray> makePkcs12(const Key &key, const QList<Certificate> &certificates, const QByteArray &password,
                              const QString &friendlyName)
{
    using R = Result<QByteArray>;
    if (certificates.isEmpty())
        return R::failure(tr("a PKCS#12 file needs at least one certificate"));
    ssl::clearErrors();
    ssl::X509BorrowedStackPtr ca(sk_X509_new_null());
    for (qsizetype i = 1; i < certificates.size(); ++i)
        sk_X509_push(ca.get(), certificates[i].handle());
    const QByteArray name = friendlyName.toUtf8();
    ssl::Pkcs12Ptr p12(PKCS12_create(password.isEmpty() ? nullptr : password.constData(),
                                     name.isEmpty() ? nullptr : name.constData(), key.handle(),
                                     certificates[0].handle(), ca.get(), 0, 0, 0, 0, 0));
    if (!p12)
        return R::failure(tr("cannot make the PKCS#12 file: %1").arg(ssl::takeError()));
    auto bio = ssl::newBio();
    if (i2d_PKCS12_bio(bio.get(), p12.get()) != 1)
        return R::failure(tr("cannot encode the PKCS#12 file: %1").arg(ssl::takeError()));
    return ssl::bioBytes(bio.get());
}

} // namespace pki
