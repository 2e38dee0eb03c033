// libFuzzer: the profile loader. Whatever JSON arrives, Profile::fromJson returns a profile or a
// sentence; a profile it accepts survives toJson/fromJson unchanged (what is saved is what loads),
// and validate(), hash() and requiredSecrets() work on it.
//   build-fuzz/bin/fuzz_profile -max_total_time=60 -dict=tests/fuzz/profile.dict tests/fuzz/corpus/profile

#include "provisioning/profile.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    QString error;
    const auto profile = Profile::fromJson(doc.object(), &error);
    if (!profile) {
        if (error.isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    const QJsonObject saved = profile->toJson();
    QString again;
    const auto reloaded = Profile::fromJson(saved, &again);
    if (!reloaded || reloaded->toJson() != saved)
        __builtin_trap(); // a profile that loads must save and load back the same
    (void)profile->validate();
    (void)profile->hash();
    (void)profile->requiredSecrets();
    (void)profile->cloudSecrets();
    return 0;
}
