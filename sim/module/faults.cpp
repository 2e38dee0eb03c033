#include "faults.h"

#include <QCoreApplication>

namespace uxsim {

namespace {
struct Name
{
    const char *name;
    FaultKind kind;
};
const Name kNames[] = {
    {"no-answer", FaultKind::NoAnswer},
    {"error", FaultKind::Error},
    {"corrupt-edm", FaultKind::CorruptEdm},
    {"drop-edm", FaultKind::DropEdm},
    {"reboot-during-upload", FaultKind::RebootDuringUpload},
    {"store-full", FaultKind::StoreFull},
    {"wifi-auth-fail", FaultKind::WifiAuthFail},
    {"wifi-lost", FaultKind::WifiLost},
    {"broker-unreachable", FaultKind::BrokerUnreachable},
    {"tls-verify-fail", FaultKind::TlsVerifyFail},
    {"hangup", FaultKind::Hangup},
};

bool isStateFault(FaultKind k)
{
    return k == FaultKind::StoreFull || k == FaultKind::WifiAuthFail || k == FaultKind::BrokerUnreachable ||
           k == FaultKind::TlsVerifyFail;
}

std::optional<int> parseTime(QString t)
{
    int scale = 1000;
    if (t.endsWith(u"ms")) {
        scale = 1;
        t.chop(2);
    } else if (t.endsWith(u's')) {
        t.chop(1);
    } else {
        return std::nullopt;
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return int(v * scale);
}
} // namespace

QStringList Faults::names()
{
    QStringList out;
    for (const Name &n : kNames)
        out.append(QLatin1String(n.name));
    return out;
}

QString Faults::add(const QString &spec)
{
    const QString name = spec.section(u'@', 0, 0);
    const QString when = spec.contains(u'@') ? spec.section(u'@', 1) : QString();
    Fault f;
    bool found = false;
    for (const Name &n : kNames) {
        if (name == QLatin1String(n.name)) {
            f.kind = n.kind;
            found = true;
        }
    }
    auto bad = [&] {
        return QCoreApplication::translate("uxsim", "bad --fault %1 (names: %2; WHEN: AT+CMD[#N], frame#N, 5s, 300ms)")
            .arg(spec, names().join(u", "));
    };
    if (!found)
        return bad();
    if (!when.isEmpty()) {
        if (when.startsWith(u"frame#")) {
            bool ok = false;
            f.frame = when.mid(6).toInt(&ok);
            if (!ok || f.frame < 1)
                return bad();
        } else if (when.startsWith(u"AT", Qt::CaseInsensitive)) {
            f.command = when.section(u'#', 0, 0).toUpper().toLatin1();
            if (when.contains(u'#')) {
                bool ok = false;
                f.occurrence = when.section(u'#', 1).toInt(&ok);
                if (!ok || f.occurrence < 1)
                    return bad();
            }
        } else if (auto t = parseTime(when)) {
            f.afterMs = *t;
        } else {
            return bad();
        }
    }
    const bool hasTrigger = !f.command.isEmpty() || f.frame > 0 || f.afterMs >= 0;
    switch (f.kind) {
    case FaultKind::NoAnswer:
    case FaultKind::Error:
        if (f.command.isEmpty())
            return bad();
        break;
    case FaultKind::CorruptEdm:
    case FaultKind::DropEdm:
        if (f.command.isEmpty() && f.frame < 1)
            return bad();
        break;
    case FaultKind::Hangup:
        if (f.command.isEmpty() && f.afterMs < 0)
            return bad();
        break;
    case FaultKind::WifiLost:
        if (f.afterMs < 0 && !f.command.isEmpty())
            return bad();
        if (f.afterMs < 0)
            f.afterMs = 2000;
        break;
    case FaultKind::RebootDuringUpload:
        if (f.command.isEmpty())
            f.command = "AT+USECMNG";
        break;
    default:
        if (f.frame > 0 || f.afterMs >= 0)
            return bad();
        if (!hasTrigger)
            f.fired = true; // state fault active from the start
        break;
    }
    m_faults.append(f);
    return QString();
}

QList<FaultKind> Faults::onCommand(const QByteArray &name)
{
    QList<FaultKind> out;
    const int n = ++m_counts[name];
    for (Fault &f : m_faults) {
        if (f.fired || f.command.isEmpty() || f.command != name || f.occurrence != n)
            continue;
        f.fired = true;
        if (!isStateFault(f.kind)) {
            out.append(f.kind);
            m_pending.append(f.kind);
        }
    }
    return out;
}

std::optional<FaultKind> Faults::onFrame(int index)
{
    for (Fault &f : m_faults) {
        if (!f.fired && f.frame == index) {
            f.fired = true;
            return f.kind;
        }
    }
    return std::nullopt;
}

bool Faults::active(FaultKind kind) const
{
    for (const Fault &f : m_faults) {
        if (f.kind == kind && f.fired && isStateFault(kind))
            return true;
    }
    return false;
}

bool Faults::take(FaultKind kind)
{
    return m_pending.removeOne(kind);
}

QList<Fault> Faults::timed(FaultKind kind) const
{
    QList<Fault> out;
    for (const Fault &f : m_faults) {
        if (f.kind == kind && f.afterMs >= 0)
            out.append(f);
    }
    return out;
}

} // namespace uxsim
