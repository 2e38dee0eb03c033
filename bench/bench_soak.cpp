// The GUI in a long shift (issue 13): the real main window (offscreen) drives simulated modules
// through the station, Start all whenever the station is idle, with the history pre-filled to
// 100,000 rows and the traffic inspector to its 100,000-record bound (with the records of an
// uncounted warm-up round). Prints per finished module the GUI thread's stall (the lateness of a
// 5 ms timer on the GUI thread, max and 95th percentile over the modules) and the longest event
// it handled (wall and thread CPU time); memory (RSS, malloc'd heap, the inspector's record
// bytes) at the bound and at the end; open descriptors at the start and end; CPU time and the
// mean of each step per module.
//
//   bench_soak [--modules N] [--slots S] [--history ROWS] [--trace-stalls MS] [--prefill on|off]
//                                                           (default 400 modules, 4 slots, 100000)
//
// --prefill off leaves the inspector to fill up as in a real shift (its bound is then reached after
// about 1,000 modules, and the growth after it is the figure). --trace-stalls MS prints where the GUI thread
// was (its stacks, grouped) whenever the 5 ms probe was more than MS ms old (stalltrace.h).
//
// The default N is 400 rather than issue 13's 2,000 (about 0.5 s a module on the `fast` model
// with 4 slots: 2,000 take some 17 minutes on the 2-core machine); --modules 2000 runs the full
// shift. The modules are the same S uxsim modules provisioned again and again (rework allowed).

#include "stalltrace.h"

#include "inspector/trafficinspector.h"
#include "inspector/trafficmodel.h"
#include "mainwindow.h"
#include "provisioning/resultstore.h"
#include "provisioning/simulation.h"
#include "provisioning/station.h"

#include <algorithm>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>
#include <malloc.h>
#include <memory>
#include <numeric>
#include <sys/resource.h>

namespace {

double rssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

/// What malloc has handed out and not taken back (RSS minus this is code, mappings and free
/// heap kept by the allocator).
double heapMiB()
{
    const struct mallinfo2 m = mallinfo2();
    return double(m.uordblks + m.hblkhd) / (1024.0 * 1024.0); // in arenas + mmapped blocks
}

/// The bytes the inspector's records carry (raw and summary), for telling its growth from others'.
double payloadMiB(const traffic::TrafficLog &log)
{
    qint64 bytes = 0;
    for (qsizetype i = 0; i < log.size(); ++i) {
        const TrafficRecord r = log.at(i);
        bytes += r.raw.size() + r.summary.size() * 2;
    }
    return double(bytes) / (1024.0 * 1024.0);
}

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

int descriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::System).size());
}

double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[qMin(v.size() - 1, qsizetype(p * double(v.size())))];
}

/// One finished row through the store (schema and all), then @p rows - 1 copies of it in one
/// statement, each with its own MAC and device id.
bool fillHistory(const QString &path, int rows, QString *error)
{
    {
        ResultStore store;
        if (!store.open(path, error))
            return false;
        ResultRow r;
        r.station = QStringLiteral("soak-history");
        r.port = QStringLiteral("/dev/ttyUSB0");
        r.profileName = QStringLiteral("history");
        r.flow = QStringLiteral("dps-x509");
        r.model = QStringLiteral("NINA-W152");
        r.firmware = QStringLiteral("3.1.0-025");
        r.mac = QStringLiteral("D4CA6E000000");
        r.started = QDateTime::currentDateTimeUtc().addDays(-30);
        r.id = store.begin(r);
        r.deviceId = r.registrationId = QStringLiteral("history-0");
        r.assignedHub = QStringLiteral("history-hub.azure-devices.net");
        r.outcome = Outcome::Pass;
        r.steps = {{Step::Open, 150, StepOutcome::Pass, {}},
                   {Step::Credentials, 900, StepOutcome::Pass, {}},
                   {Step::Wifi, 4900, StepOutcome::Pass, {}},
                   {Step::Dps, 5300, StepOutcome::Pass, {}},
                   {Step::Hub, 3600, StepOutcome::Pass, {}}};
        r.finished = r.started.addMSecs(14000);
        if (r.id <= 0 || !store.finish(r)) {
            *error = store.lastError();
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("soak-fill"));
    db.setDatabaseName(path);
    bool ok = db.open();
    if (ok) {
        QSqlQuery info(db);
        QStringList columns;
        info.exec(QStringLiteral("PRAGMA table_info(results)"));
        while (info.next()) {
            const QString c = info.value(1).toString();
            if (c != u"id" && c != u"seq" && c != u"mac" && c != u"device_id" && c != u"registration_id")
                columns << c;
        }
        QSqlQuery q(db);
        ok = q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                   "INSERT INTO results (%2, mac, device_id, registration_id) SELECT %2, "
                                   "printf('D4CA%08X', i), 'history-' || i, 'history-' || i FROM results, n "
                                   "WHERE results.id = (SELECT MIN(id) FROM results)")
                        .arg(rows - 1)
                        .arg(columns.join(QStringLiteral(", "))));
        if (!ok)
            *error = q.lastError().text();
    } else {
        *error = db.lastError().text();
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("soak-fill"));
    return ok;
}

