// provstation-cli provision | results | demo: the headless station.

#include "cli.h"
#include "cmd_results.h"
#include "link/ports.h"
#include "provisioning/result.h"
#include "provisioning/resultstore.h"
#include "provisioning/secretstore.h"
#include "provisioning/simulation.h"
#include "provisioning/station.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

void printResult(const ResultRow &row, bool json)
{
    if (json) {
        printJson(toJson(row));
        return;
    }
    out() << outcomeText(row.outcome) << "  " << row.port;
    if (!row.deviceId.isEmpty())
        out() << "  " << tr("device %1").arg(row.deviceId);
    if (!row.assignedHub.isEmpty())
        out() << "  " << tr("hub %1").arg(row.assignedHub);
    out() << "  " << tr("%1 ms").arg(row.started.msecsTo(row.finished)) << '\n';
    if (!row.passed())
        out() << "      " << tr("cause: %1 (%2)").arg(row.causeMessage, causeCode(row.cause)) << '\n';
    for (const StepResult &s : row.steps)
        out() << "      " << stepName(s.step).leftJustified(12) << ' ' << QString::number(s.elapsedMs).rightJustified(6)
              << " ms  " << stepOutcomeText(s.outcome)
              << (s.message.isEmpty() ? QString() : QStringLiteral("  ") + s.message) << '\n';
    out().flush();
}

// SIGINT / SIGTERM cancel the running jobs (each records "cancelled") instead of killing the
// process mid-write: the self-pipe turns the signal into an event-loop event.
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    (void)!::write(g_signalPipe[1], &c, 1);
}

