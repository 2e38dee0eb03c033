// CloudSetup (core/azure/service) against local Azure: each flow prepared from an empty cloud,
// idempotent second runs, keys made and kept in the secret store, refusals with their causes, and
// "the cloud saw it" after real MQTT devices connected.
#include "cloud/servicesupport.h"
#include "provisioning/secretstore.h"
#include "testregistry.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QTest>

using namespace cloudtest;

namespace {

constexpr int kWait = 10000;

QJsonObject json(const QByteArray &b)
{
    return QJsonDocument::fromJson(b).object();
}

bool connected(Peer &p)
{
    return QTest::qWaitFor([&] { return p.connackRc() != -1 || p.isDisconnected(); }, kWait) && p.connackRc() == 0;
}

QByteArray readSecret(SecretStore &store, const QString &name)
{
    SecretJob *job = store.read(name);
    QSignalSpy spy(job, &SecretJob::finished);
    if (!spy.wait(kWait))
        return {};
    const QByteArray v = job->isOk() ? job->value() : QByteArray();
    job->deleteLater();
    return v;
}

void writeSecret(SecretStore &store, const QString &name, const QByteArray &value)
{
    SecretJob *job = store.write(name, value);
    QSignalSpy spy(job, &SecretJob::finished);
    QVERIFY(spy.wait(kWait) && job->isOk());
    job->deleteLater();
}

QString actions(const CloudReport &r)
{
    QStringList out;
    for (const CloudItem &i : r.items)
        out << i.kind + u':' + i.id + u'=' + CloudItem::actionName(i.action);
    return out.join(u' ');
}

QString sha256Of(const QString &pemFile)
{
    const auto certs = QSslCertificate::fromPath(pemFile, QSsl::Pem);
    return certs.isEmpty() ? QString()
                           : QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex().toUpper());
}

} // namespace

class CloudSetupTest : public QObject
{
    Q_OBJECT
    LocalAzure az;
    QPair<QString, QString> ca;

