// provstation-cli ports [--json]

#include "cli.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSerialPortInfo>

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
    const auto ports = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : ports) {
        const QString vidPid = info.hasVendorIdentifier() && info.hasProductIdentifier()
                                   ? QStringLiteral("%1:%2")
                                         .arg(info.vendorIdentifier(), 4, 16, QLatin1Char('0'))
                                         .arg(info.productIdentifier(), 4, 16, QLatin1Char('0'))
                                   : QString();
        if (json) {
            printJson({{QStringLiteral("port"), info.systemLocation()},
                       {QStringLiteral("name"), info.portName()},
                       {QStringLiteral("description"), info.description()},
                       {QStringLiteral("manufacturer"), info.manufacturer()},
                       {QStringLiteral("vid_pid"), vidPid},
                       {QStringLiteral("serial_number"), info.serialNumber()}});
        } else {
            out() << info.systemLocation() << '\t'
                  << (info.description().isEmpty() ? QStringLiteral("-") : info.description()) << '\t'
                  << (info.manufacturer().isEmpty() ? QStringLiteral("-") : info.manufacturer()) << '\t'
                  << (vidPid.isEmpty() ? QStringLiteral("-") : vidPid) << '\t'
                  << (info.serialNumber().isEmpty() ? QStringLiteral("-") : info.serialNumber()) << '\n';
        }
    }
    if (ports.isEmpty() && !json)
        err() << tr("No serial ports found. A pseudo-terminal path can be given by hand.") << '\n';
    return Ok;
}

} // namespace cli
