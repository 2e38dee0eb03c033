// Soak: one station process provisions many simulated modules back to back (issue 12, "Prove it").
//
// A Station with a few slots (one uxsim module each, `fast` latency model, local Azure) runs the
// whole job again and again; every run starts with a factory reset, so each one is a full
// provisioning of a clean module (uploads, Wi-Fi, DPS, hub, persist, restart) and writes its
// result row. Resident memory (VmRSS) and open descriptors of this process are printed at the
// start, after every 100 provisionings and at the end.
//
// Budget (issue 12): resident memory grows by at most 5 MB and no descriptor is left open. The
// growth is taken from the first report after the warm-up (the first round of slots, which loads
// OpenSSL, SQLite and Qt's plugins once) to the end; the growth from the very start is printed too.
//
//   bench_stationsoak [modules=500] [slots=4] [flow=dps-x509]

#include "provisioning/simulation.h"
#include "provisioning/station.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

struct Usage
{
    qint64 rssKb = 0;
    int fds = 0;
};

Usage usage()
{
    Usage u;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                u.rssKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    u.fds = int(
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size());
    return u;
}

void report(const char *when, int done, const Usage &u, double seconds)
{
    std::printf("  %-10s %5d provisioned  %8.1f MB resident  %4d descriptors  %7.1f s\n", when, done,
                double(u.rssKb) / 1024.0, u.fds, seconds);
    std::fflush(stdout);
}

/// Waits for @p done or @p ms; false on timeout.
template<typename Signal, typename Sender> bool waitFor(Sender *sender, Signal signal, int ms)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    QObject::connect(sender, signal, &loop, [&loop] { loop.exit(0); });
    deadline.start(ms);
    return loop.exec() == 0;
}

/// What the soak saw: usage after the warm-up round and at the end, and the results.
struct Soak
{
    Usage warm, last;
    int done = 0, passed = 0;
    QString firstFailure; ///< or why the soak could not run
    bool ran = false;
};

/// One station on the simulation's ports runs every slot again and again until @p total
/// provisionings are done; usage is reported every 100.
Soak soak(Simulation &sim, const Profile &profile, int total, const QElapsedTimer &clock)
{
    Soak s;
    Station station;
    station.setProfile(profile);
    station.setSecrets(sim.secrets());
    station.openResults(QDir(sim.workDir()).filePath(QStringLiteral("results.sqlite")));
    if (station.resultsState() == Station::ResultsState::Opening)
        waitFor(&station, &Station::resultsStateChanged, 30000);
    if (station.resultsState() != Station::ResultsState::Ready) {
        s.firstFailure = QStringLiteral("the results store did not open: ") + station.resultsError();
        return s;
    }
    if (const auto set = station.setPorts(sim.ports()); !set) {
        s.firstFailure = set.error();
        return s;
    }
    QObject::connect(&station, &Station::slotFinished, [&s](int, const ResultRow &row) {
        ++s.done;
        if (row.passed())
            ++s.passed;
        else if (s.firstFailure.isEmpty())
            s.firstFailure = causeCode(row.cause) + QLatin1String(": ") + row.causeMessage;
    });
    int nextReport = 100;
    while (s.done < total) {
        station.startAll();
        if (station.isBusy() && !waitFor(&station, &Station::allFinished, 120000)) {
            s.firstFailure = QStringLiteral("a round did not finish within 120 s");
            return s;
        }
        if (s.warm.rssKb == 0) {
            s.warm = usage();
            report("warm-up", s.done, s.warm, clock.elapsed() / 1000.0);
        }
        if (s.done >= nextReport) {
            report("", s.done, usage(), clock.elapsed() / 1000.0);
            nextReport += 100;
        }
    }
    // Every row in the store before the station goes away.
    QEventLoop settled;
    station.whenSettled([&settled] { settled.quit(); });
    QTimer::singleShot(30000, &settled, &QEventLoop::quit);
    settled.exec();
    s.last = usage();
    report("end", s.done, s.last, clock.elapsed() / 1000.0);
    s.ran = true;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("station.*.info=false"));
    const int total = argc > 1 ? std::atoi(argv[1]) : 500;
    const int slotCount = argc > 2 ? std::atoi(argv[2]) : 4;
    const auto flow = Profile::flowFromName(argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("dps-x509"));
    if (total < 1 || slotCount < 1 || !flow) {
        std::fprintf(stderr,
                     "usage: bench_stationsoak [modules>=1] [slots>=1] [flow: dps-x509, dps-symmetric, hub-x509, "
                     "hub-sas]\n");
        return 2;
    }

    Simulation::Options o;
    o.flow = *flow;
    o.modules = slotCount;
    o.latency = QStringLiteral("fast");
    o.assignmentDelayMs = 0;
    Simulation sim(o);
    sim.start();
    if (!sim.isReady() && !waitFor(&sim, &Simulation::ready, 60000)) {
        std::printf("the simulation did not start: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    Profile profile = sim.profile();
    profile.options.factoryReset = true; // every run a clean module: a full provisioning
    profile.options.cloudCheck = false;  // the check talks to local Azure's API, not to the module

    std::printf("Soak benchmark (%s, %d provisionings, %d slots, uxsim latency 'fast', local Azure)\n",
                qPrintable(Profile::flowName(*flow)), total, slotCount);
    QElapsedTimer clock;
    clock.start();
    const Usage start = usage();
    report("start", 0, start, 0);

    const Soak s = soak(sim, profile, total, clock);
    if (!s.ran) {
        std::printf("the soak did not run: %s\n", qPrintable(s.firstFailure));
        return 1;
    }
    const Usage closed = usage();
    report("closed", s.done, closed, clock.elapsed() / 1000.0);

    const double growthMb = double(s.last.rssKb - s.warm.rssKb) / 1024.0;
    std::printf("  passed:           %d of %d%s%s\n", s.passed, s.done,
                s.firstFailure.isEmpty() ? "" : "; first failure: ", qPrintable(s.firstFailure));
    std::printf("  resident growth:  %+.1f MB after the warm-up (%+.1f MB from the start); budget <= 5 MB -> %s\n",
                growthMb, double(s.last.rssKb - start.rssKb) / 1024.0,
                growthMb <= 5.0 ? "within budget" : "OVER BUDGET");
    std::printf("  descriptors:      %d at the warm-up, %d at the end, %d after the station closed (%d at the start)"
                " -> %s\n",
                s.warm.fds, s.last.fds, closed.fds, start.fds, s.last.fds <= s.warm.fds ? "no leak" : "LEAK");
    sim.stop();
    return s.passed == s.done && growthMb <= 5.0 && s.last.fds <= s.warm.fds ? 0 : 1;
}
