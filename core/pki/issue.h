#pragma once

#include "pki/certificate.h"
#include "pki/key.h"
#include "pki/result.h"

#include <QDateTime>
#include <QString>

/// Making certificates: root and intermediate CAs, device certificates, the proof-of-possession
/// verification certificate, CSRs and signing a CSR made elsewhere (azure-iot-protocol.md §4).
///
/// Every certificate gets: version 3, a random positive serial of 127 bits (>= 64 required), subject and
/// authority key identifiers, SHA-256 (RSA, P-256) or SHA-384 (P-384) signatures, and notBefore set
/// five minutes back for clock skew unless given.
namespace pki {

struct CertificateSpec
{
    QString commonName;
    QString organization;   ///< optional O=
    int validityDays = 365; ///< used when notAfter is invalid
    QDateTime notBefore;    ///< default: now - 5 minutes
    QDateTime notAfter;     ///< default: notBefore + validityDays
    int pathLength = -1;    ///< CA only: basicConstraints pathlen, -1 = none
};

/// Self-signed root CA (basicConstraints CA:TRUE critical, keyCertSign + cRLSign).
Result<Certificate> makeRootCa(const Key &key, const CertificateSpec &spec);
/// Intermediate CA signed by @p issuer / @p issuerKey.
Result<Certificate> makeIntermediateCa(const Key &subjectKey, const CertificateSpec &spec, const Certificate &issuer,
                                       const Key &issuerKey);
/// Device (leaf) certificate: CN = device or registration ID, CA:FALSE, digitalSignature
/// (+ keyEncipherment for RSA), extendedKeyUsage clientAuth. @p subjectKey may be public only.
Result<Certificate> makeDeviceCertificate(const Key &subjectKey, const CertificateSpec &spec, const Certificate &issuer,
                                          const Key &issuerKey);
/// Proof of possession: CN = the verification code the portal shows, signed by the CA's key. A fresh
/// key pair is made for the certificate; its private key is not needed by anyone.
Result<Certificate> makeVerificationCertificate(const QString &verificationCode, const Certificate &ca,
                                                const Key &caKey, int validityDays = 30);
/// A CSR with CN = @p commonName, signed by @p key.
Result<Csr> makeCsr(const Key &key, const QString &commonName);
/// Issues a device certificate for a CSR made elsewhere: checks the CSR's signature; the CN comes from
/// the CSR unless @p spec.commonName is set.
Result<Certificate> signCsr(const Csr &csr, const CertificateSpec &spec, const Certificate &issuer,
                            const Key &issuerKey);

/// A file name stem for a certificate's files from its CN: letters, digits, '.', '_' and '-' stay,
/// anything else becomes '_'; no leading '.', at most 64 characters, "certificate" when empty.
QString fileStem(const QString &commonName);

} // namespace pki
