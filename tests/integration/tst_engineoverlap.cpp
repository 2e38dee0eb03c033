// The faster station of issue 13 on the real test bed: the Wi-Fi join runs while the certificates
// go up, correct whether the module delivers its URCs during an upload or holds them until the
// upload's answer (uxsim --urcs-during-upload deliver|hold; docs/decisions.md), and the optional
// faster line for the uploads (options.uploadBaud, AT+UMRS there and back).

#include "enginehelpers.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace engine;

namespace {

bool isUrc(const TrafficRecord &r)
{
    return r.direction == TrafficRecord::Direction::FromModule && (r.raw.contains("+UUWLE") || r.raw.contains("+UUNU"));
}

/// Wi-Fi fast enough that its URCs fall inside the first certificate upload, which a slow flash
/// write keeps open for 300 ms (on the `fast` model otherwise).
QString overlapModel(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("overlap.json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(R"({"base": "fast", "flashWrite": 300, "wifiJoin": 60, "netUp": 5, "dhcp": 200})");
    return path;
}

std::unique_ptr<Simulation> simWith(const QString &latency, const QStringList &uxsimArgs,
                                    const QString &persona = QStringLiteral("nina-w15-3"))
{
    Simulation::Options o;
    o.latency = latency;
    o.uxsimArgs = uxsimArgs;
    o.persona = persona;
    return startSimulation(o);
}

Run provisionOnce(Simulation &sim, const Profile &profile, const QString &db)
{
    return provision(profile, sim.ports(), sim.secrets(), QDir(sim.workDir()).filePath(db));
}

qsizetype indexOf(const QList<TrafficRecord> &traffic, TrafficRecord::Direction d, const QByteArray &text,
                  qsizetype from = 0)
{
    for (qsizetype i = from; i < traffic.size(); ++i) {
        if (traffic[i].direction == d && traffic[i].raw.contains(text))
            return i;
    }
    return -1;
}

} // namespace

class EngineOverlapTest : public QObject
{
    Q_OBJECT
private slots:
    void wifiJoinsWhileTheCertificatesGoUp_data()
    {
        QTest::addColumn<QString>("urcs");
        QTest::newRow("deliver") << QStringLiteral("deliver");
        QTest::newRow("hold") << QStringLiteral("hold");
    }
    void wifiJoinsWhileTheCertificatesGoUp()
    {
        QFETCH(QString, urcs);
        QTemporaryDir dir;
        auto sim = simWith(overlapModel(dir), {QStringLiteral("--urcs-during-upload"), urcs});
        QVERIFY(sim);
        const Run run = provisionOnce(*sim, sim->profile(), QStringLiteral("r.sqlite"));
        const ResultRow r = run.results.value(0);
        QVERIFY2(r.passed(), qPrintable(describe(r)));

        // Activated before the first upload, awaited after the last one.
        const auto to = TrafficRecord::Direction::ToModule;
        const auto from = TrafficRecord::Direction::FromModule;
        const qsizetype activate = indexOf(run.traffic, to, "AT+UWSCA=0,3");
        const qsizetype upload = indexOf(run.traffic, to, "AT+USECMNG=0,0");
        const qsizetype answer = indexOf(run.traffic, from, "+USECMNG:0,0", upload);
        QVERIFY(activate >= 0 && upload > activate && answer > upload);
        QStringList steps;
        for (const StepResult &s : r.steps)
            steps << stepName(s.step);
        QCOMPARE(steps.mid(steps.indexOf(u"identity") + 1, 4), (QStringList{"wifi", "credentials", "persist", "wifi"}));

        // What the module did with its URCs meanwhile: delivered inside the upload, or held to its end.
        int inside = 0;
        for (qsizetype i = upload + 1; i < answer; ++i)
            inside += isUrc(run.traffic[i]) ? 1 : 0;
        if (urcs == u"deliver")
            QVERIFY2(inside > 0, "the join's URCs came during the upload");
        else
            QCOMPARE(inside, 0);
        int all = 0;
        for (qsizetype i = activate; i < run.traffic.size(); ++i)
            all += isUrc(run.traffic[i]) ? 1 : 0;
        QCOMPARE(all, 3); // +UUWLE, +UUNU (link-local), +UUNU (IPv4): none lost, none twice
        QVERIFY(!r.steps.isEmpty() && r.steps.last().step != Step::Reboot); // no restart unless asked
    }

