// The profile (the station's recipe), the firmware capability gate and the exit-code classes.

#include "module/capabilities.h"
#include "provisioning/profile.h"
#include "provisioning/result.h"
#include "testregistry.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

Profile validDps()
{
    Profile p;
    p.name = QStringLiteral("Line 3");
    p.flow = Profile::Flow::DpsX509;
    p.dps.idScope = QStringLiteral("0ne0067E45C");
    p.wifi.ssid = QStringLiteral("factory");
    p.certificates.caCertificate = QStringLiteral("pki/ca.pem");
    p.certificates.caKey = QStringLiteral("pki/ca.key.pem");
    return p;
}

ModuleInfo module(const char *model, const char *firmware)
{
    ModuleInfo m;
    m.model = QString::fromLatin1(model);
    m.firmware = QString::fromLatin1(firmware);
    m.mac = QStringLiteral("D4CA6EFD9674");
    return m;
}

} // namespace

class ProfileTest : public QObject
{
    Q_OBJECT
private slots:
    void jsonRoundTripKeepsEveryField()
    {
        Profile p = validDps();
        p.flow = Profile::Flow::HubSas;
        p.hub.host = QStringLiteral("myhub.azure-devices.net");
        p.identity.idTemplate = QStringLiteral("line3-{serial}");
        p.options.waitCloudToDevice = true;
        p.timeouts.wifiMs = 12345;
        p.retries.peer = 3;
        p.trust.roots = {QStringLiteral("a.pem"), QStringLiteral("b.pem")};
        const auto back = Profile::fromJson(p.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), p.toJson());
        QCOMPARE(back->hash(), p.hash());
    }

    void theHashChangesWithTheRecipe()
    {
        Profile a = validDps();
        Profile b = validDps();
        QCOMPARE(a.hash(), b.hash());
        b.wifi.ssid = QStringLiteral("other");
        QVERIFY(a.hash() != b.hash());
        QCOMPARE(a.hash().size(), 64);
    }

    void validationNamesTheField()
    {
        QVERIFY(validDps().validate().isEmpty());
        Profile p = validDps();
        p.wifi.ssid.clear();
        p.dps.idScope.clear();
        p.certificates.keyName = QStringLiteral("a,b");
        const QString problems = p.validate().join(u'|');
        QVERIFY2(problems.contains(u"wifi.ssid"), qPrintable(problems));
        QVERIFY2(problems.contains(u"dps.idScope"), qPrintable(problems));
        QVERIFY2(problems.contains(u"a,b"), qPrintable(problems));
    }

    void aDpsJobMayEndAtTheAssignmentButNothingThatNeedsTheHubMayBeAsked()
    {
        Profile p = validDps();
        const QString before = p.hash();
        QVERIFY(!p.toJson()[u"options"].toObject().contains(u"connectHub")); // older profiles keep their hash
        p.options.connectHub = false;
        p.options.testTelemetry = true;
        p.options.waitCloudToDevice = true;
        QString problems = p.validate().join(u'|');
        QVERIFY2(problems.contains(u"options.testTelemetry"), qPrintable(problems));
        QVERIFY2(problems.contains(u"options.waitCloudToDevice"), qPrintable(problems));
        p.options.testTelemetry = p.options.waitCloudToDevice = false;
        QVERIFY2(p.validate().isEmpty(), qPrintable(p.validate().join(u'|')));
        QVERIFY(p.hash() != before);
        const auto back = Profile::fromJson(p.toJson());
        QVERIFY(back);
        QCOMPARE(back->options.connectHub, false);
        QCOMPARE(back->toJson()[u"options"].toObject()[u"connectHub"], QJsonValue(false));

        p.flow = Profile::Flow::HubSas; // a hub flow has nothing else to connect to
        p.hub.host = QStringLiteral("myhub.azure-devices.net");
        problems = p.validate().join(u'|');
        QVERIFY2(problems.contains(u"options.connectHub"), qPrintable(problems));
    }

    void readingRefusesWrongTypesVersionsAndFlowsByName()
    {
        QJsonObject o = validDps().toJson();
        o[u"version"] = 7;
        o[u"flow"] = QStringLiteral("carrier-pigeon");
        QJsonObject wifi = o[u"wifi"].toObject();
        wifi[u"autoJoin"] = QStringLiteral("yes");
        o[u"wifi"] = wifi;
        QJsonObject timeouts = o[u"timeouts"].toObject();
        timeouts[u"wifiMs"] = -5;
        o[u"timeouts"] = timeouts;
        QString error;
        QVERIFY(!Profile::fromJson(o, &error));
        QVERIFY2(error.contains(u"version"), qPrintable(error));
        QVERIFY2(error.contains(u"carrier-pigeon"), qPrintable(error));
        QVERIFY2(error.contains(u"wifi.autoJoin"), qPrintable(error));
        QVERIFY2(error.contains(u"timeouts.wifiMs"), qPrintable(error));
    }

    void loadingNamesTheFileAndTheByteOfBadJsonAndResolvesPaths()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"provstation-profile\",, }");
        f.close();
        QString error;
        QVERIFY(!Profile::load(bad, &error));
        QVERIFY2(error.contains(bad) && error.contains(u"byte"), qPrintable(error));
        QVERIFY(!Profile::load(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY2(error.contains(u"missing.json"), qPrintable(error));

        const QString good = dir.filePath(QStringLiteral("good.json"));
        QVERIFY(validDps().save(good, &error));
        const auto p = Profile::load(good, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->resolvePath(QStringLiteral("pki/ca.pem")), dir.filePath(QStringLiteral("pki/ca.pem")));
        QCOMPARE(p->resolvePath(QStringLiteral("/abs/x.pem")), QStringLiteral("/abs/x.pem"));
    }

    void aProfileNamesSecretsButNeverHoldsThem()
    {
        Profile p = validDps();
        p.flow = Profile::Flow::DpsSymmetric;
        QCOMPARE(p.requiredSecrets(),
                 (QStringList{QStringLiteral("wifi-passphrase"), QStringLiteral("dps-group-key")}));
        p.wifi.security = QStringLiteral("open");
        p.flow = Profile::Flow::HubX509;
        QVERIFY(p.requiredSecrets().isEmpty());
        // The Wi-Fi section carries the secret's name and nothing that could hold its value.
        const QJsonObject wifi = p.toJson().value(u"wifi").toObject();
        QCOMPARE(wifi.keys(), (QStringList{"autoJoin", "passphraseSecret", "security", "ssid"}));
        QCOMPARE(wifi.value(u"passphraseSecret").toString(), QStringLiteral("wifi-passphrase"));
    }
};

