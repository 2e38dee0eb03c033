#include "faults.h"

#include <QCoreApplication>

namespace uxsim {

namespace {
enum WhenForm
{
    NoWhen = 1, ///< no @WHEN: from the start (state faults) or the default below
    AtCommand = 2,
    AtFrame = 4,
    AtTime = 8
};
struct Spec
{
    const char *name;
    FaultKind kind;
    int when;                ///< WhenForm bits accepted
    const char *defaultWhen; ///< used when @WHEN is left out (nullptr: none)
};
const Spec kSpecs[] = {
    {"no-answer", FaultKind::NoAnswer, AtCommand, nullptr},
    {"error", FaultKind::Error, AtCommand, nullptr},
    {"corrupt-edm", FaultKind::CorruptEdm, AtCommand | AtFrame, nullptr},
    {"drop-edm", FaultKind::DropEdm, AtCommand | AtFrame, nullptr},
    {"duplicate-edm", FaultKind::DuplicateEdm, AtCommand | AtFrame, nullptr},
    {"reboot-during-upload", FaultKind::RebootDuringUpload, NoWhen | AtCommand, "AT+USECMNG"},
    {"store-full", FaultKind::StoreFull, NoWhen | AtCommand, nullptr},
    {"wifi-auth-fail", FaultKind::WifiAuthFail, NoWhen | AtCommand, nullptr},
    {"wifi-lost", FaultKind::WifiLost, NoWhen | AtTime, "2s"},
    {"broker-unreachable", FaultKind::BrokerUnreachable, NoWhen | AtCommand, nullptr},
    {"tls-verify-fail", FaultKind::TlsVerifyFail, NoWhen | AtCommand, nullptr},
    {"hangup", FaultKind::Hangup, AtCommand | AtTime, nullptr},
    {"urc-after-echo", FaultKind::UrcAfterEcho, AtCommand, nullptr},
    {"urc-in-prompt", FaultKind::UrcInPrompt, NoWhen | AtCommand, "AT+USECMNG"},
    {"wifi-startup-off", FaultKind::WifiStartupOff, NoWhen | AtCommand, nullptr},
};

bool isStateFault(FaultKind k)
{
    return k == FaultKind::StoreFull || k == FaultKind::WifiAuthFail || k == FaultKind::BrokerUnreachable ||
           k == FaultKind::TlsVerifyFail || k == FaultKind::WifiStartupOff;
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
    if (!ok || v < 0 || v > 3600)
        return std::nullopt;
    return int(v * scale);
}

QString whenText(int forms)
{
    QStringList out;
    if (forms & AtCommand)
        out << QStringLiteral("AT+CMD[#N]");
    if (forms & AtFrame)
        out << QStringLiteral("frame#N");
    if (forms & AtTime)
        out << QStringLiteral("a time like 5s or 300ms");
    if (forms & NoWhen)
        out << QStringLiteral("nothing");
    return out.join(QStringLiteral(" or "));
}

/// Parses WHEN into @p f; returns the form found, or 0 when it is none of them.
int parseWhen(const QString &when, Fault *f)
{
    if (when.isEmpty())
        return NoWhen;
    bool ok = false;
    if (when.startsWith(u"frame#")) {
        f->frame = when.mid(6).toInt(&ok);
        return ok && f->frame >= 1 ? AtFrame : 0;
    }
    if (when.startsWith(u"AT", Qt::CaseInsensitive)) {
        f->command = when.section(u'#', 0, 0).toUpper().toLatin1();
        if (when.contains(u'#')) {
            f->occurrence = when.section(u'#', 1).toInt(&ok);
            if (!ok || f->occurrence < 1)
                return 0;
        }
        return f->command.size() > 2 ? AtCommand : 0;
    }
    if (auto t = parseTime(when)) {
        f->afterMs = *t;
        return AtTime;
    }
    return 0;
}
} // namespace

QStringList Faults::names()
{
    QStringList out;
    for (const Spec &n : kSpecs)
        out.append(QLatin1String(n.name));
    return out;
}

QString Faults::add(const QString &spec)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("uxsim", text); };
    const QString name = spec.section(u'@', 0, 0);
    QString when = spec.contains(u'@') ? spec.section(u'@', 1) : QString();
    const Spec *s = nullptr;
    for (const Spec &n : kSpecs) {
        if (name == QLatin1String(n.name))
            s = &n;
    }
    if (!s)
        return tr("--fault %1: unknown fault %2 (known: %3)").arg(spec, name, names().join(u", "));
    if (spec.contains(u'@') && when.isEmpty())
        return tr("--fault %1: nothing after @ (WHEN is %2)").arg(spec, whenText(s->when));
    if (when.isEmpty() && s->defaultWhen)
        when = QLatin1String(s->defaultWhen);
    Fault f;
    f.kind = s->kind;
    const int form = parseWhen(when, &f);
    if (!form)
        return tr("--fault %1: %2 is not AT+CMD[#N], frame#N or a time like 5s or 300ms (at most 3600s)")
            .arg(spec, when);
    if (!(s->when & form) && form == NoWhen)
        return tr("--fault %1 needs @WHEN: %2").arg(spec, whenText(s->when));
    if (!(s->when & form))
        return tr("--fault %1: %2 takes WHEN as %3").arg(spec, name, whenText(s->when));
    if (form == NoWhen && isStateFault(f.kind))
        f.fired = true; // state fault active from the start
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
