#include "provisioning/result.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct CauseInfo
{
    Cause cause;
    const char *code;
    ExitCode exit;
    const char *text; // QT_TRANSLATE_NOOP("Cause", …)
};

// The one table of failure causes: code, exit class and the operator's headline.
const CauseInfo kCauses[] = {
    {Cause::None, "", ExitCode::Pass, ""},
    {Cause::Profile, "profile", ExitCode::Configuration, QT_TRANSLATE_NOOP("Cause", "the profile is incomplete")},
    {Cause::SecretMissing, "secret_missing", ExitCode::Configuration,
     QT_TRANSLATE_NOOP("Cause", "a secret the profile needs is not set")},
    {Cause::SecretInvalid, "secret_invalid", ExitCode::Configuration,
     QT_TRANSLATE_NOOP("Cause", "a secret is not usable")},
    {Cause::Certificate, "certificate", ExitCode::Configuration,
     QT_TRANSLATE_NOOP("Cause", "a certificate or key cannot be used")},
    {Cause::Identity, "identity", ExitCode::Configuration,
     QT_TRANSLATE_NOOP("Cause", "the device ID from the template is not usable")},
    {Cause::PeerUrl, "peer_url", ExitCode::Configuration,
     QT_TRANSLATE_NOOP("Cause", "a connection URL is too long for this firmware")},
    {Cause::ResultsStore, "results_store", ExitCode::Configuration,
     QT_TRANSLATE_NOOP("Cause", "the results database cannot be written")},
    {Cause::PortOpen, "port_open", ExitCode::Module, QT_TRANSLATE_NOOP("Cause", "the port cannot be opened")},
    {Cause::PortBusy, "port_busy", ExitCode::Module, QT_TRANSLATE_NOOP("Cause", "the port is in use")},
    {Cause::PortPermission, "port_permission", ExitCode::Module,
     QT_TRANSLATE_NOOP("Cause", "no permission to open the port")},
    {Cause::PortClosed, "port_closed", ExitCode::Module,
     QT_TRANSLATE_NOOP("Cause", "the module was unplugged or the port went away")},
    {Cause::NoAnswer, "no_answer", ExitCode::Module, QT_TRANSLATE_NOOP("Cause", "the module does not answer")},
    {Cause::Timeout, "timeout", ExitCode::Module, QT_TRANSLATE_NOOP("Cause", "the module stopped answering")},
    {Cause::ModuleRestarted, "module_restarted", ExitCode::Module,
     QT_TRANSLATE_NOOP("Cause", "the module restarted unexpectedly")},
    {Cause::IdentifyFailed, "identify", ExitCode::Module,
     QT_TRANSLATE_NOOP("Cause", "the module did not report its model and firmware (AT+GMM, AT+GMR)")},
    {Cause::EdmFailed, "edm", ExitCode::Module,
     QT_TRANSLATE_NOOP("Cause", "the module did not switch to Extended Data Mode")},
    {Cause::ResetFailed, "reset", ExitCode::Module, QT_TRANSLATE_NOOP("Cause", "the factory reset failed")},
    {Cause::PersistFailed, "persist", ExitCode::Module,
     QT_TRANSLATE_NOOP("Cause", "the module did not save its settings")},
    {Cause::RebootFailed, "reboot", ExitCode::Module,
     QT_TRANSLATE_NOOP("Cause", "the module did not come back after the restart")},
    {Cause::Unsupported, "unsupported", ExitCode::Unsupported,
     QT_TRANSLATE_NOOP("Cause", "this module or firmware cannot run the profile")},
    {Cause::Upload, "upload", ExitCode::Credentials,
     QT_TRANSLATE_NOOP("Cause", "a certificate upload was refused or damaged")},
    {Cause::Wifi, "wifi", ExitCode::Wifi, QT_TRANSLATE_NOOP("Cause", "the Wi-Fi settings were refused")},
    {Cause::WifiAuth, "wifi_auth", ExitCode::Wifi, QT_TRANSLATE_NOOP("Cause", "wrong Wi-Fi password or security type")},
    {Cause::WifiTimeout, "wifi_timeout", ExitCode::Wifi,
     QT_TRANSLATE_NOOP("Cause", "the Wi-Fi network was not found or did not answer")},
    {Cause::WifiLost, "wifi_lost", ExitCode::Wifi, QT_TRANSLATE_NOOP("Cause", "the Wi-Fi connection was lost")},
    {Cause::Network, "network", ExitCode::Wifi, QT_TRANSLATE_NOOP("Cause", "no IP address from the network")},
    {Cause::WifiStored, "wifi_stored", ExitCode::Wifi,
     QT_TRANSLATE_NOOP("Cause", "the module did not keep the Wi-Fi settings it was given")},
    {Cause::BrokerUnreachable, "broker_unreachable", ExitCode::Cloud,
     QT_TRANSLATE_NOOP("Cause", "the Azure endpoint cannot be reached")},
    {Cause::Tls, "tls", ExitCode::Cloud, QT_TRANSLATE_NOOP("Cause", "the server's certificate was not trusted")},
    {Cause::PeerConnect, "peer_connect", ExitCode::Cloud,
     QT_TRANSLATE_NOOP("Cause", "the module could not connect to Azure")},
    {Cause::DpsUnauthorized, "dps_unauthorized", ExitCode::Cloud,
     QT_TRANSLATE_NOOP("Cause", "DPS refused the device's credentials")},
    {Cause::DpsNotFound, "dps_not_found", ExitCode::Cloud,
     QT_TRANSLATE_NOOP("Cause", "DPS has no enrollment for the device")},
    {Cause::DpsFailed, "dps_failed", ExitCode::Cloud, QT_TRANSLATE_NOOP("Cause", "DPS could not assign the device")},
    {Cause::DpsDisabled, "dps_disabled", ExitCode::Cloud, QT_TRANSLATE_NOOP("Cause", "the enrollment is disabled")},
    {Cause::DpsTimeout, "dps_timeout", ExitCode::Cloud, QT_TRANSLATE_NOOP("Cause", "DPS did not answer in time")},
    {Cause::Hub, "hub", ExitCode::Cloud, QT_TRANSLATE_NOOP("Cause", "the IoT Hub refused the device")},
    {Cause::CloudToDeviceTimeout, "c2d_timeout", ExitCode::Cloud,
     QT_TRANSLATE_NOOP("Cause", "no cloud-to-device message arrived")},
    {Cause::CloudUnknownDevice, "cloud_unknown_device", ExitCode::Cloud,
     QT_TRANSLATE_NOOP("Cause", "the IoT Hub does not know the device")},
    {Cause::Cancelled, "cancelled", ExitCode::Cancelled, QT_TRANSLATE_NOOP("Cause", "cancelled")},
    {Cause::Interrupted, "interrupted", ExitCode::Cancelled,
     QT_TRANSLATE_NOOP("Cause", "the station stopped while it ran")},
    {Cause::Other, "other", ExitCode::Other, QT_TRANSLATE_NOOP("Cause", "an unexpected failure")},
};

