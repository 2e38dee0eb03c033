// The CA key on a PKCS#11 token, with SoftHSM2 as the token (a throw-away token directory per test
// process): `pki ca --pkcs11` makes the key on the token and it cannot be read out; certificates
// signed there pass `openssl verify`; the station's CA loader, the job and `provision` sign device
// certificates on the token and the DPS X.509 flow passes on the simulated line; the PIN comes
// from the secret store and reaches no command line, log or result.

#include "enginehelpers.h"
#include "pki/issue.h"
#include "pki/load.h"
#include "pki/token.h"
#include "softhsmsupport.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace engine;

namespace {

struct Ran
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Ran runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/provstation-cli"), args);
    if (!p.waitForFinished(90000)) {
        p.kill();
        p.waitForFinished(2000);
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/// `openssl verify -CAfile ca cert`: its output ("<file>: OK" when it verifies).
QByteArray opensslVerify(const QString &ca, const QString &cert)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, cert});
    p.waitForFinished(15000);
    return p.readAll().trimmed();
}

QProcessEnvironment withPin(const QByteArray &pin)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOKEN_PIN"), QString::fromUtf8(pin));
    return env;
}

} // namespace

class TokenCaTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<softhsm::Token> m_token;
    QTemporaryDir m_dir;
    QString m_rootCert; ///< made by the first test: CN "Token Root", key "root" on the token

