// Time to provision with uxsim's `seed` latency model, next to the floor, and eight slots vs one.
//
// Floor = the sum of uxsim's modelled latencies for the commands the station actually sent
// (docs/uxsim.md, "seed" column, restated below) + line time of the bytes the simulator paces
// (module -> host at 115200 baud, 10 bits per byte). The station's own choices (the DPS poll
// interval, its think time between commands) are overhead, not floor.
// Budgets (architecture.md): wall / floor <= 1.10; eight slots / one slot <= 1.25.
//
//   bench_provision [flow] [modules-for-gang]

#include "provisioning/simulation.h"
#include "provisioning/station.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

namespace {

// uxsim's seed latencies in ms (docs/uxsim.md, "Latency model").
constexpr double kCommand = 12, kUploadPrompt = 1030, kFlashWrite = 1900, kWifiJoin = 2860, kNetUp = 48, kDhcp = 2030,
                 kTls = 2270, kPeerReady = 1014, kBoot = 2000, kEdmGuard = 50;

struct Measure
{
    double wallMs = 0;
    double floorMs = 0;
    double lineMs = 0;
    int commands = 0;
    bool allPassed = true;
    QString failure;
};

QByteArray atText(const TrafficRecord &r)
{
    if (r.kind == TrafficRecord::Kind::AtLine)
        return r.raw;
    if (r.kind == TrafficRecord::Kind::EdmFrame && r.edmId == 0x0044 && r.raw.size() > 6)
        return r.raw.mid(5, r.raw.size() - 6);
    return {};
}

double modelledMs(const QByteArray &cmd)
{
    if (cmd.startsWith("AT+USECMNG=0,"))
        return kUploadPrompt + kFlashWrite;
    if (cmd.startsWith("AT&W") || cmd.startsWith("AT+UWSCA=0,1"))
        return kFlashWrite;
    if (cmd.startsWith("AT+UWSCA=0,3"))
        return kCommand + kWifiJoin + kNetUp + kDhcp;
    if (cmd.startsWith("AT+UDCP="))
        return kCommand + kTls + kPeerReady;
    if (cmd.startsWith("AT+CPWROFF"))
        return kCommand + kBoot;
    if (cmd.startsWith("ATO2"))
        return kCommand + kEdmGuard;
    return kCommand;
}

Measure run(Profile::Flow flow, int modules)
{
    Measure m;
    Simulation::Options o;
    o.flow = flow;
    o.modules = modules;
    o.latency = QStringLiteral("seed");
    o.assignmentDelayMs = 0;
    Simulation sim(o);
    QEventLoop loop;
    QObject::connect(&sim, &Simulation::ready, &loop, &QEventLoop::quit);
    QObject::connect(&sim, &Simulation::failed, &loop, &QEventLoop::quit);
    sim.start();
    if (!sim.isReady())
        loop.exec();
    if (!sim.isReady()) {
        m.allPassed = false;
        m.failure = sim.errorString();
        return m;
    }
    Profile profile = sim.profile();
    profile.dps.pollIntervalMs = 100;
    profile.timeouts.commandMs = 15000;
    profile.timeouts.uploadMs = 30000;
    profile.timeouts.wifiMs = 60000;
    profile.timeouts.peerMs = 60000;
    profile.timeouts.bootMs = 30000;
    Station station;
    station.setProfile(profile);
    station.setSecrets(sim.secrets());
    station.openResults(QDir(sim.workDir()).filePath(QStringLiteral("results.sqlite")));
    QObject::connect(&station, &Station::resultsStateChanged, &loop, &QEventLoop::quit);
    if (station.resultsState() == Station::ResultsState::Opening)
        loop.exec();
    station.setPorts(sim.ports());
    QList<TrafficRecord> slot0;
    QObject::connect(&station, &Station::traffic, [&](const TrafficRecord &r) {
        if (r.slot == 0)
            slot0.append(r);
    });
    QList<ResultRow> results;
    QObject::connect(&station, &Station::slotFinished, [&](int, const ResultRow &r) { results.append(r); });
    QObject::connect(&station, &Station::allFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    station.startAll();
    loop.exec();
    m.wallMs = double(t.elapsed());
    for (const ResultRow &r : results) {
        if (!r.passed()) {
            m.allPassed = false;
            m.failure = causeCode(r.cause) + QLatin1String(": ") + r.causeMessage;
        }
    }
    if (results.size() != modules)
        m.allPassed = false;
    // Walk the exchange as the module saw it. A peer with the same broker and client id as one
    // still open shares its MQTT session (seed log; uxsim's default): no second TLS handshake.
    qint64 fromModuleBytes = 0;
    QHash<QByteArray, int> openSessions; // host + client -> open peers
    QHash<int, QByteArray> sessionOfHandle;
    QByteArray pendingSession;
    bool sentCommand = false;
    const qint64 firstNs = slot0.isEmpty() ? 0 : slot0.first().monotonicNs;
    for (const TrafficRecord &r : slot0) {
        if (r.direction == TrafficRecord::Direction::ToModule) {
            const QByteArray cmd = atText(r);
            if (!cmd.startsWith("AT"))
                continue;
            ++m.commands;
            if (cmd != "AT\r")
                sentCommand = true;
            if (cmd.startsWith("AT+UDCP=")) {
                const QByteArray host = cmd.mid(15, cmd.indexOf('/', 15) - 15);
                const qsizetype c = cmd.indexOf("client=");
                pendingSession = host + '|' + cmd.mid(c, cmd.indexOf('&', c) - c);
                m.floorMs += openSessions.value(pendingSession) > 0 ? kCommand + kPeerReady : modelledMs(cmd);
            } else if (cmd.startsWith("AT+UDCPC=")) {
                const QByteArray session = sessionOfHandle.take(cmd.mid(9).trimmed().toInt());
                if (!session.isEmpty())
                    --openSessions[session];
                m.floorMs += kCommand;
            } else {
                m.floorMs += modelledMs(cmd);
            }
        } else if (r.direction == TrafficRecord::Direction::FromModule) {
            fromModuleBytes += r.kind == TrafficRecord::Kind::AtLine ? r.raw.size() + 2 : r.raw.size();
            const qsizetype at = r.raw.indexOf("+UDCP:");
            if (at >= 0 && !pendingSession.isEmpty()) {
                sessionOfHandle.insert(r.raw.mid(at + 6).trimmed().toInt(), pendingSession);
                ++openSessions[pendingSession];
                pendingSession.clear();
            }
            // Still booting when the job began: that wait is the module's, not the station's.
            if (!sentCommand && r.raw.contains("+STARTUP"))
                m.floorMs += double(r.monotonicNs - firstNs) / 1e6;
        }
    }
    m.lineMs = double(fromModuleBytes) * 10.0 * 1000.0 / 115200.0;
    m.floorMs += m.lineMs;
    sim.stop();
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("station.*.info=false"));
    const auto flow = Profile::flowFromName(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("dps-x509"))
                          .value_or(Profile::Flow::DpsX509);
    const int gang = argc > 2 ? std::atoi(argv[2]) : 8;

    std::printf("Provisioning benchmark (%s, uxsim latency 'seed', local Azure, 115200 baud)\n",
                qPrintable(Profile::flowName(flow)));
    const Measure one = run(flow, 1);
    if (!one.allPassed) {
        std::printf("  single module FAILED: %s\n", qPrintable(one.failure));
        return 1;
    }
    std::printf("  one module:      %8.0f ms wall, floor %8.0f ms (%d commands, %.0f ms line time)\n", one.wallMs,
                one.floorMs, one.commands, one.lineMs);
    std::printf("  overhead ratio:  %8.3f  (budget <= 1.10)  -> %s\n", one.wallMs / one.floorMs,
                one.wallMs / one.floorMs <= 1.10 ? "within budget" : "OVER BUDGET");
    const Measure many = run(flow, gang);
    if (!many.allPassed) {
        std::printf("  %d modules FAILED: %s\n", gang, qPrintable(many.failure));
        return 1;
    }
    std::printf("  %d modules:       %8.0f ms wall (all passed)\n", gang, many.wallMs);
    std::printf("  gang ratio:      %8.3f  (%d slots / 1 slot, budget <= 1.25)  -> %s\n", many.wallMs / one.wallMs,
                gang, many.wallMs / one.wallMs <= 1.25 ? "within budget" : "OVER BUDGET");
    return 0;
}
