// The station against u-blox's own host and against the critical-path floor, on uxsim's
// `hardware` latency model (issue 13), then N slots against one.
//
//   bench_provision [--quick] [--flow NAME] [--runs N] [--slots 1,4,8,16,32] [--latency MODEL]
//                   [--urcs-during-upload deliver|hold] [--timeline]
//
// 1. One uxsim process with 2 x runs + 1 fresh modules and one local Azure: the station
//    provisions `runs` modules one after another with the full job (median wall time), then
//    `runs` more with the seed host's job (a DPS flow ending at the assignment:
//    options.connectHub off; azure_dps.py never connects to the hub), then the seed host model
//    (tests/integration/uxsim/seedhost.h: azure_dps.py's reads, writes and sleeps) provisions the
//    last one. Same simulator, same cloud, same run; the comparison is between the same jobs.
//    --timeline prints run 1's traffic with times: where the time goes.
// 2. The critical-path floor, computed from uxsim's latency table (sim/module/latency.cpp, the
//    same code uxsim runs) and the line time of the bytes that must cross in order; nothing in it
//    is measured. See floorFor() for the chain.
// 3. A second uxsim with a fresh module per slot: 1, 4, 8, ... slots at once; the wall time
//    against one slot, and this process's CPU time (the station) as % of one core.
//
// A bench prints; tests never assert timings. Budgets (issue 13): station vs seed host >= 2.5x,
// station / floor <= 1.10, 32 slots vs one <= 1.25 x wall and < 50 % of one core.

#include "../sim/module/latency.h"
#include "../tests/integration/uxsim/seedhost.h"
#include "pki/issue.h"
#include "pki/load.h"
#include "provisioning/simulation.h"
#include "provisioning/station.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

namespace {

constexpr double kByteMs = 10.0 * 1000.0 / 115200.0; // one byte at 115200 baud, 10 bits

struct Options
{
    Profile::Flow flow = Profile::Flow::DpsX509;
    int runs = 3;
    QList<int> slotCounts{1, 4, 8, 16, 32};
    QString latency = QStringLiteral("hardware");
    QString urcs = QStringLiteral("deliver");
    int assignmentDelayMs = 300; // local Azure's default, the one the host model check runs with
    int pollIntervalMs = 1000;
    bool timeline = false; ///< print run 1's traffic with times (where the time goes)
};

struct StationRun
{
    double wallMs = 0;
    double cpuMs = 0;
    int passed = 0;
    int total = 0;
    QString failure;
    ResultRow row;                ///< the first result
    QList<TrafficRecord> traffic; ///< slot 0's records
};

double cpuMsNow()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int ms, std::function<bool()> done)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

bool startSimulation(Simulation &sim)
{
    sim.start();
    waitFor(&sim, &Simulation::ready, 60000, [&] { return sim.isReady() || !sim.errorString().isEmpty(); });
    if (!sim.isReady())
        std::printf("  the simulation did not start: %s\n", qPrintable(sim.errorString()));
    return sim.isReady();
}

/// @p endAtAssignment: the seed host's job (it never connects to the hub; options.connectHub).
Profile benchProfile(const Simulation &sim, const Options &o, bool endAtAssignment = false)
{
    Profile p = sim.profile();
    if (endAtAssignment) {
        p.options.connectHub = false;
        p.options.testTelemetry = p.options.waitCloudToDevice = false;
    }
    p.dps.pollIntervalMs = o.pollIntervalMs;
    p.timeouts.commandMs = 15000;
    p.timeouts.uploadMs = 30000;
    p.timeouts.wifiMs = 60000;
    p.timeouts.peerMs = 60000;
    p.timeouts.bootMs = 30000;
    p.timeouts.dpsMs = 120000;
    return p;
}