const CauseInfo &info(Cause cause)
{
    for (const CauseInfo &c : kCauses) {
        if (c.cause == cause)
            return c;
    }
    return kCauses[std::size(kCauses) - 1];
}

struct StepInfo
{
    Step step;
    const char *name;
    const char *title; // QT_TRANSLATE_NOOP("Step", …)
};

const StepInfo kSteps[] = {
    {Step::Prepare, "prepare", QT_TRANSLATE_NOOP("Step", "Prepare")},
    {Step::Open, "open", QT_TRANSLATE_NOOP("Step", "Open the port")},
    {Step::Identify, "identify", QT_TRANSLATE_NOOP("Step", "Identify")},
    {Step::Capability, "capability", QT_TRANSLATE_NOOP("Step", "Check the firmware")},
    {Step::Reset, "reset", QT_TRANSLATE_NOOP("Step", "Factory reset")},
    {Step::Identity, "identity", QT_TRANSLATE_NOOP("Step", "Device ID")},
    {Step::Credentials, "credentials", QT_TRANSLATE_NOOP("Step", "Certificates")},
    {Step::Cloud, "cloud", QT_TRANSLATE_NOOP("Step", "Cloud identity")},
    {Step::Wifi, "wifi", QT_TRANSLATE_NOOP("Step", "Wi-Fi")},
    {Step::Edm, "edm", QT_TRANSLATE_NOOP("Step", "Extended Data Mode")},
    {Step::Dps, "dps", QT_TRANSLATE_NOOP("Step", "DPS registration")},
    {Step::Hub, "hub", QT_TRANSLATE_NOOP("Step", "IoT Hub")},
    {Step::FieldWifi, "field_wifi", QT_TRANSLATE_NOOP("Step", "Field Wi-Fi")},
    {Step::Persist, "persist", QT_TRANSLATE_NOOP("Step", "Save settings")},
    {Step::Reboot, "reboot", QT_TRANSLATE_NOOP("Step", "Restart")},
    {Step::WifiCheck, "wifi_check", QT_TRANSLATE_NOOP("Step", "Stored Wi-Fi check")},
    {Step::Verify, "verify", QT_TRANSLATE_NOOP("Step", "Cloud check")},
};
static_assert(std::size(kSteps) == kStepCount);

const char *const kOutcomeNames[] = {"running", "pass", "fail", "interrupted"};
const char *const kOutcomeTexts[] = {QT_TRANSLATE_NOOP("Outcome", "running"), QT_TRANSLATE_NOOP("Outcome", "PASS"),
                                     QT_TRANSLATE_NOOP("Outcome", "FAIL"), QT_TRANSLATE_NOOP("Outcome", "interrupted")};
