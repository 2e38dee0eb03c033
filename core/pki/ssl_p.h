#pragma once

// Internal RAII helpers over OpenSSL 3 objects (not part of the pki API).

#include <memory>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace pki::ssl {

template<auto Fn> struct Deleter
{
    template<typename T> void operator()(T *p) const { Fn(p); }
};

using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, Deleter<X509_REQ_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Deleter<X509_NAME_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using X509ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using Asn1IntPtr = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER_free>>;
using Asn1OctetPtr = std::unique_ptr<ASN1_OCTET_STRING, Deleter<ASN1_OCTET_STRING_free>>;
using Asn1TimePtr = std::unique_ptr<ASN1_TIME, Deleter<ASN1_TIME_free>>;

inline void freeX509Stack(STACK_OF(X509) * s)
{
    sk_X509_pop_free(s, X509_free);
}
using X509StackPtr = std::unique_ptr<STACK_OF(X509), Deleter<freeX509Stack>>;
inline void freeX509StackOnly(STACK_OF(X509) * s)
{
    sk_X509_free(s);
}
/// A stack whose certificates are owned elsewhere.
using X509BorrowedStackPtr = std::unique_ptr<STACK_OF(X509), Deleter<freeX509StackOnly>>;

/// A read-only memory BIO over @p data (which must outlive it).
inline BioPtr memoryBio(QByteArrayView data)
{
    return BioPtr(BIO_new_mem_buf(data.data(), int(data.size())));
}

inline BioPtr newBio()
{
    return BioPtr(BIO_new(BIO_s_mem()));
}

inline QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, int(n)) : QByteArray();
}

/// Drains OpenSSL's (thread-local) error queue; returns the reason of the earliest error.
inline QString takeError()
{
    QString first;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        if (first.isEmpty()) {
            const char *reason = ERR_reason_error_string(code);
            first = reason ? QString::fromLatin1(reason) : QStringLiteral("error %1").arg(code, 0, 16);
        }
    }
    return first;
}

inline void clearErrors()
{
    ERR_clear_error();
}

} // namespace pki::ssl
