// libFuzzer: the capture importer (pcapng and CSV, as the traffic inspector opens them). Any bytes
// give records or a sentence; what imports decodes field by field, and exports and imports back to
// the same records (pcapng and CSV), so a capture the station wrote is a capture it can read.
//   build-fuzz/bin/fuzz_capture -max_total_time=60 tests/fuzz/corpus/capture

#include "traffic/trafficdecode.h"
#include "traffic/trafficexport.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

/// Whether @p b holds the records of @p a; says what differs on stderr when not (a finding).
bool sameRecords(const QList<TrafficRecord> &a, const QList<TrafficRecord> &b, const char *via)
{
    if (a.size() != b.size()) {
        std::fprintf(stderr, "%s: %lld records, then %lld\n", via, qlonglong(a.size()), qlonglong(b.size()));
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].raw != b[i].raw || a[i].direction != b[i].direction || a[i].slot != b[i].slot ||
            a[i].step != b[i].step || a[i].summary != b[i].summary) {
            std::fprintf(stderr, "%s: record %lld differs: summary [%s] -> [%s], step [%s] -> [%s], slot %d -> %d\n",
                         via, qlonglong(i), qPrintable(a[i].summary), qPrintable(b[i].summary), qPrintable(a[i].step),
                         qPrintable(b[i].step), a[i].slot, b[i].slot);
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto records = traffic::importCapture(bytes, &error);
    if (!records) {
        if (error.isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    for (const TrafficRecord &r : *records) {
        (void)traffic::decode(r);
        (void)traffic::typeName(r.kind, r.edmId);
        (void)traffic::isAtRequest(r);
        (void)traffic::isFinalResult(r);
    }
    (void)traffic::toText(*records);
    const auto viaPcapng = traffic::fromPcapng(traffic::toPcapng(*records), &error);
    if (!viaPcapng || !sameRecords(*records, *viaPcapng, "pcapng"))
        __builtin_trap();
    const auto viaCsv = traffic::fromCsv(traffic::toCsv(*records), &error);
    if (!viaCsv || !sameRecords(*records, *viaCsv, "CSV"))
        __builtin_trap();
    return 0;
}