private slots:
    void initTestCase()
    {
        m_token = softhsm::makeToken(QStringLiteral("Station CA"));
        QVERIFY2(m_token->error.isEmpty(), qPrintable(m_token->error));
    }

    void cliMakesTheRootCaKeyOnTheTokenAndTheKeyCannotBeReadOut()
    {
        const QString out = m_dir.filePath(QStringLiteral("root"));
        const Ran r = runCli({QStringLiteral("pki"), QStringLiteral("ca"), QStringLiteral("--pkcs11"),
                              m_token->uri(QStringLiteral("root")), QStringLiteral("--pin-env"),
                              QStringLiteral("TOKEN_PIN"), QStringLiteral("--cn"), QStringLiteral("Token Root"),
                              QStringLiteral("--out-dir"), out, QStringLiteral("--json")},
                             withPin(m_token->pin));
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value(u"key_uri").toString(), QStringLiteral("pkcs11:token=Station%20CA;object=root"));
        QCOMPARE(j.value(u"is_ca").toBool(), true);
        m_rootCert = j.value(u"certificate_file").toString();
        QVERIFY(QFile::exists(m_rootCert));
        // Only the certificate is written: no key file, nothing that looks like one.
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{QStringLiteral("Token_Root.pem")});
        QVERIFY(!r.out.contains(m_token->pin) && !r.err.contains(m_token->pin));
        // The self-signed certificate verifies against itself: the token signed it.
        QCOMPARE(opensslVerify(m_rootCert, m_rootCert), (m_rootCert + QStringLiteral(": OK")).toUtf8());

        // The token says the private key is sensitive and was never extractable ...
        QByteArray list;
        QCOMPARE(
            softhsm::pkcs11Tool(*m_token,
                                {QStringLiteral("--token-label"), QStringLiteral("Station CA"),
                                 QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("env:USER_PIN"),
                                 QStringLiteral("--list-objects"), QStringLiteral("--type"), QStringLiteral("privkey")},
                                &list),
            0);
        QVERIFY2(list.contains("label:      root"), list.constData());
        // CKA_SENSITIVE, CKA_ALWAYS_SENSITIVE and CKA_NEVER_EXTRACTABLE set; CKA_EXTRACTABLE (which
        // pkcs11-tool would print as a bare "extractable") not set.
        static const QRegularExpression access(QStringLiteral("Access:\\s*([^\\n]*)"));
        const QString flags = access.match(QString::fromUtf8(list)).captured(1);
        QVERIFY2(flags.contains(u"sensitive, always sensitive, never extractable"), list.constData());
        QVERIFY2(!flags.split(QStringLiteral(", ")).contains(QStringLiteral("extractable")), list.constData());
        // Asked for the private key, even logged in, pkcs11-tool gets nothing out of the token.
        const QString stolen = m_dir.filePath(QStringLiteral("stolen.der"));
        QByteArray read;
        softhsm::pkcs11Tool(*m_token,
                            {QStringLiteral("--token-label"), QStringLiteral("Station CA"), QStringLiteral("--login"),
                             QStringLiteral("--pin"), QStringLiteral("env:USER_PIN"), QStringLiteral("--read-object"),
                             QStringLiteral("--type"), QStringLiteral("privkey"), QStringLiteral("--label"),
                             QStringLiteral("root"), QStringLiteral("--output-file"), stolen},
                            &read);
        QVERIFY2(!QFile::exists(stolen) || QFileInfo(stolen).size() == 0, read.constData());
        // The key the station loads from the token writes nothing either.
        const auto ca = pki::loadCa(m_rootCert, m_token->uri(QStringLiteral("root")), m_token->pin);
        QVERIFY2(ca, qPrintable(ca.error()));
        QVERIFY(ca->key.toPem().isEmpty());
        QVERIFY(ca->key.toDer().isEmpty());
    }

    void thePinReachesPkcs11ToolInItsEnvironmentNeverOnItsCommandLine()
    {
        // A pkcs11-tool first on PATH that records its arguments, then runs the real one.
        const QString bin = m_dir.filePath(QStringLiteral("shim"));
        QDir().mkpath(bin);
        const QString argvLog = m_dir.filePath(QStringLiteral("argv.txt"));
        const QString real = QStandardPaths::findExecutable(QStringLiteral("pkcs11-tool"));
        QFile shim(bin + QStringLiteral("/pkcs11-tool"));
        QVERIFY(shim.open(QIODevice::WriteOnly));
        shim.write("#!/bin/sh\nprintf '%s\\n' \"$@\" >> '" + argvLog.toUtf8() + "'\nexec '" + real.toUtf8() +
                   "' \"$@\"\n");
        shim.close();
        shim.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env = withPin(m_token->pin);
        env.insert(QStringLiteral("PATH"), bin + u':' + env.value(QStringLiteral("PATH")));
        const Ran r = runCli({QStringLiteral("pki"), QStringLiteral("ca"), QStringLiteral("--pkcs11"),
                              m_token->uri(QStringLiteral("shim-root")), QStringLiteral("--pin-env"),
                              QStringLiteral("TOKEN_PIN"), QStringLiteral("--cn"), QStringLiteral("Shim Root"),
                              QStringLiteral("--out-dir"), m_dir.filePath(QStringLiteral("shim-out"))},
                             env);
        QVERIFY2(r.code == 0, r.err.constData());
        QFile log(argvLog);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray argv = log.readAll();
        QVERIFY2(argv.contains("--keypairgen"), argv.constData());
        QVERIFY2(argv.contains("env:PROVSTATION_TOKEN_PIN"), argv.constData());
        QVERIFY2(!argv.contains(m_token->pin), argv.constData());
    }

    void deviceAndVerificationCertificatesSignedOnTheTokenPassOpensslVerify()
    {
        QVERIFY(!m_rootCert.isEmpty());
        const QString out = m_dir.filePath(QStringLiteral("devices"));
        for (const QString &id : {QStringLiteral("nina-w152-d4ca6e000001"), QStringLiteral("nina-w152-d4ca6e000002")}) {
            const Ran r =
                runCli({QStringLiteral("pki"), QStringLiteral("device"), QStringLiteral("--ca-cert"), m_rootCert,
                        QStringLiteral("--ca-key"), m_token->uri(QStringLiteral("root")), QStringLiteral("--pin-env"),
                        QStringLiteral("TOKEN_PIN"), QStringLiteral("--cn"), id, QStringLiteral("--out-dir"), out},
                       withPin(m_token->pin));
            QVERIFY2(r.code == 0, r.err.constData());
            const QString cert = QDir(out).filePath(id + QStringLiteral(".pem"));
            QCOMPARE(opensslVerify(m_rootCert, cert), (cert + QStringLiteral(": OK")).toUtf8());
        }
        // The proof of possession for Azure is signed by the CA key, so on the token too.
        const Ran pop = runCli({QStringLiteral("pki"), QStringLiteral("verification"), QStringLiteral("--ca-cert"),
                                m_rootCert, QStringLiteral("--ca-key"), m_token->uri(QStringLiteral("root")),
                                QStringLiteral("--pin-env"), QStringLiteral("TOKEN_PIN"), QStringLiteral("--code"),
                                QStringLiteral("3C4B7E0F1D"), QStringLiteral("--out-dir"), out},
                               withPin(m_token->pin));
        QVERIFY2(pop.code == 0, pop.err.constData());
        const QString popCert = QDir(out).filePath(QStringLiteral("verification-3C4B7E0F1D.pem"));
        QCOMPARE(opensslVerify(m_rootCert, popCert), (popCert + QStringLiteral(": OK")).toUtf8());
        // A wrong PIN is refused (a process's first login; PKCS#11 keeps a process logged in after).
        const Ran wrong = runCli({QStringLiteral("pki"), QStringLiteral("device"), QStringLiteral("--ca-cert"),
                                  m_rootCert, QStringLiteral("--ca-key"), m_token->uri(QStringLiteral("root")),
                                  QStringLiteral("--pin-env"), QStringLiteral("TOKEN_PIN"), QStringLiteral("--cn"),
                                  QStringLiteral("dev-x"), QStringLiteral("--out-dir"), out},
                                 withPin("0000"));
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains("the token refused the PIN for pkcs11:token=Station%20CA;object=root"),
                 wrong.err.constData());
        QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("dev-x.pem"))));
        // Without the PIN the CLI says what is missing.
        const Ran noPin = runCli({QStringLiteral("pki"), QStringLiteral("device"), QStringLiteral("--ca-cert"),
                                  m_rootCert, QStringLiteral("--ca-key"), m_token->uri(QStringLiteral("root")),
                                  QStringLiteral("--cn"), QStringLiteral("dev-x"), QStringLiteral("--out-dir"), out});
        QCOMPARE(noPin.code, 2);
        QVERIFY2(noPin.err.contains("needs --pin-env VAR"), noPin.err.constData());
    }

    void theCaLoaderSignsOnTheTokenAndSaysWhatIsWrong()
    {
        QVERIFY(!m_rootCert.isEmpty());
        const QString uri = m_token->uri(QStringLiteral("root"));
        const auto ca = pki::loadCa(m_rootCert, uri, m_token->pin);
        QVERIFY2(ca, qPrintable(ca.error()));
        QVERIFY(ca->key.isOnToken());
        QVERIFY(ca->key.hasPrivateKey());
        QCOMPARE(ca->key.description(), QStringLiteral("EC P-256"));
        // A token key is never written out, not even as the placeholder libp11 gives it.
        QVERIFY(ca->key.toPem().isEmpty());
        QVERIFY(ca->key.toDer().isEmpty());
        const auto deviceKey = pki::Key::generate(pki::KeyType::EcP256);
        pki::CertificateSpec spec;
        spec.commonName = QStringLiteral("odin-w262-d4ca6e0000f1");
        const auto cert = pki::makeDeviceCertificate(*deviceKey, spec, ca->certificate, ca->key);
        QVERIFY2(cert, qPrintable(cert.error()));
        const QString path = m_dir.filePath(QStringLiteral("api-device.pem"));
        QVERIFY(pki::writePublicFile(path, cert->toPem()));
        QCOMPARE(opensslVerify(m_rootCert, path), (path + QStringLiteral(": OK")).toUtf8());

        const auto noKey = pki::loadCa(m_rootCert, m_token->uri(QStringLiteral("nokey")), m_token->pin);
        QVERIFY(!noKey);
        QVERIFY2(noKey.error().contains(u"no private key pkcs11:token=Station%20CA;object=nokey"),
                 qPrintable(noKey.error()));
        const auto noToken = pki::loadCa(m_rootCert, QStringLiteral("pkcs11:token=Absent;object=root"), m_token->pin);
        QVERIFY(!noToken);
        QVERIFY2(noToken.error().contains(u"is the token present"), qPrintable(noToken.error()));
        // Another CA's certificate with this key: refused.
        const auto otherKey = pki::Key::generate(pki::KeyType::EcP256);
        pki::CertificateSpec rootSpec;
        rootSpec.commonName = QStringLiteral("Other Root");
        const auto other = pki::makeRootCa(*otherKey, rootSpec);
        const QString otherPath = m_dir.filePath(QStringLiteral("other.pem"));
        QVERIFY(pki::writePublicFile(otherPath, other->toPem()));
        const auto mismatch = pki::loadCa(otherPath, uri, m_token->pin);
        QVERIFY(!mismatch);
        QVERIFY2(mismatch.error().contains(u"does not belong to the CA certificate"), qPrintable(mismatch.error()));
    }

    void aKeyNameInUseIsNeverReplaced()
    {
        const Ran r = runCli({QStringLiteral("pki"), QStringLiteral("ca"), QStringLiteral("--pkcs11"),
                              m_token->uri(QStringLiteral("root")), QStringLiteral("--pin-env"),
                              QStringLiteral("TOKEN_PIN"), QStringLiteral("--cn"), QStringLiteral("Again"),
                              QStringLiteral("--out-dir"), m_dir.filePath(QStringLiteral("again"))},
                             withPin(m_token->pin));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("already holds a key named root"), r.err.constData());
        // The key under that name is still the CA's key.
        QVERIFY(pki::loadCa(m_rootCert, m_token->uri(QStringLiteral("root")), m_token->pin));
        const Ran pinInUri =
            runCli({QStringLiteral("pki"), QStringLiteral("ca"), QStringLiteral("--pkcs11"),
                    QStringLiteral("pkcs11:token=Station%20CA;object=x?pin-value=1234"), QStringLiteral("--pin-env"),
                    QStringLiteral("TOKEN_PIN"), QStringLiteral("--cn"), QStringLiteral("X"),
                    QStringLiteral("--out-dir"), m_dir.filePath(QStringLiteral("x"))},
                   withPin(m_token->pin));
        QCOMPARE(pinInUri.code, 2);
        QVERIFY2(pinInUri.err.contains("PIN does not belong in the URI"), pinInUri.err.constData());
    }
};

class TokenProvisioningTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<softhsm::Token> m_token;
    std::unique_ptr<Simulation> m_sim;
    QTemporaryDir m_dir;
    QString m_caCert;
    QString m_uri;

    /// A secret file (mode 0600) for --secret NAME=file:PATH.
    QString secretFile(const QString &name, const QByteArray &value)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(value);
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    Profile tokenProfile() const
    {
        Profile p = m_sim->profile();
        p.certificates.caCertificate = m_caCert;
        p.certificates.caKey = m_uri;
        return p;
    }

private slots:
    void initTestCase()
    {
        m_token = softhsm::makeToken(QStringLiteral("Line CA"));
        QVERIFY2(m_token->error.isEmpty(), qPrintable(m_token->error));
        Simulation::Options options;
        options.modules = 2;
        m_sim = startSimulation(options);
        QVERIFY(m_sim);
        // The line's CA: its key made on the token, its certificate enrolled with (local) DPS.
        m_uri = m_token->uri(QStringLiteral("line-ca"));
        const auto key = pki::generateTokenKey(m_uri, pki::KeyType::EcP256, m_token->pin);
        QVERIFY2(key, qPrintable(key.error()));
        pki::CertificateSpec spec;
        spec.commonName = QStringLiteral("Line CA on a token");
        const auto ca = pki::makeRootCa(*key, spec);
        QVERIFY2(ca, qPrintable(ca.error()));
        m_caCert = m_dir.filePath(QStringLiteral("line-ca.pem"));
        QVERIFY(pki::writePublicFile(m_caCert, ca->toPem()));
        QByteArray out;
        QCOMPARE(m_sim->azureTool({QStringLiteral("dps"), QStringLiteral("enrollment-group"), QStringLiteral("create"),
                                   QStringLiteral("--group-id"), QStringLiteral("token-group"),
                                   QStringLiteral("--ca-cert"), m_caCert},
                                  &out),
                 0);
    }

    void everyModulePassesWithDeviceCertificatesSignedOnTheToken()
    {
        MemorySecretStore secrets;
        putSecret(&secrets, QStringLiteral("wifi-passphrase"),
                  secretValue(m_sim->secrets(), QStringLiteral("wifi-passphrase")));
        putSecret(&secrets, QStringLiteral("ca-token-pin"), m_token->pin);
        const QString db = m_dir.filePath(QStringLiteral("results.sqlite"));
        const Run run = provision(tokenProfile(), m_sim->ports(), &secrets, db);
        QCOMPARE(run.results.size(), 2);
        for (const ResultRow &r : run.results) {
            QVERIFY2(r.passed(), qPrintable(describe(r)));
            QVERIFY(!r.certificateThumbprint.isEmpty());
            // Local DPS assigned the device through the group of the token's CA: the chain held.
            QByteArray shown;
            QCOMPARE(m_sim->azureTool({QStringLiteral("hub"), QStringLiteral("device"), QStringLiteral("show"),
                                       QStringLiteral("--device-id"), r.deviceId},
                                      &shown),
                     0);
            QCOMPARE(QJsonDocument::fromJson(shown).object().value(u"provisionedBy").toString(),
                     QStringLiteral("group:token-group"));
        }
        QVERIFY(run.results[0].certificateThumbprint != run.results[1].certificateThumbprint);
        // The PIN is in no log line and not in the results database.
        for (const QString &line : run.log)
            QVERIFY2(!line.contains(QString::fromUtf8(m_token->pin)), qPrintable(line));
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_token->pin));
    }

    void theHubX509FlowPassesWithTheCaKeyOnTheTokenToo()
    {
        Simulation::Options options;
        options.flow = Profile::Flow::HubX509;
        auto hubSim = startSimulation(options);
        QVERIFY(hubSim);
        // The hub trusts the token's CA (as it trusts a verified CA in Azure); the device exists.
        QCOMPARE(hubSim->azureTool({QStringLiteral("hub"), QStringLiteral("ca"), QStringLiteral("add"),
                                    QStringLiteral("--cert"), m_caCert}),
                 0);
        Profile profile = hubSim->profile();
        profile.certificates.caCertificate = m_caCert;
        profile.certificates.caKey = m_uri;
        MemorySecretStore secrets;
        putSecret(&secrets, QStringLiteral("wifi-passphrase"),
                  secretValue(hubSim->secrets(), QStringLiteral("wifi-passphrase")));
        putSecret(&secrets, QStringLiteral("ca-token-pin"), m_token->pin);
        const Run run = provision(profile, hubSim->ports(), &secrets, m_dir.filePath(QStringLiteral("hub.sqlite")));
        QCOMPARE(run.results.size(), 1);
        QVERIFY2(run.results.first().passed(), qPrintable(describe(run.results.first())));
        QCOMPARE(run.results.first().flow, QStringLiteral("hub-x509"));
        QSignalSpy stopped(hubSim.get(), &Simulation::stopped);
        hubSim->stop();
        QVERIFY(stopped.wait(10000));
    }

    void withoutThePinTheOperatorReadsWhichSecretIsMissing()
    {
        MemorySecretStore none;
        putSecret(&none, QStringLiteral("wifi-passphrase"),
                  secretValue(m_sim->secrets(), QStringLiteral("wifi-passphrase")));
        const Run missing =
            provision(tokenProfile(), m_sim->ports().mid(0, 1), &none, m_dir.filePath(QStringLiteral("no-pin.sqlite")));
        QCOMPARE(missing.results.size(), 1);
        QCOMPARE(missing.results.first().cause, Cause::SecretMissing);
        QVERIFY2(missing.results.first().causeMessage.contains(u"ca-token-pin"),
                 qPrintable(missing.results.first().causeMessage));
    }

    void theCliProvisionsWithThePinFromASecretFile()
    {
        const QString profile = m_dir.filePath(QStringLiteral("line.json"));
        QVERIFY(tokenProfile().save(profile));
        const QString pin = secretFile(QStringLiteral("pin"), m_token->pin);
        const QString wifi =
            secretFile(QStringLiteral("wifi"), secretValue(m_sim->secrets(), QStringLiteral("wifi-passphrase")));
        const Ran r =
            runCli({QStringLiteral("provision"), QStringLiteral("--profile"), profile, QStringLiteral("--port"),
                    m_sim->ports().first(), QStringLiteral("--secret"), QStringLiteral("ca-token-pin=file:") + pin,
                    QStringLiteral("--secret"), QStringLiteral("wifi-passphrase=file:") + wifi,
                    QStringLiteral("--no-keychain"), QStringLiteral("--db"),
                    m_dir.filePath(QStringLiteral("cli.sqlite")), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData() + r.out);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"outcome").toString(), QStringLiteral("pass"));
        // The saved profile names the key and the PIN's secret, never the PIN.
        QFile saved(profile);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray json = saved.readAll();
        QVERIFY(json.contains("pkcs11:token=Line%20CA;object=line-ca"));
        QVERIFY(json.contains("\"caKeyPinSecret\": \"ca-token-pin\""));
        QVERIFY(!json.contains(m_token->pin));
    }

    void aWrongPinStopsTheJobBeforeTheModuleIsTouched()
    {
        // A fresh process: this one is logged in to the token since initTestCase.
        const QString profile = m_dir.filePath(QStringLiteral("wrong.json"));
        QVERIFY(tokenProfile().save(profile));
        const QString pin = secretFile(QStringLiteral("wrong-pin"), "not-the-pin");
        const QString wifi =
            secretFile(QStringLiteral("wifi2"), secretValue(m_sim->secrets(), QStringLiteral("wifi-passphrase")));
        const Ran r =
            runCli({QStringLiteral("provision"), QStringLiteral("--profile"), profile, QStringLiteral("--port"),
                    m_sim->ports().first(), QStringLiteral("--secret"), QStringLiteral("ca-token-pin=file:") + pin,
                    QStringLiteral("--secret"), QStringLiteral("wifi-passphrase=file:") + wifi,
                    QStringLiteral("--no-keychain"), QStringLiteral("--db"),
                    m_dir.filePath(QStringLiteral("wrong.sqlite")), QStringLiteral("--json")});
        QCOMPARE(r.code, 3); // configuration
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"cause_code").toString(), QStringLiteral("certificate"));
        QVERIFY2(o.value(u"cause").toString().contains(u"refused the PIN"), r.out.constData());
        const QJsonArray steps = o.value(u"steps").toArray();
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first()[u"name"].toString(), QStringLiteral("prepare"));
        QVERIFY(!r.out.contains("not-the-pin") && !r.err.contains("not-the-pin"));
    }

    void cleanupTestCase()
    {
        if (m_sim) {
            QSignalSpy stopped(m_sim.get(), &Simulation::stopped);
            m_sim->stop();
            stopped.wait(10000);
        }
    }
};

PS_REGISTER_TEST(TokenCaTest);
PS_REGISTER_TEST(TokenProvisioningTest);
#include "tst_token.moc"
