#include "pki/key.h"
#include "pki/ssl_p.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/core_names.h>
#include <openssl/pem.h>

namespace pki {
namespace {

// PEM password callback: u points at the passphrase QByteArray.
int passwordCallback(char *buffer, int size, int, void *u)
{
    const auto *pass = static_cast<const QByteArray *>(u);
    if (!pass || pass->isEmpty())
        return -1; // no passphrase given: fail instead of prompting on a terminal
    const int n = qMin(size, int(pass->size()));
    memcpy(buffer, pass->constData(), size_t(n));
    return n;
}

} // namespace

QString keyTypeName(KeyType type)
{
    switch (type) {
    case KeyType::EcP256:
        return QStringLiteral("ec-p256");
    case KeyType::EcP384:
        return QStringLiteral("ec-p384");
    case KeyType::Rsa2048:
        return QStringLiteral("rsa-2048");
    case KeyType::Rsa3072:
        return QStringLiteral("rsa-3072");
    case KeyType::Rsa4096:
        return QStringLiteral("rsa-4096");
    }
    return {};
}

std::optional<KeyType> keyTypeFromName(QStringView name)
{
    for (const auto t : {KeyType::EcP256, KeyType::EcP384, KeyType::Rsa2048, KeyType::Rsa3072, KeyType::Rsa4096}) {
        if (name.compare(keyTypeName(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

Key Key::adopt(EVP_PKEY *key)
{
    Key k;
    if (key)
        k.m_key.reset(key, EVP_PKEY_free);
    return k;
}

Result<Key> Key::generate(KeyType type)
{
    switch (type) {
    case KeyType::EcP256:
        return generateEc(QStringLiteral("P-256"));
    case KeyType::EcP384:
        return generateEc(QStringLiteral("P-384"));
    case KeyType::Rsa2048:
        return generateRsa(2048);
    case KeyType::Rsa3072:
        return generateRsa(3072);
    case KeyType::Rsa4096:
        return generateRsa(4096);
    }
    return Result<Key>::failure(QCoreApplication::translate("pki", "unknown key type"));
}

Result<Key> Key::generateRsa(int bits)
{
    ssl::PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), bits) <= 0 ||
        EVP_PKEY_generate(ctx.get(), &key) <= 0)
        return Result<Key>::failure(
            QCoreApplication::translate("pki", "cannot generate an RSA %1 key: %2").arg(bits).arg(ssl::takeError()));
    return adopt(key);
}

Result<Key> Key::generateEc(const QString &curve)
{
    ssl::PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    const QByteArray group = curve.toLatin1();
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 ||
        EVP_PKEY_CTX_set_group_name(ctx.get(), group.constData()) <= 0 || EVP_PKEY_generate(ctx.get(), &key) <= 0)
        return Result<Key>::failure(QCoreApplication::translate("pki", "cannot generate an EC key on curve %1: %2")
                                        .arg(curve, ssl::takeError()));
    return adopt(key);
}

Result<Key> Key::fromPem(QByteArrayView pem, const QByteArray &passphrase)
{
    ssl::clearErrors();
    auto bio = ssl::memoryBio(pem);
    QByteArray pass = passphrase;
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, passwordCallback, &pass);
    if (key)
        return adopt(key);
    const QString reason = ssl::takeError();
    if (pem.toByteArray().contains("ENCRYPTED")) {
        return Result<Key>::failure(
            passphrase.isEmpty()
                ? QCoreApplication::translate("pki", "the private key is encrypted; a passphrase is needed")
                : QCoreApplication::translate("pki", "cannot decrypt the private key: wrong passphrase? (%1)")
                      .arg(reason));
    }
    bio = ssl::memoryBio(pem);
    key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    ssl::clearErrors();
    if (key)
        return adopt(key);
    return Result<Key>::failure(QCoreApplication::translate("pki", "not a PEM key: %1").arg(reason));
}

Result<Key> Key::fromDer(QByteArrayView der)
{
    ssl::clearErrors();
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    EVP_PKEY *key = d2i_AutoPrivateKey(nullptr, &p, long(der.size()));
    if (key && p == reinterpret_cast<const unsigned char *>(der.data()) + der.size())
        return adopt(key);
    EVP_PKEY_free(key);
    p = reinterpret_cast<const unsigned char *>(der.data());
    key = d2i_PUBKEY(nullptr, &p, long(der.size()));
    if (key && p == reinterpret_cast<const unsigned char *>(der.data()) + der.size()) {
        ssl::clearErrors();
        return adopt(key);
    }
    EVP_PKEY_free(key);
    return Result<Key>::failure(QCoreApplication::translate("pki", "not a DER key: %1").arg(ssl::takeError()));
}

bool Key::hasPrivateKey() const
{
    if (!m_key)
        return false;
    if (isOnToken())
        return true; // the engine's key object holds no private value, the token does
    // A public-only key has no private component: probing the private BN/octets fails for it.
    BIGNUM *d = nullptr;
    if (EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_RSA_D, &d) == 1 ||
        EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_PRIV_KEY, &d) == 1) {
        BN_clear_free(d);
        return true;
    }
    ssl::clearErrors();
    size_t len = 0;
    const bool raw = EVP_PKEY_get_octet_string_param(m_key.get(), OSSL_PKEY_PARAM_PRIV_KEY, nullptr, 0, &len) == 1;
    ssl::clearErrors();
    return raw && len > 0;
}