/// One station over @p ports at once (each its own slot).
StationRun runStation(Simulation &sim, const Options &o, const QStringList &ports, const QString &db,
                      bool endAtAssignment = false)
{
    StationRun m;
    Station station;
    station.setProfile(benchProfile(sim, o, endAtAssignment));
    station.setSecrets(sim.secrets());
    station.setCloudOptions(sim.cloudOptions());
    station.openResults(QDir(sim.workDir()).filePath(db));
    waitFor(&station, &Station::resultsStateChanged, 30000,
            [&] { return station.resultsState() != Station::ResultsState::Opening; });
    if (const auto set = station.setPorts(ports); !set) {
        m.failure = set.error();
        return m;
    }
    QObject::connect(&station, &Station::traffic, [&](const TrafficRecord &r) {
        if (r.slot == 0)
            m.traffic.append(r);
    });
    QList<ResultRow> results;
    QObject::connect(&station, &Station::slotFinished, [&](int, const ResultRow &r) { results.append(r); });
    bool all = false;
    QObject::connect(&station, &Station::allFinished, [&] { all = true; });
    const double cpu0 = cpuMsNow();
    QElapsedTimer t;
    t.start();
    station.startAll();
    waitFor(&station, &Station::allFinished, 600000, [&] { return all; });
    m.wallMs = double(t.elapsed());
    m.cpuMs = cpuMsNow() - cpu0;
    m.total = int(ports.size());
    for (const ResultRow &r : results) {
        if (r.passed())
            ++m.passed;
        else if (m.failure.isEmpty())
            m.failure = causeCode(r.cause) + QLatin1String(": ") + r.causeMessage;
    }
    if (!results.isEmpty())
        m.row = results.first();
    // Let the writer settle before the station goes (no job runs any more).
    QEventLoop settle;
    bool settled = false;
    station.whenSettled([&] {
        settled = true;
        settle.quit();
    });
    QTimer::singleShot(30000, &settle, &QEventLoop::quit);
    if (!settled)
        settle.exec();
    return m;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray secretValue(SecretStore *store, const QString &name)
{
    SecretJob *job = store->read(name);
    waitFor(job, &SecretJob::finished, 10000, [job] { return job->isFinished(); });
    const QByteArray v = job->value();
    job->deleteLater();
    return v;
}

/// The seed host model on @p port: wall time from opening the port to its last print.
double runSeedHost(Simulation &sim, const QString &port, QString *error)
{
    const Profile p = sim.profile();
    const auto ca = pki::loadCa(p.resolvePath(p.certificates.caCertificate), p.resolvePath(p.certificates.caKey));
    if (!ca) {
        *error = ca.error();
        return 0;
    }
    // An RSA 2048 device certificate like the seed's (its key is 1704 bytes as in the log).
    const QString id = QStringLiteral("seedhost-bench");
    const auto key = pki::Key::generate(pki::KeyType::Rsa2048);
    pki::CertificateSpec spec;
    spec.commonName = id;
    spec.validityDays = 30;
    const auto cert = key ? pki::makeDeviceCertificate(*key, spec, ca->certificate, ca->key)
                          : pki::Result<pki::Certificate>::failure(key.error());
    if (!cert) {
        *error = cert.error();
        return 0;
    }
    SeedHost::Config cfg;
    cfg.port = port;
    cfg.ca = readFile(p.resolvePath(p.trust.roots.first()));
    cfg.cert = cert->toPem();
    cfg.key = key->toPem();
    cfg.ssid = p.wifi.ssid.toUtf8();
    cfg.passphrase = secretValue(sim.secrets(), p.wifi.passphraseSecret);
    cfg.dpsHost = p.dps.host.toUtf8();
    cfg.idScope = p.dps.idScope.toUtf8();
    cfg.registrationId = id.toUtf8();
    SeedHost host(cfg);
    bool finished = false;
    QElapsedTimer t;
    t.start();
    host.start([&] { finished = true; });
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (finished || t.elapsed() > 120000)
            loop.quit();
    });
    poll.start(20);
    loop.exec();
    cfg.passphrase.fill('\0');
    if (!finished)
        *error = QStringLiteral("the seed host did not finish within 120 s");
    else if (!host.error().isEmpty())
        *error = host.error();
    else if (host.lastStatus() != u"assigned")
        *error = QStringLiteral("the seed host ended with status '%1'").arg(host.lastStatus());
    return host.milestones().isEmpty() ? 0 : double(host.milestones().last().ms);
}

// -- the floor ---------------------------------------------------------------------------------

QByteArray atText(const TrafficRecord &r)
{
    if (r.kind == TrafficRecord::Kind::AtLine)
        return r.raw;
    if (r.kind == TrafficRecord::Kind::EdmFrame && r.edmId == 0x0044 && r.raw.size() > 6)
        return r.raw.mid(5, r.raw.size() - 6);
    return {};
}

struct Floor
{
    double ms = 0;
    QStringList chain; ///< "what: ms" in order
    void add(const QString &what, double v)
    {
        ms += v;
        chain << QStringLiteral("%1 %2").arg(what).arg(v, 0, 'f', 0);
    }
};

