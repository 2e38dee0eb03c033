// libFuzzer target for the credential loaders: whatever the bytes, the loaders return a value or an
// error sentence, never crash, leak or read out of bounds (ASan/UBSan in the fuzz build).
//   build-fuzz/bin/fuzz_pki_load -max_total_time=120 -max_len=8192 tests/fuzz/corpus/pki

#include "pki/certificate.h"
#include "pki/key.h"
#include "pki/lint.h"
#include "pki/load.h"
#include "pki/trust.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The auto-detecting loader, with and without a password (PKCS#12 and encrypted PEM paths).
    for (const QByteArray &password : {QByteArray(), QByteArray("fuzz")}) {
        const auto bundle = pki::loadBundle(bytes, password);
        if (bundle) {
            // Whatever loaded must be usable: digests, names, lint.
            for (const auto &c : bundle->certificates) {
                (void)c.moduleMd5();
                (void)c.subject();
                (void)c.subjectKeyId();
                (void)c.matches(bundle->key);
            }
            pki::LintOptions options;
            options.pemText = bundle->pemText;
            if (!bundle->certificates.isEmpty())
                (void)pki::lint(bundle->certificates, options);
            if (!bundle->key.isNull())
                (void)bundle->key.description();
        } else if (bundle.error().isEmpty()) {
            __builtin_trap(); // every failure must say why
        }
    }
    (void)pki::pemBlocks(bytes);
    (void)pki::Certificate::fromDer(bytes);
    (void)pki::Key::fromDer(bytes);
    (void)pki::Csr::fromDer(bytes);
    (void)pki::importCertsC(bytes);
    return 0;
}
