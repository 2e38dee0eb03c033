// bench_results: how fast a line records results, and what a recorded row costs the history.
//
//   bench_results [rows] [stations]     (default 10000 rows by 4 concurrent stations)
//
// 1. Write throughput, per driver: `stations` threads, each its own connection (as separate
//    station processes would have), write rows/stations attempts each: begin() with a {seq}
//    number in the same transaction (the insert a job waits for before it touches a module), then
//    finish(). Prints rows per second (wall time of the whole run) and the median and 95th
//    percentile insert and finish times. SQLite is a file in a temporary folder (WAL,
//    synchronous=FULL, as the station runs it); PostgreSQL is a real PostgreSQL 15 server started
//    in a temporary folder with fsync on (tests/pgserver.h), reached over TCP on 127.0.0.1.
// 2. The history (issue 13): GUI-thread time of one finished attempt taken by the History table
//    (ResultsModel::addRow with a QTableView showing it) with 200 / 10,000 / 100,000 rows loaded.
//
// Figures are printed, never asserted (the machine is shared; see README "Benchmarks").

#include "pgserver.h"
#include "provisioning/resultstore.h"
#include "results/resultsmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

struct Timings
{
    QList<qint64> beginNs;
    QList<qint64> finishNs;
    QString error;
};

double percentileMs(QList<qint64> ns, double p)
{
    if (ns.isEmpty())
        return 0;
    std::sort(ns.begin(), ns.end());
    const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(p * double(ns.size()))));
    return double(ns[rank - 1]) / 1e6;
}

ResultRow sampleRow(int station, int i)
{
    ResultRow r;
    r.station = QStringLiteral("bench-pc-%1").arg(station);
    r.lineId = QStringLiteral("bench-line");
    r.port = QStringLiteral("/dev/ttyUSB%1").arg(i % 8);
    r.slot = i % 8;
    r.profileName = QStringLiteral("bench");
    r.flow = QStringLiteral("dps-x509");
    r.model = QStringLiteral("NINA-W152");
    r.firmware = QStringLiteral("3.1.0-025");
    r.mac = QStringLiteral("D4CA%1%2").arg(station, 2, 16, QChar(u'0')).arg(i, 6, 16, QChar(u'0')).toUpper();
    return r;
}

void finishRow(ResultRow &r, qint64 seq)
{
    r.deviceId = r.registrationId = QStringLiteral("bench-%1").arg(seq, 6, 10, QChar(u'0'));
    r.assignedHub = QStringLiteral("bench-hub.azure-devices.net");
    r.outcome = Outcome::Pass;
    r.steps = {{Step::Open, 150, StepOutcome::Pass, {}},       {Step::Identify, 9, StepOutcome::Pass, {}},
               {Step::Credentials, 90, StepOutcome::Pass, {}}, {Step::Wifi, 143, StepOutcome::Pass, {}},
               {Step::Dps, 660, StepOutcome::Pass, {}},        {Step::Hub, 30, StepOutcome::Pass, {}}};
    r.finished = r.started.addMSecs(1200);
}