class CapabilitiesTest : public QObject
{
    Q_OBJECT
private slots:
    void ninaW15ThreeRunsEveryFlow()
    {
        const ModuleInfo m = module("NINA-W152", "3.1.0-013");
        QCOMPARE(m.family(), ModuleInfo::Family::NinaW15);
        QCOMPARE(m.version(), QVersionNumber(3, 1, 0));
        const Capabilities c = Capabilities::of(m);
        Profile p = validDps();
        for (Profile::Flow f :
             {Profile::Flow::DpsX509, Profile::Flow::DpsSymmetric, Profile::Flow::HubX509, Profile::Flow::HubSas}) {
            p.flow = f;
            QVERIFY2(!p.refusalFor(m), qPrintable(Profile::flowName(f)));
        }
        QVERIFY(c.limits.placeholderSlots >= 2);
    }

    void ninaTwoRefusesSasAndDpsInWords()
    {
        const ModuleInfo m = module("NINA-W152", "2.1.0-017");
        const Capabilities c = Capabilities::of(m);
        Profile p = validDps();
        p.flow = Profile::Flow::HubSas;
        QVERIFY2(p.refusalFor(m).value_or(QString()).contains(u"SAS"), "hub-sas");
        p.flow = Profile::Flow::DpsX509;
        QVERIFY2(p.refusalFor(m).value_or(QString()).contains(u"'#'"), "dps-x509");
        p.flow = Profile::Flow::HubX509;
        QVERIFY(!p.refusalFor(m)); // X.509 straight to the hub works on 2.x
    }

    void odinSevenZeroHasSasButNoWildcard()
    {
        const ModuleInfo m = module("ODIN-W2", "7.0.0-018");
        const Capabilities c = Capabilities::of(m);
        Profile p = validDps();
        p.flow = Profile::Flow::HubSas;
        QVERIFY(!p.refusalFor(m));
        p.flow = Profile::Flow::DpsSymmetric;
        QVERIFY(p.refusalFor(m));
        QVERIFY(!p.refusalFor(module("ODIN-W2", "8.2.1-004")));
    }