template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, const std::function<bool()> &done)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

/// The inspector at its bound from the start, as after a shift's first ~1,000 modules: the soak
/// then runs in the steady state the budget is about (every new record evicts an old one). The
/// pre-fill repeats the real records of a warm-up round (@p pattern): records of another size
/// would make the inspector grow or shrink as real ones replace them.
bool prefillInspector(TrafficModel *traffic, const QList<TrafficRecord> &pattern)
{
    if (pattern.isEmpty())
        return false;
    for (qsizetype i = traffic->log().size(); i < traffic->capacity(); ++i) {
        TrafficRecord r = pattern[i % pattern.size()];
        r.monotonicNs = i;
        traffic->append(r);
    }
    return waitFor(traffic, &TrafficModel::flushed, [&] { return traffic->log().size() >= traffic->capacity(); });
}

/// Times every event the GUI thread handles at the top level (nested ones are inside it).
class SoakApplication : public QApplication
{
public:
    using QApplication::QApplication;
    std::function<void(double wallMs, double cpuMs)> onEvent;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !onEvent)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 cpu = threadCpuNs();
        QElapsedTimer wall;
        wall.start();
        const bool handled = QApplication::notify(receiver, event);
        onEvent(double(wall.nsecsElapsed()) / 1e6, double(threadCpuNs() - cpu) / 1e6);
        --m_depth;
        return handled;
    }

private:
    int m_depth = 0;
};

} // namespace

