#pragma once

#include <functional>
#include <QList>
#include <QString>

/// The serial ports the system offers, as the station shows them (port list of the station view,
/// the wizard's port box, `provstation-cli ports`).
struct PortInfo
{
    QString path;        ///< "/dev/ttyUSB0"
    QString name;        ///< "ttyUSB0"
    QString description; ///< "u-blox EVK" as the driver reports it
    QString manufacturer;
    QString serialNumber;
    quint16 vendorId = 0; ///< 0 when the port has none (not USB)
    quint16 productId = 0;

    bool hasUsbIds() const { return vendorId != 0 || productId != 0; }
    /// "1546:0504", or empty.
    QString vidPid() const;
    /// One line for a list: "ttyUSB0 — u-blox EVK (1546:0504, S/N 1234)".
    QString label() const;
    /// Whether @p filter ("1546:0504", "1546:*", several separated by ',' or spaces; empty: any)
    /// names this port's USB ids.
    bool matches(const QString &filter) const;
};

namespace ports {

/// The system's serial ports (QSerialPortInfo), or what a test installed with setSource().
QList<PortInfo> available();
/// Replaces the enumeration (tests: pseudo-terminals are never listed by the system); an empty
/// function restores the system's.
void setSource(std::function<QList<PortInfo>()> source);
/// Whether @p filter is a valid VID:PID filter; on failure @p error names the bad part.
bool isValidFilter(const QString &filter, QString *error = nullptr);

} // namespace ports
