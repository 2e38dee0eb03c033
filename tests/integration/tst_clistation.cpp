// provstation-cli as scripts and test rigs use it: demo, provision with a profile file and a
// secret file, results list and export, the exit code of each failure class; and the credential
// forms (sas, derive-key, pki) with the document's vectors and an openssl cross-check.

#include "enginehelpers.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace engine;

namespace {

struct Cli
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> json() const
    {
        QList<QJsonObject> list;
        for (const QByteArray &l : out.split('\n')) {
            if (!l.trimmed().isEmpty())
                list.append(QJsonDocument::fromJson(l).object());
        }
        return list;
    }
};

Cli run(const QStringList &args, int deadlineMs = 90000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("station.*=false"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/provstation-cli"), args);
    if (!p.waitForFinished(deadlineMs)) {
        p.kill();
        p.waitForFinished(2000);
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QByteArray openssl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    p.waitForFinished(15000);
    return p.readAllStandardOutput();
}

} // namespace

class CliStationTest : public QObject
{
    Q_OBJECT
private slots:
    void demoProvisionsAndPrintsOneJsonObjectPerModule()
    {
        const Cli r =
            run({QStringLiteral("demo"), QStringLiteral("--modules"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto objs = r.json();
        QCOMPARE(objs.size(), 2);
        for (const QJsonObject &o : objs) {
            QCOMPARE(o[u"outcome"].toString(), QStringLiteral("pass"));
            QCOMPARE(o[u"exit_code"].toInt(), 0);
            QVERIFY(o[u"device_id"].toString().startsWith(u"nina-w152-"));
            QVERIFY(!o[u"assigned_hub"].toString().isEmpty());
            QVERIFY(!o[u"operation_id"].toString().isEmpty());
            QStringList steps;
            for (const QJsonValue &s : o[u"steps"].toArray())
                steps << s[u"name"].toString();
            // Wi-Fi is started before the uploads and awaited after them (issue 13); no restart
            // unless the profile asks for one.
            QCOMPARE(steps, (QStringList{"prepare", "open", "identify", "capability", "identity", "wifi", "credentials",
                                         "persist", "wifi", "edm", "dps", "hub", "verify"}));
            QCOMPARE(o[u"cloud_check"].toString(), QStringLiteral("seen")); // the hub saw it
        }
        QVERIFY(objs[0][u"device_id"] != objs[1][u"device_id"]);
    }

    void eachFailureClassHasItsExitCode_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("cause");
        QTest::newRow("wifi") << QStringList{"--fault", "wifi-auth-fail"} << 7 << "wifi_auth";
        QTest::newRow("module") << QStringList{"--fault", "hangup@AT+GMR"} << 4 << "port_closed";
        QTest::newRow("unsupported") << QStringList{"--persona", "nina-w15-2"} << 5 << "unsupported";
        // The module's side only fails; the station's own check finds the endpoint healthy and
        // says the module's network does not reach it (docs/decisions.md, "Why a peer failed").
        QTest::newRow("cloud") << QStringList{"--fault", "broker-unreachable"} << 8 << "broker_unreachable";
        QTest::newRow("upload") << QStringList{"--fault", "store-full"} << 6 << "upload";
    }
    void eachFailureClassHasItsExitCode()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, code);
        QFETCH(QString, cause);
        const Cli r = run(QStringList{QStringLiteral("demo"), QStringLiteral("--json")} + extra);
        QCOMPARE(r.code, code);
        const auto objs = r.json();
        QCOMPARE(objs.size(), 1);
        QCOMPARE(objs[0][u"cause_code"].toString(), cause);
        QVERIFY(!objs[0][u"cause"].toString().isEmpty());
    }

    void provisionRunsAProfileFileWithASecretFileAndRecordsTheResult()
    {
        auto sim = startSimulation({});
        QVERIFY(sim);
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("line.json"));
        QVERIFY(sim->profile().save(profile));
        const QByteArray pass = secretValue(sim->secrets(), QStringLiteral("wifi-passphrase"));
        const QString secretFile = dir.filePath(QStringLiteral("wifi.pass"));
        QFile f(secretFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pass + '\n');
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString db = dir.filePath(QStringLiteral("results.sqlite"));
        const QStringList common{QStringLiteral("--profile"),
                                 profile,
                                 QStringLiteral("--port"),
                                 sim->ports().first(),
                                 QStringLiteral("--no-keychain"),
                                 QStringLiteral("--db"),
                                 db,
                                 QStringLiteral("--json")};

        Cli r = run(QStringList{QStringLiteral("provision")} + common +
                    QStringList{QStringLiteral("--secret"), QStringLiteral("wifi-passphrase=file:") + secretFile});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().size(), 1);
        QCOMPARE(r.json()[0][u"outcome"].toString(), QStringLiteral("pass"));

        r = run(
            {QStringLiteral("results"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().size(), 1);
        QCOMPARE(r.json()[0][u"outcome"].toString(), QStringLiteral("pass"));
        const QString csv = dir.filePath(QStringLiteral("results.csv"));
        r = run({QStringLiteral("results"), QStringLiteral("export"), QStringLiteral("--csv"), csv,
                 QStringLiteral("--db"), db});
        QCOMPARE(r.code, 0);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray text = c.readAll();
        QCOMPARE(text.trimmed().count('\n'), 1); // header + one row
        QVERIFY(!text.contains(pass));

        // A secret file others can read is refused before the module is touched.
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        r = run(QStringList{QStringLiteral("provision")} + common +
                QStringList{QStringLiteral("--secret"), QStringLiteral("wifi-passphrase=file:") + secretFile});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.json()[0][u"cause_code"].toString(), QStringLiteral("secret_missing"));
        QVERIFY2(r.json()[0][u"cause"].toString().contains(u"wifi.pass"), r.out.constData());
    }

    void aJobThatFailsBeforeItsFirstWaitIsStillReportedAndRecorded()
    {
        // No secret to read, a trust root that does not exist: the job fails inside start().
        QTemporaryDir dir;
        Profile p;
        p.name = QStringLiteral("broken");
        p.flow = Profile::Flow::HubX509;
        p.hub.host = QStringLiteral("myhub.azure-devices.net");
        p.wifi.ssid = QStringLiteral("open-net");
        p.wifi.security = QStringLiteral("open");
        p.certificates.policy = QStringLiteral("folder");
        p.certificates.folder = QStringLiteral("certs");
        p.trust.roots = {dir.filePath(QStringLiteral("missing-root.pem"))};
        const QString profile = dir.filePath(QStringLiteral("p.json"));
        QVERIFY(p.save(profile));
        const QString db = dir.filePath(QStringLiteral("r.sqlite"));
        Cli r = run({QStringLiteral("provision"), QStringLiteral("--profile"), profile, QStringLiteral("--port"),
                     dir.filePath(QStringLiteral("ttyNone")), QStringLiteral("--no-keychain"), QStringLiteral("--db"),
                     db, QStringLiteral("--json")});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.json().size(), 1);
        QCOMPARE(r.json()[0][u"cause_code"].toString(), QStringLiteral("certificate"));
        r = run(
            {QStringLiteral("results"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.json().size(), 1);
        QCOMPARE(r.json()[0][u"outcome"].toString(), QStringLiteral("fail")); // not "running" or "interrupted"
    }

    void badUsageIsOneLineAndExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no profile") << QStringList{"provision", "--port", "/dev/null"};
        QTest::newRow("no port") << QStringList{"provision", "--profile", "/nonexistent.json"};
        QTest::newRow("unreadable profile")
            << QStringList{"provision", "--profile", "/nonexistent.json", "--port", "/x"};
        QTest::newRow("same port twice") << QStringList{"provision", "--profile", "p", "--port", "/x", "--port", "/x"};
        QTest::newRow("bad secret spec") << QStringList{"provision", "--profile", "/nonexistent.json", "--port", "/x",
                                                        "--secret",  "novalue"};
        QTest::newRow("demo flow") << QStringList{"demo", "--flow", "carrier-pigeon"};
        QTest::newRow("demo modules") << QStringList{"demo", "--modules", "99"};
        QTest::newRow("results verb") << QStringList{"results", "frobnicate"};
    }
    void badUsageIsOneLineAndExitTwo()
    {
        QFETCH(QStringList, args);
        const Cli r = run(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count('\n'), 1);
    }
};

