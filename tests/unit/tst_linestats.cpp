// LineStats: the figures `results stats` and the History chart show, from rows whose answers are
// worked out by hand.

#include "provisioning/linestats.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QTest>

namespace {

QDateTime at(int h, int m, int s = 0)
{
    return QDateTime(QDate(2026, 11, 22), QTime(h, m, s), Qt::UTC);
}

ResultRow row(const QString &station, const QString &mac, Outcome outcome, const QDateTime &started, qint64 ms,
              QList<StepResult> steps = {}, Cause cause = Cause::None)
{
    ResultRow r;
    r.station = station;
    r.mac = mac;
    r.outcome = outcome;
    r.cause = cause;
    r.started = started;
    r.finished = started.addMSecs(ms);
    r.steps = std::move(steps);
    return r;
}

} // namespace

class LineStatsTest : public QObject
{
    Q_OBJECT
private slots:
    void countsRatesAndFirstPassYield()
    {
        LineStats s;
        QCOMPARE(s.modulesPerHour(), 0.0);
        QCOMPARE(s.firstPassYield(), -1.0);
        const QList<StepResult> ok{{Step::Open, 10, StepOutcome::Pass, {}}};
        const QList<StepResult> wifiFail{{Step::Open, 12, StepOutcome::Pass, {}},
                                         {Step::Wifi, 900, StepOutcome::Fail, {}}};
        s.add(row("pc-a", "AA0001", Outcome::Pass, at(8, 0), 60000, ok));
        s.add(row("pc-a", "AA0002", Outcome::Fail, at(8, 10), 60000, wifiFail, Cause::WifiAuth));
        s.add(row("pc-b", "AA0002", Outcome::Pass, at(8, 20), 60000, ok)); // a rework: not first pass
        s.add(row("pc-b", "AA0003", Outcome::Pass, at(9, 30), 30 * 60000, ok));
        s.add(row("pc-b", "AA0004", Outcome::Running, at(9, 40), 0)); // still running: not counted
        ResultRow noModule = row("pc-a", "", Outcome::Fail, at(9, 50), 1000, {}, Cause::PortOpen);
        s.add(noModule); // never learned its module: an attempt, not a module
        QCOMPARE(s.attempts(), 5);
        QCOMPARE(s.passed(), 3);
        QCOMPARE(s.failed(), 2);
        QCOMPARE(s.modules(), 3);
        QCOMPARE(s.firstPassModules(), 2);
        QCOMPARE(s.firstPassYield(), 2.0 / 3.0);
        // From 08:00 to the last finish at 10:00 (09:30 + 30 min): 5 attempts in 2 hours.
        QCOMPARE(s.firstStarted(), at(8, 0));
        QCOMPARE(s.lastFinished(), at(10, 0));
        QCOMPARE(s.modulesPerHour(), 2.5);
        const QList<LineStats::Hour> hours = s.hours();
        QCOMPARE(hours.size(), 3); // 08:00, 09:00, 10:00 (the 09:30 attempt finished at 10:00)
        QCOMPARE(hours[0].start, at(8, 0));
        QCOMPARE(hours[0].passed, 2);
        QCOMPARE(hours[0].failed, 1);
        QCOMPARE(hours[1].passed + hours[1].failed, 1);
        QCOMPARE(hours[2].passed, 1);
        const QList<LineStats::Failure> failures = s.failures();
        QCOMPARE(failures.size(), 2);
        QCOMPARE(failures[0].count, 1);
        bool wifi = false, port = false;
        for (const LineStats::Failure &f : failures) {
            wifi |= f.station == u"pc-a" && f.step == u"wifi" && f.cause == Cause::WifiAuth;
            port |= f.station == u"pc-a" && f.step.isEmpty() && f.cause == Cause::PortOpen;
        }
        QVERIFY(wifi && port);
        QCOMPARE(s.stations().size(), 2);
        QCOMPARE(s.stations()[1].station, QStringLiteral("pc-b"));
        QCOMPARE(s.stations()[1].attempts, 2);
    }

    void stepTimesAreNearestRankOverPassedSteps()
    {
        LineStats s;
        // Open passes in 1..20 ms (20 values); one failed Open of 5000 ms does not count.
        for (int i = 1; i <= 20; ++i)
            s.add(row("pc", QStringLiteral("M%1").arg(i), Outcome::Pass, at(8, i), 1000,
                      {{Step::Open, i, StepOutcome::Pass, {}}, {Step::Dps, 1000 * i, StepOutcome::Pass, {}}}));
        s.add(row("pc", "MX", Outcome::Fail, at(8, 30), 1000, {{Step::Open, 5000, StepOutcome::Fail, {}}},
                  Cause::PortOpen));
        const QList<LineStats::StepTime> t = s.stepTimes();
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[0].step, Step::Open);
        QCOMPARE(t[0].count, 20);
        QCOMPARE(t[0].medianMs, 10); // rank ceil(0.5 * 20) = 10
        QCOMPARE(t[0].p95Ms, 19);    // rank ceil(0.95 * 20) = 19
        QCOMPARE(t[1].step, Step::Dps);
        QCOMPARE(t[1].medianMs, 10000);
        QCOMPARE(t[1].p95Ms, 19000);
        // Equal values repeat: the percentile is that value.
        LineStats same;
        for (int i = 0; i < 7; ++i)
            same.add(row("pc", QStringLiteral("S%1").arg(i), Outcome::Pass, at(8, i), 10,
                         {{Step::Wifi, 3400, StepOutcome::Pass, {}}}));
        QCOMPARE(same.stepTimes()[0].medianMs, 3400);
        QCOMPARE(same.stepTimes()[0].p95Ms, 3400);
    }

    void jsonCarriesEveryFigure()
    {
        LineStats s;
        s.add(row("pc-a", "AA0001", Outcome::Pass, at(8, 0), 1800000, {{Step::Open, 10, StepOutcome::Pass, {}}}));
        s.add(row("pc-a", "AA0002", Outcome::Fail, at(8, 30), 1800000, {{Step::Wifi, 9, StepOutcome::Fail, {}}},
                  Cause::WifiTimeout));
        const QJsonObject o = s.toJson();
        QCOMPARE(o[u"attempts"].toInt(), 2);
        QCOMPARE(o[u"passed"].toInt(), 1);
        QCOMPARE(o[u"modules_per_hour"].toDouble(), 2.0);
        QCOMPARE(o[u"first_pass_yield"].toDouble(), 0.5);
        QCOMPARE(o[u"hours"].toArray().size(), 2);
        QCOMPARE(o[u"failures"].toArray()[0].toObject()[u"cause_code"].toString(), QStringLiteral("wifi_timeout"));
        QCOMPARE(o[u"failures"].toArray()[0].toObject()[u"step"].toString(), QStringLiteral("wifi"));
        QCOMPARE(o[u"steps"].toArray()[0].toObject()[u"median_ms"].toInt(), 10);
        QCOMPARE(o[u"stations"].toArray()[0].toObject()[u"station"].toString(), QStringLiteral("pc-a"));
        QVERIFY(LineStats().toJson()[u"first_pass_yield"].isNull());
    }
};

PS_REGISTER_TEST(LineStatsTest);
#include "tst_linestats.moc"
