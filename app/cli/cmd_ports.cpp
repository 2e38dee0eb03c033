// provstation-cli ports [--json]

#include "cli.h"

#include "link/ports.h"
#include <QCoreApplication>
#include <QJsonObject>

namespace cli {

int portsCommand(const QStringList &args)
{
    const auto tr = [](const char *t) { return QCoreApplication::translate("cli", t); };
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("List the serial ports the system reports. Pseudo-terminals are never listed; give their path "
           "by hand wherever a port is asked for."));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"), tr("One JSON object per port and line.")});
    if (!parse(p, args))
        return Usage;
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(tr("ports takes no arguments"));
    const bool json = p.isSet(QStringLiteral("json"));
    const QList<PortInfo> ports = ports::available();
    const auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; };
    for (const PortInfo &info : ports) {
        if (json) {
            printJson({{QStringLiteral("port"), info.path},
                       {QStringLiteral("name"), info.name},
                       {QStringLiteral("description"), info.description},
                       {QStringLiteral("manufacturer"), info.manufacturer},
                       {QStringLiteral("vid_pid"), info.vidPid()},
                       {QStringLiteral("serial_number"), info.serialNumber}});
        } else {
            out() << info.path << '\t' << orDash(info.description) << '\t' << orDash(info.manufacturer) << '\t'
                  << orDash(info.vidPid()) << '\t' << orDash(info.serialNumber) << '\n';
        }
    }
    if (ports.isEmpty() && !json)
        err() << tr("No serial ports found. A pseudo-terminal path can be given by hand.") << '\n';
    return Ok;
}

} // namespace cli
