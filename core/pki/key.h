#pragma once

#include "pki/result.h"

#include <memory>
#include <optional>
#include <QByteArray>
#include <QString>

typedef struct evp_pkey_st EVP_PKEY;

namespace pki {

/// Key types the station makes; all are usable by u-connectXpress modules.
enum class KeyType
{
    EcP256,
    EcP384,
    Rsa2048,
    Rsa3072,
    Rsa4096
};

/// "ec-p256", "ec-p384", "rsa-2048", "rsa-3072", "rsa-4096" (the CLI's --key values).
QString keyTypeName(KeyType type);
std::optional<KeyType> keyTypeFromName(QStringView name);

/// A private (or public-only) key. Immutable value type over a shared EVP_PKEY: copies are cheap and
/// may be used from several threads. Generation has no shared mutable state, so it may run on a worker
/// thread. Key material never reaches a log.
class Key
{
public:
    Key() = default;

    static Result<Key> generate(KeyType type);
    static Result<Key> generateRsa(int bits);
    /// @p curve is an OpenSSL group name: "P-256", "P-384", "P-521", "secp256k1"...
    static Result<Key> generateEc(const QString &curve);

    /// Any PEM private key (PKCS#8, encrypted PKCS#8, traditional RSA/EC) or a public key.
    static Result<Key> fromPem(QByteArrayView pem, const QByteArray &passphrase = {});
    /// DER private key (PKCS#8 or traditional) or SubjectPublicKeyInfo.
    static Result<Key> fromDer(QByteArrayView der);
    /// Takes ownership of @p key (nullptr gives a null Key).
    static Key adopt(EVP_PKEY *key);

    bool isNull() const { return !m_key; }
    /// True for a private key, also one that lives on a token (see isOnToken()).
    bool hasPrivateKey() const;
    /// A private key on a PKCS#11 token (pki/token.h): it signs, but it cannot be written out.
    bool isOnToken() const { return !m_tokenUri.isEmpty(); }
    /// The PKCS#11 URI of a token key; empty for other keys.
    QString tokenUri() const { return m_tokenUri; }

    /// PKCS#8 PEM ("BEGIN PRIVATE KEY"); with a passphrase "BEGIN ENCRYPTED PRIVATE KEY", AES-256-CBC.
    /// Empty for a token key (it never leaves the token).
    QByteArray toPem(const QByteArray &passphrase = {}) const;
    /// PKCS#8 DER (unencrypted); empty for a token key.
    QByteArray toDer() const;
    /// SubjectPublicKeyInfo DER.
    QByteArray publicKeyDer() const;
    QByteArray publicKeyPem() const;

    /// "RSA", "EC", "ED25519", ...
    QString algorithm() const;
    /// "P-256" for EC keys, empty otherwise.
    QString curve() const;
    int bits() const;
    /// "EC P-256", "RSA 2048".
    QString description() const;
    /// The KeyType when the key is one the station makes.
    std::optional<KeyType> type() const;

    /// Same public key (works between a private key and a certificate's public key).
    bool samePublicKey(const Key &other) const;

    EVP_PKEY *handle() const { return m_key.get(); }

private:
    friend Result<Key> loadTokenKey(const QString &uri, const QByteArray &pin);

    std::shared_ptr<EVP_PKEY> m_key;
    QString m_tokenUri;
};

/// Writes @p data to @p path with mode 0600 (owner read/write only), replacing an existing file.
Result<bool> writePrivateFile(const QString &path, const QByteArray &data);
/// Writes a public file (certificate, CSR) with the default mode.
Result<bool> writePublicFile(const QString &path, const QByteArray &data);

} // namespace pki