class Interrupts
{
public:
    explicit Interrupts(std::function<void()> handler)
    {
        if (g_signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [handler] {
            char c;
            (void)!::read(g_signalPipe[0], &c, 1);
            handler();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    ~Interrupts()
    {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

// Runs @p station over @p ports and prints one result per module; returns the exit code.
/// Nothing is provisioned without a record: waits (30 s at most) for the results store to open.
/// Ok, or the exit code after printing why it cannot be used.
int openResults(Station &station)
{
    if (station.resultsState() == Station::ResultsState::Opening) {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&station, &Station::resultsStateChanged, &loop, &QEventLoop::quit);
        deadline.start(30000);
        loop.exec();
        QObject::disconnect(&station, &Station::resultsStateChanged, &loop, nullptr);
        deadline.stop(); // else it ends the run itself 30 s after the store opened
    }
    if (station.resultsState() != Station::ResultsState::Ready)
        return fail(tr("the results database %1 cannot be used, so nothing is provisioned: %2")
                        .arg(station.resultsPath(), station.resultsError().isEmpty() ? tr("it did not open within 30 s")
                                                                                     : station.resultsError()),
                    int(::ExitCode::Configuration));
    return Ok;
}

int runStation(Station &station, const QStringList &ports, bool json)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (const int code = openResults(station); code != Ok)
        return code;
    if (const auto set = station.setPorts(ports); !set)
        return fail(set.error());
    QList<ResultRow> results;
    QObject::connect(&station, &Station::slotFinished, &loop, [&](int, const ResultRow &row) {
        results.append(row);
        printResult(row, json);
    });
    // Done when every port has reported and every row is in the store. A results server that is
    // away keeps rows in the journal: wait for it, but not forever (resultsWait()).
    QObject::connect(&station, &Station::allFinished, &loop, [&] {
        station.whenSettled([&loop] { loop.quit(); });
        deadline.start(resultsWaitMs());
    });
    QObject::connect(&station, &Station::resultsStateChanged, &loop, [&](Station::ResultsState state) {
        if (state == Station::ResultsState::Lost)
            err() << tr("the results server %1 is unreachable: running modules finish, their results are kept "
                        "and written when it is back")
                         .arg(station.resultsPath())
                  << Qt::endl;
        else if (state == Station::ResultsState::Ready)
            err() << tr("the results server %1 is back").arg(station.resultsPath()) << Qt::endl;
    });
    Interrupts interrupts([&station] {
        err() << tr("interrupted: cancelling") << Qt::endl;
        station.cancelAll();
    });
    station.startAll();
    if (station.isBusy())
        loop.exec();
    if (station.unsettledRows() > 0) {
        err() << QCoreApplication::translate("cli",
                                             "%n result(s) did not reach %1 within %2 s; they are kept in the journal "
                                             "%3 and written when station %4 opens this database again",
                                             nullptr, station.unsettledRows())
                     .arg(station.resultsPath())
                     .arg(resultsWaitMs() / 1000)
                     .arg(station.results() ? station.results()->journalPath() : QString(), station.stationName())
              << Qt::endl;
        return int(::ExitCode::Configuration);
    }
    if (!station.resultsError().isEmpty())
        err() << tr("warning: results database: %1").arg(station.resultsError()) << Qt::endl;
    if (results.size() < ports.size())
        return int(::ExitCode::Other);
    return int(exitCodeFor(results));
}

/// The end of provision --loop: the summary, and whether every result was recorded.
int printLoopSummary(Station &station, int passed, int failed, bool json)
{
    const int unsettled = station.unsettledRows();
    if (json)
        printJson(QJsonObject{{QStringLiteral("summary"), QJsonObject{{QStringLiteral("modules"), passed + failed},
                                                                      {QStringLiteral("passed"), passed},
                                                                      {QStringLiteral("failed"), failed},
                                                                      {QStringLiteral("unrecorded"), unsettled}}}});
    else
        out()
            << tr("loop ended: %1 module(s) provisioned, %2 PASS, %3 FAIL").arg(passed + failed).arg(passed).arg(failed)
            << Qt::endl;
    out().flush();
    if (unsettled > 0) {
        err() << tr("%1 result(s) did not reach %2; they are kept in the journal %3")
                     .arg(unsettled)
                     .arg(station.resultsPath(), station.results() ? station.results()->journalPath() : QString())
              << Qt::endl;
        return int(::ExitCode::Configuration);
    }
    return Ok;
}

// provision --loop: a long-lived station. Every slot's port that appears (a module plugged in)
// starts its job (Station's hot-plug auto-start); with no --port, every serial port matching the
// profile's line.usbFilter becomes a slot as it appears. Runs until SIGINT/SIGTERM, which cancels
// what is running and ends with a summary. Exit 0 when it ended on a signal with every result
// recorded (failed modules are counted in the summary, not in the exit code).
int runLoop(Station &station, const QStringList &ports, bool json)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (const int code = openResults(station); code != Ok)
        return code;
    if (const auto set = station.setPorts(ports); !set)
        return fail(set.error());
    const QString filter = station.profile().line.usbFilter;
    QTimer watch; // no --port: ports matching line.usbFilter become slots as they appear
    if (ports.isEmpty()) {
        QObject::connect(&watch, &QTimer::timeout, &station, [&station, filter] {
            for (const PortInfo &port : ports::available()) {
                if (port.matches(filter) && station.slotOf(port.path) < 0)
                    station.addSlot(port.path);
            }
        });
        watch.start(500);
    }
    int passed = 0;
    int failed = 0;
    QObject::connect(&station, &Station::portPresenceChanged, &loop, [&station](int slot, bool present) {
        const QString port = station.slotAt(slot).port;
        err() << (present ? tr("%1: module plugged in").arg(port) : tr("%1: module removed").arg(port)) << Qt::endl;
    });
    QObject::connect(&station, &Station::slotFinished, &loop, [&](int, const ResultRow &row) {
        ++(row.passed() ? passed : failed);
        printResult(row, json);
        out().flush(); // a loop's reader takes each result as it comes
    });
    bool stopping = false;
    Interrupts interrupts([&] {
        if (stopping)
            return;
        stopping = true;
        err() << tr("stopping: cancelling what is running") << Qt::endl;
        watch.stop();
        station.setAutoStart(false);
        station.cancelAll();
        // Ends once nothing runs and every row is in the store (or the results wait is over).
        station.whenSettled([&] {
            if (!station.isBusy())
                loop.quit();
        });
        QObject::connect(&station, &Station::allFinished, &loop, [&] { station.whenSettled([&] { loop.quit(); }); });
        deadline.start(resultsWaitMs());
    });
    err() << (ports.isEmpty() ? tr("waiting for modules on ports matching \"%1\" (Ctrl+C ends)").arg(filter)
                              : tr("waiting for modules on %1 (Ctrl+C ends)").arg(ports.join(QStringLiteral(", "))))
          << Qt::endl;
    station.setAutoStart(true);
    loop.exec();
    return printLoopSummary(station, passed, failed, json);
}

/// A station for a headless run: results at @p resultsPath, names recorded with each row.
void setUpStation(Station &station, SecretStore *secrets, const Profile &profile, const QString &resultsPath,
                  const QString &stationName, const QString &operatorName, const QString &lineId = {})
{
    station.setProfile(profile);
    station.setSecrets(secrets);
    if (!stationName.isEmpty())
        station.setStationName(stationName);
    if (!lineId.isEmpty())
        station.setLineId(lineId);
    station.setOperatorName(operatorName);
    station.openResults(resultsPath);
}

int provision(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Provision the modules on the given ports with a station profile; one result per module.\n"
           "Exit codes: 0 all passed, 2 bad usage, 3 configuration, 4 port/module, 5 unsupported firmware,\n"
           "6 certificate upload, 7 Wi-Fi, 8 cloud (DPS/hub), 9 cancelled, 1 other."));
    p.addHelpOption();
    p.addOption({QStringLiteral("profile"), tr("The station profile (JSON)."), tr("FILE")});
    p.addOption({QStringLiteral("port"), tr("A serial port or pty path (repeatable: one slot each)."), tr("DEV")});
    p.addOption({QStringLiteral("secret"),
                 tr("A secret for this run: NAME=env:VAR or NAME=file:PATH (mode 0600). "
                    "Repeatable; looked up before the keychain."),
                 tr("SPEC")});
    p.addOption({QStringLiteral("no-keychain"), tr("Do not look secrets up in the system keychain.")});
    addResultsOptions(p, true, true); // --results, --db, --station-id, --line-id, --results-wait
    p.addOption({QStringLiteral("station"), tr("Station name recorded with each result."), tr("NAME")});
    p.addOption({QStringLiteral("operator"), tr("Operator name recorded with each result."), tr("NAME")});
    p.addOption({QStringLiteral("json"), tr("One JSON object per module and line.")});
    p.addOption({QStringLiteral("loop"),
                 tr("Keep provisioning modules as they are plugged in on the ports (without --port: on every port "
                    "matching the profile's line.usbFilter) until SIGINT or SIGTERM; then print a summary.")});
    if (!parse(p, args))
        return Usage;
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    if (!p.isSet(QStringLiteral("profile")))
        return fail(tr("provision needs --profile FILE"));
    const bool loop = p.isSet(QStringLiteral("loop"));
    const QStringList ports = p.values(QStringLiteral("port"));
    if (ports.isEmpty() && !loop)
        return fail(tr("provision needs at least one --port DEV"));
    if (QSet<QString>(ports.begin(), ports.end()).size() != ports.size())
        return fail(tr("a port is given twice"));
    for (const char *option : {"station", "operator"}) {
        if (p.value(QLatin1String(option)).size() > kMaxNameValue)
            return fail(tr("--%1: at most %2 characters").arg(QLatin1String(option)).arg(kMaxNameValue));
    }
    QString error;
    const auto profile = Profile::load(p.value(QStringLiteral("profile")), &error);
    if (!profile)
        return fail(error);
    // What the job would refuse anyway is refused now, in one line, before a module is touched.
    if (const QStringList problems = profile->validate(); !problems.isEmpty())
        return fail(tr("the profile %1 has errors: %2")
                        .arg(p.value(QStringLiteral("profile")), problems.join(QStringLiteral("; "))),
                    int(::ExitCode::Configuration));
    // A device, FIFO or folder where the profile names a file: refused before any module is touched.
    if (const QStringList problems = profile->fileProblems(); !problems.isEmpty())
        return fail(tr("the profile %1 cannot be used: %2")
                        .arg(p.value(QStringLiteral("profile")), problems.join(QStringLiteral("; "))),
                    int(::ExitCode::Configuration));
    if (const QString warning = profile->caKeyAtRestWarning(); !warning.isEmpty())
        err() << tr("provstation-cli: warning: %1").arg(warning) << Qt::endl;
    if (loop && ports.isEmpty() && profile->line.usbFilter.isEmpty())
        return fail(tr("provision --loop needs --port DEV or a line.usbFilter in the profile (it would otherwise "
                       "provision whatever serial port appears)"));
    HeadlessSecretStore headless;
    for (const QString &spec : p.values(QStringLiteral("secret"))) {
        if (!headless.addSource(spec, &error))
            return fail(error);
    }
    LayeredSecretStore secrets;
    secrets.addLayer(&headless);
    std::unique_ptr<KeychainSecretStore> keychain;
    if (!p.isSet(QStringLiteral("no-keychain"))) {
        keychain = std::make_unique<KeychainSecretStore>();
        secrets.addLayer(keychain.get());
    }
    const auto resultsUrl = resultsUrlOption(p);
    if (!resultsUrl)
        return fail(resultsUrl.error());
    if (!applyResultsWait(p, &error))
        return fail(error);
    Station station;
    const QString stationId = stationIdOption(p).isEmpty() ? p.value(QStringLiteral("station")) : stationIdOption(p);
    setUpStation(station, &secrets, *profile, *resultsUrl, stationId, p.value(QStringLiteral("operator")),
                 lineIdOption(p));
    if (loop)
        return runLoop(station, ports, p.isSet(QStringLiteral("json")));
    return runStation(station, ports, p.isSet(QStringLiteral("json")));
}

} // namespace

