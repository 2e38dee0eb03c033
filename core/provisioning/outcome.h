#pragma once

#include "provisioning/resultstore.h"

#include <QJsonObject>
#include <QString>

/// Failure classes and the exit codes `provstation-cli provision` and `demo` return for them
/// (scripts depend on these numbers; docs/profile.md lists the cause codes of each class).
namespace outcome {

enum ExitCode
{
    Pass = 0,
    Other = 1,
    Usage = 2,         ///< bad arguments, unreadable profile
    Configuration = 3, ///< profile, secrets, certificates, identity template
    Module = 4,        ///< port, module not answering, unplugged, restarted, timeouts
    Unsupported = 5,   ///< the module's firmware cannot run the profile
    Credentials = 6,   ///< certificate upload refused or damaged
    Wifi = 7,          ///< Wi-Fi authentication, range, DHCP
    Cloud = 8,         ///< broker unreachable, TLS, DPS or hub refused
    Cancelled = 9,     ///< cancelled or interrupted
};

ExitCode exitCodeFor(const QString &causeCode);
/// The exit code of a run: 0 when every result passed, else the class of the first failure.
ExitCode exitCodeFor(const QList<ResultRow> &results);
/// The JSON object `provision --json` prints for one module.
QJsonObject toJson(const ResultRow &row);

} // namespace outcome
