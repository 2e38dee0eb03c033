// libFuzzer: DPS and hub answers. The device side (the module hands the station only the body of a
// DPS answer; the topic, when known, adds the HTTP status and retry-after) and the service side
// (IoT Hub registry and DPS enrollment JSON) must never crash on any bytes, a failure must say why,
// and what parses must be usable.
//   build-fuzz/bin/fuzz_dps -max_total_time=60 tests/fuzz/corpus/dps
// The first line of an input is a topic, the rest the body.

#include "azure/dpsresponse.h"
#include "azure/service/dpsserviceclient.h"
#include "azure/service/registryclient.h"
#include "traffic/trafficdecode.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nl = bytes.indexOf('\n');
    const QByteArray topicLine = nl < 0 ? QByteArray() : bytes.left(nl);
    const QByteArray body = nl < 0 ? bytes : bytes.mid(nl + 1);

    QString error;
    const auto topic = azure::parseDpsTopic(QString::fromUtf8(topicLine), &error);
    if (!topic && !topicLine.isEmpty() && error.isEmpty())
        __builtin_trap(); // every refusal says why
    for (const auto &t : {topic, std::optional<azure::DpsTopic>()}) {
        error.clear();
        const auto answer = azure::parseDpsResponse(body, &error, t);
        if (!answer) {
            if (error.isEmpty())
                __builtin_trap();
            continue;
        }
        const int delay = answer->retryDelaySeconds();
        if (answer->retryAfterSeconds && (delay < 1 || delay > 300))
            __builtin_trap(); // retry-after is clamped as the C SDK does
        (void)answer->isTerminal();
        (void)answer->isTransient();
        (void)answer->summary();
        (void)azure::dpsStatusName(answer->status);
    }

    // The service side: what the registry and DPS service APIs answer.
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    (void)azure::service::EnrollmentGroup::fromJson(o);
    (void)azure::service::IndividualEnrollment::fromJson(o);
    (void)azure::service::RegistrationState::fromJson(o);
    (void)azure::service::DeviceIdentity::fromJson(o);
    (void)azure::service::Twin::fromJson(o);
    // The inspector's JSON tree of a data payload.
    if (const auto json = traffic::detectJson(body))
        (void)traffic::jsonFields(*json, 0, int(body.size()));
    return 0;
}