    void unknownModulesAndOldNinaW13AreRefused()
    {
        const Profile p = validDps();
        const ModuleInfo other = module("SARA-R5", "1.0");
        QVERIFY(p.refusalFor(other).value_or(QString()).contains(u"SARA-R5"));
        const ModuleInfo w13 = module("NINA-W132", "2.0.0");
        QVERIFY(p.refusalFor(w13));
    }
};

class OutcomeTest : public QObject
{
    Q_OBJECT
private slots:
    void causeCodesMapToTheirExitClass_data()
    {
        QTest::addColumn<QString>("cause");
        QTest::addColumn<int>("code");
        QTest::newRow("pass") << QString() << 0;
        QTest::newRow("profile") << "profile" << 3;
        QTest::newRow("secret") << "secret_missing" << 3;
        QTest::newRow("unplugged") << "port_closed" << 4;
        QTest::newRow("silent") << "timeout" << 4;
        QTest::newRow("old firmware") << "unsupported" << 5;
        QTest::newRow("upload") << "upload" << 6;
        QTest::newRow("wifi password") << "wifi_auth" << 7;
        QTest::newRow("dps 401") << "dps_unauthorized" << 8;
        QTest::newRow("cancel") << "cancelled" << 9;
        QTest::newRow("unknown") << "something_new" << 1;
    }
    void causeCodesMapToTheirExitClass()
    {
        QFETCH(QString, cause);
        QFETCH(int, code);
        QCOMPARE(int(exitCodeFor(causeFromCode(cause))), code);
    }

    void everyCauseHasOneCodeAnExitClassAndWordsForTheOperator()
    {
        QSet<QString> codes;
        for (Cause c : allCauses()) {
            if (c == Cause::None)
                continue;
            const QString code = causeCode(c);
            QVERIFY2(!code.isEmpty() && !codes.contains(code), qPrintable(code));
            codes.insert(code);
            QCOMPARE(causeFromCode(code), c);
            QVERIFY2(!causeText(c).isEmpty(), qPrintable(code));
            QVERIFY2(exitCodeFor(c) != ExitCode::Pass && exitCodeFor(c) != ExitCode::Usage, qPrintable(code));
        }
        QCOMPARE(causeFromCode(u"never_heard_of_it"), Cause::Other);
        QCOMPARE(causeFromCode(u""), Cause::None);
    }

    void stepAndOutcomeNamesRoundTrip()
    {
        for (Step s : allSteps()) {
            QCOMPARE(stepFromName(stepName(s)), s);
            QVERIFY(!stepTitle(s).isEmpty());
        }
        for (Outcome o : {Outcome::Running, Outcome::Pass, Outcome::Fail, Outcome::Interrupted})
            QCOMPARE(outcomeFromName(outcomeName(o)), o);
        for (StepOutcome o : {StepOutcome::Pass, StepOutcome::Fail, StepOutcome::Skipped, StepOutcome::Cancelled})
            QCOMPARE(stepOutcomeFromName(stepOutcomeName(o)), o);
        QCOMPARE(allSteps().size(), kStepCount);
    }

    void aRunTakesTheClassOfItsFirstFailure()
    {
        ResultRow pass;
        pass.outcome = Outcome::Pass;
        ResultRow wifi;
        wifi.outcome = Outcome::Fail;
        wifi.cause = Cause::WifiAuth;
        ResultRow cloud = wifi;
        cloud.cause = Cause::PeerConnect;
        QCOMPARE(exitCodeFor(QList<ResultRow>{pass, pass}), ExitCode::Pass);
        QCOMPARE(exitCodeFor(QList<ResultRow>{pass, cloud, wifi}), ExitCode::Cloud);
        const QJsonObject j = toJson(wifi);
        QCOMPARE(j[u"outcome"].toString(), QStringLiteral("fail"));
        QCOMPARE(j[u"cause_code"].toString(), QStringLiteral("wifi_auth"));
        QCOMPARE(j[u"exit_code"].toInt(), 7);
    }
};

PS_REGISTER_TEST(ProfileTest);
PS_REGISTER_TEST(CapabilitiesTest);
PS_REGISTER_TEST(OutcomeTest);
#include "tst_profile.moc"
