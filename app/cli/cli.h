#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

/// Shared plumbing of provstation-cli's commands.
///
/// Exit codes (scripts depend on them):
///   0 success, 1 the operation failed (a check, a device, a peer said no),
///   2 bad usage or bad input (unknown option, odd hex, unreadable file).
namespace cli {

enum ExitCode
{
    Ok = 0,
    Failed = 1,
    Usage = 2
};

QTextStream &out();
QTextStream &err();

/// Prints "provstation-cli: <message>" on standard error and returns @p code.
int fail(const QString &message, int code = Usage);

/// One compact JSON object on its own line.
void printJson(const QJsonObject &object);

/// Parses @p args (the command's own words, program name first) with @p parser.
/// Returns false after printing a one-line error for unknown options or missing values.
bool parse(QCommandLineParser &parser, const QStringList &args);

/// Reads a whole regular file of at most @p maxBytes, or standard input for "-" (a pipe or a
/// redirected file, also at most @p maxBytes). Devices, FIFOs and folders are refused, as is a
/// terminal on standard input. Returns false and sets @p error (one sentence) on failure.
bool readInput(const QString &path, qint64 maxBytes, QByteArray &data, QString &error);

/// Why standard input cannot be read as data (a terminal, a device, a folder), or empty.
QString whyStdinNotReadable();

/// A name recorded with results (--station, --operator): at most this many characters.
inline constexpr int kMaxNameValue = 100;

/// A command: receives its words after the command name (program name first for parsing).
using Handler = int (*)(const QStringList &args);

struct Command
{
    const char *name;
    const char *summary;
    Handler handler;
};

// The commands, one function each (cmd_*.cpp).
int edmCommand(const QStringList &args);
int portsCommand(const QStringList &args);
int demoCommand(const QStringList &args);
int provisionCommand(const QStringList &args);
int resultsCommand(const QStringList &args);
// Diagnosis of the machine (cmd_doctor.cpp).
int doctorCommand(const QStringList &args);
// Credentials (cmd_sas.cpp, cmd_pki.cpp): sas raw|hub|dps, derive-key, pki ...
int sasCommand(const QStringList &args);
int deriveKeyCommand(const QStringList &args);
int pkiCommand(const QStringList &args);
// Cloud setup (cmd_cloud.cpp): cloud prepare|status|verify
int cloudCommand(const QStringList &args);
// Labels (cmd_label.cpp).
int labelCommand(const QStringList &args);
// The issuance ledger (cmd_ledger.cpp): ledger export|verify.
int ledgerCommand(const QStringList &args);

} // namespace cli
