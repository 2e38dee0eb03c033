#include "cli.h"
#include "common/i18n.h"
#include "pki/library.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

namespace {

// Every command of provstation-cli. Keep the names stable: scripts depend on them.
const cli::Command kCommands[] = {
    {"edm", QT_TRANSLATE_NOOP("cli", "decode and encode Extended Data Mode frames"), cli::edmCommand},
    {"ports", QT_TRANSLATE_NOOP("cli", "list serial ports"), cli::portsCommand},
    {"sas", QT_TRANSLATE_NOOP("cli", "make Azure SAS tokens"), cli::sasCommand},
    {"derive-key", QT_TRANSLATE_NOOP("cli", "derive a device key from a DPS group key"), cli::deriveKeyCommand},
    {"pki", QT_TRANSLATE_NOOP("cli", "make, inspect and lint certificates and keys"), cli::pkiCommand},
    {"provision", QT_TRANSLATE_NOOP("cli", "provision modules on ports with a station profile"), cli::provisionCommand},
    {"results", QT_TRANSLATE_NOOP("cli", "list or export the results database"), cli::resultsCommand},
    {"demo", QT_TRANSLATE_NOOP("cli", "run the station's main job on the built-in simulation"), cli::demoCommand},
    {"doctor", QT_TRANSLATE_NOOP("cli", "check ports, permissions, keychain, results database and clock"),
     cli::doctorCommand},
    {"cloud", QT_TRANSLATE_NOOP("cli", "prepare the IoT Hub / DPS side of a profile from connection strings"),
     cli::cloudCommand},
    {"label", QT_TRANSLATE_NOOP("cli", "print the label of a recorded module"), cli::labelCommand},
    {"ledger", QT_TRANSLATE_NOOP("cli", "export the signed issuance ledger, or verify an export"), cli::ledgerCommand},
};

void usage()
{
    cli::out() << QCoreApplication::translate("cli", "Usage: provstation-cli <command> [options]") << "\n\n"
               << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const auto &c : kCommands)
        cli::out() << "  " << QString::fromLatin1(c.name).leftJustified(12) << ' '
                   << QCoreApplication::translate("cli", c.summary) << '\n';
    cli::out() << '\n'
               << QCoreApplication::translate("cli", "Run 'provstation-cli <command> --help' for a command's options.")
               << '\n';
}

/// `label` draws text (PDF, PNG): it needs a QGuiApplication, on the offscreen platform when no
/// other is asked for, so it also runs without a display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "label") == 0) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    pki::initLibrary(); // before any thread: no OpenSSL cleanup at exit racing the worker threads
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("provstation-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ProvisioningStation"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROVSTATION_VERSION));
    i18n::install(app);
    // Results go to stdout and errors to stderr, one line each (the command prints the error it
    // got); the station's log, its warnings included, only when asked for
    // (QT_LOGGING_RULES="station.*.info=true").
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("station.*.info=false\nstation.*.warning=false"));

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        usage();
        return args.size() < 2 ? cli::Usage : cli::Ok;
    }
    if (args[1] == QLatin1String("--version") || args[1] == QLatin1String("-v")) {
        cli::out() << "provstation-cli " << QCoreApplication::applicationVersion() << '\n';
        return cli::Ok;
    }
    for (const auto &c : kCommands) {
        if (args[1] == QLatin1String(c.name)) {
            // The command sees "provstation-cli <name>" as its program name.
            QStringList sub = args.mid(2);
            sub.prepend(args[0] + u' ' + args[1]);
            const int rc = c.handler(sub);
            cli::out().flush();
            return rc;
        }
    }
    return cli::fail(QCoreApplication::translate("cli", "unknown command '%1' (try --help)").arg(args[1]));
}