/// The longest chain of what must happen in order for one dps-x509 module, from the model's
/// table. Bytes that must cross in order count their line time (sizes from the commands the
/// station sent: the URL and upload sizes are the flow's, not the station's choice). The Wi-Fi
/// join runs in the module while the host uploads (URCs may come during an upload; see
/// docs/decisions.md), so that part counts max(join, uploads).
Floor floorFor(const uxsim::Latency &l, const QList<TrafficRecord> &traffic, const Options &o,
               bool endAtAssignment = false)
{
    QList<int> uploadSizes;
    int udcpBytes = 0, udcpCount = 0;
    for (const TrafficRecord &r : traffic) {
        if (r.direction != TrafficRecord::Direction::ToModule)
            continue;
        const QByteArray cmd = atText(r);
        if (cmd.startsWith("AT+USECMNG=0,")) {
            uploadSizes << cmd.mid(cmd.lastIndexOf(',') + 1).trimmed().toInt();
        } else if (cmd.startsWith("AT+UDCP=")) {
            udcpBytes = qMax(udcpBytes, int(cmd.size()) + 7); // + EDM header and tail
            ++udcpCount;
        }
    }
    if (udcpBytes == 0)
        udcpBytes = 300;
    const double cmd = l.command + 20 * kByteMs; // a short command and its OK
    Floor f;
    f.add(QStringLiteral("probe+identify (4 commands)"), 4 * cmd + 40 * kByteMs);
    f.add(QStringLiteral("Wi-Fi settings (4 commands)"), 4 * cmd + 40 * kByteMs);
    f.add(QStringLiteral("activate"), l.wifiActivate + 20 * kByteMs);
    const double join = l.wifiJoin + l.netUp + l.dhcp;
    double uploads = 0;
    for (int type = 0; type < uploadSizes.size(); ++type)
        uploads += cmd + l.uploadPrompt + l.uploadPromptPerType * type + uploadSizes[type] * kByteMs + l.flashWrite +
                   l.flashWritePerKiB * uploadSizes[type] / 1024.0 + l.command;
    uploads += l.settingsWrite; // AT+UWSCA=0,1 (the station sends no AT&W since issue 13)
    f.add(QStringLiteral("max(join+netUp+dhcp %1, uploads+stores %2)").arg(join).arg(uploads, 0, 'f', 0),
          qMax(join, uploads));
    f.add(QStringLiteral("IPv4 check + ATO2"), 2 * cmd);
    f.add(QStringLiteral("EDM guard (the manual's 50 ms)"), 50);
    const double peer = l.command + l.dnsLookup + l.tlsHandshake + l.peerReady + udcpBytes * kByteMs;
    f.add(QStringLiteral("DPS peer (dns+tls+ready)"), peer);
    f.add(QStringLiteral("register -> answer"), l.dpsRegisterAnswer + 150 * kByteMs);
    // The status peer needs the operationId of that answer (its topic carries it); it shares the
    // registration's MQTT session (no handshake). DPS assigns meanwhile.
    const double statusPeer = 2 * l.command + l.peerReady + (udcpBytes + 160) * kByteMs;
    f.add(QStringLiteral("status peer (shared session)"), qMax<double>(statusPeer, o.assignmentDelayMs));
    f.add(QStringLiteral("poll -> assigned"), l.mqttAnswer + 400 * kByteMs);
    if (endAtAssignment)
        return f;
    f.add(QStringLiteral("hub peer (dns+tls+ready)"), peer);
    f.add(QStringLiteral("telemetry frame"), 150 * kByteMs);
    return f;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

bool parseArgs(const QStringList &args, Options *o)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        const QString next = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == u"--timeline") {
            o->timeline = true;
        } else if (a == u"--quick") {
            o->runs = 1;
            o->slotCounts = {1, 4};
        } else if (a == u"--flow" && !next.isEmpty()) {
            const auto f = Profile::flowFromName(next);
            if (!f)
                return false;
            o->flow = *f;
            ++i;
        } else if (a == u"--runs" && next.toInt() > 0) {
            o->runs = next.toInt();
            ++i;
        } else if (a == u"--slots" && !next.isEmpty()) {
            o->slotCounts.clear();
            for (const QString &s : next.split(u','))
                if (s.toInt() > 0)
                    o->slotCounts << s.toInt();
            ++i;
        } else if (a == u"--latency" && !next.isEmpty()) {
            o->latency = next;
            ++i;
        } else if (a == u"--urcs-during-upload" && (next == u"deliver" || next == u"hold")) {
            o->urcs = next;
            ++i;
        } else {
            return false;
        }
    }
    return true;
}

