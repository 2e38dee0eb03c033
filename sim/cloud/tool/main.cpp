// local-azure: launcher and management tool for Local Azure (see docs/local-azure.md). Each
// subcommand lives in its own file (run.cpp, dps.cpp, hub.cpp, pki.cpp, sas.cpp); this one parses
// the command line and dispatches.
// Exit codes: 0 success, 1 operational failure, 2 bad usage or bad input (one line on stderr).
#include "tool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <sys/stat.h>

using namespace laztool;

// Longer than most functions for a reason: the help text and the option table are data, kept in
// one place so the two cannot drift apart.
int main(int argc, char *argv[])
{
    // Everything local Azure writes (state.json with device keys, pki/, policies, the broker it
    // starts and its plugin) is for this user only.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("local-azure"));
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "local-azure",
        "Local Azure: DPS and IoT Hub on a local Mosquitto broker.\n\n"
        "  run --state-dir DIR [--json] [--x509-port N] [--sas-port N] [--service-port N] [--x509-bind A] "
        "[--sas-bind A]\n"
        "      [--assignment-delay-ms N] [--retry-after S]\n"
        "  dps enrollment-group create|update --group-id G (--symmetric-key-file F | --ca-cert FILE) "
        "[--fail MODE ...] [--disabled]\n"
        "  dps enrollment-group list|delete ...\n"
        "  dps enrollment create|update --registration-id R (--symmetric-key-file F | --cert FILE) "
        "[--fail MODE ...] [--disabled]\n"
        "  dps enrollment list|delete ...\n"
        "  dps settings [--assignment-delay-ms N] [--retry-after S] [--id-scope S] [--hub-host H]\n"
        "  dps ca add --cert FILE [--name N] [--verified] | list | delete --name N\n"
        "  dps ca verification-code --name N | verify --name N --cert VERIFICATION_CERT\n"
        "  dps policy set --name N --rights R[,R...] --key-file F | list\n"
        "  hub device create|update --device-id D (--symmetric-key-file F | --thumbprint T | --cert FILE | "
        "--ca-signed) "
        "[--status S] [--fail MODE]\n"
        "  hub device list [--json] | show --device-id D\n"
        "  hub ca add --cert FILE\n"
        "  hub policy set --name N --rights R[,R...] --key-file F | list\n"
        "  hub telemetry [--json] [--device D]\n"
        "  hub c2d send --device D --body TEXT [--property k=v]... [--message-id ID]\n"
        "  pki issue --cn CN --out-cert F --out-key F [--ca] [--self-signed | --ca-cert F --ca-key F]\n"
        "  sas --key-file F [--registration-id R] [--resource SR --expiry SE --skn NAME]\n"
        "  service fail --mode throttled|internal|unavailable|none [--count N] [--retry-after S] [--path PREFIX]\n\n"
        "Failure modes: unauthorized, notfound, throttled (--retry-after, --count), slow (--delay-ms), disabled,\n"
        "failed (--error-code, --error-message), internal, none.\n"
        "Keys: --symmetric-key-file F / --symmetric-key-env VAR (and --secondary-key-…, --key-file / --key-env for\n"
        "sas); the --symmetric-key K form is visible in ps and warned about. State files are owner-only (0600)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            QCoreApplication::translate("local-azure", "run, dps, hub, pki, sas or service"));
    const char *valued[] = {"state-dir",
                            "x509-port",
                            "sas-port",
                            "assignment-delay-ms",
                            "retry-after",
                            "group-id",
                            "registration-id",
                            "symmetric-key",
                            "symmetric-key-file",
                            "symmetric-key-env",
                            "secondary-key",
                            "secondary-key-file",
                            "secondary-key-env",
                            "key-env",
                            "ca-cert",
                            "ca-key",
                            "cert",
                            "fail",
                            "count",
                            "delay-ms",
                            "error-code",
                            "error-message",
                            "device-id",
                            "device",
                            "thumbprint",
                            "status",
                            "body",
                            "property",
                            "message-id",
                            "cn",
                            "out-cert",
                            "out-key",
                            "key",
                            "resource",
                            "expiry",
                            "skn",
                            "id-scope",
                            "hub-host",
                            "service-port",
                            "x509-bind",
                            "sas-bind",
                            "name",
                            "rights",
                            "key-file",
                            "mode",
                            "path"};
    for (const char *o : valued)
        p.addOption(QCommandLineOption(QLatin1String(o), QString(), QStringLiteral("value")));
    for (const char *o : {"json", "disabled", "enabled", "ca", "self-signed", "ca-signed", "verified"})
        p.addOption(QCommandLineOption(QLatin1String(o)));
    if (!p.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "local-azure: %s\n", qPrintable(p.errorText()));
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qPrintable(p.helpText()));
        return 0;
    }
    try {
        const QStringList args = p.positionalArguments();
        const QString cmd = args.value(0);
        if (cmd == QStringLiteral("sas")) {
            const int rc = cmdSas(p);
            printWarnings();
            return rc;
        }
        if (cmd != QStringLiteral("run") && cmd != QStringLiteral("dps") && cmd != QStringLiteral("hub") &&
            cmd != QStringLiteral("pki") && cmd != QStringLiteral("service"))
            fail(2, cmd.isEmpty() ? tr("no command given; see local-azure --help")
                                  : tr("unknown command '%1'; see local-azure --help").arg(cmd));
        const QString dir = p.value(QStringLiteral("state-dir"));
        if (dir.isEmpty())
            fail(2, tr("--state-dir DIR is required"));
        if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
            fail(2, tr("%1 is not a directory").arg(dir));
        if (!QDir().mkpath(dir))
            fail(1, tr("cannot create %1").arg(dir));
        const QString abs = QDir(dir).absolutePath();
        const int rc = cmd == QStringLiteral("run")       ? cmdRun(p, abs)
                       : cmd == QStringLiteral("dps")     ? cmdDps(args, p, abs)
                       : cmd == QStringLiteral("hub")     ? cmdHub(args, p, abs)
                       : cmd == QStringLiteral("service") ? cmdService(args, p, abs)
                                                          : cmdPki(args, p, abs);
        printWarnings();
        return rc;
    } catch (const Exit &e) {
        return e.code;
    }
}
