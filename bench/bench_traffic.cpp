// Traffic inspector budgets (architecture.md): bounded traffic-log memory, batched view updates,
// no UI stall > 16 ms at full line rate. Prints figures; asserts nothing.
//
//   bench_traffic [records=1000000] [modelCapacity=100000]
//
// 1. TrafficLog: append throughput and memory for N records of a realistic mix (the seed session's
//    frames: AT requests/confirmations, URCs, connect events, DPS JSON data), measured with
//    mallinfo2() (heap in use) and /proc/self/statm (resident set) before and after.
// 2. TrafficModel + TrafficFilterModel: cost of one flush (trim + insert) into a full model, per
//    batch size, with and without an active filter: what the GUI thread pays every 50 ms.

#include "inspector/trafficfiltermodel.h"
#include "inspector/trafficmodel.h"
#include "traffic/trafficlog.h"

#include "edm/edmframe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <malloc.h>
#include <unistd.h>

namespace {

QList<TrafficRecord> mix()
{
    using D = TrafficRecord::Direction;
    const auto rec = [](D d, const edm::Frame &f, const QString &summary) {
        TrafficRecord r;
        r.direction = d;
        r.kind = TrafficRecord::Kind::EdmFrame;
        r.raw = f.encode();
        r.edmId = f.id();
        r.channel = f.channel() ? int(*f.channel()) : -1;
        r.summary = summary;
        r.step = QStringLiteral("dps");
        r.slot = 1;
        return r;
    };
    edm::ConnectEvent ce;
    ce.remoteAddress = QByteArray::fromHex("142b2ca4");
    ce.remotePort = 8883;
    ce.localAddress = QByteArray(4, 0);
    const QByteArray dps =
        R"({"operationId":"5.b084dab098f0a900.076859d0-7180-40b8-9d06-bf611e398ec0","status":"assigning"})";
    return {
        rec(D::ToModule, edm::Frame::atRequest("AT+UWSC=0,5,2\r"), QStringLiteral("at_request AT+UWSC=0,5,2\\r")),
        rec(D::FromModule, edm::Frame::atConfirmation("\r\nOK\r\n"), QStringLiteral("at_confirmation \\r\\nOK\\r\\n")),
        rec(D::FromModule, edm::Frame::atEvent("\r\n+UUDPC:2,2,6,0.0.0.0,0,20.43.44.164,8883\r\n"),
            QStringLiteral("at_event \\r\\n+UUDPC:2,2,6,0.0.0.0,0,20.43.44.164,8883\\r\\n")),
        rec(D::FromModule, edm::Frame::connectEvent(ce), QStringLiteral("connect_event ch 0")),
        rec(D::FromModule, edm::Frame::dataEvent(0, dps),
            QStringLiteral("data_event ch 0 (%1 B) ").arg(dps.size()) + QString::fromLatin1(dps.left(80))),
    };
}

qint64 heapInUse()
{
    const struct mallinfo2 mi = mallinfo2();
    return qint64(mi.uordblks + mi.hblkhd); // small blocks + mmap'd (the ring vector)
}

qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

double mib(qint64 b)
{
    return double(b) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qsizetype n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const qsizetype modelCapacity = argc > 2 ? QByteArray(argv[2]).toLongLong() : 100000;
    const QList<TrafficRecord> m = mix();
    qint64 wireBytes = 0;
    for (qsizetype i = 0; i < n; ++i)
        wireBytes += m[i % m.size()].raw.size();

    // 1. The log.
    {
        malloc_trim(0);
        const qint64 heap0 = heapInUse(), rss0 = residentBytes();
        auto *log = new traffic::TrafficLog(n);
        QElapsedTimer clock;
        clock.start();
        for (qsizetype i = 0; i < n; ++i) {
            TrafficRecord r = m[i % m.size()];
            r.wallMs = 1700000000000 + i;
            r.monotonicNs = i * 1000;
            log->append(r);
        }
        const qint64 ns = clock.nsecsElapsed();
        const qint64 heap = heapInUse() - heap0, rss = residentBytes() - rss0;
        std::printf("TrafficLog: %lld records appended in %.1f ms = %.2f M records/s\n", qlonglong(n), ns / 1e6,
                    double(n) / (double(ns) / 1e9) / 1e6);
        std::printf("  memory: heap +%.1f MiB (mallinfo2), RSS +%.1f MiB (statm), log's own estimate %.1f MiB\n",
                    mib(heap), mib(rss), mib(log->approximateBytes()));
        std::printf(
            "  per record: %.0f B heap (%.0f B on the wire; a full TrafficRecord value is %zu B before its heap)\n",
            double(heap) / double(n), double(wireBytes) / double(n), sizeof(TrafficRecord));
        clock.restart();
        for (qsizetype i = 0; i < n / 10; ++i)
            log->append(m[i % m.size()]);
        std::printf("  append while full (evicting): %.2f M records/s\n",
                    double(n / 10) / (double(clock.nsecsElapsed()) / 1e9) / 1e6);
        clock.restart();
        qint64 sum = 0;
        for (qsizetype i = 0; i < log->size(); i += 97)
            sum += log->at(i).summary.size();
        std::printf("  random at(): %.0f ns per record (checksum %lld)\n",
                    double(clock.nsecsElapsed()) / double(log->size() / 97 + 1), qlonglong(sum));
        delete log;
    }

    // 2. The model's flush into a full table, with a proxy (as in the inspector).
    for (const bool filtered : {false, true}) {
        TrafficModel model;
        TrafficFilterModel filter;
        filter.setTrafficModel(&model);
        if (filtered)
            filter.setTypeFilter(QStringLiteral("data_event"));
        model.setCapacity(modelCapacity);
        for (qsizetype i = 0; i < modelCapacity; ++i)
            model.append(m[i % m.size()]);
        QElapsedTimer fill;
        fill.start();
        model.flush();
        std::printf("TrafficModel %s: first flush of %lld records %.1f ms\n",
                    filtered ? "with type filter" : "unfiltered", qlonglong(modelCapacity), fill.nsecsElapsed() / 1e6);
        for (const int batch : {250, 1000, 5000}) {
            qint64 worst = 0, total = 0;
            const int rounds = 20;
            for (int r = 0; r < rounds; ++r) {
                for (int i = 0; i < batch; ++i)
                    model.append(m[i % m.size()]);
                QElapsedTimer clock;
                clock.start();
                model.flush(); // trim (beginRemoveRows(0, batch-1)) + insert, proxy updated
                const qint64 ns = clock.nsecsElapsed();
                worst = std::max(worst, ns);
                total += ns;
            }
            std::printf("  batch %5d (trim+insert, table full): mean %.2f ms, worst %.2f ms, %.2f M records/s\n", batch,
                        total / 1e6 / rounds, worst / 1e6, double(batch) * rounds / (double(total) / 1e9) / 1e6);
        }
    }
    // Line rate for scale: 921600 baud = 92160 B/s; the mix averages this many bytes per record.
    std::printf("line rate 921600 baud with this mix: %.0f records/s = %.0f per 50 ms flush\n",
                92160.0 / (double(wireBytes) / double(n)), 92160.0 / (double(wireBytes) / double(n)) / 20);
    return 0;
}
