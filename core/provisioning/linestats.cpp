#include "provisioning/linestats.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {

/// Nearest rank: the smallest value with at least ceil(p * n) values at or below it.
qint64 percentile(const std::map<qint64, int> &values, int n, double p)
{
    if (n <= 0)
        return 0;
    const int rank = std::max(1, int(std::ceil(p * n - 1e-9)));
    int seen = 0;
    for (const auto &[value, count] : values) {
        seen += count;
        if (seen >= rank)
            return value;
    }
    return values.empty() ? 0 : values.rbegin()->first;
}

QString moduleKey(const ResultRow &r)
{
    if (!r.mac.isEmpty())
        return QStringLiteral("mac:") + r.mac.toUpper().remove(u':').remove(u'-');
    if (!r.deviceId.isEmpty())
        return QStringLiteral("id:") + r.deviceId;
    return {};
}

} // namespace

void LineStats::add(const ResultRow &row)
{
    if (row.outcome == Outcome::Running)
        return;
    ++m_attempts;
    const bool pass = row.passed();
    if (pass)
        ++m_passed;
    if (row.started.isValid() && (!m_first.isValid() || row.started < m_first))
        m_first = row.started;
    const QDateTime end = row.finished.isValid() ? row.finished : row.started;
    if (end.isValid() && (!m_last.isValid() || end > m_last))
        m_last = end;

    StationCount &station = m_stations[row.station];
    station.station = row.station;
    ++station.attempts;
    if (pass)
        ++station.passed;

    if (const QString key = moduleKey(row); !key.isEmpty() && !m_firstAttempt.contains(key)) {
        m_firstAttempt.insert(key, pass);
        if (pass)
            ++m_firstPass;
    }
    if (end.isValid()) {
        const qint64 hour = end.toMSecsSinceEpoch() / 3600000;
        Hour &h = m_hours[hour];
        h.start = QDateTime::fromMSecsSinceEpoch(hour * 3600000, Qt::UTC);
        (pass ? h.passed : h.failed)++;
    }
    if (!pass) {
        QString failedStep;
        for (const StepResult &s : row.steps) {
            if (s.outcome == StepOutcome::Fail)
                failedStep = stepName(s.step);
        }
        ++m_failures[{row.station, failedStep, causeCode(row.cause == Cause::None ? Cause::Other : row.cause)}];
    }
    for (const StepResult &s : row.steps) {
        if (s.outcome != StepOutcome::Pass)
            continue;
        ++m_stepMs[int(s.step)][s.elapsedMs];
        ++m_stepCount[int(s.step)];
    }
}

double LineStats::modulesPerHour() const
{
    if (m_attempts == 0 || !m_first.isValid() || !m_last.isValid())
        return 0;
    const double hours = std::max<qint64>(1000, m_first.msecsTo(m_last)) / 3600000.0;
    return m_attempts / hours;
}

double LineStats::firstPassYield() const
{
    return m_firstAttempt.isEmpty() ? -1 : double(m_firstPass) / double(m_firstAttempt.size());
}

QList<LineStats::Hour> LineStats::hours() const
{
    QList<Hour> out;
    if (m_hours.isEmpty())
        return out;
    for (qint64 h = m_hours.firstKey(); h <= m_hours.lastKey(); ++h) {
        Hour hour = m_hours.value(h);
        hour.start = QDateTime::fromMSecsSinceEpoch(h * 3600000, Qt::UTC);
        out.append(hour);
    }
    return out;
}

QList<LineStats::Failure> LineStats::failures() const
{
    QList<Failure> out;
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it) {
        const auto &[station, step, code] = it.key();
        out.append({station, step, causeFromCode(code), it.value()});
    }
    std::stable_sort(out.begin(), out.end(), [](const Failure &a, const Failure &b) { return a.count > b.count; });
    return out;
}

QList<LineStats::StepTime> LineStats::stepTimes() const
{
    QList<StepTime> out;
    for (Step step : allSteps()) {
        const int i = int(step);
        if (m_stepCount[i] == 0)
            continue;
        out.append({step, m_stepCount[i], percentile(m_stepMs[i], m_stepCount[i], 0.5),
                    percentile(m_stepMs[i], m_stepCount[i], 0.95)});
    }
    return out;
}

QList<LineStats::StationCount> LineStats::stations() const
{
    return m_stations.values();
}

QJsonObject LineStats::toJson() const
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
    };
    QJsonArray hourList;
    for (const Hour &h : hours())
        hourList.append(QJsonObject{{QStringLiteral("hour"), time(h.start)},
                                    {QStringLiteral("passed"), h.passed},
                                    {QStringLiteral("failed"), h.failed}});
    QJsonArray failureList;
    for (const Failure &f : failures())
        failureList.append(QJsonObject{{QStringLiteral("station"), f.station},
                                       {QStringLiteral("step"), f.step},
                                       {QStringLiteral("cause_code"), causeCode(f.cause)},
                                       {QStringLiteral("count"), f.count}});
    QJsonArray stepList;
    for (const StepTime &s : stepTimes())
        stepList.append(QJsonObject{{QStringLiteral("step"), stepName(s.step)},
                                    {QStringLiteral("count"), s.count},
                                    {QStringLiteral("median_ms"), s.medianMs},
                                    {QStringLiteral("p95_ms"), s.p95Ms}});
    QJsonArray stationList;
    for (const StationCount &s : stations())
        stationList.append(QJsonObject{{QStringLiteral("station"), s.station},
                                       {QStringLiteral("attempts"), s.attempts},
                                       {QStringLiteral("passed"), s.passed}});
    const double yield = firstPassYield();
    return {
        {QStringLiteral("attempts"), m_attempts},
        {QStringLiteral("passed"), m_passed},
        {QStringLiteral("failed"), failed()},
        {QStringLiteral("first_started"), time(m_first)},
        {QStringLiteral("last_finished"), time(m_last)},
        {QStringLiteral("modules_per_hour"), std::round(modulesPerHour() * 10) / 10},
        {QStringLiteral("modules"), modules()},
        {QStringLiteral("first_pass"), m_firstPass},
        {QStringLiteral("first_pass_yield"), yield < 0 ? QJsonValue() : QJsonValue(std::round(yield * 10000) / 10000)},
        {QStringLiteral("hours"), hourList},
        {QStringLiteral("failures"), failureList},
        {QStringLiteral("steps"), stepList},
        {QStringLiteral("stations"), stationList}};
}
