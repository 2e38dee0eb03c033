#pragma once

#include "pki/key.h"
#include "pki/result.h"

#include <memory>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

typedef struct x509_st X509;
typedef struct X509_req_st X509_REQ;

namespace pki {

/// An X.509 certificate. Immutable value type over a shared X509.
class Certificate
{
public:
    Certificate() = default;

    static Result<Certificate> fromPem(QByteArrayView pem);
    static Result<Certificate> fromDer(QByteArrayView der);
    /// Every CERTIFICATE block of @p pem, in order; an error if there is none.
    static Result<QList<Certificate>> listFromPem(QByteArrayView pem);
    /// Takes ownership of @p cert.
    static Certificate adopt(X509 *cert);

    bool isNull() const { return !m_cert; }
    QByteArray toPem() const;
    QByteArray toDer() const;

    QString subjectCommonName() const;
    QString issuerCommonName() const;
    /// RFC 2253 one-line forms ("CN=dev1,O=Acme").
    QString subject() const;
    QString issuer() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    /// Serial number as upper-case hex without separators.
    QString serialNumberHex() const;
    int serialNumberBits() const;
    bool isCa() const;
    bool isSelfIssued() const;  ///< subject == issuer
    bool isSelfSigned() const;  ///< self-issued and its own key verifies the signature
    bool hasClientAuth() const; ///< extended key usage clientAuth
    QByteArray subjectKeyId() const;
    QByteArray authorityKeyId() const;
    QString signatureAlgorithm() const;
    Key publicKey() const;

    /// Was this certificate signed by @p issuerKey?
    bool isSignedBy(const Key &issuerKey) const;
    /// Does @p key (private or public) belong to this certificate?
    bool matches(const Key &key) const;

    /// Digests of the DER encoding.
    QByteArray md5() const;
    QByteArray sha1() const;
    QByteArray sha256() const;
    /// "ACB694A5..." — what AT+USECMNG reports (MD5 of the DER, upper-case hex).
    QString moduleMd5() const;

    X509 *handle() const { return m_cert.get(); }
    friend bool operator==(const Certificate &a, const Certificate &b) { return a.toDer() == b.toDer(); }

private:
    std::shared_ptr<X509> m_cert;
};

/// "AB:CD:..." (upper case, @p separator between bytes; none when null).
QString fingerprintText(const QByteArray &digest, QChar separator = QChar(u':'));

/// A PKCS#10 certificate signing request.
class Csr
{
public:
    Csr() = default;
    static Result<Csr> fromPem(QByteArrayView pem);
    static Result<Csr> fromDer(QByteArrayView der);
    static Csr adopt(X509_REQ *req);

    bool isNull() const { return !m_req; }
    QByteArray toPem() const;
    QString subjectCommonName() const;
    Key publicKey() const;
    /// The request's self-signature is valid (proves possession of the key).
    bool signatureValid() const;
    X509_REQ *handle() const { return m_req.get(); }

private:
    std::shared_ptr<X509_REQ> m_req;
};

/// Builds and verifies the path from @p leaf through @p intermediates to one of @p anchors, at @p when
/// (now when invalid). Returns the chain leaf first, anchor last, or the reason in words (which
/// certificate, what is wrong).
Result<QList<Certificate>> verifyChain(const Certificate &leaf, const QList<Certificate> &intermediates,
                                       const QList<Certificate> &anchors, const QDateTime &when = {});

} // namespace pki