class CliCredentialsTest : public QObject
{
    Q_OBJECT
private slots:
    void deriveKeyGivesTheDocumentedVector()
    {
        // azure-iot-protocol.md §7 T5.
        const Cli r = run(
            {QStringLiteral("derive-key"), QStringLiteral("--group-key"),
             QStringLiteral("8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw=="),
             QStringLiteral("--registration-id"), QStringLiteral("sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc="));
    }

    void sasFormsBuildTheirResourceAndSignIt()
    {
        const QString key = QStringLiteral("NMgJDvdKTxjLi+xBxxkDDEwDJxEvOE5u8BiT0mVgPeg=");
        const Cli hub =
            run({QStringLiteral("sas"), QStringLiteral("hub"), QStringLiteral("--host"),
                 QStringLiteral("myiothub.azure-devices.net"), QStringLiteral("--device"), QStringLiteral("my_device"),
                 QStringLiteral("--key"), key, QStringLiteral("--expiry"), QStringLiteral("1578941692")});
        const Cli raw = run({QStringLiteral("sas"), QStringLiteral("raw"), QStringLiteral("--resource"),
                             QStringLiteral("myiothub.azure-devices.net%2Fdevices%2Fmy_device"),
                             QStringLiteral("--key"), key, QStringLiteral("--expiry"), QStringLiteral("1578941692")});
        QCOMPARE(hub.code, 0);
        QCOMPARE(hub.out, raw.out); // hub builds exactly the EC resource (§7 T8)
        QVERIFY(hub.out.startsWith("SharedAccessSignature sr=myiothub.azure-devices.net%2Fdevices%2Fmy_device&sig="));
        const Cli dps =
            run({QStringLiteral("sas"), QStringLiteral("dps"), QStringLiteral("--scope"), QStringLiteral("0neFEEDC0DE"),
                 QStringLiteral("--registration-id"), QStringLiteral("myRegistrationId"), QStringLiteral("--key"), key,
                 QStringLiteral("--expiry"), QStringLiteral("1578941692"), QStringLiteral("--json")});
        QCOMPARE(dps.code, 0);
        const QString token = dps.json().value(0)[u"token"].toString();
        QVERIFY2(token.contains(u"sr=0neFEEDC0DE%2fregistrations%2fmyRegistrationId"), qPrintable(token));
        QVERIFY(token.contains(u"skn=registration"));
        QVERIFY(!token.contains(key));
    }

    void pkiMakesAChainOpensslVerifiesAndMd5MatchesTheDer()
    {
        QTemporaryDir dir;
        Cli r = run({QStringLiteral("pki"), QStringLiteral("ca"), QStringLiteral("--cn"), QStringLiteral("Line CA"),
                     QStringLiteral("--name"), QStringLiteral("ca"), QStringLiteral("--out-dir"), dir.path(),
                     QStringLiteral("--unencrypted-key"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({QStringLiteral("pki"), QStringLiteral("device"), QStringLiteral("--ca-cert"),
                 dir.filePath(QStringLiteral("ca.pem")), QStringLiteral("--ca-key"),
                 dir.filePath(QStringLiteral("ca.key.pem")), QStringLiteral("--cn"), QStringLiteral("dev-1"),
                 QStringLiteral("--out-dir"), dir.path(), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString device = r.json().value(0)[u"certificate_file"].toString();
        QVERIFY2(QFile::exists(device), r.out.constData());
        QVERIFY(QFile(r.json().value(0)[u"key_file"].toString()).permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!QFile(r.json().value(0)[u"key_file"].toString()).permissions().testFlag(QFileDevice::ReadOther));
        QVERIFY(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), dir.filePath(QStringLiteral("ca.pem")),
                         device})
                    .contains(": OK"));

        r = run({QStringLiteral("pki"), QStringLiteral("md5"), device});
        QCOMPARE(r.code, 0);
        const QByteArray fp = openssl({QStringLiteral("x509"), QStringLiteral("-in"), device, QStringLiteral("-noout"),
                                       QStringLiteral("-fingerprint"), QStringLiteral("-md5")});
        QCOMPARE(r.out.trimmed(), fp.mid(fp.indexOf('=') + 1).trimmed().replace(":", ""));

        r = run({QStringLiteral("pki"), QStringLiteral("lint"), device, QStringLiteral("--id"), QStringLiteral("dev-2"),
                 QStringLiteral("--json")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.out.contains("cn-mismatch"), r.out.constData());
        r = run(
            {QStringLiteral("pki"), QStringLiteral("lint"), device, QStringLiteral("--id"), QStringLiteral("dev-1")});
        QCOMPARE(r.code, 0);
    }

    void junkGetsAClearErrorNotACrash()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n\x01\x02");
        junk.close();
        for (const char *verb : {"md5", "inspect", "lint"}) {
            const Cli r = run({QStringLiteral("pki"), QString::fromLatin1(verb), junk.fileName()});
            QVERIFY2(r.code > 0, verb);
            QVERIFY2(r.err.startsWith("provstation-cli: ") && r.err.count('\n') == 1, r.err.constData());
        }
    }
};

PS_REGISTER_TEST(CliStationTest);
PS_REGISTER_TEST(CliCredentialsTest);
#include "tst_clistation.moc"
