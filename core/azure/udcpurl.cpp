#include "azure/udcpurl.h"

#include <QCoreApplication>

namespace azure {
namespace {

} // namespace

FirmwareLimits FirmwareLimits::ninaW1(const QVersionNumber &firmware)
{
    FirmwareLimits limits;
    if (firmware.majorVersion() < 3) {
        // Shorter AT line before 3.0 (app note, value unknown): ubxlib's 200-character URL cap for
        // the line, the 128-character cap of the AT manual for one value, and no AT+UDUV (SAS
        // authentication through placeholders needs 3.0).
        limits.maxLineLength = 200;
        limits.maxInlineValue = 128;
        limits.placeholderSlots = 0;
    }
    return limits;
}

FirmwareLimits FirmwareLimits::odinW2(const QVersionNumber &)
{
    return FirmwareLimits{};
}

QList<QByteArray> UdcpPlan::commands() const
{
    QList<QByteArray> all;
    for (const auto &c : udvCommands)
        all.append(c.line);
    all.append(udcpCommand.line);
    return all;
}

bool needsPlaceholder(QStringView value)
{
    for (const QChar c : value) {
        if (c == u'&' || c == u'%' || c == u' ' || c == u',' || c == u'"' || c.unicode() < 0x20 || c.unicode() > 0x7E)
            return true;
    }
    return false;
}

UdcpUrlBuilder::UdcpUrlBuilder(QString scheme, QString host, quint16 port)
    : m_scheme(std::move(scheme))
    , m_host(std::move(host))
    , m_port(port)
{
}

UdcpUrlBuilder &UdcpUrlBuilder::add(const QString &key, const QString &value, bool secret)
{
    m_params.append({key, value, secret});
    return *this;
}

std::optional<UdcpPlan> UdcpUrlBuilder::build(const FirmwareLimits &limits, QString *error) const
{
    const auto failWith = [error](const QString &message) -> std::optional<UdcpPlan> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString udvPrefix = QStringLiteral("AT+UDUV=");
    QList<bool> viaPlaceholder(m_params.size(), false);
    for (qsizetype i = 0; i < m_params.size(); ++i) {
        const Param &p = m_params[i];
        if (p.value.contains(u'\r') || p.value.contains(u'\n'))
            return failWith(QCoreApplication::translate(
                                "azure", "the value of '%1' contains a line break, which no AT command can carry")
                                .arg(p.key));
        viaPlaceholder[i] = p.secret || needsPlaceholder(p.value) || p.value.size() > limits.maxInlineValue;
    }

    const auto render = [&]() {
        QString url = m_scheme + QStringLiteral("://") + m_host + u':' + QString::number(m_port) + u'/';
        int slot = 0;
        for (qsizetype i = 0; i < m_params.size(); ++i) {
            url += QChar(i == 0 ? u'?' : u'&') + m_params[i].key + u'=';
            url += viaPlaceholder[i] ? limits.placeholderPrefix + QString::number(slot++) : m_params[i].value;
        }
        return QStringLiteral("AT+UDCP=") + url;
    };

    // Move the longest inline values out until the line fits.
    QString line = render();
    while (line.size() > limits.maxLineLength) {
        qsizetype longest = -1;
        for (qsizetype i = 0; i < m_params.size(); ++i) {
            if (!viaPlaceholder[i] && (longest < 0 || m_params[i].value.size() > m_params[longest].value.size()))
                longest = i;
        }
        // A placeholder reference is at least 2 characters; moving shorter values gains nothing.
        if (longest < 0 || m_params[longest].value.size() <= limits.placeholderPrefix.size() + 1)
            return failWith(QCoreApplication::translate(
                                "azure", "the AT+UDCP line is %1 characters long even with placeholders; this firmware "
                                         "takes at most %2 (use shorter host, device or certificate names)")
                                .arg(line.size())
                                .arg(limits.maxLineLength));
        viaPlaceholder[longest] = true;
        line = render();
    }

    UdcpPlan plan;
    int slot = 0;
    for (qsizetype i = 0; i < m_params.size(); ++i) {
        if (!viaPlaceholder[i])
            continue;
        const Param &p = m_params[i];
        if (slot >= limits.placeholderSlots) {
            if (limits.placeholderSlots == 0)
                return failWith(QCoreApplication::translate(
                                    "azure", "the value of '%1' needs an AT+UDUV placeholder (it contains '&', '%', a "
                                             "space, ',' or '\"', is secret, or is too long), but this firmware has "
                                             "no AT+UDUV (NINA-W13/W15 need 3.0 or later)")
                                    .arg(p.key));
            return failWith(QCoreApplication::translate(
                                "azure", "%1 values need AT+UDUV placeholders, but this firmware offers only %2")
                                .arg(viaPlaceholder.count(true))
                                .arg(limits.placeholderSlots));
        }
        const QString udv = udvPrefix + QString::number(slot) + u',' + p.value;
        if (udv.size() > limits.maxLineLength)
            return failWith(QCoreApplication::translate(
                                "azure",
                                "the value of '%1' is %2 characters long; the AT+UDUV line would be %3 characters "
                                "but this firmware takes at most %4")
                                .arg(p.key)
                                .arg(p.value.size())
                                .arg(udv.size())
                                .arg(limits.maxLineLength));
        plan.udvCommands.append({udv.toUtf8(), p.secret});
        ++slot;
    }
    plan.udcpCommand = {line.toUtf8(), false};
    return plan;
}

} // namespace azure
