#include "module/capabilities.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Capabilities", text);
}
} // namespace

ModuleInfo::Family ModuleInfo::family() const
{
    if (model.startsWith(QLatin1String("NINA-W13")))
        return Family::NinaW13;
    if (model.startsWith(QLatin1String("NINA-W15")))
        return Family::NinaW15;
    if (model.startsWith(QLatin1String("ODIN-W2")))
        return Family::OdinW26;
    return Family::Unknown;
}

QVersionNumber ModuleInfo::version() const
{
    static const QRegularExpression re(QStringLiteral("(\\d+)\\.(\\d+)\\.(\\d+)"));
    const auto m = re.match(firmware);
    if (!m.hasMatch())
        return {};
    return QVersionNumber(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

Capabilities Capabilities::of(const ModuleInfo &module)
{
    Capabilities c;
    const QVersionNumber v = module.version();
    switch (module.family()) {
    case ModuleInfo::Family::NinaW13:
    case ModuleInfo::Family::NinaW15: {
        const bool three = v >= QVersionNumber(3, 0);
        // NINA-W13 from 2.1; NINA-W15 all versions (application note, "applies to").
        c.supported = module.family() == ModuleInfo::Family::NinaW15 || v >= QVersionNumber(2, 1);
        c.sasPassword = three;
        c.wildcardSubscription = three;
        c.limits = azure::FirmwareLimits::ninaW1(v);
        break;
    }
    case ModuleInfo::Family::OdinW26:
        c.supported = v >= QVersionNumber(7, 0);
        c.sasPassword = c.supported;
        c.wildcardSubscription = v > QVersionNumber(7, 0, 0);
        c.limits = azure::FirmwareLimits::odinW2(v);
        break;
    case ModuleInfo::Family::Unknown:
        break;
    }
    // The DPS poll peer of a SAS flow needs two values (status topic and token). uxsim and the
    // application note's firmware accept more than index 0 (docs/decisions.md).
    if (c.limits.placeholderSlots > 0)
        c.limits.placeholderSlots = qMax(c.limits.placeholderSlots, 2);
    if (!c.supported)
        c.unsupportedReason = module.family() == ModuleInfo::Family::Unknown
                                  ? tr("the module \"%1\" is not a NINA-W13, NINA-W15 or ODIN-W26").arg(module.model)
                                  : tr("%1 firmware %2 is older than the Azure application note supports")
                                        .arg(module.model, module.firmware);
    return c;
}
