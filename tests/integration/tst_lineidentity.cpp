// Identities across the stations of a line (issue 16), with a real station on a simulated module:
// a {seq} template takes the number the record gives, and a device id that already passed on
// another station is refused or reworked as identity.onDuplicate says.

#include "enginehelpers.h"
#include "testregistry.h"

#include <QTemporaryDir>

using namespace engine;

namespace {

/// A database where station "other-pc" already passed with @p deviceId.
QString databaseWithPassedId(const QTemporaryDir &dir, const QString &deviceId)
{
    const QString db = dir.filePath(QStringLiteral("line.sqlite"));
    ResultStore store;
    if (!store.open(db))
        return {};
    ResultRow earlier;
    earlier.station = QStringLiteral("other-pc");
    earlier.deviceId = deviceId;
    earlier.id = store.begin(earlier);
    earlier.outcome = Outcome::Pass;
    earlier.finished = QDateTime::currentDateTimeUtc();
    return store.finish(earlier) ? db : QString();
}

const StepResult *identityStep(const ResultRow &r)
{
    for (const StepResult &s : r.steps) {
        if (s.step == Step::Identity)
            return &s;
    }
    return nullptr;
}

} // namespace

class LineIdentityTest : public QObject
{
    Q_OBJECT
private slots:
    void aSeqTemplateTakesTheRecordsNumber()
    {
        auto sim = startSimulation({});
        QVERIFY(sim);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("seq.sqlite"));
        Profile profile = sim->profile();
        profile.identity.idTemplate = QStringLiteral("Line3-{seq:4}");
        for (int round = 1; round <= 2; ++round) {
            const Run run = provision(profile, sim->ports(), sim->secrets(), db);
            QCOMPARE(run.results.size(), 1);
            const ResultRow &r = run.results.first();
            QVERIFY2(r.passed(), qPrintable(describe(r)));
            QCOMPARE(r.deviceId, QStringLiteral("line3-%1").arg(round, 4, 10, QChar(u'0'))); // lower-cased
            QCOMPARE(r.seq, round);
        }
        ResultStore store;
        QVERIFY(store.open(db));
        QCOMPARE(store.list().first().seq, 2);
    }

    void aDeviceIdPassedOnAnotherStationIsRefusedBeforeTheCertificates()
    {
        auto sim = startSimulation({});
        QVERIFY(sim);
        QTemporaryDir dir;
        const QString id = Simulation::deviceIdFor(sim->modules().first());
        const QString db = databaseWithPassedId(dir, id);
        QVERIFY(!db.isEmpty());
        const Run run = provision(sim->profile(), sim->ports(), sim->secrets(), db); // "refuse" by default
        const ResultRow &r = run.results.first();
        QCOMPARE(r.outcome, Outcome::Fail);
        QCOMPARE(r.cause, Cause::Identity);
        QVERIFY2(r.causeMessage.contains(id) && r.causeMessage.contains(u"other-pc"), qPrintable(r.causeMessage));
        QVERIFY(identityStep(r) && identityStep(r)->outcome == StepOutcome::Fail);
        for (const StepResult &s : r.steps)
            QVERIFY(s.step != Step::Credentials); // nothing of the identity reached the module
    }

    void aReworkProfileProvisionsItAgainAndSaysWhoseItWas()
    {
        auto sim = startSimulation({});
        QVERIFY(sim);
        QTemporaryDir dir;
        const QString id = Simulation::deviceIdFor(sim->modules().first());
        const QString db = databaseWithPassedId(dir, id);
        QVERIFY(!db.isEmpty());
        Profile profile = sim->profile();
        profile.identity.onDuplicate = QStringLiteral("rework");
        const Run run = provision(profile, sim->ports(), sim->secrets(), db);
        const ResultRow &r = run.results.first();
        QVERIFY2(r.passed(), qPrintable(describe(r)));
        QVERIFY(identityStep(r));
        QVERIFY2(identityStep(r)->message.contains(u"rework") && identityStep(r)->message.contains(u"other-pc"),
                 qPrintable(identityStep(r)->message));
    }
};

PS_REGISTER_TEST(LineIdentityTest);
#include "tst_lineidentity.moc"
