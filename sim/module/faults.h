#pragma once

#include <optional>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace uxsim {

/// Named failure modes, each armed by --fault NAME[@WHEN] (docs/uxsim.md "Faults").
enum class FaultKind
{
    NoAnswer,           ///< no-answer@CMD
    Error,              ///< error@CMD
    CorruptEdm,         ///< corrupt-edm@CMD|frame#N
    DropEdm,            ///< drop-edm@CMD|frame#N
    DuplicateEdm,       ///< duplicate-edm@CMD|frame#N
    RebootDuringUpload, ///< reboot-during-upload[@AT+USECMNG#N]
    StoreFull,          ///< store-full[@CMD]
    WifiAuthFail,       ///< wifi-auth-fail[@CMD]
    WifiLost,           ///< wifi-lost[@TIME]  (time after the link came up)
    BrokerUnreachable,  ///< broker-unreachable[@CMD]
    TlsVerifyFail,      ///< tls-verify-fail[@CMD]
    Hangup,             ///< hangup@CMD|TIME   (time after start)
    UrcAfterEcho,       ///< urc-after-echo@CMD (a URC between the command's echo and its answer)
    UrcInPrompt,        ///< urc-in-prompt[@AT+USECMNG#N] (a URC right after the upload prompt '>')
    WifiStartupOff,     ///< wifi-startup-off[@CMD] (flash keeps Wi-Fi configurations without start-up activation)
};

struct Fault
{
    FaultKind kind = FaultKind::NoAnswer;
    QByteArray command; ///< "AT+UDCP"; empty when triggered otherwise
    int occurrence = 1; ///< the Nth time the command arrives
    int frame = -1;     ///< the Nth EDM frame the module sends (1-based)
    int afterMs = -1;   ///< a time
    bool fired = false; ///< one-shot faults fire once; state faults stay active once fired
};

class Faults
{
public:
    /// Parses "NAME[@WHEN]"; returns an error text on failure.
    QString add(const QString &spec);

    /// A command (its name: "AT+UDCP", "ATO2", ...) arrived; returns the faults it triggers.
    /// State faults triggered by a command become active from then on.
    QList<FaultKind> onCommand(const QByteArray &name);
    /// The module is about to send its Nth EDM frame (1-based).
    std::optional<FaultKind> onFrame(int index);
    /// A state fault (store full, auth failure, unreachable broker, TLS failure) is in force.
    bool active(FaultKind kind) const;
    /// A one-shot fault armed by a command, consumed by the caller (e.g. the next answer frame).
    bool take(FaultKind kind);
    /// Timed faults: kind and milliseconds.
    QList<Fault> timed(FaultKind kind) const;

    static QStringList names();

private:
    QList<Fault> m_faults;
    QHash<QByteArray, int> m_counts;
    QList<FaultKind> m_pending; // armed by a command, consumed with take()
};

} // namespace uxsim
