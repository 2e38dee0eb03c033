#pragma once

#include "pki/certificate.h"
#include "pki/result.h"

#include <QList>
#include <QString>

/// The Azure TLS roots the station uploads to modules (azure-iot-protocol.md §5), and the import of
/// the Azure IoT C SDK's certs.c (the app note asks users to copy the PEM out of its C strings by hand).
namespace pki {

struct TrustedRoot
{
    QString name;     ///< "DigiCert Global Root G2"
    QString resource; ///< ":/roots/DigiCert_Global_Root_G2.pem"; empty when not shipped
    QString sha256;   ///< "CB:3C:..." as in the protocol reference
    bool expired = false;
    QString note;
};

/// DigiCert Global Root G2 (primary), Microsoft RSA Root CA 2017 (standby), and Baltimore CyberTrust
/// Root listed as expired (not shipped; recognised so lint can name it).
QList<TrustedRoot> azureRoots();
/// Loads a shipped root and checks its SHA-256 against the table.
Result<Certificate> loadRoot(const TrustedRoot &root);
/// The roots to upload by default: the shipped, unexpired ones.
Result<QList<Certificate>> defaultTrustBundle();
/// How a profile names a shipped root: "bundled:" + the name in lower case with dashes
/// ("bundled:digicert-global-root-g2").
QString bundledId(const TrustedRoot &root);
/// The shipped root a profile's "bundled:…" id names; an error for an unknown or expired one.
Result<Certificate> loadBundledRoot(const QString &id);
/// The known root whose SHA-256 equals @p cert's, or nullptr.
const TrustedRoot *findKnownRoot(const Certificate &cert);

/// Concatenates the C string literals of @p source (a certs.c), undoing C escapes, and returns the PEM
/// certificates found in it, in order. Comments are skipped.
Result<QList<Certificate>> importCertsC(QByteArrayView source);
/// The decoded text of all string literals (for tests and diagnostics).
QByteArray cStringLiterals(QByteArrayView source, QString *error = nullptr);

} // namespace pki
