// Local Azure and the station's service clients driven together with Microsoft's official Node.js
// SDKs (pinned in tests/integration/sdk/package-lock.json): the device SDK for both group kinds
// (telemetry with properties, C2D, twin get/patch, desired push, direct method, token renewal with
// the session kept) and the service SDKs creating what the station reads, and the other way round.
//
// The SDKs always dial port 443 (service) and 8883 (MQTT) of the connection string's host. Local
// Azure listens on those ports on two private loopback addresses (X.509 and SAS devices need
// separate MQTT listeners), which needs root or CAP_NET_BIND_SERVICE for 443: CI runs as root. Each
// Node process resolves the Azure host names to one of the addresses (sdk/hosts.js).
#include "cloud/nodesdk.h"
#include "cloud/servicesupport.h"
#include "provisioning/secretstore.h"
#include "testregistry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

#include <unistd.h>

using namespace cloudtest;

namespace {
constexpr int kWait = 30000;
}

class CloudSdkTest : public QObject
{
    Q_OBJECT
    LocalAzure az;
    QString x509Address, sasAddress;

    QString hosts(const QString &address) const
    {
        return QStringList{QString::fromUtf8(az.hub()), az.dpsServiceHost(), az.info.value(u"dps_host").toString()}
                   .join(QStringLiteral("=") + address + u',') +
               u'=' + address;
    }
    QHash<QString, QString> serviceEnv() const
    {
        return {{QStringLiteral("HUB_CONNECTION_STRING"), az.hubConnectionString()},
                {QStringLiteral("DPS_CONNECTION_STRING"), az.dpsConnectionString()}};
    }
    // One call of the service SDKs (service.js).
    QJsonObject serviceSdk(const QStringList &args)
    {
        NodeProcess p(QStringLiteral("service.js"), args, hosts(sasAddress), QString::fromUtf8(az.caFile()),
                      serviceEnv());
        const QJsonObject r = p.result();
        if (r.isEmpty() || r.contains(QStringLiteral("error")))
            qWarning().noquote() << "service.js" << args << QJsonDocument(r).toJson(QJsonDocument::Compact)
                                 << p.errors();
        return r;
    }
    std::unique_ptr<NodeProcess> device(const QJsonObject &config, const QString &address)
    {
        return std::make_unique<NodeProcess>(
            QStringLiteral("device.js"), QStringList(), hosts(address), QString::fromUtf8(az.caFile()),
            QHash<QString, QString>{{QStringLiteral("LAZ_DEVICE"),
                                     QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))}});
    }
    QJsonObject deviceConfig(const QString &registrationId) const
    {
        return QJsonObject{{QStringLiteral("dpsHost"), az.info.value(u"dps_host")},
                           {QStringLiteral("idScope"), QString::fromUtf8(az.scope())},
                           {QStringLiteral("registrationId"), registrationId}};
    }
    QJsonArray telemetryOf(const QString &deviceId)
    {
        const CliResult r = az.run({"hub", "telemetry", "--json", "--device", deviceId});
        QJsonArray out;
        for (const QByteArray &line : r.out.split('\n'))
            if (!line.trimmed().isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
        return out;
    }

private slots:
    void initTestCase()
    {
        mosquitto_lib_init();
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty(),
                 "node is missing: apt-get install nodejs npm (installer/bootstrap.sh test installs them)");
        QProcess install;
        install.start(sdkSourceDir() + QStringLiteral("/install.sh"),
                      {QDir(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/..")).absolutePath()});
        QVERIFY2(install.waitForFinished(600000) && install.exitCode() == 0,
                 "installing the Node.js SDKs failed (tests/integration/sdk/install.sh BUILD_DIR needs npm and the "
                 "npm registry): " +
                     install.readAllStandardError());
        // Two private loopback addresses for this run, so parallel runs do not collide on 443/8883.
        const int a = 100 + int(::getpid() % 100), b = int((::getpid() / 100) % 250) + 1;
        x509Address = QStringLiteral("127.%1.%2.1").arg(a).arg(b);
        sasAddress = QStringLiteral("127.%1.%2.2").arg(a).arg(b);
        QVERIFY2(az.start({QStringLiteral("--x509-bind"), x509Address, QStringLiteral("--sas-bind"), sasAddress,
                           QStringLiteral("--x509-port"), QStringLiteral("8883"), QStringLiteral("--sas-port"),
                           QStringLiteral("8883"), QStringLiteral("--service-port"), QStringLiteral("443"),
                           QStringLiteral("--assignment-delay-ms"), QStringLiteral("100"),
                           QStringLiteral("--retry-after"), QStringLiteral("1")}),
                 "local-azure could not listen on port 443/8883 of 127.x.y.1/.2: the SDK tests need root (as CI "
                 "runs) or CAP_NET_BIND_SERVICE, e.g. sysctl net.ipv4.ip_unprivileged_port_start=443");
        QCOMPARE(az.servicePort(), quint16(443));
    }
    void cleanupTestCase() { QCOMPARE(az.stop(), 0); }

    void serviceSdkCreatesWhatTheStationReads()
    {
        const QJsonObject made = serviceSdk({QStringLiteral("registry-create"), QStringLiteral("sdk-made-1")});
        const QString key = made[u"authentication"][u"symmetricKey"][u"primaryKey"].toString();
        QVERIFY2(!key.isEmpty(), QJsonDocument(made).toJson());
        RegistryClient hub(hubEndpoint(az));
        const auto read = RegistryClient::device(wait(hub.getDevice(QStringLiteral("sdk-made-1"))));
        QVERIFY(read);
        QCOMPARE(read->primaryKey, key);
        QCOMPARE(read->etag, made[u"etag"].toString());
        const QJsonObject group = serviceSdk({QStringLiteral("group-create-symmetric"), QStringLiteral("sdk-group-1")});
        QCOMPARE(group[u"enrollmentGroupId"].toString(), QStringLiteral("sdk-group-1"));
        const QJsonObject keys = serviceSdk({QStringLiteral("group-attestation"), QStringLiteral("sdk-group-1")});
        DpsServiceClient dps(dpsEndpoint(az));
        const auto att =
            DpsServiceClient::attestation(wait(dps.getEnrollmentGroupAttestation(QStringLiteral("sdk-group-1"))));
        QVERIFY(att);
        QCOMPARE(att->primaryKey, keys[u"symmetricKey"][u"primaryKey"].toString());
        QVERIFY(!att->primaryKey.isEmpty());
    }
    void stationCreatesWhatTheServiceSdkReads()
    {
        RegistryClient hub(hubEndpoint(az));
        DeviceIdentity d;
        d.deviceId = QStringLiteral("station-made-1");
        d.primaryKey = QString::fromLatin1(QByteArray(32, 'p').toBase64());
        d.secondaryKey = QString::fromLatin1(QByteArray(32, 's').toBase64());
        QVERIFY(wait(hub.createDevice(d)).ok());
        const QJsonObject read = serviceSdk({QStringLiteral("registry-get"), QStringLiteral("station-made-1")});
        QCOMPARE(read[u"authentication"][u"type"].toString(), QStringLiteral("sas"));
        QCOMPARE(read[u"authentication"][u"symmetricKey"][u"primaryKey"].toString(), d.primaryKey);
        DpsServiceClient dps(dpsEndpoint(az));
        EnrollmentGroup g;
        g.id = QStringLiteral("station-group-1");
        g.attestation.primaryKey = QString::fromLatin1(QByteArray(64, 'g').toBase64());
        QVERIFY(wait(dps.createEnrollmentGroup(g)).ok());
        const QJsonObject got = serviceSdk({QStringLiteral("group-get"), QStringLiteral("station-group-1")});
        QCOMPARE(got[u"attestation"][u"type"].toString(), QStringLiteral("symmetricKey"));
        const QJsonObject keys = serviceSdk({QStringLiteral("group-attestation"), QStringLiteral("station-group-1")});
        QCOMPARE(keys[u"symmetricKey"][u"primaryKey"].toString(), g.attestation.primaryKey);
    }
    // Reason for the length: one device's whole session, in the order a device lives it.
    void symmetricKeyGroupDeviceLivesAFullSession()
    {
        DpsServiceClient dps(dpsEndpoint(az));
        EnrollmentGroup g;
        g.id = QStringLiteral("sdk-sym-group");
        g.attestation.primaryKey = QString::fromLatin1(QByteArray(64, 'k').toBase64());
        QVERIFY(wait(dps.createEnrollmentGroup(g)).ok());
        QJsonObject config = deviceConfig(QStringLiteral("node-sym-1"));
        config.insert(QStringLiteral("groupKey"), g.attestation.primaryKey);
        const auto dev = device(config, sasAddress);
        const QJsonObject assigned = dev->waitEvent(QStringLiteral("assigned"));
        QCOMPARE(assigned[u"hub"].toString(), QString::fromUtf8(az.hub()));
        QCOMPARE(dev->waitEvent(QStringLiteral("ready"))[u"event"].toString(), QStringLiteral("ready"));
        // Telemetry with application and system properties.
        dev->send("telemetry {\"body\":{\"temperature\":21.5},\"properties\":{\"level\":\"warn\"}}");
        QCOMPARE(dev->waitEvent(QStringLiteral("sent"))[u"event"].toString(), QStringLiteral("sent"));
        const QJsonObject t = telemetryOf(QStringLiteral("node-sym-1")).last().toObject();
        QCOMPARE(t[u"properties"][u"level"].toString(), QStringLiteral("warn"));
        QCOMPARE(t[u"properties"][u"$.ct"].toString(), QStringLiteral("application/json"));
        QCOMPARE(QJsonDocument::fromJson(t[u"body"].toString().toUtf8())[u"temperature"].toDouble(), 21.5);
        // Reported properties, read back through the station's registry client.
        dev->send("report {\"firmware\":\"3.1.0\"}");
        QCOMPARE(dev->waitEvent(QStringLiteral("reported"))[u"event"].toString(), QStringLiteral("reported"));
        RegistryClient hub(hubEndpoint(az));
        QCOMPARE(RegistryClient::twin(wait(hub.getTwin(QStringLiteral("node-sym-1"))))
                     ->reported.value(u"firmware")
                     .toString(),
                 QStringLiteral("3.1.0"));
        // Desired push from the station's client.
        QVERIFY(wait(hub.updateTwin(QStringLiteral("node-sym-1"),
                                    QJsonObject{{QStringLiteral("properties"),
                                                 QJsonObject{{QStringLiteral("desired"),
                                                              QJsonObject{{QStringLiteral("interval"), 42}}}}}}))
                    .ok());
        QCOMPARE(dev->waitEvent(QStringLiteral("desired"))[u"patch"][u"interval"].toInt(), 42);
        // Direct methods from the station's client and from the service SDK.
        const ServiceResult ours = wait(hub.invokeMethod(QStringLiteral("node-sym-1"), QStringLiteral("reboot"),
                                                         QJsonObject{{QStringLiteral("delay"), 1}}));
        QVERIFY2(ours.ok(), qPrintable(causeOf(ours)));
        QCOMPARE(RegistryClient::methodResponse(ours)->payload.toObject().value(u"rebooted").toBool(), true);
        QCOMPARE(dev->waitEvent(QStringLiteral("method"))[u"payload"][u"delay"].toInt(), 1);
        const QJsonObject theirs = serviceSdk({QStringLiteral("invoke"), QStringLiteral("node-sym-1"),
                                               QStringLiteral("reboot"), QStringLiteral("{\"delay\":2}")});
        QCOMPARE(theirs[u"status"].toInt(), 200);
        QCOMPARE(theirs[u"payload"][u"echo"][u"delay"].toInt(), 2);
        // Cloud-to-device.
        QCOMPARE(az.run({"hub", "c2d", "send", "--device", "node-sym-1", "--body", "first", "--property", "k=v"}).code,
                 0);
        const QJsonObject c2d = dev->waitEvent(QStringLiteral("c2d"));
        QCOMPARE(c2d[u"body"].toString(), QStringLiteral("first"));
        QCOMPARE(c2d[u"properties"][u"k"].toString(), QStringLiteral("v"));
        // Token renewal: the SDK reconnects with cleanSession=false and does not subscribe again.
        const auto before = RegistryClient::device(wait(hub.getDevice(QStringLiteral("node-sym-1"))));
        dev->send("renew");
        QCOMPARE(dev->waitEvent(QStringLiteral("renewed"))[u"event"].toString(), QStringLiteral("renewed"));
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const auto now =
                                         RegistryClient::device(wait(hub.getDevice(QStringLiteral("node-sym-1"))));
                                     return now && now->isConnected() &&
                                            now->connectionStateUpdatedTime > before->connectionStateUpdatedTime;
                                 }()),
                                 kWait);
        QCOMPARE(az.run({"hub", "c2d", "send", "--device", "node-sym-1", "--body", "after-renewal"}).code, 0);
        QCOMPARE(dev->waitEvent(QStringLiteral("c2d"))[u"body"].toString(), QStringLiteral("after-renewal"));
        dev->send("twin-get");
        QCOMPARE(dev->waitEvent(QStringLiteral("twin"))[u"desired"][u"interval"].toInt(), 42);
        // The station's verdict: the hub saw this device.
        Profile p;
        p.flow = Profile::Flow::DpsSymmetric;
        auto store = std::make_unique<MemorySecretStore>();
        store->write(QStringLiteral("hub-connection-string"), az.hubConnectionString().toUtf8())->deleteLater();
        CloudSetup setup(p, store.get(), setupOptions(az));
        const DeviceCheck seen =
            *run(setup.verifyDevice(QStringLiteral("node-sym-1"), {}, QDateTime::currentDateTimeUtc().addSecs(-60)));
        QVERIFY2(seen.verdict == DeviceCheck::Verdict::Seen, qPrintable(seen.cause));
        dev->send("quit");
    }
    void x509GroupDeviceProvisionsAndAnswersTheServiceSdk()
    {
        const auto ca = az.issue(QStringLiteral("sdk-ca"), QStringLiteral("SDK Test CA"),
                                 {QStringLiteral("--ca"), QStringLiteral("--self-signed")});
        // Azure's management plane: the CA uploaded and verified in DPS.
        QCOMPARE(az.run({"dps", "ca", "add", "--cert", ca.first, "--verified"}).code, 0);
        QFile caPem(ca.first);
        QVERIFY(caPem.open(QIODevice::ReadOnly));
        DpsServiceClient dps(dpsEndpoint(az));
        EnrollmentGroup g;
        g.id = QStringLiteral("sdk-x509-group");
        g.attestation.type = Attestation::Type::X509;
        g.attestation.certificatePem = QString::fromLatin1(caPem.readAll());
        const ServiceResult made = wait(dps.createEnrollmentGroup(g));
        QVERIFY2(made.ok(), qPrintable(causeOf(made)));
        const auto leaf = az.issue(QStringLiteral("node-x509"), QStringLiteral("node-x509-1"),
                                   {QStringLiteral("--ca-cert"), ca.first, QStringLiteral("--ca-key"), ca.second});
        QJsonObject config = deviceConfig(QStringLiteral("node-x509-1"));
        config.insert(QStringLiteral("cert"), leaf.first);
        config.insert(QStringLiteral("key"), leaf.second);
        const auto dev = device(config, x509Address);
        QCOMPARE(dev->waitEvent(QStringLiteral("assigned"))[u"deviceId"].toString(), QStringLiteral("node-x509-1"));
        QCOMPARE(dev->waitEvent(QStringLiteral("ready"))[u"event"].toString(), QStringLiteral("ready"));
        // DPS made the hub identity self-signed with the leaf's SHA-256 thumbprint.
        RegistryClient hub(hubEndpoint(az));
        const auto identity = RegistryClient::device(wait(hub.getDevice(QStringLiteral("node-x509-1"))));
        QVERIFY(identity);
        QCOMPARE(identity->auth, DeviceIdentity::Auth::SelfSigned);
        const auto cert = QSslCertificate::fromPath(leaf.first, QSsl::Pem).first();
        QCOMPARE(identity->primaryThumbprint,
                 QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex().toUpper()));
        const QJsonObject answer = serviceSdk({QStringLiteral("invoke"), QStringLiteral("node-x509-1"),
                                               QStringLiteral("reboot"), QStringLiteral("{\"x\":1}")});
        QCOMPARE(answer[u"status"].toInt(), 200);
        const QJsonObject twin = serviceSdk({QStringLiteral("twin-update"), QStringLiteral("node-x509-1"),
                                             QStringLiteral("{\"properties\":{\"desired\":{\"mode\":\"eco\"}}}")});
        QCOMPARE(twin[u"desired"][u"mode"].toString(), QStringLiteral("eco"));
        QCOMPARE(dev->waitEvent(QStringLiteral("desired"))[u"patch"][u"mode"].toString(), QStringLiteral("eco"));
        dev->send("twin-get");
        QCOMPARE(dev->waitEvent(QStringLiteral("twin"))[u"desired"][u"mode"].toString(), QStringLiteral("eco"));
        dev->send("quit");
    }
};

PS_REGISTER_TEST(CloudSdkTest);
#include "tst_cloudsdk.moc"
