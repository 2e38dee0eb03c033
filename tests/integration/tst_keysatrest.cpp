// Keys at rest (issue 12): `pki ca` / `pki intermediate` write the CA key encrypted unless the
// engineer asks for it in clear (then a warning), lint flags a CA key kept in clear, `provision`
// warns about such a profile, and the test bed keeps its state owner-only and its keys off the
// command line (local-azure and uxsim as the Simulation starts them; ps shows argv to everyone).

#include "simulationsupport.h"
#include "testregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

struct Ran
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs a built program with @p env added to this environment; waits with a deadline.
Ran run(const QString &program, const QStringList &args, const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extra);
    env.insert(QStringLiteral("PROVSTATION_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + u'/' + program, args);
    if (!p.waitForStarted(5000) || !done.wait(60000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QProcessEnvironment envWith(const QString &name, const QString &value)
{
    QProcessEnvironment e;
    e.insert(name, value);
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

unsigned modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0xFFFF;
}

/// A program that records its command line and environment names, then runs the real one: the
/// Simulation under test starts these instead of local-azure and uxsim.
bool writeRecorder(const QString &dir, const QString &name, const QString &log)
{
    QFile f(dir + u'/' + name);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("#!/bin/sh\n"
            "printf '%s\\n' \"$*\" >> '" +
            log.toUtf8() +
            "'\n"
            "exec '" +
            (qEnvironmentVariable("PROVSTATION_BIN_DIR") + u'/' + name).toUtf8() + "' \"$@\"\n");
    f.close();
    return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace

class KeysAtRestTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void aCaKeyIsWrittenEncryptedAndOpensslReadsItOnlyWithThePassphrase()
    {
        const QString out = m_dir.filePath(QStringLiteral("enc"));
        const auto pass = envWith(QStringLiteral("TEST_CA_PASS"), QStringLiteral("correct horse battery"));
        Ran r = run(QStringLiteral("provstation-cli"),
                    {QStringLiteral("pki"), QStringLiteral("ca"), QStringLiteral("--cn"), QStringLiteral("Root"),
                     QStringLiteral("--out-dir"), out, QStringLiteral("--passphrase-env"),
                     QStringLiteral("TEST_CA_PASS"), QStringLiteral("--json")},
                    pass);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // encrypted: nothing to warn about
        const QJsonObject made = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(made.value(u"key_encrypted").toBool(), true);
        const QString key = made.value(u"key_file").toString();
        QVERIFY(readAll(key).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QCOMPARE(modeOf(key), 0600u);
        // OpenSSL itself: no key without the passphrase, the key with it.
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-noout"),
                       QStringLiteral("-passin"), QStringLiteral("pass:wrong")});
        QVERIFY(openssl.waitForFinished(10000));
        QVERIFY(openssl.exitCode() != 0);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-noout"),
                       QStringLiteral("-passin"), QStringLiteral("pass:correct horse battery")});
        QVERIFY(openssl.waitForFinished(10000));
        QCOMPARE(openssl.exitCode(), 0);

        // An intermediate from it: the issuer's passphrase and its own, both from the environment.
        QProcessEnvironment both = pass;
        both.insert(QStringLiteral("TEST_INTER_PASS"), QStringLiteral("another one"));
        r = run(QStringLiteral("provstation-cli"),
                {QStringLiteral("pki"), QStringLiteral("intermediate"), QStringLiteral("--ca-cert"),
                 made.value(u"certificate_file").toString(), QStringLiteral("--ca-key"), key,
                 QStringLiteral("--ca-passphrase-env"), QStringLiteral("TEST_CA_PASS"), QStringLiteral("--cn"),
                 QStringLiteral("Line 1"), QStringLiteral("--out-dir"), out, QStringLiteral("--passphrase-env"),
                 QStringLiteral("TEST_INTER_PASS"), QStringLiteral("--json")},
                both);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(readAll(QJsonDocument::fromJson(r.out).object().value(u"key_file").toString())
                    .startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        // Lint of the CA with its encrypted key: nothing about keys at rest.
        r = run(QStringLiteral("provstation-cli"),
                {QStringLiteral("pki"), QStringLiteral("lint"), made.value(u"certificate_file").toString(),
                 QStringLiteral("--key"), key, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains("ca-key-unencrypted"), r.out.constData());
    }

    void aCaKeyInClearIsWrittenOnlyWhenAskedWithAWarningAndLintFlagsIt()
    {
        const QString out = m_dir.filePath(QStringLiteral("clear"));
        Ran r =
            run(QStringLiteral("provstation-cli"), {QStringLiteral("pki"), QStringLiteral("ca"), QStringLiteral("--cn"),
                                                    QStringLiteral("Root"), QStringLiteral("--out-dir"), out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--unencrypted-key") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY(!QFile::exists(out + QStringLiteral("/Root.key.pem")));

        r = run(QStringLiteral("provstation-cli"),
                {QStringLiteral("pki"), QStringLiteral("ca"), QStringLiteral("--cn"), QStringLiteral("Root"),
                 QStringLiteral("--out-dir"), out, QStringLiteral("--unencrypted-key"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("warning") && r.err.contains("not encrypted"), r.err.constData());
        const QJsonObject made = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(made.value(u"key_encrypted").toBool(), false);
        const QString cert = made.value(u"certificate_file").toString();
        const QString key = made.value(u"key_file").toString();
        QVERIFY(readAll(key).startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(modeOf(key), 0600u);

        r = run(QStringLiteral("provstation-cli"), {QStringLiteral("pki"), QStringLiteral("lint"), cert,
                                                    QStringLiteral("--key"), key, QStringLiteral("--json")});
        QCOMPARE(r.code, 0); // a warning, not an error
        const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value(u"findings").toArray();
        const auto it = std::find_if(findings.begin(), findings.end(), [](const QJsonValue &f) {
            return f[u"code"].toString() == QLatin1String("ca-key-unencrypted");
        });
        QVERIFY2(it != findings.end(), r.out.constData());
        QCOMPARE((*it)[u"severity"].toString(), QStringLiteral("warning"));
        // Certificate and key in one file: the same finding.
        QFile both(m_dir.filePath(QStringLiteral("both.pem")));
        QVERIFY(both.open(QIODevice::WriteOnly));
        both.write(readAll(cert) + readAll(key));
        both.close();
        r = run(QStringLiteral("provstation-cli"), {QStringLiteral("pki"), QStringLiteral("lint"), both.fileName()});
        QVERIFY2(r.out.contains("warning ca-key-unencrypted"), r.out.constData());

        // A profile that uses it: provision says so before anything else.
        Profile p;
        p.name = QStringLiteral("clear key");
        p.flow = Profile::Flow::DpsX509;
        p.dps.idScope = QStringLiteral("0ne00000001");
        p.wifi.ssid = QStringLiteral("lab");
        p.certificates.caCertificate = cert;
        p.certificates.caKey = key;
        const QString profile = m_dir.filePath(QStringLiteral("clear.json"));
        QVERIFY(p.save(profile));
        r = run(QStringLiteral("provstation-cli"),
                {QStringLiteral("provision"), QStringLiteral("--profile"), profile, QStringLiteral("--port"),
                 QStringLiteral("/dev/null"), QStringLiteral("--no-keychain"), QStringLiteral("--db"),
                 QStringLiteral("/tmp")});
        QCOMPARE(r.code, 3); // stopped by the results database, after the warning
        QVERIFY2(r.err.startsWith("provstation-cli: warning: certificates.caKey") &&
                     r.err.contains("ca-key-unencrypted"),
                 r.err.constData());
    }

    void localAzureKeepsItsStateOwnerOnlyAndTakesKeysFromFilesOrTheEnvironment()
    {
        const QString state = m_dir.filePath(QStringLiteral("azure"));
        const QString key =
            QStringLiteral("8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==");
        Ran r = run(QStringLiteral("local-azure"),
                    {QStringLiteral("dps"), QStringLiteral("enrollment-group"), QStringLiteral("create"),
                     QStringLiteral("--group-id"), QStringLiteral("g-env"), QStringLiteral("--symmetric-key-env"),
                     QStringLiteral("TEST_GROUP_KEY"), QStringLiteral("--state-dir"), state},
                    envWith(QStringLiteral("TEST_GROUP_KEY"), key));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(modeOf(state + QStringLiteral("/state.json")), 0600u);
        QVERIFY(readAll(state + QStringLiteral("/state.json")).contains(key.toLatin1()));

        QFile keyFile(m_dir.filePath(QStringLiteral("device.key")));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n");
        keyFile.close();
        r = run(QStringLiteral("local-azure"),
                {QStringLiteral("hub"), QStringLiteral("device"), QStringLiteral("create"),
                 QStringLiteral("--device-id"), QStringLiteral("dev-file"), QStringLiteral("--symmetric-key-file"),
                 keyFile.fileName(), QStringLiteral("--state-dir"), state});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(
            readAll(state + QStringLiteral("/state.json")).contains("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));
        QCOMPARE(modeOf(state + QStringLiteral("/state.json")), 0600u);

        // The command-line form still works by hand, and says why it should not be used.
        r = run(QStringLiteral("local-azure"),
                {QStringLiteral("dps"), QStringLiteral("enrollment-group"), QStringLiteral("create"),
                 QStringLiteral("--group-id"), QStringLiteral("g-argv"), QStringLiteral("--symmetric-key"), key,
                 QStringLiteral("--state-dir"), state});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("warning") && r.err.contains("--symmetric-key-file"), r.err.constData());
        QVERIFY(!r.err.contains(key.toLatin1()));
        // Two sources at once, or an empty one, are bad usage.
        r = run(QStringLiteral("local-azure"),
                {QStringLiteral("dps"), QStringLiteral("enrollment-group"), QStringLiteral("create"),
                 QStringLiteral("--group-id"), QStringLiteral("g-two"), QStringLiteral("--symmetric-key"), key,
                 QStringLiteral("--symmetric-key-env"), QStringLiteral("TEST_GROUP_KEY"), QStringLiteral("--state-dir"),
                 state},
                envWith(QStringLiteral("TEST_GROUP_KEY"), key));
        QCOMPARE(r.code, 2);
        r = run(QStringLiteral("local-azure"),
                {QStringLiteral("sas"), QStringLiteral("--key-env"), QStringLiteral("TEST_UNSET_KEY_VARIABLE")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("TEST_UNSET_KEY_VARIABLE"), r.err.constData());
    }

    void theSimulationPutsNoSecretOnACommandLineAndItsStateIsOwnerOnly_data()
    {
        QTest::addColumn<int>("flow");
        QTest::addColumn<QString>("keySecret");
        QTest::newRow("dps-symmetric") << int(Profile::Flow::DpsSymmetric) << QStringLiteral("dps-group-key");
        QTest::newRow("hub-sas") << int(Profile::Flow::HubSas) << QStringLiteral("hub-device-key");
    }
    void theSimulationPutsNoSecretOnACommandLineAndItsStateIsOwnerOnly()
    {
        QFETCH(int, flow);
        QFETCH(QString, keySecret);
        QTemporaryDir bin;
        const QString log = bin.filePath(QStringLiteral("argv.log"));
        QVERIFY(writeRecorder(bin.path(), QStringLiteral("local-azure"), log));
        QVERIFY(writeRecorder(bin.path(), QStringLiteral("uxsim"), log));
        Simulation::Options o;
        o.flow = Profile::Flow(flow);
        o.binDir = bin.path(); // the recorders, which run the built simulators
        Simulation recorded(o);
        QSignalSpy ready(&recorded, &Simulation::ready);
        QSignalSpy failed(&recorded, &Simulation::failed);
        recorded.start();
        QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 40000));
        QVERIFY2(recorded.isReady(), qPrintable(recorded.errorString()));

        const QByteArray argv = readAll(log);
        QVERIFY2(argv.contains("enrollment-group create") || argv.contains("device create"), argv.constData());
        QVERIFY2(argv.contains("--link"), argv.constData()); // uxsim went through the recorder too
        const QByteArray pass = testbed::secretValue(recorded.secrets(), QStringLiteral("wifi-passphrase"));
        const QByteArray key = testbed::secretValue(recorded.secrets(), keySecret);
        QVERIFY(!pass.isEmpty() && !key.isEmpty());
        QVERIFY2(!argv.contains(pass), "the Wi-Fi passphrase was on a command line");
        QVERIFY2(!argv.contains(key), "a device or group key was on a command line");
        // The key reached local Azure all the same, and its state is for this user only.
        const QString stateFile = recorded.stateDir() + QStringLiteral("/state.json");
        QVERIFY(readAll(stateFile).contains(key));
        QCOMPARE(modeOf(stateFile), 0600u);
        QSignalSpy stopped(&recorded, &Simulation::stopped);
        recorded.stop();
        QVERIFY(stopped.wait(10000));
    }
};

PS_REGISTER_TEST(KeysAtRestTest);
#include "tst_keysatrest.moc"
