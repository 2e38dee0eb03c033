// EDM parse throughput on a 64 MiB mixed stream, next to memcpy of the same buffer.
// Budget (architecture.md): >= 1 GB/s on one core. Prints figures; asserts nothing.
//
//   bench_edm [MiB] [rounds]

#include "edm/edmparser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <cstring>

namespace {

// A stream shaped like a provisioning session: AT confirmations and events, small and large
// data events (DPS JSON, telemetry), connect/disconnect events, and an occasional burst of noise.
QByteArray makeStream(qsizetype size)
{
    QRandomGenerator rng(20261122);
    QByteArray out;
    out.reserve(size + 8192);
    const QByteArray ok = edm::Frame::atConfirmation("\r\nOK\r\n").encode();
    const QByteArray udcp = edm::Frame::atConfirmation("\r\n+UDCP:2\r\nOK\r\n").encode();
    const QByteArray urc = edm::Frame::atEvent("\r\n+UUDPC:2,2,6,0.0.0.0,0,20.43.44.164,8883\r\n").encode();
    edm::ConnectEvent ce;
    ce.remoteAddress = QByteArray::fromHex("142b2ca4");
    ce.remotePort = 8883;
    ce.localAddress = QByteArray(4, 0);
    ce.protocol = 2;
    const QByteArray connect = edm::Frame::connectEvent(ce).encode();
    QByteArray json(200, 'x');
    while (out.size() < size) {
        switch (rng.bounded(8)) {
        case 0:
            out.append(ok);
            break;
        case 1:
            out.append(udcp);
            break;
        case 2:
            out.append(urc);
            break;
        case 3:
            out.append(connect);
            break;
        case 4:
            out.append(edm::Frame::disconnectEvent(0).encode());
            break;
        case 5: {
            const int n = int(rng.bounded(16, 600));
            out.append(
                edm::Frame::dataEvent(quint8(rng.bounded(4)), QByteArrayView(json).first(qMin(n, 200))).encode());
            break;
        }
        case 6: {
            QByteArray big(int(rng.bounded(1024, 4092)), 'd');
            out.append(edm::Frame::dataEvent(1, big).encode());
            break;
        }
        default:
            if (rng.bounded(64) == 0)
                out.append(QByteArray(int(rng.bounded(1, 32)), '\x13')); // line noise
            else
                out.append(ok);
        }
    }
    return out;
}

class CountingSink final : public edm::FrameSink
{
public:
    quint64 frames = 0;
    quint64 errors = 0;
    quint64 payloadBytes = 0;
    void onFrame(edm::Frame &&frame, quint64) override
    {
        ++frames;
        payloadBytes += quint64(frame.payload().size());
    }
    void onError(const edm::ParseError &) override { ++errors; }
};

double mbPerSecond(qsizetype bytes, qint64 ns)
{
    return double(bytes) / 1e6 / (double(ns) / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    const qsizetype mib = argc > 1 ? std::atoi(argv[1]) : 64;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    const QByteArray stream = makeStream(mib * 1024 * 1024);
    QByteArray copy(stream.size(), Qt::Uninitialized);

    qint64 bestParse = std::numeric_limits<qint64>::max();
    qint64 bestChunked = bestParse;
    qint64 bestCopy = bestParse;
    CountingSink last;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        std::memcpy(copy.data(), stream.constData(), size_t(stream.size()));
        bestCopy = qMin(bestCopy, t.nsecsElapsed());

        CountingSink sink;
        edm::Parser parser;
        t.restart();
        parser.feed(stream, sink);
        parser.finish(sink);
        bestParse = qMin(bestParse, t.nsecsElapsed());
        last = sink;

        // The same stream in 4 KiB reads, as a serial port delivers it.
        CountingSink chunkedSink;
        edm::Parser chunked;
        t.restart();
        for (qsizetype at = 0; at < stream.size(); at += 4096)
            chunked.feed(QByteArrayView(stream).sliced(at, qMin<qsizetype>(4096, stream.size() - at)), chunkedSink);
        chunked.finish(chunkedSink);
        bestChunked = qMin(bestChunked, t.nsecsElapsed());
        if (chunkedSink.frames != sink.frames || chunkedSink.errors != sink.errors) {
            std::fprintf(stderr, "chunked parse disagrees with bulk parse\n");
            return 1;
        }
    }
    std::printf("EDM parse benchmark: %.1f MiB mixed stream, %llu frames, %llu skipped spans, best of %d\n",
                double(stream.size()) / (1024.0 * 1024.0), qulonglong(last.frames), qulonglong(last.errors), rounds);
    std::printf("  memcpy             %8.0f MB/s\n", mbPerSecond(stream.size(), bestCopy));
    std::printf("  edm parse (bulk)   %8.0f MB/s  (%.2f x memcpy time)\n", mbPerSecond(stream.size(), bestParse),
                double(bestParse) / double(bestCopy));
    std::printf("  edm parse (4 KiB)  %8.0f MB/s\n", mbPerSecond(stream.size(), bestChunked));
    std::printf("  budget             %8.0f MB/s  -> %s\n", 1000.0,
                mbPerSecond(stream.size(), bestParse) >= 1000.0 ? "within budget" : "OVER BUDGET");
    return 0;
}
