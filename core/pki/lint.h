#pragma once

#include "pki/certificate.h"

#include <QDateTime>
#include <QList>
#include <QString>

/// Checks of credentials before they go to a module or to Azure. Each finding has a stable code (for
/// scripts and tests), a severity and a sentence for the operator. docs/credentials.md lists the rules.
namespace pki {

enum class Severity
{
    Info,
    Warning,
    Error
};
QString severityName(Severity severity); ///< "info", "warning", "error"

struct LintFinding
{
    Severity severity = Severity::Info;
    QString code;        ///< e.g. "cn-mismatch"
    QString message;     ///< translated sentence
    int certificate = 0; ///< index in the linted list (0 = leaf)
};

inline constexpr int kModuleMaxCredentialSize = 8192; ///< AT+USECMNG size limit (bytes)
inline constexpr int kModuleMaxCredentialName = 32;   ///< AT+USECMNG name limit (characters)

struct LintOptions
{
    QString expectedId;         ///< device / registration ID the leaf is meant for (empty: not checked)
    QString credentialName;     ///< AT+USECMNG name it will be stored under (empty: not checked)
    QByteArray pemText;         ///< the text that will be uploaded (empty: not checked)
    QList<Certificate> anchors; ///< CAs known to be verified in Azure (helps the chain check)
    QDateTime now;              ///< default: current time
    int expiringSoonDays = 30;
    /// The private key kept with the leaf, and whether its file keeps it encrypted: a CA's key in
    /// clear is "ca-key-unencrypted" (docs/limits.md, keys at rest). Null: not checked.
    Key privateKey;
    bool privateKeyEncrypted = false;
};

/// Lints @p certificates (leaf first, then its chain as it will be sent). A single self-signed CA is
/// linted as a root (trust anchor for the module).
QList<LintFinding> lint(const QList<Certificate> &certificates, const LintOptions &options = {});

/// True when any finding is an error.
bool hasErrors(const QList<LintFinding> &findings);

} // namespace pki
