#pragma once

// The results options shared by provision, demo and results (issue 16: a results URL, a station
// id and a line id).

#include "common/expected.h"
#include "provisioning/resultsurl.h"

#include <QCommandLineParser>
#include <QString>

namespace cli {

/// --results URL (and, with @p withDb, the older --db PATH), --station-id ID, --line-id ID and,
/// with @p withWait, --results-wait S.
void addResultsOptions(QCommandLineParser &parser, bool withDb, bool withWait);
/// The results URL given on the command line ("" when none: the station falls back to
/// PROVSTATION_RESULTS, the setting, the default file). A password in it is refused: every user
/// of the machine can read a command line.
Expected<QString, QString> resultsUrlOption(const QCommandLineParser &parser);
QString stationIdOption(const QCommandLineParser &parser);
QString lineIdOption(const QCommandLineParser &parser);
/// Applies --results-wait; false (with the reason) when it is not a number of seconds.
bool applyResultsWait(const QCommandLineParser &parser, QString *error);
/// Fills in @p url's PostgreSQL password from --secret sources and the keychain (options as
/// `results` has them); false with the reason for a bad --secret.
bool readResultsPassword(ResultsUrl &url, const QCommandLineParser &parser, QString *error);
/// How long a run waits at the end for a results server that is away (default 300 s).
int resultsWaitMs();

} // namespace cli