    void aRestartAtTheEndIsMadeOnlyWhenTheProfileAsksAndNothingIsSavedWithAmpW()
    {
        auto sim = simWith(QStringLiteral("fast"), {});
        QVERIFY(sim);
        const auto to = TrafficRecord::Direction::ToModule;
        const Run plain = provisionOnce(*sim, sim->profile(), QStringLiteral("r.sqlite"));
        QVERIFY2(plain.results.value(0).passed(), qPrintable(describe(plain.results.value(0))));
        QCOMPARE(indexOf(plain.traffic, to, "AT+CPWROFF"), -1);
        QCOMPARE(indexOf(plain.traffic, to, "AT&W"), -1);
        QVERIFY(indexOf(plain.traffic, to, "AT+UWSCA=0,1") >= 0); // the Wi-Fi settings are kept

        Profile profile = sim->profile();
        profile.identity.onDuplicate = QStringLiteral("rework");
        profile.options.rebootAtEnd = true;
        const Run run = provisionOnce(*sim, profile, QStringLiteral("r.sqlite"));
        const ResultRow r = run.results.value(0);
        QVERIFY2(r.passed(), qPrintable(describe(r)));
        // The restart at the end comes after the Wi-Fi store. (The module was left in EDM by the
        // first run, so the open step restarts it first as well: docs/link.md.)
        const qsizetype stored = indexOf(run.traffic, to, "AT+UWSCA=0,1");
        QVERIFY(stored >= 0);
        const qsizetype restart = indexOf(run.traffic, to, "AT+CPWROFF", stored);
        QVERIFY(restart > stored);
        QVERIFY(indexOf(run.traffic, TrafficRecord::Direction::FromModule, "+STARTUP", restart) > restart);
        bool rebooted = false;
        for (const StepResult &s : r.steps)
            rebooted = rebooted || (s.step == Step::Reboot && s.outcome == StepOutcome::Pass);
        QVERIFY(rebooted);
    }

    void aReworkedModuleStillJoiningItsStoredNetworkIsTakenDownWithoutWaiting_data()
    {
        QTest::addColumn<QString>("disableUrc");
        QTest::newRow("always") << QStringLiteral("always");
        QTest::newRow("if-up") << QStringLiteral("if-up");
    }

