// Failure paths of the engine: each ends in the right cause, within its deadline, with the right
// exit-code class; and a refused profile never touches the module.

#include "enginehelpers.h"
#include "pki/issue.h"
#include "pki/key.h"
#include "provisioning/result.h"
#include "testregistry.h"

#include <QDir>

using namespace engine;

namespace {

ResultRow provisionOnce(Simulation &sim, const Profile &profile, Run *keep = nullptr)
{
    Run run = provision(profile, sim.ports(), sim.secrets(), QDir(sim.workDir()).filePath(QStringLiteral("r.sqlite")));
    if (keep)
        *keep = run;
    return run.results.value(0);
}

std::unique_ptr<Simulation> simWith(QStringList faults, Profile::Flow flow = Profile::Flow::DpsX509,
                                    QString persona = QStringLiteral("nina-w15-3"))
{
    Simulation::Options o;
    o.flow = flow;
    o.faults = std::move(faults);
    o.persona = std::move(persona);
    return startSimulation(o);
}

} // namespace

class EngineFailureTest : public QObject
{
    Q_OBJECT
private slots:
    void wrongWifiPassphraseIsNamed()
    {
        auto sim = simWith({});
        QVERIFY(sim);
        putSecret(sim->secrets(), QStringLiteral("wifi-passphrase"), "not-the-passphrase");
        const ResultRow r = provisionOnce(*sim, sim->profile());
        QCOMPARE(r.cause, Cause::WifiAuth);
        QVERIFY2(r.causeMessage.contains(u"password"), qPrintable(r.causeMessage));
        QCOMPARE(exitCodeFor(r.cause), ExitCode::Wifi);
    }

    void certificateFromACaTheEnrollmentDoesNotTrustIsRefusedWith401()
    {
        auto sim = simWith({});
        QVERIFY(sim);
        // A CA the server accepts in TLS (the hub trusts it) but no DPS enrollment names.
        const auto key = pki::Key::generate(pki::KeyType::EcP256);
        pki::CertificateSpec spec;
        spec.commonName = QStringLiteral("Some Other Factory CA");
        const auto ca = pki::makeRootCa(*key, spec);
        QVERIFY(ca);
        const QString caFile = QDir(sim->workDir()).filePath(QStringLiteral("other-ca.pem"));
        const QString keyFile = QDir(sim->workDir()).filePath(QStringLiteral("other-ca.key.pem"));
        QVERIFY(pki::writePublicFile(caFile, ca->toPem()));
        QVERIFY(pki::writePrivateFile(keyFile, key->toPem()));
        QCOMPARE(sim->azureTool({QStringLiteral("hub"), QStringLiteral("ca"), QStringLiteral("add"),
                                 QStringLiteral("--cert"), caFile}),
                 0);
        Profile profile = sim->profile();
        profile.certificates.caCertificate = caFile;
        profile.certificates.caKey = keyFile;
        const ResultRow r = provisionOnce(*sim, profile);
        QCOMPARE(r.cause, Cause::DpsUnauthorized);
        QVERIFY2(r.causeMessage.contains(u"401"), qPrintable(r.causeMessage));
        QCOMPARE(exitCodeFor(r.cause), ExitCode::Cloud);
    }

    void throttlingWaitsAndThenPasses()
    {
        auto sim = simWith({});
        QVERIFY(sim);
        QCOMPARE(sim->azureTool({QStringLiteral("dps"), QStringLiteral("enrollment-group"), QStringLiteral("update"),
                                 QStringLiteral("--group-id"), QStringLiteral("station-demo"), QStringLiteral("--fail"),
                                 QStringLiteral("throttled"), QStringLiteral("--retry-after"), QStringLiteral("1"),
                                 QStringLiteral("--count"), QStringLiteral("1")}),
                 0);
        Run run;
        const ResultRow r = provisionOnce(*sim, sim->profile(), &run);
        QVERIFY2(r.passed(), qPrintable(describe(r)));
        int registrations = 0;
        for (const TrafficRecord &t : std::as_const(run.traffic))
            registrations += t.direction == TrafficRecord::Direction::ToModule && t.raw.contains("\"registrationId\"");
        QCOMPARE(registrations, 2); // throttled once, registered again after waiting
    }

    void unplugDuringACertificateUploadEndsAsPortClosed()
    {
        auto sim = simWith({QStringLiteral("hangup@AT+USECMNG#2")});
        QVERIFY(sim);
        const ResultRow r = provisionOnce(*sim, sim->profile());
        QCOMPARE(r.cause, Cause::PortClosed);
        QCOMPARE(r.steps.last().step, Step::Credentials);
        QCOMPARE(exitCodeFor(r.cause), ExitCode::Module);
    }

