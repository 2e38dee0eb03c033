#pragma once

#include "pki/certificate.h"
#include "pki/key.h"
#include "pki/result.h"

#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>

namespace pki {

/// What a credential file held. Loaders never crash on junk: malformed PEM, truncated DER and binary
/// data come back as an error sentence (tests/fuzz/fuzz_pki_load.cpp runs them under libFuzzer).
struct Bundle
{
    enum class Format
    {
        Pem,
        Der,
        Pkcs12
    };
    Format format = Format::Pem;
    QList<Certificate> certificates; ///< in file order (PKCS#12: the leaf first)
    Key key;                         ///< null when the file has none
    QList<Csr> requests;             ///< PEM only
    QByteArray pemText;              ///< the file as given when it was PEM (for size checks)
    /// The key was kept encrypted: PKCS#8 "ENCRYPTED PRIVATE KEY", a PEM key with a
    /// "Proc-Type: 4,ENCRYPTED" header, or a PKCS#12 file with a password (lint: ca-key-unencrypted).
    bool keyEncrypted = false;
};

QString formatName(Bundle::Format format);

/// Detects the format (PEM text, DER certificate / key / CSR, PKCS#12) and loads everything.
/// @p password decrypts PKCS#12 and encrypted PEM keys.
Result<Bundle> loadBundle(QByteArrayView data, const QByteArray &password = {});
/// Reads @p path (at most 1 MiB) and loads it; messages name the file.
Result<Bundle> loadFile(const QString &path, const QByteArray &password = {});

/// Whether the private key in credential file data is kept encrypted, found without decrypting it:
/// true for PKCS#8 "ENCRYPTED PRIVATE KEY", a PEM key with a "Proc-Type: 4,ENCRYPTED" header and a
/// PKCS#12 file that needs a password; false for a key in clear; nullopt when the data holds no
/// private key that can be read.
std::optional<bool> keyFileEncrypted(QByteArrayView data);

/// A signing CA: its certificate and the matching private key.
struct CaPair
{
    Certificate certificate;
    Key key;
};
/// Loads a CA certificate and its private key (from @p keyPath, or from the certificate's own file
/// such as a PKCS#12 when @p keyPath is empty) and checks that they belong together and that the
/// certificate may sign. The one CA loader of the station (job, wizard, CLI, certificate tools).
/// @p keyPath may be a PKCS#11 URI ("pkcs11:token=…;object=…", pki/token.h): the key then stays on
/// the token, signs there, and @p passphrase is the token's user PIN.
Result<CaPair> loadCa(const QString &certPath, const QString &keyPath, const QByteArray &passphrase = {});

/// The folder policy's files of one device: <folder>/<id>.pem and <folder>/<id>.key.pem, as PEM
/// text (certificate, key). Sizes are bounded; messages name the missing or unreadable file.
Result<std::pair<QByteArray, QByteArray>> loadDeviceCredentials(const QString &folder, const QString &id);

/// One PEM block: its type ("CERTIFICATE", "PRIVATE KEY", ...) and its decoded body (the DER).
struct PemBlock
{
    QByteArray type;
    QByteArray der;
    QByteArray header; ///< "Proc-Type: …" lines of a legacy encrypted key; usually empty
};
/// The blocks of a PEM text, in order; an error for malformed PEM or when there is none.
/// The MD5 of a block's DER is what AT+USECMNG reports after uploading that block.
Result<QList<PemBlock>> pemBlocks(QByteArrayView pem);

/// A PKCS#12 file from a key and certificates (leaf first), encrypted with @p password (AES-256,
/// PBKDF2, SHA-256 MAC; OpenSSL 3 defaults).
Result<QByteArray> makePkcs12(const Key &key, const QList<Certificate> &certificates, const QByteArray &password,
                              const QString &friendlyName = {});

} // namespace pki
