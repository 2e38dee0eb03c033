// The station end to end: station <-> uxsim on a pty <-> local Azure, for every flow, eight
// modules at once, and a rerun that must skip what is already on the module. Every run is also
// searched for secrets in the traffic, the log, the results database and its CSV export.

#include "azure/sas.h"
#include "enginehelpers.h"
#include "provisioning/result.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace engine;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Everything the run left behind that a person or a script could read.
QByteArray everythingReadable(const Run &run, const QString &db, const QString &csv)
{
    QByteArray all;
    for (const TrafficRecord &r : run.traffic)
        all += r.raw + '\n' + r.summary.toUtf8() + '\n';
    all += run.log.join(u'\n').toUtf8();
    all += readAll(db) + readAll(db + QStringLiteral("-wal")) + readAll(csv);
    return all;
}

} // namespace

class EngineFlowTest : public QObject
{
    Q_OBJECT
private slots:
    void eachFlowProvisionsRecordsAndLeaksNoSecret_data()
    {
        QTest::addColumn<QString>("flow");
        for (const char *f : {"dps-x509", "dps-symmetric", "hub-x509", "hub-sas"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void eachFlowProvisionsRecordsAndLeaksNoSecret()
    {
        QFETCH(QString, flow);
        Simulation::Options o;
        o.flow = *Profile::flowFromName(flow);
        auto sim = startSimulation(o);
        QVERIFY(sim);
        const QString db = QDir(sim->workDir()).filePath(QStringLiteral("results.sqlite"));
        const Run run = provision(sim->profile(), sim->ports(), sim->secrets(), db);
        QCOMPARE(run.results.size(), 1);
        const ResultRow &r = run.results[0];
        QVERIFY2(r.passed(), qPrintable(describe(r)));
        const QString id = Simulation::deviceIdFor(sim->modules().first());
        QCOMPARE(r.deviceId, id);
        QCOMPARE(r.assignedHub, sim->azure().value(u"hub_host").toString());
        QCOMPARE(r.model, QStringLiteral("NINA-W152"));
        QCOMPARE(r.mac, sim->modules().first().value(u"mac").toString());
        QCOMPARE(r.flow, flow);
        if (flow.startsWith(u"dps")) {
            QVERIFY(!r.operationId.isEmpty());
            QCOMPARE(r.registrationId, id);
            QCOMPARE(r.substatus, QStringLiteral("initialAssignment"));
        }
        const bool x509 = flow.endsWith(u"x509");
        QCOMPARE(r.certificateSerial.isEmpty(), !x509);

        // The hub knows the device, with the flow's kind of authentication.
        QByteArray out;
        QCOMPARE(sim->azureTool({QStringLiteral("hub"), QStringLiteral("device"), QStringLiteral("show"),
                                 QStringLiteral("--device-id"), id},
                                &out),
                 0);
        const QJsonObject device = QJsonDocument::fromJson(out).object();
        QCOMPARE(device.value(u"deviceId").toString(), id);
        QCOMPARE(device.value(u"status").toString(), QStringLiteral("enabled"));
        if (x509)
            QVERIFY2(device.value(u"auth").toString() != QLatin1String("sas"), out.constData());
        else
            QCOMPARE(device.value(u"auth").toString(), QStringLiteral("sas"));

        // The test telemetry arrived.
        QCOMPARE(sim->azureTool({QStringLiteral("hub"), QStringLiteral("telemetry"), QStringLiteral("--json"),
                                 QStringLiteral("--device"), id},
                                &out),
                 0);
        QVERIFY2(out.contains("\\\"test\\\":true") || out.contains("\"test\":true"), out.constData());

        // The database row says the same as the station.
        ResultStore store;
        QVERIFY(store.open(db));
        const auto rows = store.list();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].outcome, Outcome::Pass);
        QCOMPARE(rows[0].deviceId, id);
        QCOMPARE(rows[0].assignedHub, r.assignedHub);
        QCOMPARE(rows[0].mac, r.mac);
        QCOMPARE(rows[0].steps.size(), r.steps.size());
        QCOMPARE(rows[0].profileHash, sim->profile().hash());
        const QString csv = QDir(sim->workDir()).filePath(QStringLiteral("results.csv"));
        QVERIFY(store.exportCsv(csv));
        store.close();

        // No secret anywhere: Wi-Fi passphrase, keys, tokens, the device's private key.
        const QByteArray everything = everythingReadable(run, db, csv);
        QVERIFY(everything.contains(id.toUtf8())); // the search itself works
        QStringList secrets{QString::fromUtf8(secretValue(sim->secrets(), QStringLiteral("wifi-passphrase")))};
        if (flow == QLatin1String("dps-symmetric")) {
            const QString group = QString::fromUtf8(secretValue(sim->secrets(), QStringLiteral("dps-group-key")));
            secrets << group << *azure::deriveDeviceKey(group, id);
        }
        if (flow == QLatin1String("hub-sas"))
            secrets << QString::fromUtf8(secretValue(sim->secrets(), QStringLiteral("hub-device-key")));
        for (const QString &s : std::as_const(secrets)) {
            QVERIFY(s.size() >= 8);
            QVERIFY2(!everything.contains(s.toUtf8()), qPrintable(QStringLiteral("secret leaked: ") + s.left(4)));
        }
        QVERIFY(!everything.contains("PRIVATE KEY"));
        QVERIFY(!everything.contains("SharedAccessSignature"));
        QVERIFY(!everything.contains("sig="));
    }

    void eightModulesInParallelEachWithItsOwnIdentity()
    {
        Simulation::Options o;
        o.modules = 8;
        auto sim = startSimulation(o);
        QVERIFY(sim);
        const Run run = provision(sim->profile(), sim->ports(), sim->secrets(),
                                  QDir(sim->workDir()).filePath(QStringLiteral("results.sqlite")));
        QCOMPARE(run.results.size(), 8);
        QSet<QString> ids, serials, macs;
        for (const ResultRow &r : run.results) {
            QVERIFY2(r.passed(), qPrintable(describe(r)));
            ids << r.deviceId;
            serials << r.certificateSerial;
            macs << r.mac;
        }
        QCOMPARE(ids.size(), 8);
        QCOMPARE(serials.size(), 8);
        QCOMPARE(macs.size(), 8);
        QByteArray out;
        QCOMPARE(sim->azureTool({QStringLiteral("hub"), QStringLiteral("device"), QStringLiteral("list"),
                                 QStringLiteral("--json")},
                                &out),
                 0);
        for (const QString &id : std::as_const(ids))
            QVERIFY2(out.contains(id.toUtf8()), qPrintable(id));
    }

    void aRerunSkipsCertificatesAlreadyOnTheModule()
    {
        auto sim = startSimulation({});
        QVERIFY(sim);
        Profile profile = sim->profile();
        profile.certificates.policy = QStringLiteral("generate");
        const QString db = QDir(sim->workDir()).filePath(QStringLiteral("results.sqlite"));
        const Run first = provision(profile, sim->ports(), sim->secrets(), db);
        QVERIFY2(first.results[0].passed(), qPrintable(describe(first.results[0])));
        const Run second = provision(profile, sim->ports(), sim->secrets(), db);
        QVERIFY2(second.results[0].passed(), qPrintable(describe(second.results[0])));
        const auto uploads = [](const Run &run, const QByteArray &what) {
            int n = 0;
            for (const TrafficRecord &r : run.traffic)
                n += r.direction == TrafficRecord::Direction::ToModule && r.raw.contains(what);
            return n;
        };
        QCOMPARE(uploads(first, "AT+USECMNG=0,0"), 1);
        QCOMPARE(uploads(second, "AT+USECMNG=0,0"), 0); // the root is identical: skipped
        QCOMPARE(uploads(second, "AT+USECMNG=4,0"), 1); // ... after asking for its MD5
        // A new device certificate and key are made each run, so they go again.
        QCOMPARE(uploads(second, "AT+USECMNG=0,1"), 1);
    }
};

PS_REGISTER_TEST(EngineFlowTest);
#include "tst_engineflows.moc"
