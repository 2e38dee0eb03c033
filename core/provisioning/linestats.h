#pragma once

#include "provisioning/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <map>

/// The line at a glance (`provstation-cli results stats`, the History view's chart): modules per
/// hour, first-pass yield, failure causes by station and step, median and 95th percentile time
/// per step. Rows are added one at a time, oldest first; add() costs the same whatever was added
/// before (a shift does not slow the station down), and the figures can be read at any time.
///
/// Definitions (docs/line.md "Statistics"):
/// - an attempt counts once it finished (pass, fail or interrupted); running rows are left out;
/// - modules per hour = attempts / hours from the first start to the last finish;
/// - a module is its MAC (else its device id); its first attempt in the window decides first-pass
///   yield = modules whose first attempt passed / modules; attempts that never learned the module
///   (a port that did not open) count as attempts, not as modules;
/// - a failure is filed under its station, the step that failed ("" when none did: refused,
///   interrupted) and its cause code;
/// - step times are of the steps that passed; percentiles are nearest-rank over the exact
///   millisecond values.
class LineStats
{
public:
    struct Hour
    {
        QDateTime start; ///< UTC, on the hour
        int passed = 0;
        int failed = 0;
    };
    struct Failure
    {
        QString station;
        QString step; ///< stepName() of the failed step, "" when none failed
        Cause cause = Cause::Other;
        int count = 0;
    };
    struct StepTime
    {
        Step step = Step::Prepare;
        int count = 0;
        qint64 medianMs = 0;
        qint64 p95Ms = 0;
    };
    struct StationCount
    {
        QString station;
        int attempts = 0;
        int passed = 0;
    };

    void add(const ResultRow &row);

    int attempts() const { return m_attempts; }
    int passed() const { return m_passed; }
    int failed() const { return m_attempts - m_passed; }
    QDateTime firstStarted() const { return m_first; }
    QDateTime lastFinished() const { return m_last; }
    /// 0 when there is no finished attempt.
    double modulesPerHour() const;
    int modules() const { return int(m_firstAttempt.size()); }
    int firstPassModules() const { return m_firstPass; }
    /// Between 0 and 1; -1 when no module is known.
    double firstPassYield() const;
    /// Clock hours (UTC) of the finish times, oldest first; hours without an attempt are included
    /// between the first and the last.
    QList<Hour> hours() const;
    /// Most frequent first, then by station, step and cause code.
    QList<Failure> failures() const;
    /// In step order, steps that passed at least once.
    QList<StepTime> stepTimes() const;
    QList<StationCount> stations() const;

    /// The figures as `results stats --json` prints them.
    QJsonObject toJson() const;

private:
    int m_attempts = 0;
    int m_passed = 0;
    QDateTime m_first;
    QDateTime m_last;
    QHash<QString, bool> m_firstAttempt; ///< module -> its first attempt passed
    int m_firstPass = 0;
    QMap<qint64, Hour> m_hours; ///< hours since the epoch -> counts
    QMap<std::tuple<QString, QString, QString>, int> m_failures;
    std::map<qint64, int> m_stepMs[kStepCount]; ///< exact value -> how many times
    int m_stepCount[kStepCount] = {};
    QMap<QString, StationCount> m_stations;
};
