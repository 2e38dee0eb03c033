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

/// Reads a whole file, or standard input for "-". Returns false and sets @p error on failure.
bool readInput(const QString &path, QByteArray &data, QString &error);

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
