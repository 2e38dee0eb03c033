#pragma once

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

/// What one provisioning attempt came to, as values: the job produces them, the results store
/// keeps them (by their stable names), the CLI prints them and the GUI renders them. No caller
/// compares outcome strings by hand.

/// The attempt as a whole.
enum class Outcome : quint8
{
    Running,     ///< started, not finished (a row left like this by a crash becomes Interrupted)
    Pass,        ///< every step passed
    Fail,        ///< a step failed; the cause says why
    Interrupted, ///< the station process ended while it ran
};

/// One step of the attempt.
enum class StepOutcome : quint8
{
    Pass,
    Fail,
    Skipped,
    Cancelled,
};

/// The named steps of a job, in the order they run (architecture "One job, as data").
enum class Step : quint8
{
    Prepare,
    Open,
    Identify,
    Capability,
    Reset,
    Identity,
    Credentials,
    Cloud,
    Wifi,
    Edm,
    Dps,
    Hub,
    FieldWifi, ///< staged Wi-Fi: the line network taken down and reset, the field network stored
    Persist,
    Reboot,
    WifiCheck, ///< staged Wi-Fi: what the module kept, read back and compared
    Verify,
};
constexpr int kStepCount = int(Step::Verify) + 1;

/// The exit code of `provstation-cli provision` and `demo` for a failure class (scripts depend on
/// these numbers; docs/profile.md lists the causes of each class).
enum class ExitCode : int
{
    Pass = 0,
    Other = 1,
    Usage = 2,         ///< bad arguments, unreadable profile
    Configuration = 3, ///< profile, secrets, certificates, identity template, results store
    Module = 4,        ///< port, module not answering, unplugged, restarted, timeouts
    Unsupported = 5,   ///< the module's firmware cannot run the profile
    Credentials = 6,   ///< certificate upload refused or damaged
    Wifi = 7,          ///< Wi-Fi authentication, range, DHCP, link lost
    Cloud = 8,         ///< broker unreachable, TLS, DPS or hub refused, device unknown to the hub
    Cancelled = 9,     ///< cancelled or interrupted
};

/// Why an attempt failed: one value per thing an operator or engineer does differently. Each has
/// a stable code (results database, JSON, scripts), an exit class and a sentence for the operator.
enum class Cause : quint8
{
    None,
    // configuration
    Profile,
    SecretMissing,
    SecretInvalid,
    Certificate,
    Identity,
    PeerUrl,
    ResultsStore,
    // port and module
    PortOpen,
    PortBusy,
    PortPermission,
    PortClosed,
    NoAnswer,
    Timeout,
    ModuleRestarted,
    IdentifyFailed,
    EdmFailed,
    ResetFailed,
    PersistFailed,
    RebootFailed,
    Unsupported,
    // credentials
    Upload,
    // Wi-Fi
    Wifi,
    WifiAuth,
    WifiTimeout,
    WifiLost,
    Network,
    WifiStored, ///< staged Wi-Fi: the module did not keep what it was given (read-back differs)
    // cloud
    BrokerUnreachable,
    Tls,
    PeerConnect,
    DpsUnauthorized,
    DpsNotFound,
    DpsFailed,
    DpsDisabled,
    DpsTimeout,
    Hub,
    CloudToDeviceTimeout,
    CloudUnknownDevice,
    // stopped
    Cancelled,
    Interrupted,
    Other,
};

QString outcomeName(Outcome outcome); ///< "running", "pass", "fail", "interrupted"
std::optional<Outcome> outcomeFromName(QStringView name);
QString outcomeText(Outcome outcome);         ///< translated: "PASS", "FAIL", "running", ...
QString stepOutcomeName(StepOutcome outcome); ///< "pass", "fail", "skipped", "cancelled"
StepOutcome stepOutcomeFromName(QStringView name);
QString stepOutcomeText(StepOutcome outcome); ///< translated
QString stepName(Step step);                  ///< "prepare", "open", ... (stable)
std::optional<Step> stepFromName(QStringView name);
QString stepTitle(Step step); ///< translated: "Prepare", "Open the port", ...
QList<Step> allSteps();

QString causeCode(Cause cause);        ///< "wifi_auth", "dps_unauthorized", ... ("" for None)
Cause causeFromCode(QStringView code); ///< unknown codes are Cause::Other
ExitCode exitCodeFor(Cause cause);
QString causeText(Cause cause); ///< translated headline: "wrong Wi-Fi password or security type"
QList<Cause> allCauses();

/// One named step of an attempt, as the job ran it.
struct StepResult
{
    Step step = Step::Prepare;
    qint64 elapsedMs = 0;
    StepOutcome outcome = StepOutcome::Pass;
    QString message;
    friend bool operator==(const StepResult &, const StepResult &) = default;
};

/// One provisioning attempt: one row of the results database. There are no secret fields and
/// there must never be any (architecture: secrets never reach the results database).
struct ResultRow
{
    qint64 id = 0;
    QString station, operatorName, port;
    int slot = -1; ///< station slot (0-based; the GUI shows slot + 1), -1 for the wizard or a script
    QString profileName, profileHash, flow; ///< flow: "dps-x509", "dps-symmetric", "hub-x509", "hub-sas", ...
    QString model, firmware, mac;
    QString registrationId, deviceId, assignedHub, operationId, substatus;
    QString certificateSerial, certificateThumbprint; ///< hex
    Outcome outcome = Outcome::Running;
    Cause cause = Cause::None;
    QString causeMessage; ///< what exactly happened, in operator words ("the module answered ERROR to ...")
    QList<StepResult> steps;
    QDateTime started, finished; ///< UTC (stored with millisecond precision)
    /// What the hub said about the device after provisioning ("seen", "registered",
    /// "not_registered", "wrong_auth", "disabled", "unknown"; empty: not asked).
    QString cloudCheck;
    // A line of stations sharing one results database (issue 16, docs/line.md): `station` is the
    // station id, lineId the line's; seq is the number {seq} of the id template took (0: none).
    QString lineId;
    qint64 seq = 0;

    bool passed() const { return outcome == Outcome::Pass; }
    friend bool operator==(const ResultRow &, const ResultRow &) = default;
};

/// The exit code of a run: 0 when every result passed, else the class of the first failure.
ExitCode exitCodeFor(const QList<ResultRow> &results);
/// The JSON object `provision --json` and `results list --json` print for one attempt.
QJsonObject toJson(const ResultRow &row);

Q_DECLARE_METATYPE(ResultRow)
Q_DECLARE_METATYPE(StepResult)