    void aModuleThatStopsAnsweringFailsWithinItsDeadline()
    {
        auto sim = simWith({QStringLiteral("no-answer@AT+GMM#1"), QStringLiteral("no-answer@AT+GMM#2")});
        QVERIFY(sim);
        Profile profile = sim->profile();
        profile.timeouts.commandMs = 300;
        profile.retries.command = 1;
        const ResultRow r = provisionOnce(*sim, profile);
        QCOMPARE(r.cause, Cause::Timeout);
        QVERIFY2(r.causeMessage.contains(u"model"), qPrintable(r.causeMessage));
        QCOMPARE(r.steps.last().step, Step::Identify);
    }

    void rebootDuringUploadFailsAndTheRerunPassesSkippingWhatIsThere()
    {
        // USECMNG #1 asks for ca.pem's MD5, #2 uploads it, #3 asks for cert.pem, #4 uploads it.
        auto sim = simWith({QStringLiteral("reboot-during-upload@AT+USECMNG#4")});
        QVERIFY(sim);
        const ResultRow first = provisionOnce(*sim, sim->profile());
        QCOMPARE(first.cause, Cause::ModuleRestarted);
        QVERIFY2(first.causeMessage.contains(u"cert.pem"), qPrintable(first.causeMessage));
        Run run;
        const ResultRow second = provisionOnce(*sim, sim->profile(), &run);
        QVERIFY2(second.passed(), qPrintable(describe(second)));
        bool rootSentAgain = false;
        for (const TrafficRecord &t : std::as_const(run.traffic))
            rootSentAgain |= t.direction == TrafficRecord::Direction::ToModule && t.raw.contains("AT+USECMNG=0,0");
        QVERIFY(!rootSentAgain);
    }

    void sasProfileOnFirmwareWithoutSasIsRefusedBeforeTheModuleIsTouched()
    {
        auto sim = simWith({}, Profile::Flow::DpsSymmetric, QStringLiteral("nina-w15-2"));
        QVERIFY(sim);
        Run run;
        const ResultRow r = provisionOnce(*sim, sim->profile(), &run);
        QCOMPARE(r.cause, Cause::Unsupported);
        QVERIFY2(r.causeMessage.contains(u"3.0"), qPrintable(r.causeMessage));
        QCOMPARE(exitCodeFor(r.cause), ExitCode::Unsupported);
        // Only questions were asked: no setting, upload or reset reached the module.
        const QList<QByteArray> readOnly{"AT\r", "AT+GMM\r", "AT+GMR\r", "AT+UMLA=2\r"};
        for (const TrafficRecord &t : std::as_const(run.traffic)) {
            if (t.direction == TrafficRecord::Direction::ToModule)
                QVERIFY2(readOnly.contains(t.raw), t.raw.constData());
        }
    }

    void aMissingSecretStopsBeforeTheModule()
    {
        auto sim = simWith({});
        QVERIFY(sim);
        MemorySecretStore empty;
        Run run =
            provision(sim->profile(), sim->ports(), &empty, QDir(sim->workDir()).filePath(QStringLiteral("r.sqlite")));
        const ResultRow r = run.results.value(0);
        QCOMPARE(r.cause, Cause::SecretMissing);
        QVERIFY2(r.causeMessage.contains(u"wifi-passphrase"), qPrintable(r.causeMessage));
        for (const TrafficRecord &t : std::as_const(run.traffic))
            QVERIFY(t.direction != TrafficRecord::Direction::ToModule);
    }

    void cancellingStopsAtTheNextWait()
    {
        auto sim = simWith({});
        QVERIFY(sim);
        Station station;
        station.setProfile(sim->profile());
        station.setSecrets(sim->secrets());
        station.openResults(QDir(sim->workDir()).filePath(QStringLiteral("r.sqlite")));
        QTRY_COMPARE_WITH_TIMEOUT(station.resultsState(), Station::ResultsState::Ready, 10000);
        QVERIFY(station.setPorts(sim->ports()));
        connect(&station, &Station::jobStarted, this, [&station](Job *job, int slot) {
            connect(job, &Job::stepStarted, &station, [&station, slot](Step step) {
                if (step == Step::Wifi)
                    station.cancelSlot(slot);
            });
        });
        QSignalSpy finished(&station, &Station::slotFinished);
        station.startAll();
        QVERIFY(finished.wait(30000));
        const auto r = finished[0][1].value<ResultRow>();
        QCOMPARE(r.cause, Cause::Cancelled);
        QCOMPARE(r.steps.last().step, Step::Wifi);
        QCOMPARE(r.steps.last().outcome, StepOutcome::Cancelled);
        bool settled = false;
        station.whenSettled([&settled] { settled = true; });
        QTRY_VERIFY_WITH_TIMEOUT(settled, 5000);
    }
};

PS_REGISTER_TEST(EngineFailureTest);
#include "tst_enginefailures.moc"
