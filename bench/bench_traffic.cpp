// Traffic inspector budgets (architecture.md): bounded traffic-log memory, batched view updates,
// no UI stall > 16 ms at full line rate. Prints figures; asserts nothing.
//
//   bench_traffic [records=1000000] [modelCapacity=100000]
//
// 1. TrafficLog: append throughput and memory for N records of a realistic mix (the seed session's
//    frames: AT requests/confirmations, URCs, connect events, DPS JSON data), measured with
//    mallinfo2() (heap in use) and /proc/self/statm (resident set) before and after.
// 2. TrafficInspector shown on the offscreen platform (TrafficModel, TrafficFilterModel, the table):
//    what the GUI thread pays per flush, driven by the model's own timer in a real event loop.
//    First fill: 100,000 records arrive at once into an empty table (after a pause, an import,
//    a stalled GUI), flushed in slices; printed: the slices, the worst and mean slice, the total.
//    Steady: batches of 250 / 1,000 / 5,000 into the full table (trim + insert each). Per slice the
//    figure is the model's flush (trim + insert + everything the view does synchronously); the
//    repaint of the visible rows that follows is measured separately. Also: the rebuild after a
//    filter change, and parsing a 100,000-record pcapng for an import.

#include "inspector/trafficfiltermodel.h"
#include "inspector/trafficinspector.h"
#include "inspector/trafficmodel.h"
#include "traffic/trafficexport.h"
#include "traffic/trafficlog.h"

#include "edm/edmframe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

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

enum class Filter
{
    None,
    Type,
    Text
};

struct Slices
{
    int count = 0;
    qint64 worst = 0;
    qint64 total = 0;
    qint64 wall = 0;
};

/// Runs the event loop until the inspector's model has flushed everything (deadline 60 s),
/// collecting the cost of every slice.
Slices drain(TrafficModel &model)
{
    Slices s;
    QEventLoop loop;
    const auto c = QObject::connect(&model, &TrafficModel::flushed, &loop, [&] {
        ++s.count;
        s.worst = std::max(s.worst, model.lastFlushNs());
        s.total += model.lastFlushNs();
        if (model.pendingCount() == 0)
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        std::printf("  (deadline: %lld records still waiting)\n", qlonglong(model.pendingCount()));
        loop.quit();
    });
    deadline.start(60000);
    QElapsedTimer clock;
    clock.start();
    if (model.pendingCount() > 0)
        loop.exec();
    s.wall = clock.nsecsElapsed();
    QObject::disconnect(c);
    return s;
}

/// Worst of a few repaints of the table's visible rows.
qint64 worstPaint(QTableView *table)
{
    qint64 worst = 0;
    for (int i = 0; i < 5; ++i) {
        table->viewport()->update();
        QElapsedTimer clock;
        clock.start();
        table->viewport()->repaint();
        worst = std::max(worst, clock.nsecsElapsed());
    }
    return worst;
}

void benchInspector(const QList<TrafficRecord> &m, qsizetype capacity, Filter filter)
{
    TrafficInspector inspector;
    inspector.resize(1280, 500);
    inspector.show();
    TrafficModel &model = *inspector.liveModel();
    model.setCapacity(capacity);
    if (filter == Filter::Type)
        inspector.filterModel()->setTypeFilter(QStringLiteral("data_event"));
    if (filter == Filter::Text)
        inspector.filterModel()->setTextFilter(QStringLiteral("UUDPC"));
    const char *name = filter == Filter::None ? "unfiltered" : filter == Filter::Type ? "type filter" : "text filter";
    for (qsizetype i = 0; i < capacity; ++i)
        inspector.addRecord(m[i % m.size()]);
    const Slices first = drain(model);
    std::printf("Inspector, %s: first fill of %lld records in %d flushes: worst %.2f ms, mean %.2f ms, "
                "%.1f ms flushing in %.1f ms of event loop (batch limit now %d)\n",
                name, qlonglong(capacity), first.count, first.worst / 1e6, first.total / 1e6 / std::max(1, first.count),
                first.total / 1e6, first.wall / 1e6, model.batchLimit());
    for (const int batch : {250, 1000, 5000}) {
        Slices steady;
        const int rounds = 20;
        for (int r = 0; r < rounds; ++r) {
            for (int i = 0; i < batch; ++i)
                inspector.addRecord(m[i % m.size()]);
            const Slices s = drain(model);
            steady.count += s.count;
            steady.worst = std::max(steady.worst, s.worst);
            steady.total += s.total;
        }
        std::printf("  batch %5d into the full table (trim + insert): %d flushes, mean %.2f ms, worst %.2f ms, "
                    "%.2f M records/s\n",
                    batch, steady.count, steady.total / 1e6 / steady.count, steady.worst / 1e6,
                    double(batch) * rounds / (double(steady.total) / 1e9) / 1e6);
    }
    std::printf("  repaint of the visible rows: worst %.2f ms\n",
                worstPaint(inspector.findChild<QTableView *>()) / 1e6);
    if (filter == Filter::None) {
        QElapsedTimer clock;
        clock.start();
        inspector.filterModel()->setTextFilter(QStringLiteral("registrationId"));
        const qint64 set = clock.nsecsElapsed();
        clock.restart();
        inspector.filterModel()->setTextFilter({});
        std::printf("  filter change on %lld rows (rebuild + view reset): text filter %.2f ms, cleared %.2f ms\n",
                    qlonglong(capacity), set / 1e6, clock.nsecsElapsed() / 1e6);
        const QByteArray pcapng = traffic::toPcapng(model.log().records());
        clock.restart();
        const auto back = traffic::importCapture(pcapng);
        std::printf("  import: parsing a %.1f MiB pcapng of %lld records %.1f ms (done once, before the table fills "
                    "in slices)\n",
                    mib(pcapng.size()), qlonglong(back ? back->size() : 0), clock.nsecsElapsed() / 1e6);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
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

    // 2. The inspector as it runs: the model, its filter and the table, shown (offscreen).
    for (const Filter filter : {Filter::None, Filter::Type, Filter::Text})
        benchInspector(m, modelCapacity, filter);
    // Line rate for scale: 921600 baud = 92160 B/s; the mix averages this many bytes per record.
    std::printf("line rate 921600 baud with this mix: %.0f records/s = %.0f per 50 ms flush\n",
                92160.0 / (double(wireBytes) / double(n)), 92160.0 / (double(wireBytes) / double(n)) / 20);
    return 0;
}
