#include "common/files.h"
#include "common/i18n.h"
#include "common/logging.h"
#include "inspector/trafficinspector.h"
#include "mainwindow.h"
#include "pki/library.h"
#include "provisioning/secretstore.h"
#include "provisioning/simulation.h"
#include "provisioning/station.h"
#include "startuptrace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// The secret store of a real station: the system keychain.
SecretStore *systemSecrets(QObject *parent)
{
    auto *layered = new LayeredSecretStore(parent);
    layered->addLayer(new KeychainSecretStore(parent));
    return layered;
}

/// A file given on the command line (the desktop entry passes the files a user opens): a station
/// profile (JSON) goes to the wizard, anything else to the traffic inspector's import (pcapng, CSV).
bool openFile(MainWindow &window, const QString &path, QString *error)
{
    // Only regular files: a FIFO or a device (/dev/zero) named on the command line never ends.
    if (const QString why = files::whyNotReadable(path, files::kMaxCapture); !why.isEmpty()) {
        *error = why;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QApplication::translate("main", "cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray head = file.read(4096);
    if (!head.startsWith("\n\r\r\n") && head.trimmed().startsWith('{')) { // not a pcapng section header
        window.openProfile(path);
        return true;
    }
    window.inspectorDock()->show();
    return window.inspector()->importFrom(path, error);
}

/// The language comes first, so that --help and every message are in it: --lang, then the saved
/// setting, then PROVSTATION_LANG / the system locale (inside i18n::install).
void installLanguage(QApplication &app, int argc, char *argv[])
{
    QString language = QSettings().value(QStringLiteral("language")).toString();
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[i + 1]);
        else if (std::strncmp(argv[i], "--lang=", 7) == 0)
            language = QString::fromLocal8Bit(argv[i] + 7);
    }
    i18n::install(app, language == QLatin1String("en") ? QStringLiteral("C") : language);
}

/// What the command line asks for.
struct Options
{
    bool simulate = false;
    int modules = 1;
    QString profile;
    bool engineer = false;
    int quitAfterMs = -1;
    QString screenshotDir;
    QString database;
    QStringList files;
};