// Long (about 150 lines) on purpose: the soak is one script read top to bottom, and its handlers
// share the counters they print at the end.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    SoakApplication app(argc, argv);
    int modules = 400, slotCount = 4, history = 100000, traceMs = 0;
    bool prefill = true;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const int v = args[i + 1].toInt();
        if (args[i] == u"--modules" && v > 0)
            modules = v;
        else if (args[i] == u"--slots" && v > 0 && v <= 64)
            slotCount = v;
        else if (args[i] == u"--history" && v > 0)
            history = v;
        else if (args[i] == u"--trace-stalls" && v > 5)
            traceMs = v;
        else if (args[i] == u"--prefill" && (args[i + 1] == u"on" || args[i + 1] == u"off"))
            prefill = args[i + 1] == u"on";
        else {
            std::fprintf(stderr, "usage: bench_soak [--modules N] [--slots S (1-64)] [--history ROWS] [--trace-stalls "
                                 "MS] [--prefill on|off]\n");
            return 2;
        }
    }
    std::printf("GUI soak: %d modules on %d slots (Start all when idle), history pre-filled to %d rows, uxsim 'fast', "
                "rework allowed, no cloud check, "
                "QT_QPA_PLATFORM=%s\n",
                modules, slotCount, history, qgetenv("QT_QPA_PLATFORM").constData());
    std::fflush(stdout);

    Simulation::Options so;
    so.modules = slotCount;
    so.binDir = QCoreApplication::applicationDirPath();
    so.assignmentDelayMs = 0;
    Simulation sim(so);
    QEventLoop wait;
    QObject::connect(&sim, &Simulation::ready, &wait, &QEventLoop::quit);
    QObject::connect(&sim, &Simulation::failed, &wait, &QEventLoop::quit);
    QTimer::singleShot(60000, &wait, &QEventLoop::quit);
    sim.start();
    wait.exec();
    if (!sim.isReady()) {
        std::printf("the simulation did not start: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    const QString db = QDir(sim.workDir()).filePath(QStringLiteral("soak.sqlite"));
    QElapsedTimer fill;
    fill.start();
    QString error;
    if (!fillHistory(db, history, &error)) {
        std::printf("filling the history failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("  history filled: %d rows in %lld ms\n", history, fill.elapsed());

    Profile profile = sim.profile();
    profile.identity.onDuplicate = QStringLiteral("rework"); // the same modules again and again
    profile.options.cloudCheck = false;
    Station station;
    station.setSecrets(sim.secrets());
    station.setCloudOptions(sim.cloudOptions());
    station.setProfile(profile);
    station.setPorts(sim.ports());
    station.openResults(db);
    MainWindow window(&station);
    window.show();
    TrafficModel *traffic = window.inspector()->model();
    // A warm-up round, not counted: its traffic is what the inspector is pre-filled with.
    QList<TrafficRecord> pattern;
    {
        const QMetaObject::Connection recording =
            QObject::connect(&station, &Station::traffic, [&](const TrafficRecord &r) { pattern.append(r); });
        bool warm = waitFor(&station, &Station::resultsStateChanged,
                            [&] { return station.resultsState() == Station::ResultsState::Ready; });
        bool finishedRound = false;
        const QMetaObject::Connection done =
            QObject::connect(&station, &Station::allFinished, [&] { finishedRound = true; });
        if (warm) {
            station.startAll();
            warm = waitFor(&station, &Station::allFinished, [&] { return finishedRound; });
        }
        QObject::disconnect(recording);
        QObject::disconnect(done);
        if (!warm) {
            std::printf("the warm-up round did not finish within 120 s\n");
            return 1;
        }
    }
    if (prefill && !prefillInspector(traffic, pattern)) {
        std::printf("the inspector did not take its pre-fill within 120 s (%lld records)\n",
                    qlonglong(traffic->log().size()));
        return 1;
    }
    if (prefill)
        std::printf("  inspector pre-filled to its bound: %lld records (a warm-up round's %lld, repeated)\n",
                    qlonglong(traffic->log().size()), qlonglong(pattern.size()));
    else
        std::printf("  inspector not pre-filled: %lld records from the warm-up round\n",
                    qlonglong(traffic->log().size()));
    const double payloadStart = payloadMiB(traffic->log());
    const int fdStart = descriptors();
    const double rssStart = rssMiB();

    // The GUI thread's lateness: a 5 ms timer, and the largest lateness since the last module.
    QElapsedTimer tick;
    tick.start();
    qint64 last = 0;
    double worstSinceModule = 0;
    // The GUI thread's own work: the longest event it handled (SoakApplication::notify), by the
    // wall clock and by the thread's CPU clock. The probe's lateness also counts time the OS gave
    // to other processes: here uxsim, the broker and local Azure share the two cores with the
    // station; a real station's modules and Azure are elsewhere.
    double busySinceModule = 0, busyCpuSinceModule = 0;
    app.onEvent = [&](double wallMs, double cpuMs) {
        busySinceModule = qMax(busySinceModule, wallMs);
        busyCpuSinceModule = qMax(busyCpuSinceModule, cpuMs);
    };
    // --trace-stalls MS: the GUI thread's stacks whenever the probe is late by more than MS - 5.
    std::unique_ptr<StallTracer> tracer(traceMs ? new StallTracer(traceMs) : nullptr);
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = tick.nsecsElapsed();
        if (last)
            worstSinceModule = qMax(worstSinceModule, double(now - last) / 1e6 - 5.0);
        last = now;
        if (tracer)
            tracer->beat();
    });
    probe.start(5);
    if (tracer)
        tracer->start();

    QList<double> stalls, busy, busyCpu;
    int finished = 0, passed = 0, started = 0;
    double rssAtBound = -1, cpuAtBound = 0, heapAtBound = 0;
    int finishedAtBound = 0;
    const double cpu0 = cpuMs();
    QElapsedTimer wall;
    wall.start();
    QEventLoop run;
    QMap<int, qint64> stepMs; // where a module's time goes, summed over the modules (by Step)
    QObject::connect(&station, &Station::slotFinished, [&](int, const ResultRow &r) {
        ++finished;
        passed += r.passed() ? 1 : 0;
        for (const StepResult &s : r.steps)
            stepMs[int(s.step)] += s.elapsedMs;
        stalls << worstSinceModule;
        worstSinceModule = 0;
        busy << busySinceModule;
        busyCpu << busyCpuSinceModule;
        busySinceModule = busyCpuSinceModule = 0;
        if (rssAtBound < 0 && traffic->log().size() >= traffic->capacity()) {
            rssAtBound = rssMiB();
            heapAtBound = heapMiB(); // not the record bytes: reading 100,000 records would be a stall of its own
            cpuAtBound = cpuMs();
            finishedAtBound = finished;
        }
        if (finished % 100 == 0) {
            std::printf("  %d modules, RSS %.1f MiB, %d descriptors\n", finished, rssMiB(), descriptors());
            std::fflush(stdout);
        }
    });
    const auto startRound = [&] {
        if (started >= modules) {
            station.whenSettled([&] { run.quit(); });
            return;
        }
        started += station.slotCount();
        station.startAll();
    };
    QObject::connect(&station, &Station::allFinished, [&] { QTimer::singleShot(0, startRound); });
    QObject::connect(&station, &Station::resultsStateChanged, [&](Station::ResultsState s) {
        if (s == Station::ResultsState::Ready && started == 0)
            startRound();
    });
    if (station.resultsState() == Station::ResultsState::Ready)
        startRound();
    run.exec();
    app.onEvent = {};
    probe.stop();
    if (tracer)
        tracer->stop();
    const double cpu = cpuMs() - cpu0;
    const double rssEnd = rssMiB();
    const int fdEnd = descriptors();

    std::printf("\n  | figure | value | budget |\n  |---|---|---|\n");
    std::printf("  | modules finished (passed) | %d (%d) in %.0f s | |\n", finished, passed, wall.elapsed() / 1000.0);
    std::printf("  | GUI-thread stall per finished module, max | %.1f ms | <= 16 ms |\n",
                stalls.isEmpty() ? 0 : *std::max_element(stalls.begin(), stalls.end()));
    std::printf("  | GUI-thread stall per finished module, p95 | %.1f ms | |\n", percentile(stalls, 0.95));
    QList<qsizetype> worst(stalls.size());
    std::iota(worst.begin(), worst.end(), 0);
    std::sort(worst.begin(), worst.end(), [&](qsizetype a, qsizetype b) { return stalls[a] > stalls[b]; });
    QStringList top;
    for (qsizetype i = 0; i < qMin<qsizetype>(5, worst.size()); ++i)
        top << QStringLiteral("%1 ms (module %2)").arg(stalls[worst[i]], 0, 'f', 1).arg(worst[i] + 1);
    std::printf("  | the five largest stalls | %s | |\n", qPrintable(top.join(QStringLiteral(", "))));
    std::printf("  | longest event the GUI thread handled per module, max / p95 (wall) | %.1f / %.1f ms | |\n",
                busy.isEmpty() ? 0 : *std::max_element(busy.begin(), busy.end()), percentile(busy, 0.95));
    std::printf("  | the same by the thread's CPU clock, max / p95 | %.1f / %.1f ms | |\n",
                busyCpu.isEmpty() ? 0 : *std::max_element(busyCpu.begin(), busyCpu.end()), percentile(busyCpu, 0.95));
    std::printf("  | RSS at start (window shown, history open) | %.1f MiB | |\n", rssStart);
    if (rssAtBound >= 0)
        std::printf("  | RSS when the inspector reached its %lld-record bound (module %d) | %.1f MiB | |\n",
                    qlonglong(traffic->capacity()), finishedAtBound, rssAtBound);
    else
        std::printf("  | inspector bound (%lld records) | not reached (%lld records) | |\n",
                    qlonglong(traffic->capacity()), qlonglong(traffic->log().size()));
    std::printf("  | RSS at the end | %.1f MiB | |\n", rssEnd);
    if (rssAtBound >= 0)
        std::printf("  | malloc'd heap in use at the bound / at the end | %.1f / %.1f MiB | |\n", heapAtBound,
                    heapMiB());
    std::printf("  | the inspector's record bytes (raw + summary) at the start / at the end | %.1f / %.1f MiB | |\n",
                payloadStart, payloadMiB(traffic->log()));
    if (rssAtBound >= 0)
        std::printf("  | growth after the bound | %+.1f MiB over %d modules | <= 5 MB |\n", rssEnd - rssAtBound,
                    finished - finishedAtBound);
    std::printf("  | descriptors at start / end | %d / %d | no growth |\n", fdStart, fdEnd);
    std::printf("  | CPU per module (this process: GUI + station) | %.1f ms | |\n", cpu / qMax(1, finished));
    if (rssAtBound >= 0 && finished > finishedAtBound)
        std::printf("  | CPU per module after the bound | %.1f ms | |\n",
                    (cpuMs() - cpuAtBound) / (finished - finishedAtBound));
    QStringList steps;
    for (auto it = stepMs.cbegin(); it != stepMs.cend(); ++it)
        steps << QStringLiteral("%1 %2")
                     .arg(stepName(Step(it.key())))
                     .arg(double(it.value()) / qMax(1, finished), 0, 'f', 0);
    std::printf("\n  a module's steps, mean ms: %s\n", qPrintable(steps.join(QStringLiteral(", "))));
    if (tracer)
        tracer->report();
    window.hide();
    sim.stop();
    return finished >= modules ? 0 : 1;
}