/// One driver: @p stations threads writing @p rows attempts in all. Prints one line.
void writeBench(const QString &name, const ResultsUrl &url, int rows, int stations)
{
    QList<Timings> per(stations);
    QList<QThread *> threads;
    QElapsedTimer wall;
    wall.start();
    for (int s = 0; s < stations; ++s) {
        threads.append(QThread::create([&per, url, s, rows, stations] {
            Timings &t = per[s];
            ResultStore store;
            if (!store.open(url, &t.error))
                return;
            QElapsedTimer clock;
            for (int i = 0; i < rows / stations; ++i) {
                ResultRow r = sampleRow(s, i);
                r.started = QDateTime::currentDateTimeUtc();
                qint64 seq = 0;
                clock.start();
                r.id = store.begin(r, &seq);
                t.beginNs.append(clock.nsecsElapsed());
                if (r.id <= 0) {
                    t.error = store.lastError();
                    return;
                }
                finishRow(r, seq);
                clock.start();
                const bool ok = store.finish(r);
                t.finishNs.append(clock.nsecsElapsed());
                if (!ok) {
                    t.error = store.lastError();
                    return;
                }
            }
        }));
        threads.last()->start();
    }
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    QList<qint64> begins, finishes;
    for (const Timings &t : std::as_const(per)) {
        if (!t.error.isEmpty()) {
            std::printf("%-11s error: %s\n", qPrintable(name), qPrintable(t.error));
            return;
        }
        begins += t.beginNs;
        finishes += t.finishNs;
    }
    std::printf("%-11s %7lld rows by %d stations in %6.2f s: %8.0f rows/s | insert+{seq} p50 %6.2f ms p95 %6.2f ms | "
                "finish p50 %6.2f ms p95 %6.2f ms\n",
                qPrintable(name), qlonglong(begins.size()), stations, seconds, double(begins.size()) / seconds,
                percentileMs(begins, 0.5), percentileMs(begins, 0.95), percentileMs(finishes, 0.5),
                percentileMs(finishes, 0.95));
    std::fflush(stdout);
}

/// The History table with @p loaded rows: GUI-thread time of addRow() for 500 new attempts.
void historyBench(int loaded)
{
    ResultsModel model;
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->hide();
    view.resize(1000, 600); // not shown: the bookkeeping per row is measured, painting is per frame
    QList<ResultRow> rows;
    rows.reserve(loaded);
    for (int i = loaded; i >= 1; --i) {
        ResultRow r = sampleRow(0, i);
        r.id = i;
        r.started = QDateTime::currentDateTimeUtc().addSecs(-loaded + i);
        finishRow(r, i);
        rows.append(r);
    }
    model.resetRows(rows, false);
    QList<qint64> ns;
    QElapsedTimer clock;
    for (int i = 1; i <= 500; ++i) {
        ResultRow r = sampleRow(1, i);
        r.id = loaded + i;
        r.started = QDateTime::currentDateTimeUtc();
        finishRow(r, loaded + i);
        clock.start();
        model.addRow(r);
        ns.append(clock.nsecsElapsed());
    }
    std::printf("history    %7d rows loaded: a finished attempt costs p50 %7.3f ms, p95 %7.3f ms of GUI thread "
                "(rows kept: %d)\n",
                loaded, percentileMs(ns, 0.5), percentileMs(ns, 0.95), model.rowCount());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(4, QString::fromLocal8Bit(argv[1]).toInt()) : 10000;
    const int stations = argc > 2 ? std::clamp(QString::fromLocal8Bit(argv[2]).toInt(), 1, 32) : 4;

    std::printf("bench_results: %d result rows by %d concurrent stations, each its own connection\n", rows, stations);
    QTemporaryDir dir;
    writeBench(QStringLiteral("SQLite"), *ResultsUrl::parse(dir.filePath(QStringLiteral("bench.sqlite"))), rows,
               stations);

    testbed::PgServer server(true); // fsync on: what a line's server does
    if (!server.start()) {
        std::printf("PostgreSQL  not measured: %s\n", qPrintable(server.error()));
    } else {
        ResultsUrl owner = *ResultsUrl::parse(server.url(QLatin1String(testbed::PgServer::kOwner)));
        owner.password = server.password(QLatin1String(testbed::PgServer::kOwner));
        ResultStore migrate;
        QString error;
        if (!migrate.open(owner, &error)) {
            std::printf("PostgreSQL  not measured: %s\n", qPrintable(error));
        } else {
            migrate.close();
            ResultsUrl station = *ResultsUrl::parse(server.url());
            station.password = server.password(QLatin1String(testbed::PgServer::kStation));
            writeBench(QStringLiteral("PostgreSQL"), station, rows, stations);
        }
    }
    for (int loaded : {200, 10000, 100000})
        historyBench(loaded);
    return 0;
}
