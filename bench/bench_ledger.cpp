// bench_ledger: what the issuance ledger costs (issue 17, docs/ledger.md).
//
//   bench_ledger [entries] [stations]     (default 2000 entries by 4 concurrent stations)
//
// 1. Appends, per driver: `stations` threads, each its own connection (as separate stations
//    would have), append entries/stations real certificates each to the one chain (lock, read the
//    last link, hash, insert, commit). Prints entries per second (wall time) and the median and
//    95th percentile append time, and checks that the result is one whole chain. SQLite is a file
//    in a temporary folder (WAL, synchronous=FULL); PostgreSQL a real PostgreSQL 15 server started
//    in a temporary folder with fsync on (tests/pgserver.h), over TCP on 127.0.0.1.
// 2. The signed export of that chain (EC P-256) and its verification: time and MB/s.
//
// Figures are printed, never asserted (the machine is shared; see README "Benchmarks").

#include "ledgersupport.h"
#include "pgserver.h"
#include "provisioning/resultstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

double percentileMs(QList<qint64> ns, double p)
{
    if (ns.isEmpty())
        return 0;
    std::sort(ns.begin(), ns.end());
    const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(p * double(ns.size()))));
    return double(ns[rank - 1]) / 1e6;
}

/// Appends @p entries from @p stations threads; false with the first error.
bool appendAll(const QString &url, const QList<LedgerEntry> &entries, int stations, const char *name)
{
    QList<QList<qint64>> times(stations);
    QList<QString> errors(stations);
    QList<QThread *> threads;
    QElapsedTimer wall;
    wall.start();
    for (int s = 0; s < stations; ++s) {
        threads.append(QThread::create([&, s] {
            ResultStore store;
            if (!store.open(url, &errors[s]))
                return;
            QElapsedTimer t;
            for (qsizetype i = s; i < entries.size(); i += stations) {
                LedgerEntry e = entries[i];
                t.start();
                if (!store.appendIssuance(e)) {
                    errors[s] = store.lastError();
                    return;
                }
                times[s].append(t.nsecsElapsed());
            }
        }));
        threads.last()->start();
    }
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
    const qint64 ms = wall.elapsed();
    QList<qint64> all;
    for (int s = 0; s < stations; ++s) {
        if (!errors[s].isEmpty()) {
            std::fprintf(stderr, "%s: station %d: %s\n", name, s, qPrintable(errors[s]));
            return false;
        }
        all += times[s];
    }
    ResultStore store;
    store.open(url);
    qint64 count = 0;
    const QString broken = LedgerFile::checkStore(store, &count);
    std::printf("%-10s %6lld entries by %d stations in %6lld ms: %7.0f entries/s, append p50 %.2f ms, p95 %.2f ms; "
                "chain: %s\n",
                name, qlonglong(count), stations, qlonglong(ms),
                double(all.size()) * 1000.0 / double(std::max<qint64>(ms, 1)), percentileMs(all, 0.5),
                percentileMs(all, 0.95), broken.isEmpty() ? "whole" : qPrintable(broken));
    return broken.isEmpty() && count == entries.size();
}

void exportAndVerify(const QString &url, const QString &dir, const char *name)
{
    ResultStore store;
    store.open(url);
    const auto key = pki::Key::generate(pki::KeyType::EcP256);
    const QString path = dir + QStringLiteral("/ledger-%1.jsonl").arg(QLatin1String(name));
    QElapsedTimer t;
    t.start();
    const auto written = LedgerFile::write(store, path, *key);
    const qint64 writeMs = t.elapsed();
    if (!written) {
        std::fprintf(stderr, "%s: export: %s\n", name, qPrintable(written.error()));
        return;
    }
    const double mb = double(QFileInfo(path).size()) / 1e6;
    t.start();
    const auto verified = LedgerFile::verify(path);
    const qint64 verifyMs = t.elapsed();
    std::printf("%-10s export %lld entries (%.2f MB) in %lld ms (%.1f MB/s); verify in %lld ms (%.1f MB/s): %s\n", name,
                qlonglong(written->entries), mb, qlonglong(writeMs), mb * 1000.0 / double(std::max<qint64>(writeMs, 1)),
                qlonglong(verifyMs), mb * 1000.0 / double(std::max<qint64>(verifyMs, 1)),
                verified ? "ok" : qPrintable(verified.error().text()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("station.*.info=false")); // one line per append otherwise
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 2000;
    const int stations = argc > 2 ? std::max(1, atoi(argv[2])) : 4;
    const auto issuer = ledgertest::Issuer::make(QStringLiteral("Bench CA"));
    QList<LedgerEntry> entries;
    for (int i = 0; i < count; ++i) {
        auto e = issuer.issue(i, QStringLiteral("bench-pc-%1").arg(i % stations), i + 1);
        if (!e) {
            std::fprintf(stderr, "cannot make certificate %d\n", i);
            return 1;
        }
        entries.append(*e);
    }
    QTemporaryDir dir;
    const QString sqlite = dir.filePath(QStringLiteral("ledger.sqlite"));
    if (appendAll(sqlite, entries, stations, "SQLite"))
        exportAndVerify(sqlite, dir.path(), "SQLite");

    testbed::PgServer server(true); // fsync on, as a line runs it
    if (!server.start() || !server.createDatabase(QStringLiteral("bench"))) {
        std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(server.error()));
        return 1;
    }
    qputenv("PGPASSFILE", server.passFile().toLocal8Bit());
    {
        ResultStore owner; // the owner migrates; the stations use their own role
        QString error;
        if (!owner.open(server.url(QLatin1String(testbed::PgServer::kOwner), QStringLiteral("bench")), &error)) {
            std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(error));
            return 1;
        }
    }
    const QString pg = server.url(QLatin1String(testbed::PgServer::kStation), QStringLiteral("bench"));
    if (appendAll(pg, entries, stations, "PostgreSQL"))
        exportAndVerify(pg, dir.path(), "PostgreSQL");
    return 0;
}