int provisionCommand(const QStringList &args)
{
    return provision(args);
}

int demoCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Start local Azure and simulated modules in a temporary directory, provision them with a matching "
           "profile, print the results and stop everything."));
    p.addHelpOption();
    p.addOption({QStringLiteral("flow"), tr("dps-x509 (default), dps-symmetric, hub-x509 or hub-sas."), tr("FLOW"),
                 QStringLiteral("dps-x509")});
    p.addOption(
        {QStringLiteral("modules"), tr("Number of simulated modules (1-8, default 1)."), tr("N"), QStringLiteral("1")});
    p.addOption({QStringLiteral("persona"), tr("uxsim persona (default nina-w15-3)."), tr("NAME"),
                 QStringLiteral("nina-w15-3")});
    p.addOption(
        {QStringLiteral("latency"),
         tr("uxsim latency model: fast (default), hardware (a real module's timings) or seed (the seed log's)."),
         tr("MODEL"), QStringLiteral("fast")});
    p.addOption(
        {QStringLiteral("fault"), tr("A uxsim failure mode for every module (repeatable)."), tr("NAME[@WHEN]")});
    p.addOption({QStringLiteral("save-profile"), tr("Also write the generated profile to FILE."), tr("FILE")});
    p.addOption({QStringLiteral("prepare-cloud"),
                 tr("Start from an empty local Azure and prepare it through the station's own service clients "
                    "(cloud setup), as `cloud prepare` does with real connection strings.")});
    addResultsOptions(p, false, true); // --results, --station-id, --line-id, --results-wait
    p.addOption({QStringLiteral("id-template"),
                 tr("Device ID template for the DPS flows, e.g. line3-{seq:6} ({seq}: a number from the results "
                    "database, unique on the line)."),
                 tr("TEMPLATE")});
    p.addOption({QStringLiteral("json"), tr("One JSON object per module and line.")});
    if (!parse(p, args))
        return Usage;
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    const auto flow = Profile::flowFromName(p.value(QStringLiteral("flow")));
    const QStringList demoFlows{QStringLiteral("dps-x509"), QStringLiteral("dps-symmetric"), QStringLiteral("hub-x509"),
                                QStringLiteral("hub-sas")};
    if (!flow || !demoFlows.contains(p.value(QStringLiteral("flow"))))
        return fail(tr("--flow must be one of %1").arg(demoFlows.join(QStringLiteral(", "))));
    bool ok = false;
    const int modules = p.value(QStringLiteral("modules")).toInt(&ok);
    if (!ok || modules < 1 || modules > 8)
        return fail(tr("--modules must be a number from 1 to 8"));
    const auto resultsUrl = resultsUrlOption(p);
    if (!resultsUrl)
        return fail(resultsUrl.error());
    QString optionError;
    if (!applyResultsWait(p, &optionError))
        return fail(optionError);
    if (p.isSet(QStringLiteral("id-template")) && *flow != Profile::Flow::DpsX509 &&
        *flow != Profile::Flow::DpsSymmetric)
        return fail(tr("--id-template works with the DPS flows: local Azure knows the hub flows' devices by "
                       "{model}-{mac}"));

    Simulation::Options options;
    options.flow = *flow;
    options.modules = modules;
    options.persona = p.value(QStringLiteral("persona"));
    options.latency = p.value(QStringLiteral("latency"));
    options.faults = p.values(QStringLiteral("fault"));
    options.prepareCloud = p.isSet(QStringLiteral("prepare-cloud"));
    Simulation sim(options);
    QEventLoop loop;
    QString failure;
    QObject::connect(&sim, &Simulation::ready, &loop, &QEventLoop::quit);
    QObject::connect(&sim, &Simulation::failed, &loop, [&](const QString &e) {
        failure = e;
        loop.quit();
    });
    err() << QCoreApplication::translate("cli", "Starting local Azure and %n simulated module(s) (%1)…", nullptr,
                                         modules)
                 .arg(Profile::flowName(*flow))
          << Qt::endl;
    sim.start();
    if (!sim.isReady() && failure.isEmpty())
        loop.exec();
    if (!sim.isReady())
        return fail(tr("the simulation did not start: %1").arg(failure), Failed);
    for (const QJsonValue &item : sim.cloudReport().value(u"items").toArray()) // --prepare-cloud
        err() << tr("Cloud: %1 %2 %3 (%4)")
                     .arg(item[u"kind"].toString(), item[u"id"].toString(), item[u"action"].toString(),
                          item[u"detail"].toString())
              << Qt::endl;
    if (p.isSet(QStringLiteral("save-profile"))) {
        QString error;
        if (!sim.profile().save(p.value(QStringLiteral("save-profile")), &error))
            err() << error << Qt::endl;
    }
    err() << tr("Provisioning %1 on %2").arg(sim.profile().name, sim.ports().join(QStringLiteral(", "))) << Qt::endl;
    Profile profile = sim.profile();
    if (p.isSet(QStringLiteral("id-template"))) {
        profile.identity.idTemplate = p.value(QStringLiteral("id-template"));
        if (const QStringList problems = profile.validate(); !problems.isEmpty())
            return fail(tr("--id-template: %1").arg(problems.join(QStringLiteral("; "))));
    }
    Station station;
    setUpStation(station, sim.secrets(), profile,
                 resultsUrl->isEmpty() ? QDir(sim.workDir()).filePath(QStringLiteral("results.sqlite")) : *resultsUrl,
                 stationIdOption(p).isEmpty() ? QStringLiteral("demo") : stationIdOption(p), QStringLiteral("demo"),
                 lineIdOption(p));
    station.setCloudOptions(sim.cloudOptions());
    station.setProbeRoutes(sim.probeRoutes());
    const int rc = runStation(station, sim.ports(), p.isSet(QStringLiteral("json")));
    if (!p.isSet(QStringLiteral("json"))) {
        QByteArray telemetry;
        sim.azureTool({QStringLiteral("hub"), QStringLiteral("telemetry")}, &telemetry);
        err() << tr("Local IoT Hub received:") << '\n' << QString::fromUtf8(telemetry).trimmed() << Qt::endl;
    }
    sim.stop();
    if (sim.isRunning()) {
        QObject::connect(&sim, &Simulation::stopped, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return rc;
}

} // namespace cli