    // The first job stores the network with auto-join and leaves the module in EDM; the second
    // restarts it, so the module is joining its stored network when the Wi-Fi step takes that
    // configuration down. Whether a +UUWLD follows is the module's choice (--disable-urc).
    void aReworkedModuleStillJoiningItsStoredNetworkIsTakenDownWithoutWaiting()
    {
        QFETCH(QString, disableUrc);
        // Commands that take 30 ms: the +UUWLD follows the deactivation's OK by that much, so it
        // arrives while the station already configures the new network; a join of 1.5 s keeps the
        // restarted module joining its stored network when the Wi-Fi step asks.
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("slow-commands.json"));
        QFile f(model);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(R"({"base": "fast", "command": 30, "wifiJoin": 1500})") > 0);
        f.close();
        auto sim = simWith(model, {QStringLiteral("--disable-urc"), disableUrc});
        QVERIFY(sim);
        Profile profile = sim->profile();
        profile.identity.onDuplicate = QStringLiteral("rework");
        const Run first = provisionOnce(*sim, profile, QStringLiteral("w.sqlite"));
        QVERIFY2(first.results.value(0).passed(), qPrintable(describe(first.results.value(0))));
        const Run run = provisionOnce(*sim, profile, QStringLiteral("w.sqlite"));
        const ResultRow r = run.results.value(0);
        QVERIFY2(r.passed(), qPrintable(describe(r)));
        const auto to = TrafficRecord::Direction::ToModule;
        const auto from = TrafficRecord::Direction::FromModule;
        const qsizetype status = indexOf(run.traffic, from, "+UWSSTAT:3,1"); // active, not connected
        QVERIFY(status >= 0);
        const qsizetype down = indexOf(run.traffic, to, "AT+UWSCA=0,4", status);
        QVERIFY(down > status);
        const qsizetype urc = indexOf(run.traffic, from, "+UUWLD:0,5", down);
        QCOMPARE(urc >= 0, disableUrc == u"always");
        // Joined again once: the old configuration's +UUWLD is not the new join's failure (no retry).
        int activations = 0;
        for (const TrafficRecord &t : run.traffic)
            activations += t.direction == to && t.raw.contains("AT+UWSCA=0,3") ? 1 : 0;
        QCOMPARE(activations, 1);
        QVERIFY(indexOf(run.traffic, to, "AT+UWSCA=0,3", down) > down);
    }

    void aDpsJobWithoutTheHubConnectionEndsAtTheAssignment()
    {
        auto sim = simWith(QStringLiteral("fast"), {});
        QVERIFY(sim);
        Profile profile = sim->profile();
        profile.options.connectHub = false;
        profile.options.testTelemetry = false;
        profile.options.cloudCheck = true;
        const Run run = provision(profile, sim->ports(), sim->secrets(), QDir(sim->workDir()).filePath("h.sqlite"),
                                  60000, [&](Station &s) { sim->connectStation(s); });
        const ResultRow r = run.results.value(0);
        QVERIFY2(r.passed(), qPrintable(describe(r)));
        QVERIFY(!r.assignedHub.isEmpty());
        // Two peers, both DPS (the registration and its status): none to the assigned hub.
        int peers = 0;
        for (const TrafficRecord &t : run.traffic) {
            if (t.direction == TrafficRecord::Direction::ToModule && t.raw.contains("AT+UDCP=")) {
                ++peers;
                QVERIFY2(!t.raw.contains(r.assignedHub.toUtf8()), t.raw.constData());
            }
        }
        QCOMPARE(peers, 2);
        bool skipped = false;
        for (const StepResult &s : r.steps)
            skipped = skipped || (s.step == Step::Hub && s.outcome == StepOutcome::Skipped);
        QVERIFY(skipped);
        QCOMPARE(r.cloudCheck, QStringLiteral("registered")); // the hub knows the device DPS made, but never saw it
    }

    void aFasterLineCarriesTheUploadsAndTheModuleIsLeftAtItsRate()
    {
        auto sim = simWith(QStringLiteral("fast"), {});
        QVERIFY(sim);
        Profile profile = sim->profile();
        profile.options.uploadBaud = 921600;
        const Run run = provisionOnce(*sim, profile, QStringLiteral("r.sqlite"));
        QVERIFY2(run.results.value(0).passed(), qPrintable(describe(run.results.value(0))));
        const auto to = TrafficRecord::Direction::ToModule;
        const qsizetype up = indexOf(run.traffic, to, "AT+UMRS=921600,");
        const qsizetype upload = indexOf(run.traffic, to, "AT+USECMNG=0,0");
        const qsizetype back = indexOf(run.traffic, to, "AT+UMRS=115200,");
        const qsizetype edm = indexOf(run.traffic, to, "ATO2");
        QVERIFY2(up >= 0 && upload > up && back > upload && edm > back, "up, upload, back, then EDM");
        QVERIFY(indexOf(run.traffic, to, "AT+UWSCA=0,3") > up); // switched before Wi-Fi could send a URC

        // The module is at 115200 again: a rework at the default rate finds it and passes.
        Profile plain = sim->profile();
        plain.identity.onDuplicate = QStringLiteral("rework");
        const Run again = provisionOnce(*sim, plain, QStringLiteral("r.sqlite"));
        QVERIFY2(again.results.value(0).passed(), qPrintable(describe(again.results.value(0))));
        QCOMPARE(indexOf(again.traffic, to, "AT+UMRS"), -1);
    }

    void aRateTheFirmwareRefusesKeepsTheLineWhereItIs()
    {
        auto sim = simWith(QStringLiteral("fast"), {}, QStringLiteral("odin-w26-8")); // ODIN: 19200 and up
        QVERIFY(sim);
        Profile profile = sim->profile();
        profile.options.uploadBaud = 9600;
        const Run run = provisionOnce(*sim, profile, QStringLiteral("r.sqlite"));
        QVERIFY2(run.results.value(0).passed(), qPrintable(describe(run.results.value(0))));
        const qsizetype asked = indexOf(run.traffic, TrafficRecord::Direction::ToModule, "AT+UMRS=9600,");
        QVERIFY(asked >= 0);
        QVERIFY(indexOf(run.traffic, TrafficRecord::Direction::FromModule, "ERROR", asked) > asked);
        QCOMPARE(indexOf(run.traffic, TrafficRecord::Direction::ToModule, "AT+UMRS=115200"), -1);
    }
};

PS_REGISTER_TEST(EngineOverlapTest);
#include "tst_engineoverlap.moc"