    Profile profile(Profile::Flow flow)
    {
        Profile p;
        p.name = QStringLiteral("cloud setup test");
        p.flow = flow;
        p.dps.host = az.info.value(u"dps_host").toString();
        p.dps.idScope = QString::fromUtf8(az.scope());
        p.dps.enrollmentGroupId = QStringLiteral("line-%1").arg(Profile::flowName(flow));
        p.hub.host = QString::fromUtf8(az.hub());
        p.wifi.ssid = QStringLiteral("lab");
        p.trust.roots = {QString::fromUtf8(az.caFile())};
        p.certificates.caCertificate = ca.first;
        p.certificates.caKey = ca.second;
        return p;
    }
    std::unique_ptr<MemorySecretStore> secrets()
    {
        auto s = std::make_unique<MemorySecretStore>();
        writeSecret(*s, QStringLiteral("hub-connection-string"), az.hubConnectionString().toUtf8());
        writeSecret(*s, QStringLiteral("dps-connection-string"), az.dpsConnectionString().toUtf8());
        return s;
    }
    CloudReport prepare(CloudSetup &setup)
    {
        const auto r = run(setup.prepare());
        return r ? *r : CloudReport{{}, false, QStringLiteral("prepare did not finish"), QStringLiteral("test")};
    }
    // Registers @p reg through DPS over MQTT and returns the final answer's payload.
    QJsonObject registerDevice(Peer &p, const QByteArray &reg)
    {
        p.subscribe("$dps/registrations/res/#");
        if (!QTest::qWaitFor([&] { return p.grantedQos() != -2; }, kWait))
            return {};
        int before = p.count();
        p.publish("$dps/registrations/PUT/iotdps-register/?$rid=1", "{\"registrationId\":\"" + reg + "\"}");
        if (!QTest::qWaitFor([&] { return p.count() > before; }, kWait))
            return {};
        const QByteArray op = json(p.at(before).payload).value(u"operationId").toString().toUtf8();
        for (QDeadlineTimer until(kWait); !until.hasExpired();) {
            before = p.count();
            p.publish("$dps/registrations/GET/iotdps-get-operationstatus/?$rid=2&operationId=" + op, "{}");
            if (!QTest::qWaitFor([&] { return p.count() > before; }, kWait))
                return {};
            if (p.at(before).topic.startsWith("$dps/registrations/res/200/"))
                return json(p.at(before).payload);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        mosquitto_lib_init();
        QVERIFY(az.start({QStringLiteral("--assignment-delay-ms"), QStringLiteral("100")}));
        ca = az.issue(QStringLiteral("station-ca"), QStringLiteral("Station CA"),
                      {QStringLiteral("--ca"), QStringLiteral("--self-signed")});
    }
    void cleanupTestCase() { QCOMPARE(az.stop(), 0); }

    void dpsX509GroupWaitsForAVerifiedCaThenStaysUnchanged()
    {
        const auto store = secrets();
        CloudSetup setup(profile(Profile::Flow::DpsX509), store.get(), setupOptions(az));
        const CloudReport refused = prepare(setup);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.causeCode, QStringLiteral("refused"));
        QVERIFY2(refused.cause.contains(QLatin1String("verification code")), qPrintable(refused.cause));
        QVERIFY(!refused.changed());
        // Azure's management-plane step (portal / ARM): upload the CA, verified.
        QCOMPARE(az.run({"dps", "ca", "add", "--name", "station-ca", "--cert", ca.first, "--verified"}).code, 0);
        const CloudReport made = prepare(setup);
        QVERIFY2(made.ok, qPrintable(made.cause));
        QCOMPARE(actions(made), QStringLiteral("enrollment-group:line-dps-x509=created"));
        const CloudReport again = prepare(setup);
        QVERIFY2(again.ok, qPrintable(again.cause));
        QVERIFY(!again.changed());
        QCOMPARE(actions(again), QStringLiteral("enrollment-group:line-dps-x509=exists"));
        // A device of the group registers and connects; status and verification see it.
        const auto dev = az.issue(QStringLiteral("x509-dev"), QStringLiteral("x509-dev-1"),
                                  {QStringLiteral("--ca-cert"), ca.first, QStringLiteral("--ca-key"), ca.second});
        Peer dps("x509-dev-1", az.scope() + "/registrations/x509-dev-1/api-version=2019-03-31", {}, az, dev.first,
                 dev.second);
        QVERIFY(connected(dps));
        QCOMPARE(registerDevice(dps, "x509-dev-1").value(u"status").toString(), QStringLiteral("assigned"));
        const CloudReport st = *run(setup.status());
        QVERIFY2(actions(st).contains(QLatin1String("registration:x509-dev-1=exists")), qPrintable(actions(st)));
        const QDateTime since = QDateTime::currentDateTimeUtc();
        Peer hub("x509-dev-1", az.hub() + "/x509-dev-1/?api-version=2021-04-12", {}, az, dev.first, dev.second);
        QVERIFY(connected(hub));
        CloudSetup::DeviceCredential cred{sha256Of(dev.first), {}};
        QTRY_COMPARE_WITH_TIMEOUT(run(setup.verifyDevice(QStringLiteral("x509-dev-1"), cred, since))->verdict,
                                  DeviceCheck::Verdict::Seen, kWait);
        const DeviceCheck wrong =
            *run(setup.verifyDevice(QStringLiteral("x509-dev-1"), {sha256Of(ca.first), {}}, since));
        QCOMPARE(wrong.verdict, DeviceCheck::Verdict::WrongAuthentication);
        QVERIFY(wrong.isFailure());
    }
    void dpsSymmetricGroupKeyIsMadeKeptAndUsedByDevices()
    {
        const auto store = secrets();
        CloudSetup setup(profile(Profile::Flow::DpsSymmetric), store.get(), setupOptions(az));
        const CloudReport made = prepare(setup);
        QVERIFY2(made.ok, qPrintable(made.cause));
        QCOMPARE(actions(made),
                 QStringLiteral("secret:dps-group-key=created enrollment-group:line-dps-symmetric=created"));
        const QByteArray groupKey = readSecret(*store, QStringLiteral("dps-group-key"));
        QCOMPARE(QByteArray::fromBase64(groupKey).size(), 64);
        QVERIFY(!prepare(setup).changed());
        // The kept key is the group's: a device with the derived key is assigned.
        const QByteArray reg = "sym-dev-1";
        Peer p(reg, az.scope() + "/registrations/" + reg + "/api-version=2019-03-31",
               sas(az.scope() + "%2Fregistrations%2F" + reg, derivedKey(groupKey, reg), inOneHour(), "registration"),
               az);
        QVERIFY(connected(p));
        QCOMPARE(registerDevice(p, reg).value(u"status").toString(), QStringLiteral("assigned"));
        // Another station with a different key is told so, and nothing changes.
        const auto other = secrets();
        writeSecret(*other, QStringLiteral("dps-group-key"), QByteArray(64, 'k').toBase64());
        CloudSetup second(profile(Profile::Flow::DpsSymmetric), other.get(), setupOptions(az));
        const CloudReport clash = prepare(second);
        QVERIFY(!clash.ok);
        QCOMPARE(clash.causeCode, QStringLiteral("conflict"));
        QVERIFY2(clash.cause.contains(QLatin1String("dps-group-key")), qPrintable(clash.cause));
        QVERIFY(!clash.changed());
    }
    void hubSasMakesOneKeyPerDeviceAndTheHubSeesTheDevice()
    {
        const auto store = secrets();
        Profile p = profile(Profile::Flow::HubSas);
        p.hub.deviceKeys = QStringLiteral("per-device");
        CloudSetup setup(p, store.get(), setupOptions(az));
        const CloudReport ready = prepare(setup);
        QVERIFY2(ready.ok, qPrintable(ready.cause));
        QCOMPARE(actions(ready), QStringLiteral("hub:%1=exists").arg(QString::fromUtf8(az.hub())));
        const CloudReport a = *run(setup.ensureDevice(QStringLiteral("sas-a")));
        QVERIFY2(a.ok, qPrintable(a.cause));
        QCOMPARE(actions(a), QStringLiteral("secret:hub-device-key.sas-a=created device:sas-a=created"));
        const CloudReport b = *run(setup.ensureDevice(QStringLiteral("sas-b")));
        QVERIFY2(b.ok, qPrintable(b.cause));
        const QByteArray keyA = readSecret(*store, QStringLiteral("hub-device-key.sas-a"));
        const QByteArray keyB = readSecret(*store, QStringLiteral("hub-device-key.sas-b"));
        QVERIFY(!keyA.isEmpty() && !keyB.isEmpty() && keyA != keyB);
        QCOMPARE(actions(*run(setup.ensureDevice(QStringLiteral("sas-a")))), QStringLiteral("device:sas-a=exists"));
        const QDateTime since = QDateTime::currentDateTimeUtc();
        std::unique_ptr<Peer> dev(hubSasDevice(az, "sas-a", keyA));
        QVERIFY(connected(*dev));
        QTRY_COMPARE_WITH_TIMEOUT(run(setup.verifyDevice(QStringLiteral("sas-a"), {}, since))->verdict,
                                  DeviceCheck::Verdict::Seen, kWait);
        QCOMPARE(run(setup.verifyDevice(QStringLiteral("sas-b"), {}, since))->verdict,
                 DeviceCheck::Verdict::Registered);
        const DeviceCheck ghost = *run(setup.verifyDevice(QStringLiteral("sas-ghost"), {}, since));
        QCOMPARE(ghost.verdict, DeviceCheck::Verdict::NotRegistered);
        QVERIFY2(ghost.cause.contains(QLatin1String("sas-ghost")), qPrintable(ghost.cause));
        const CloudReport st = *run(setup.status());
        QVERIFY2(actions(st).contains(QLatin1String("device:sas-a=exists")) &&
                     actions(st).contains(QLatin1String("device:sas-b=exists")),
                 qPrintable(actions(st)));
    }
    void hubX509ByThumbprintOrByCa()
    {
        const auto store = secrets();
        CloudSetup setup(profile(Profile::Flow::HubX509), store.get(), setupOptions(az));
        QVERIFY(prepare(setup).ok);
        const QString thumb = QStringLiteral("AB12").repeated(16);
        const CloudReport made = *run(setup.ensureDevice(QStringLiteral("x-thumb"), {thumb, {}}));
        QVERIFY2(made.ok, qPrintable(made.cause));
        QCOMPARE(actions(made), QStringLiteral("device:x-thumb=created"));
        QVERIFY(!run(setup.ensureDevice(QStringLiteral("x-thumb"), {thumb, {}}))->changed());
        QCOMPARE(
            actions(*run(setup.ensureDevice(QStringLiteral("x-thumb"), {QStringLiteral("CD34").repeated(16), {}}))),
            QStringLiteral("device:x-thumb=updated"));
        const CloudReport noCert = *run(setup.ensureDevice(QStringLiteral("x-none")));
        QVERIFY(!noCert.ok);
        QCOMPARE(noCert.causeCode, QStringLiteral("profile"));
        Profile byCa = profile(Profile::Flow::HubX509);
        byCa.hub.x509Auth = QStringLiteral("ca");
        CloudSetup caSetup(byCa, store.get(), setupOptions(az));
        const CloudReport ca = *run(caSetup.ensureDevice(QStringLiteral("x-ca")));
        QVERIFY2(ca.ok, qPrintable(ca.cause));
        RegistryClient hub(hubEndpoint(az));
        QCOMPARE(RegistryClient::device(wait(hub.getDevice(QStringLiteral("x-ca"))))->auth,
                 DeviceIdentity::Auth::CertificateAuthority);
    }
    void connectionStringProblemsHaveTheirOwnCauses()
    {
        auto store = std::make_unique<MemorySecretStore>();
        CloudSetup missing(profile(Profile::Flow::HubSas), store.get(), setupOptions(az));
        const CloudReport m = prepare(missing);
        QCOMPARE(m.causeCode, QStringLiteral("secret_missing"));
        QVERIFY2(m.cause.contains(QLatin1String("hub-connection-string")), qPrintable(m.cause));
        writeSecret(*store, QStringLiteral("hub-connection-string"), "HostName=x;SharedAccessKey=AAAA");
        const CloudReport bad = prepare(missing);
        QCOMPARE(bad.causeCode, QStringLiteral("connection_string"));
        QVERIFY2(bad.cause.contains(QLatin1String("SharedAccessKeyName")), qPrintable(bad.cause));
        writeSecret(*store, QStringLiteral("hub-connection-string"),
                    (az.hubConnectionString().section(QStringLiteral("SharedAccessKey="), 0, 0) +
                     QStringLiteral("SharedAccessKey=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="))
                        .toUtf8());
        const CloudReport wrong = prepare(missing);
        QCOMPARE(wrong.causeCode, QStringLiteral("unauthorized"));
        QVERIFY2(wrong.cause.contains(QLatin1String("iothubowner")), qPrintable(wrong.cause));
        QVERIFY(!wrong.cause.contains(QLatin1String("AAECAwQF")));
    }
};

PS_REGISTER_TEST(CloudSetupTest);
#include "tst_cloudsetup.moc"