QByteArray Key::toPem(const QByteArray &passphrase) const
{
    // libp11 gives an EC token key a placeholder private value; writing that out would make a
    // file that looks like the CA key and is not. A token key is never written.
    if (!m_key || isOnToken())
        return {};
    auto bio = ssl::newBio();
    const int ok =
        passphrase.isEmpty()
            ? PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            : PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), EVP_aes_256_cbc(), passphrase.constData(),
                                            int(passphrase.size()), nullptr, nullptr);
    if (ok != 1) {
        ssl::clearErrors();
        return {};
    }
    return ssl::bioBytes(bio.get());
}

QByteArray Key::toDer() const
{
    if (!m_key || isOnToken())
        return {};
    auto bio = ssl::newBio();
    if (i2d_PKCS8PrivateKey_bio(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        ssl::clearErrors();
        return {};
    }
    return ssl::bioBytes(bio.get());
}

QByteArray Key::publicKeyDer() const
{
    if (!m_key)
        return {};
    unsigned char *out = nullptr;
    const int n = i2d_PUBKEY(m_key.get(), &out);
    if (n <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), n);
    OPENSSL_free(out);
    return der;
}

QByteArray Key::publicKeyPem() const
{
    if (!m_key)
        return {};
    auto bio = ssl::newBio();
    PEM_write_bio_PUBKEY(bio.get(), m_key.get());
    return ssl::bioBytes(bio.get());
}

QString Key::algorithm() const
{
    if (!m_key)
        return {};
    const char *name = EVP_PKEY_get0_type_name(m_key.get());
    return name ? QString::fromLatin1(name).toUpper() : QString();
}

QString Key::curve() const
{
    if (!m_key || !EVP_PKEY_is_a(m_key.get(), "EC"))
        return {};
    char name[80] = {};
    size_t len = 0;
    if (EVP_PKEY_get_utf8_string_param(m_key.get(), OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &len) != 1) {
        ssl::clearErrors();
        return {};
    }
    const QString group = QString::fromLatin1(name, qsizetype(len));
    // OpenSSL reports the SEC names; the NIST names are what people know.
    if (group == QLatin1String("prime256v1"))
        return QStringLiteral("P-256");
    if (group == QLatin1String("secp384r1"))
        return QStringLiteral("P-384");
    if (group == QLatin1String("secp521r1"))
        return QStringLiteral("P-521");
    return group;
}

int Key::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QString Key::description() const
{
    if (!m_key)
        return QCoreApplication::translate("pki", "no key");
    const QString c = curve();
    if (!c.isEmpty())
        return QStringLiteral("EC ") + c;
    if (algorithm() == QLatin1String("RSA") || algorithm() == QLatin1String("RSA-PSS"))
        return algorithm() + u' ' + QString::number(bits());
    return algorithm();
}

std::optional<KeyType> Key::type() const
{
    const QString c = curve();
    if (c == QLatin1String("P-256"))
        return KeyType::EcP256;
    if (c == QLatin1String("P-384"))
        return KeyType::EcP384;
    if (m_key && EVP_PKEY_is_a(m_key.get(), "RSA")) {
        switch (bits()) {
        case 2048:
            return KeyType::Rsa2048;
        case 3072:
            return KeyType::Rsa3072;
        case 4096:
            return KeyType::Rsa4096;
        default:
            break;
        }
    }
    return std::nullopt;
}

bool Key::samePublicKey(const Key &other) const
{
    if (!m_key || !other.m_key)
        return false;
    const int r = EVP_PKEY_eq(m_key.get(), other.m_key.get());
    ssl::clearErrors();
    return r == 1;
}

namespace {

Result<bool> writeFile(const QString &path, const QByteArray &data, bool secret)
{
    QFile file(path);
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Tighten an existing file before its new contents are written.
    if (secret && file.exists() && !file.setPermissions(owner))
        return Result<bool>::failure(
            QCoreApplication::translate("pki", "cannot restrict %1 to its owner: %2").arg(path, file.errorString()));
    const bool opened = secret ? file.open(QIODevice::WriteOnly | QIODevice::Truncate, owner)
                               : file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    if (!opened)
        return Result<bool>::failure(
            QCoreApplication::translate("pki", "cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(data) != data.size() || !file.flush())
        return Result<bool>::failure(
            QCoreApplication::translate("pki", "cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace

Result<bool> writePrivateFile(const QString &path, const QByteArray &data)
{
    return writeFile(path, data, true);
}

Result<bool> writePublicFile(const QString &path, const QByteArray &data)
{
    return writeFile(path, data, false);
}

} // namespace pki
