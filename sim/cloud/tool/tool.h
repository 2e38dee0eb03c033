// local-azure: what its subcommands share — output, failing with an exit code, reading files and
// options, and editing the state file (see docs/local-azure.md).
// Exit codes: 0 success, 1 operational failure, 2 bad usage or bad input (one line on stderr).
#pragma once

#include "lazcommon.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace laztool {

QString tr(const char *text);

// Thrown by fail() and caught in main(): the subcommand's exit code.
struct Exit
{
    int code;
};

// Prints "local-azure: <message>" on stderr and leaves the command with @p code.
[[noreturn]] void fail(int code, const QString &message);
void out(const QString &line);
void outJson(const QJsonObject &o);
QByteArray readFileOrFail(const QString &path);
// A warning printed once the command has succeeded (an error stays the only line otherwise).
void warnOnSuccess(const QString &message);
void printWarnings();

// ---- keys: from a file or the environment, never needed on the command line ----
// True when the key @p name ("symmetric-key", "secondary-key", "key") is given in any form.
bool hasKey(const QCommandLineParser &p, const char *name);
// The key from --NAME-file FILE (first line), --NAME-env VAR, or --NAME VALUE (kept for hand use:
// visible in ps, so a warning follows a successful command); empty when none is given.
QString keyValue(const QCommandLineParser &p, const char *name);

// ---- options ----
QJsonObject failFromOptions(const QCommandLineParser &p);
QString required(const QCommandLineParser &p, const char *name);
void checkKey(const QString &key);

// ---- state ----
void mutate(const QString &dir, const std::function<bool(QJsonObject &, QString *)> &fn);
QJsonObject loadState(const QString &dir);
// create or update an entry in array `key` identified by idKey == id
void upsert(QJsonObject &s, const char *key, const char *idKey, const QString &id, bool mustExist, bool mustNotExist,
            const std::function<void(QJsonObject &)> &fn);
// One line per entry (or one JSON object with --json); keys and certificates shown as <set>.
void printEntries(const QJsonArray &arr, bool json, const QStringList &columns);

// `hub policy set|list` and `dps policy set|list`: shared access policies of the service APIs. The
// key comes from a file (--key-file), never from the command line; list never prints keys.
int policyCommand(const QString &verb, const QCommandLineParser &p, const QString &dir, bool hub);

// ---- the subcommands (one file each) ----
int cmdRun(const QCommandLineParser &p, const QString &dir);                              // run.cpp
int cmdDps(const QStringList &args, const QCommandLineParser &p, const QString &dir);     // dps.cpp
int cmdHub(const QStringList &args, const QCommandLineParser &p, const QString &dir);     // hub.cpp
int cmdPki(const QStringList &args, const QCommandLineParser &p, const QString &dir);     // pki.cpp
int cmdSas(const QCommandLineParser &p);                                                  // sas.cpp
int cmdService(const QStringList &args, const QCommandLineParser &p, const QString &dir); // service.cpp

} // namespace laztool
