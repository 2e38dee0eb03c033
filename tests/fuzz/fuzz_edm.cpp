// libFuzzer: the EDM parser must never crash, and must give the same answer whatever the chunking.
// The first input byte picks a chunk size so split frames are exercised too.

#include "edm/edmparser.h"

#include <cstdlib>

namespace {
class Collect final : public edm::FrameSink
{
public:
    QList<QByteArray> seen;
    void onFrame(edm::Frame &&f, quint64 offset) override
    {
        seen.append(QByteArray::number(offset) + ':' + f.encode());
        (void)f.connectEvent(); // typed decoding of whatever arrives
        (void)f.data();
    }
    void onError(const edm::ParseError &e) override
    {
        seen.append(QByteArray::number(e.offset) + '+' + QByteArray::number(e.length) + '#' +
                    QByteArray::number(int(e.reason)));
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunk = qsizetype(data[0] % 16) + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    Collect bulk;
    edm::Parser a;
    a.feed(input, bulk);
    a.finish(bulk);

    Collect chunked;
    edm::Parser b;
    for (qsizetype at = 0; at < input.size(); at += chunk)
        b.feed(input.sliced(at, qMin(chunk, input.size() - at)), chunked);
    b.finish(chunked);

    if (bulk.seen != chunked.seen)
        std::abort();
    // Every frame re-encodes to the bytes it came from (no stuffing, length-driven).
    return 0;
}
