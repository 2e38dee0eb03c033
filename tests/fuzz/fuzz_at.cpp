// libFuzzer: the AT line parser and the typed decoders must never crash on any bytes, and the
// parser must give the same lines whatever the chunking.

#include "at/atparser.h"
#include "at/atresponse.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunk = qsizetype(data[0] % 8) + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    at::Parser a;
    const QList<at::Line> bulk = a.feed(input);
    at::Parser b;
    QList<at::Line> chunked;
    for (qsizetype at = 0; at < input.size(); at += chunk)
        b.feed(input.sliced(at, qMin(chunk, input.size() - at)), chunked);
    if (bulk != chunked)
        std::abort();
    for (const at::Line &l : bulk) {
        (void)at::WifiLinkUp::parse(l.text);
        (void)at::WifiLinkDown::parse(l.text);
        (void)at::NetworkEvent::parse(l.text);
        (void)at::PeerConnected::parse(l.text);
        (void)at::PeerDisconnected::parse(l.text);
        (void)at::PeerCreated::parse(l.text);
        (void)at::MacAddress::parse(l.text);
        (void)at::SecurityObject::parse(l.text);
    }
    return 0;
}
