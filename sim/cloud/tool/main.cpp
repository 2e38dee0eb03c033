// local-azure: launcher and management tool for Local Azure (see docs/local-azure.md). Each
// subcommand lives in its own file (run.cpp, dps.cpp, hub.cpp, pki.cpp, sas.cpp); this one parses
// the command line and dispatches.
// Exit codes: 0 success, 1 operational failure, 2 bad usage or bad input (one line on stderr).
#include "tool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace laztool;

// Longer than most functions for a reason: the help text and the option table are data, kept in
// one place so the two cannot drift apart.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("local-azure"));
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "local-azure",
        "Local Azure: DPS and IoT Hub on a local Mosquitto broker.\n\n"
        "  run --state-dir DIR [--json] [--x509-port N] [--sas-port N] [--service-port N] [--x509-bind A] "
        "[--sas-bind A]\n"
        "      [--assignment-delay-ms N] [--retry-after S]\n"
        "  dps enrollment-group create|update --group-id G (--symmetric-key K | --ca-cert FILE) [--fail MODE ...] "
        "[--disabled]\n"
        "  dps enrollment-group list|delete ...\n"
        "  dps enrollment create|update --registration-id R (--symmetric-key K | --cert FILE) [--fail MODE ...] "
        "[--disabled]\n"
        "  dps enrollment list|delete ...\n"
        "  dps settings [--assignment-delay-ms N] [--retry-after S] [--id-scope S] [--hub-host H]\n"
        "  dps ca add --cert FILE [--name N] [--verified] | list | delete --name N\n"
        "  dps ca verification-code --name N | verify --name N --cert VERIFICATION_CERT\n"
        "  dps policy set --name N --rights R[,R...] --key-file F | list\n"
        "  hub device create|update --device-id D (--symmetric-key K | --thumbprint T | --cert FILE | --ca-signed) "
        "[--status S] [--fail MODE]\n"
        "  hub device list [--json] | show --device-id D\n"
        "  hub ca add --cert FILE\n"
        "  hub policy set --name N --rights R[,R...] --key-file F | list\n"
        "  hub telemetry [--json] [--device D]\n"
        "  hub c2d send --device D --body TEXT [--property k=v]... [--message-id ID]\n"
        "  pki issue --cn CN --out-cert F --out-key F [--ca] [--self-signed | --ca-cert F --ca-key F]\n"
        "  sas --key K [--registration-id R] [--resource SR --expiry SE --skn NAME]\n"
        "  service fail --mode throttled|internal|unavailable|none [--count N] [--retry-after S] [--path PREFIX]\n\n"
        "Failure modes: unauthorized, notfound, throttled (--retry-after, --count), slow (--delay-ms), disabled,\n"
        "failed (--error-code, --error-message), internal, none."));
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
                            "secondary-key",
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
        if (cmd == QStringLiteral("sas"))
            return cmdSas(p);
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
        if (cmd == QStringLiteral("run"))
            return cmdRun(p, abs);
        if (cmd == QStringLiteral("dps"))
            return cmdDps(args, p, abs);
        if (cmd == QStringLiteral("hub"))
            return cmdHub(args, p, abs);
        if (cmd == QStringLiteral("service"))
            return cmdService(args, p, abs);
        return cmdPki(args, p, abs);
    } catch (const Exit &e) {
        return e.code;
    }
}
