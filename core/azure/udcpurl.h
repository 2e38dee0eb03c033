#pragma once

#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QVersionNumber>

/// The AT+UDCP peer URL and the AT+UDUV placeholder values it needs (uconnectxpress-protocol.md §3.5).
///
/// A value goes through an AT+UDUV placeholder when it contains '&' (query separator), '%', a space,
/// or ',' / '"' (AT syntax), when it is secret (SAS tokens: keeps them off the AT+UDCP line, which is
/// logged), when it is longer than the persona's inline limit, or when the whole line would be longer
/// than the persona's AT line. Lines are returned without the terminating CR.
namespace azure {

/// What one firmware persona accepts. Shared by the engine and the simulator.
struct FirmwareLimits
{
    int maxLineLength = 300;                         ///< longest AT command line (without CR)
    int maxInlineValue = 256;                        ///< longest single value written inline in the URL
    int placeholderSlots = 1;                        ///< AT+UDUV indexes available, 0 when the firmware has no AT+UDUV
    QString placeholderPrefix = QStringLiteral("%"); ///< "%" gives %0 (app note), "%%" gives %%0 (seed log)

    /// NINA-W13/W15: < 3.0 {200, 128, 0 slots}; >= 3.0 {300, 256, 1 slot}. See docs/decisions.md.
    static FirmwareLimits ninaW1(const QVersionNumber &firmware);
    /// ODIN-W26 7.x/8.x: {300, 256, 1 slot}.
    static FirmwareLimits odinW2(const QVersionNumber &firmware);

    friend bool operator==(const FirmwareLimits &, const FirmwareLimits &) = default;
};

struct UdcpCommand
{
    QByteArray line;     ///< e.g. "AT+UDUV=0,..." or "AT+UDCP=mqtt://..." (no CR)
    bool secret = false; ///< redact in traffic logs

    friend bool operator==(const UdcpCommand &, const UdcpCommand &) = default;
};

struct UdcpPlan
{
    QList<UdcpCommand> udvCommands; ///< send first, in order
    UdcpCommand udcpCommand;        ///< then this one
    /// All lines in sending order.
    QList<QByteArray> commands() const;
};

class UdcpUrlBuilder
{
public:
    UdcpUrlBuilder(QString scheme, QString host, quint16 port);

    /// Adds a query parameter; @p secret forces a placeholder (passwords, SAS tokens).
    UdcpUrlBuilder &add(const QString &key, const QString &value, bool secret = false);

    /// The commands for @p limits, or nullopt with a message (value too long, no placeholder left...).
    std::optional<UdcpPlan> build(const FirmwareLimits &limits, QString *error = nullptr) const;

private:
    struct Param
    {
        QString key;
        QString value;
        bool secret = false;
    };
    QString m_scheme;
    QString m_host;
    quint16 m_port = 0;
    QList<Param> m_params;
};

/// True when @p value cannot be written inline in an AT+UDCP URL.
bool needsPlaceholder(QStringView value);

} // namespace azure