Simulation::Options simOptions(const Options &o, int modules)
{
    Simulation::Options s;
    s.flow = o.flow;
    s.modules = modules;
    s.latency = o.latency;
    s.assignmentDelayMs = o.assignmentDelayMs;
    s.uxsimArgs = {QStringLiteral("--urcs-during-upload"), o.urcs};
    return s;
}

/// The station's median of @p o.runs on fresh modules from @p firstPort; prints each run and run 1's steps.
bool stationMedian(Simulation &sim, const Options &o, int firstPort, bool endAtAssignment, double *ms,
                   StationRun *first)
{
    QList<double> walls;
    for (int i = 0; i < o.runs; ++i) {
        StationRun r = runStation(sim, o, {sim.ports()[firstPort + i]},
                                  QStringLiteral("results-%1.sqlite").arg(firstPort + i), endAtAssignment);
        if (r.passed != 1) {
            std::printf("  station run %d FAILED: %s\n", i + 1, qPrintable(r.failure));
            return false;
        }
        std::printf("  station run %d (%s): %.0f ms\n", i + 1, endAtAssignment ? "ends at the assignment" : "full job",
                    r.wallMs);
        std::fflush(stdout);
        walls << r.wallMs;
        if (i == 0)
            *first = r;
    }
    *ms = median(walls);
    std::printf("  steps of run 1:");
    for (const StepResult &s : first->row.steps)
        std::printf(" %s %lld", qPrintable(stepName(s.step)), qint64(s.elapsedMs));
    std::printf("\n");
    if (o.timeline && !first->traffic.isEmpty()) {
        // Each record: ms since the first, ms since the one before, the step, the summary.
        const qint64 t0 = first->traffic.first().monotonicNs;
        qint64 before = t0;
        for (const TrafficRecord &r : first->traffic) {
            std::printf("    %7.1f %+7.1f %-11s %s %s\n", (r.monotonicNs - t0) / 1e6, (r.monotonicNs - before) / 1e6,
                        qPrintable(r.step),
                        r.direction == TrafficRecord::Direction::ToModule     ? "->"
                        : r.direction == TrafficRecord::Direction::FromModule ? "<-"
                                                                              : "--",
                        qPrintable(r.summary.left(100)));
            before = r.monotonicNs;
        }
    }
    return true;
}

/// Part 1 and 2: the station (median of runs) and the seed host on one uxsim; the floor. The
/// station runs twice over: the seed host's own job (it ends at the DPS assignment and never
/// connects to the hub: options.connectHub off), which is the comparison, and the full job (the
/// assigned hub's connection and a test message on top).
bool compareOne(const Options &o, double *stationMs)
{
    Simulation sim(simOptions(o, 2 * o.runs + 1));
    if (!startSimulation(sim))
        return false;
    Profile flow;
    flow.flow = o.flow;
    const bool dps = flow.usesDps();
    double fullMs = 0, sameMs = 0;
    StationRun full, same;
    if (!stationMedian(sim, o, 0, false, &fullMs, &full))
        return false;
    if (dps && !stationMedian(sim, o, o.runs, true, &sameMs, &same))
        return false;
    *stationMs = dps ? sameMs : fullMs;

    QString seedError;
    double seedMs = 0;
    if (o.flow == Profile::Flow::DpsX509)
        seedMs = runSeedHost(sim, sim.ports()[2 * o.runs], &seedError);
    else
        seedError = QStringLiteral("the seed host runs dps-x509 only");

    QString modelError;
    const auto model = uxsim::Latency::fromSpec(o.latency, &modelError);
    const bool floors = model && o.flow == Profile::Flow::DpsX509;
    const Floor fullFloor = floors ? floorFor(*model, full.traffic, o) : Floor{};
    const Floor sameFloor = floors ? floorFor(*model, same.traffic, o, true) : Floor{};
    std::printf("\n  | figure | the seed host's job (ends at the assignment) | full job (+ hub, telemetry) | budget |\n"
                "  |---|---|---|---|\n");
    const auto row = [](const char *what, const QString &a, const QString &b, const char *budget) {
        std::printf("  | %s | %s | %s | %s |\n", what, qPrintable(a), qPrintable(b), budget);
    };
    const auto msText = [](double v) {
        return v > 0 ? QStringLiteral("%1 ms").arg(v, 0, 'f', 0) : QStringLiteral("-");
    };
    row("station wall, median", msText(sameMs), msText(fullMs), "");
    if (seedError.isEmpty()) {
        row("seed host model (azure_dps.py), same uxsim", msText(seedMs), QStringLiteral("-"), "");
        row("seed host / station", sameMs > 0 ? QStringLiteral("**%1x**").arg(seedMs / sameMs, 0, 'f', 2) : QString(),
            QStringLiteral("%1x").arg(seedMs / fullMs, 0, 'f', 2), ">= 2.5x");
    } else {
        std::printf("  | seed host model | not run: %s | | |\n", qPrintable(seedError));
    }
    if (floors) {
        row("critical-path floor (model table)", msText(sameFloor.ms), msText(fullFloor.ms), "");
        row("station / floor", QStringLiteral("**%1**").arg(sameMs / sameFloor.ms, 0, 'f', 3),
            QStringLiteral("**%1**").arg(fullMs / fullFloor.ms, 0, 'f', 3), "<= 1.10");
        if (seedError.isEmpty())
            row("seed host / floor (the best any host can do)",
                QStringLiteral("%1x").arg(seedMs / sameFloor.ms, 0, 'f', 2),
                QStringLiteral("%1x").arg(seedMs / fullFloor.ms, 0, 'f', 2), "");
        std::printf("\n  floor chain (ms), full job: %s\n", qPrintable(fullFloor.chain.join(QStringLiteral(" -> "))));
    }
    sim.stop();
    return true;
}

