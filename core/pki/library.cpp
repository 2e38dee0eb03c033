#include "pki/library.h"

#include <openssl/crypto.h>

namespace pki {

bool initLibrary()
{
    // Only the first initialisation decides whether OPENSSL_cleanup() is registered with atexit():
    // this must run before anything else touches OpenSSL (Qt's TLS backend, libpq, pki::).
    return OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
}

} // namespace pki
