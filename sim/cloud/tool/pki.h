// local-azure's small PKI: the test root CA, the server certificate and certificates for tests
// (EC P-256), with OpenSSL.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace laztool {

struct Issued
{
    QByteArray certPem, keyPem;
};

// issuerCert/issuerKey null: self-signed
Issued issue(const QString &cn, bool isCa, bool server, const QStringList &sans, X509 *issuerCert, EVP_PKEY *issuerKey,
             int days = 825);
X509 *loadCert(const QByteArray &pem);
EVP_PKEY *loadKey(const QByteArray &pem);
// Writes a file readable by its owner only.
void writePrivate(const QString &path, const QByteArray &data);
// Creates DIR/pki/root-ca.* once and (re)issues DIR/pki/server.* when the host names or the listening
// addresses changed. The server certificate names the DPS device host, the hub host, the DPS service
// host, localhost, 127.0.0.1 and @p addresses.
void ensurePki(const QString &dir, const QJsonObject &state, const QStringList &addresses = {});

} // namespace laztool