/// Part 3: 1, 4, 8 ... slots at once, each on fresh modules of one uxsim.
bool compareSlots(const Options &o)
{
    int modules = 0;
    for (int n : o.slotCounts)
        modules += n;
    if (modules > 64) {
        std::printf("  at most 64 modules in one uxsim (asked for %d)\n", modules);
        return false;
    }
    Simulation sim(simOptions(o, modules));
    if (!startSimulation(sim))
        return false;
    std::printf("\n  | slots | wall | vs one slot | station CPU | CPU per module | all passed |\n"
                "  |---|---|---|---|---|---|\n");
    double oneMs = 0;
    int next = 0;
    bool ok = true;
    for (int n : o.slotCounts) {
        const QStringList ports = sim.ports().mid(next, n);
        next += n;
        const StationRun r = runStation(sim, o, ports, QStringLiteral("slots-%1.sqlite").arg(n));
        if (oneMs == 0)
            oneMs = r.wallMs;
        std::printf("  | %d | %.0f ms | **%.3f** | %.1f %% of one core | %.0f ms | %s |\n", n, r.wallMs,
                    r.wallMs / oneMs, 100.0 * r.cpuMs / r.wallMs, r.cpuMs / n,
                    r.passed == r.total
                        ? "yes"
                        : qPrintable(QStringLiteral("%1/%2: %3").arg(r.passed).arg(r.total).arg(r.failure)));
        std::fflush(stdout);
        ok = ok && r.passed == r.total;
    }
    std::printf("  budget: 32 slots <= 1.25 x one slot's wall, < 50 %% of one core\n");
    sim.stop();
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("station.*.info=false"));
    Options o;
    if (!parseArgs(app.arguments(), &o)) {
        std::fprintf(stderr, "usage: bench_provision [--quick] [--flow NAME] [--runs N] [--slots 1,4,8,16,32] "
                             "[--latency fast|hardware|seed|FILE] [--urcs-during-upload deliver|hold] [--timeline]\n");
        return 2;
    }
    QStringList counts;
    for (int n : o.slotCounts)
        counts << QString::number(n);
    std::printf("Provisioning benchmark: %s, uxsim latency '%s', URCs during uploads '%s', local Azure (assignment "
                "%d ms), DPS poll interval %d ms, 115200 baud on the line; %d station run(s); slots %s\n",
                qPrintable(Profile::flowName(o.flow)), qPrintable(o.latency), qPrintable(o.urcs), o.assignmentDelayMs,
                o.pollIntervalMs, o.runs, qPrintable(counts.join(u',')));
    std::fflush(stdout);
    double stationMs = 0;
    if (!compareOne(o, &stationMs))
        return 1;
    return compareSlots(o) ? 0 : 1;
}
