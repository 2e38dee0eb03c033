#include "link/ports.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSerialPortInfo>

namespace {

std::function<QList<PortInfo>()> &source()
{
    static std::function<QList<PortInfo>()> s;
    return s;
}

QList<QStringView> filterParts(const QString &filter)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QList<QStringView> parts;
    for (const QStringView part : QStringView(filter).split(separators, Qt::SkipEmptyParts))
        parts.append(part);
    return parts;
}

} // namespace

QString PortInfo::vidPid() const
{
    if (!hasUsbIds())
        return {};
    return QStringLiteral("%1:%2").arg(vendorId, 4, 16, QLatin1Char('0')).arg(productId, 4, 16, QLatin1Char('0'));
}

QString PortInfo::label() const
{
    QStringList details;
    if (hasUsbIds())
        details << vidPid();
    if (!serialNumber.isEmpty())
        details << QCoreApplication::translate("ports", "S/N %1").arg(serialNumber);
    QString text = name.isEmpty() ? path : name;
    if (!description.isEmpty())
        text += QStringLiteral(" — ") + description;
    if (!details.isEmpty())
        text += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    return text;
}

bool PortInfo::matches(const QString &filter) const
{
    const QList<QStringView> parts = filterParts(filter);
    if (parts.isEmpty())
        return true;
    if (!hasUsbIds())
        return false;
    for (const QStringView part : parts) {
        const qsizetype colon = part.indexOf(u':');
        const QStringView vid = part.left(colon);
        const QStringView pid = part.mid(colon + 1);
        if (vid.toUShort(nullptr, 16) != vendorId)
            continue;
        if (pid == u"*" || pid.toUShort(nullptr, 16) == productId)
            return true;
    }
    return false;
}

namespace ports {

QList<PortInfo> available()
{
    if (source())
        return source()();
    QList<PortInfo> out;
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        PortInfo p;
        p.path = info.systemLocation();
        p.name = info.portName();
        p.description = info.description();
        p.manufacturer = info.manufacturer();
        p.serialNumber = info.serialNumber();
        if (info.hasVendorIdentifier())
            p.vendorId = info.vendorIdentifier();
        if (info.hasProductIdentifier())
            p.productId = info.productIdentifier();
        out.append(p);
    }
    return out;
}

void setSource(std::function<QList<PortInfo>()> s)
{
    source() = std::move(s);
}

bool isValidFilter(const QString &filter, QString *error)
{
    static const QRegularExpression one(QStringLiteral("^[0-9A-Fa-f]{4}:([0-9A-Fa-f]{4}|\\*)$"));
    for (const QStringView part : filterParts(filter)) {
        if (!one.match(part).hasMatch()) {
            if (error)
                *error = QCoreApplication::translate("ports", "\"%1\" is not a USB VID:PID such as 1546:0504 or 1546:*")
                             .arg(part);
            return false;
        }
    }
    return true;
}

} // namespace ports