const char *const kStepOutcomeNames[] = {"pass", "fail", "skipped", "cancelled"};
const char *const kStepOutcomeTexts[] = {
    QT_TRANSLATE_NOOP("StepOutcome", "passed"), QT_TRANSLATE_NOOP("StepOutcome", "failed"),
    QT_TRANSLATE_NOOP("StepOutcome", "skipped"), QT_TRANSLATE_NOOP("StepOutcome", "cancelled")};

} // namespace

QString outcomeName(Outcome outcome)
{
    return QLatin1String(kOutcomeNames[int(outcome)]);
}

std::optional<Outcome> outcomeFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(kOutcomeNames)); ++i) {
        if (name == QLatin1String(kOutcomeNames[i]))
            return Outcome(i);
    }
    return std::nullopt;
}

QString outcomeText(Outcome outcome)
{
    return QCoreApplication::translate("Outcome", kOutcomeTexts[int(outcome)]);
}

QString stepOutcomeName(StepOutcome outcome)
{
    return QLatin1String(kStepOutcomeNames[int(outcome)]);
}

StepOutcome stepOutcomeFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(kStepOutcomeNames)); ++i) {
        if (name == QLatin1String(kStepOutcomeNames[i]))
            return StepOutcome(i);
    }
    return StepOutcome::Fail;
}

QString stepOutcomeText(StepOutcome outcome)
{
    return QCoreApplication::translate("StepOutcome", kStepOutcomeTexts[int(outcome)]);
}

QString stepName(Step step)
{
    return QLatin1String(kSteps[int(step)].name);
}

std::optional<Step> stepFromName(QStringView name)
{
    for (const StepInfo &s : kSteps) {
        if (name == QLatin1String(s.name))
            return s.step;
    }
    return std::nullopt;
}

QString stepTitle(Step step)
{
    return QCoreApplication::translate("Step", kSteps[int(step)].title);
}

QList<Step> allSteps()
{
    QList<Step> steps;
    for (const StepInfo &s : kSteps)
        steps.append(s.step);
    return steps;
}

QString causeCode(Cause cause)
{
    return QLatin1String(info(cause).code);
}

Cause causeFromCode(QStringView code)
{
    if (code.isEmpty())
        return Cause::None;
    for (const CauseInfo &c : kCauses) {
        if (code == QLatin1String(c.code))
            return c.cause;
    }
    return Cause::Other;
}

ExitCode exitCodeFor(Cause cause)
{
    return info(cause).exit;
}

QString causeText(Cause cause)
{
    const char *text = info(cause).text;
    return *text ? QCoreApplication::translate("Cause", text) : QString();
}

QList<Cause> allCauses()
{
    QList<Cause> causes;
    for (const CauseInfo &c : kCauses)
        causes.append(c.cause);
    return causes;
}

ExitCode exitCodeFor(const QList<ResultRow> &results)
{
    for (const ResultRow &r : results) {
        if (!r.passed())
            return r.cause == Cause::None ? ExitCode::Other : exitCodeFor(r.cause);
    }
    return ExitCode::Pass;
}

QJsonObject toJson(const ResultRow &row)
{
    QJsonArray steps;
    for (const StepResult &s : row.steps)
        steps.append(QJsonObject{{QStringLiteral("name"), stepName(s.step)},
                                 {QStringLiteral("ms"), s.elapsedMs},
                                 {QStringLiteral("outcome"), stepOutcomeName(s.outcome)},
                                 {QStringLiteral("message"), s.message}});
    return QJsonObject{
        {QStringLiteral("outcome"), outcomeName(row.outcome)},
        {QStringLiteral("cause"), row.causeMessage},
        {QStringLiteral("cause_code"), causeCode(row.cause)},
        {QStringLiteral("exit_code"), int(exitCodeFor(row.cause))},
        {QStringLiteral("port"), row.port},
        {QStringLiteral("slot"), row.slot},
        {QStringLiteral("model"), row.model},
        {QStringLiteral("firmware"), row.firmware},
        {QStringLiteral("mac"), row.mac},
        {QStringLiteral("flow"), row.flow},
        {QStringLiteral("registration_id"), row.registrationId},
        {QStringLiteral("device_id"), row.deviceId},
        {QStringLiteral("assigned_hub"), row.assignedHub},
        {QStringLiteral("operation_id"), row.operationId},
        {QStringLiteral("substatus"), row.substatus},
        {QStringLiteral("certificate_serial"), row.certificateSerial},
        {QStringLiteral("certificate_thumbprint"), row.certificateThumbprint},
        {QStringLiteral("cloud_check"), row.cloudCheck},
        {QStringLiteral("started"), row.started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished"), row.finished.toString(Qt::ISODateWithMs)},
        {QStringLiteral("elapsed_ms"), row.started.msecsTo(row.finished)},
        {QStringLiteral("steps"), steps},
    };
}