Options parseCommandLine(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Provisioning station for u-connectXpress modules and Azure IoT"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption simulate(
        QStringLiteral("simulate"),
        QApplication::translate("main", "Start local Azure and simulated modules (N, default 1) and a matching demo "
                                        "profile; give N as the first argument after the options."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Open the profile FILE."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "User interface language (de, zh_CN, en)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption engineer(QStringLiteral("engineer"),
                                      QApplication::translate("main", "Start in engineer mode (asks the password)."));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       QApplication::translate("main", "Quit after MS milliseconds (smoke tests)."),
                                       QStringLiteral("MS"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save PNGs of the wizard pages, station view, inspector and history into DIR, "
                                        "then quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Results database FILE (default: the user's)."),
                                      QStringLiteral("FILE"));
    parser.addOptions({simulate, profile, lang, engineer, quitAfter, screenshot, database});
    parser.addPositionalArgument(QStringLiteral("N"),
                                 QApplication::translate("main", "Number of simulated modules (with --simulate)."),
                                 QStringLiteral("[N]"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main",
                                                         "Without --simulate: station profiles or saved traffic "
                                                         "captures (pcapng, CSV) to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    Options o;
    o.simulate = parser.isSet(simulate);
    if (o.simulate && !parser.positionalArguments().isEmpty())
        o.modules = qBound(1, parser.positionalArguments().first().toInt(), 16);
    else if (!o.simulate)
        o.files = parser.positionalArguments();
    o.profile = parser.value(profile);
    o.engineer = parser.isSet(engineer);
    if (parser.isSet(quitAfter))
        o.quitAfterMs = parser.value(quitAfter).toInt();
    o.screenshotDir = parser.value(screenshot);
    o.database = parser.value(database);
    return o;
}

/// After the window shows (and the simulation is ready): the engineer's password, or the README's
/// pictures of a real run.
void finishStartup(const Options &options, MainWindow &window, const Simulation *sim)
{
    if (options.engineer)
        window.requestEngineerMode();
    if (options.screenshotDir.isEmpty())
        return;
    const auto shoot = [&window, dir = options.screenshotDir] {
        window.saveScreenshots(dir, [](const QStringList &files) {
            for (const QString &f : files)
                std::printf("%s\n", qPrintable(f));
            QApplication::quit();
        });
    };
    if (sim && sim->isReady())
        window.runStationOnce(shoot);
    else
        shoot();
}

} // namespace

int main(int argc, char *argv[])
{
    pki::initLibrary(); // before any thread: no OpenSSL cleanup at exit racing the worker threads
    StartupTrace::mark("main");
    // --version must work on a machine without a display (scripts, packaging checks).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("provstation %s\n", PROVSTATION_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("provstation"));
    QApplication::setOrganizationName(QStringLiteral("ProvisioningStation"));
    QApplication::setApplicationVersion(QStringLiteral(PROVSTATION_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/provstation.png"))); // installer/desktop.cmake
    QGuiApplication::setDesktopFileName(QStringLiteral(PROVSTATION_APP_ID));       // Wayland: the desktop entry
    installLanguage(app, argc, argv);
    const Options options = parseCommandLine(app);

    Station station;
    std::unique_ptr<Simulation> sim;
    if (options.simulate) {
        Simulation::Options o;
        o.modules = options.modules;
        o.binDir = QCoreApplication::applicationDirPath();
        sim = std::make_unique<Simulation>(o);
    } else {
        station.setSecrets(systemSecrets(&app));
        // The line's slots as the engineer left them.
        station.setPorts(QSettings().value(QStringLiteral("station/slots")).toStringList());
        QObject::connect(&station, &Station::slotsChanged, &station,
                         [&station] { QSettings().setValue(QStringLiteral("station/slots"), station.ports()); });
    }
    QString databasePath = options.database;
    if (sim && databasePath.isEmpty())
        databasePath = QDir(sim->workDir()).filePath(QStringLiteral("results.sqlite"));
    station.openResults(databasePath);

    MainWindow window(&station);
    if (!options.profile.isEmpty())
        window.openProfile(options.profile);
    for (const QString &file : options.files) {
        QString error;
        if (!openFile(window, file, &error))
            std::fprintf(stderr, "provstation: %s\n", qPrintable(error));
    }
    StartupTrace trace(sim != nullptr); // PROVSTATION_STARTUP_TRACE: bench/bench_startup.cpp
    trace.watch(&window);
    window.show();
    StartupTrace::mark("shown");

    if (sim) {
        QObject::connect(sim.get(), &Simulation::ready, &window, [&] {
            sim->connectStation(station);
            station.setPorts(sim->ports());
            station.setProfile(sim->profile());
            window.setNote(QApplication::translate("main", "simulation: secrets in memory only"));
            qCInfo(lcUi) << "simulation ready:" << sim->ports();
            trace.simulationReady();
            finishStartup(options, window, sim.get());
        });
        QObject::connect(sim.get(), &Simulation::failed, &window, [&](const QString &error) {
            std::fprintf(stderr, "provstation: the simulation did not start: %s\n", qPrintable(error));
            finishStartup(options, window, sim.get());
        });
        sim->start();
    } else {
        QTimer::singleShot(0, &window, [&] { finishStartup(options, window, nullptr); });
    }
    if (options.quitAfterMs >= 0)
        QTimer::singleShot(options.quitAfterMs, &app, &QApplication::quit);
    const int rc = app.exec();
    if (sim && sim->isRunning()) {
        // The window is gone; let the simulators stop (SIGTERM, SIGKILL after 5 s) before leaving.
        QEventLoop loop;
        QObject::connect(sim.get(), &Simulation::stopped, &loop, &QEventLoop::quit);
        sim->stop();
        loop.exec();
    }
    return rc;
}
