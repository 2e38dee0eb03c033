// The station's service clients (core/azure/service) against local Azure's service APIs, and the
// device-side behaviour those APIs rely on (sessions, methods, desired pushes), with real MQTT
// devices through libmosquitto.
#include "cloud/servicesupport.h"
#include "testregistry.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTest>

using namespace cloudtest;

namespace {

const QByteArray kKey = "c2VjcmV0LWRldmljZS1rZXktZm9yLWxvY2FsLWF6dXJlIQ==";
const QByteArray kGroupKey = "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==";
constexpr int kWait = 10000;

QJsonObject json(const QByteArray &b)
{
    return QJsonDocument::fromJson(b).object();
}

// The next message @p peer receives after @p before, or an empty one at the deadline.
Message nextMessage(Peer &peer, int before, int ms = kWait)
{
    if (!QTest::qWaitFor([&] { return peer.count() > before; }, ms))
        return {};
    return peer.at(before);
}

bool connected(Peer &p)
{
    return QTest::qWaitFor([&] { return p.connackRc() != -1 || p.isDisconnected(); }, kWait) && p.connackRc() == 0;
}

bool subscribed(Peer &p, const char *filter)
{
    p.granted = -2;
    p.subscribe(filter);
    return QTest::qWaitFor([&] { return p.grantedQos() != -2; }, kWait) && p.grantedQos() >= 0;
}

} // namespace

class CloudServiceTest : public QObject
{
    Q_OBJECT
    LocalAzure az;

    DeviceIdentity sasDevice(const QString &id, const QString &key = {})
    {
        DeviceIdentity d;
        d.deviceId = id;
        d.primaryKey = key;
        d.secondaryKey = key.isEmpty() ? QString() : QString::fromLatin1(kGroupKey.left(44));
        return d;
    }

private slots:
    void initTestCase()
    {
        mosquitto_lib_init();
        QVERIFY(az.start({QStringLiteral("--assignment-delay-ms"), QStringLiteral("200"),
                          QStringLiteral("--retry-after"), QStringLiteral("1")}));
        QVERIFY(az.servicePort() > 0);
        QVERIFY(az.hubConnectionString().startsWith(QLatin1String("HostName=") + QString::fromUtf8(az.hub())));
    }
    void cleanupTestCase() { QCOMPARE(az.stop(), 0); }

    void registryCreatesReadsUpdatesAndDeletesWithEtags()
    {
        RegistryClient hub(hubEndpoint(az));
        const ServiceResult made = wait(hub.createDevice(sasDevice(QStringLiteral("crud-1"))));
        QVERIFY2(made.ok(), qPrintable(causeOf(made)));
        const auto d = RegistryClient::device(made);
        QVERIFY(d);
        QCOMPARE(d->auth, DeviceIdentity::Auth::Sas);
        QCOMPARE(QByteArray::fromBase64(d->primaryKey.toLatin1()).size(), 32); // the hub made both keys
        QVERIFY(!d->etag.isEmpty());
        QVERIFY(!d->lastActivityTime.isValid()); // "never"
        const ServiceResult again = wait(hub.createDevice(sasDevice(QStringLiteral("crud-1"))));
        QVERIFY(again.error);
        QCOMPARE(again.error->kind, ServiceError::Kind::Conflict);
        QCOMPARE(again.error->name, QStringLiteral("DeviceAlreadyExists"));
        DeviceIdentity changed = *d;
        changed.enabled = false;
        const ServiceResult stale = wait(hub.updateDevice(changed, "NOT-THE-ETAG"));
        QVERIFY(stale.error);
        QCOMPARE(stale.error->kind, ServiceError::Kind::PreconditionFailed);
        const ServiceResult updated = wait(hub.updateDevice(changed, d->etag.toUtf8()));
        QVERIFY2(updated.ok(), qPrintable(causeOf(updated)));
        QVERIFY(!RegistryClient::device(updated)->enabled);
        QVERIFY(RegistryClient::device(updated)->etag != d->etag);
        QVERIFY(wait(hub.deleteDevice(QStringLiteral("crud-1"))).ok());
        const ServiceResult gone = wait(hub.getDevice(QStringLiteral("crud-1")));
        QVERIFY(gone.error);
        QCOMPARE(gone.error->kind, ServiceError::Kind::NotFound);
        QCOMPARE(gone.error->name, QStringLiteral("DeviceNotFound"));
    }
    void thumbprintAndCaIdentitiesKeepTheirAuthentication()
    {
        RegistryClient hub(hubEndpoint(az));
        DeviceIdentity x;
        x.deviceId = QStringLiteral("thumb-1");
        x.auth = DeviceIdentity::Auth::SelfSigned;
        x.primaryThumbprint = QStringLiteral("0123456789abcdef").repeated(4);
        const ServiceResult r = wait(hub.createDevice(x));
        QVERIFY2(r.ok(), qPrintable(causeOf(r)));
        QCOMPARE(RegistryClient::device(r)->primaryThumbprint, x.primaryThumbprint.toUpper());
        DeviceIdentity ca;
        ca.deviceId = QStringLiteral("ca-1");
        ca.auth = DeviceIdentity::Auth::CertificateAuthority;
        QCOMPARE(RegistryClient::device(wait(hub.createDevice(ca)))->auth, DeviceIdentity::Auth::CertificateAuthority);
        DeviceIdentity bad = x;
        bad.deviceId = QStringLiteral("thumb-2");
        bad.primaryThumbprint = QStringLiteral("123");
        const ServiceResult refused = wait(hub.createDevice(bad));
        QVERIFY(refused.error);
        QCOMPARE(refused.error->kind, ServiceError::Kind::BadRequest);
        QVERIFY2(refused.error->cause.contains(QLatin1String("thumbprint")), qPrintable(refused.error->cause));
    }
    void connectedDeviceShowsStateAndActivityAndGetsDesiredPushes()
    {
        RegistryClient hub(hubEndpoint(az));
        QVERIFY(wait(hub.createDevice(sasDevice(QStringLiteral("twin-1"), QString::fromLatin1(kKey)))).ok());
        std::unique_ptr<Peer> dev(hubSasDevice(az, "twin-1", kKey));
        QVERIFY(connected(*dev));
        QVERIFY(subscribed(*dev, "$iothub/twin/PATCH/properties/desired/#"));
        QTRY_VERIFY_WITH_TIMEOUT(RegistryClient::device(wait(hub.getDevice(QStringLiteral("twin-1"))))->isConnected(),
                                 kWait);
        const auto seen = RegistryClient::device(wait(hub.getDevice(QStringLiteral("twin-1"))));
        QVERIFY(seen->lastActivityTime.isValid());
        const int before = dev->count();
        const ServiceResult patched = wait(hub.updateTwin(
            QStringLiteral("twin-1"),
            QJsonObject{{QStringLiteral("tags"), QJsonObject{{QStringLiteral("line"), 3}}},
                        {QStringLiteral("properties"),
                         QJsonObject{{QStringLiteral("desired"), QJsonObject{{QStringLiteral("interval"), 60}}}}}}));
        QVERIFY2(patched.ok(), qPrintable(causeOf(patched)));
        const auto twin = RegistryClient::twin(patched);
        QCOMPARE(twin->tags.value(u"line").toInt(), 3);
        QCOMPARE(twin->desired.value(u"interval").toInt(), 60);
        const Message push = nextMessage(*dev, before);
        QCOMPARE(push.topic, QByteArray("$iothub/twin/PATCH/properties/desired/?$version=") +
                                 QByteArray::number(twin->desired.value(u"$version").toInteger()));
        QCOMPARE(json(push.payload).value(u"interval").toInt(), 60);
        // A twin etag that is no longer current is refused.
        const ServiceResult stale = wait(hub.updateTwin(QStringLiteral("twin-1"), QJsonObject(), "AAAAAAAAAAE="));
        QVERIFY(stale.error);
        QCOMPARE(stale.error->kind, ServiceError::Kind::PreconditionFailed);
    }
    void directMethodsReachTheDeviceAndComeBack()
    {
        RegistryClient hub(hubEndpoint(az));
        QVERIFY(wait(hub.createDevice(sasDevice(QStringLiteral("method-1"), QString::fromLatin1(kKey)))).ok());
        const ServiceResult offline =
            wait(hub.invokeMethod(QStringLiteral("method-1"), QStringLiteral("reboot"), QJsonObject()));
        QVERIFY(offline.error);
        QCOMPARE(offline.error->code, 404103);
        std::unique_ptr<Peer> dev(hubSasDevice(az, "method-1", kKey));
        QVERIFY(connected(*dev));
        QVERIFY(subscribed(*dev, "$iothub/methods/POST/#"));
        const int before = dev->count();
        ServiceReply *call = hub.invokeMethod(QStringLiteral("method-1"), QStringLiteral("reboot"),
                                              QJsonObject{{QStringLiteral("delay"), 5}});
        const Message request = nextMessage(*dev, before);
        QVERIFY2(request.topic.startsWith("$iothub/methods/POST/reboot/?$rid="), request.topic);
        QCOMPARE(json(request.payload).value(u"delay").toInt(), 5);
        const QByteArray rid = request.topic.mid(request.topic.indexOf("$rid=") + 5);
        dev->publish("$iothub/methods/res/201/?$rid=" + rid, "{\"rebooting\":true}");
        const ServiceResult answered = wait(call);
        QVERIFY2(answered.ok(), qPrintable(causeOf(answered)));
        const auto response = RegistryClient::methodResponse(answered);
        QCOMPARE(response->status, 201);
        QCOMPARE(response->payload.toObject().value(u"rebooting").toBool(), true);
    }
    void silentDeviceGivesGatewayTimeoutWithoutRetry()
    {
        RegistryClient hub(hubEndpoint(az));
        QVERIFY(wait(hub.createDevice(sasDevice(QStringLiteral("method-2"), QString::fromLatin1(kKey)))).ok());
        std::unique_ptr<Peer> dev(hubSasDevice(az, "method-2", kKey));
        QVERIFY(connected(*dev));
        QVERIFY(subscribed(*dev, "$iothub/methods/POST/#"));
        const ServiceResult r =
            wait(hub.invokeMethod(QStringLiteral("method-2"), QStringLiteral("hang"), QJsonValue(), 5), 30000);
        QVERIFY(r.error);
        QCOMPARE(r.error->httpStatus, 504);
        QCOMPARE(r.error->code, 504101);
        QCOMPARE(r.attempts, 1);
    }
    void wrongKeyAndMissingRightAreRefusedWithClearCauses()
    {
        const QString wrong = az.hubConnectionString().section(QStringLiteral("SharedAccessKey="), 0, 0) +
                              QStringLiteral("SharedAccessKey=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        RegistryClient bad(hubEndpoint(az, wrong));
        const ServiceResult r = wait(bad.getDevice(QStringLiteral("anyone")));
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, ServiceError::Kind::Unauthorized);
        QVERIFY2(r.error->cause.contains(QLatin1String("iothubowner")) &&
                     r.error->cause.contains(QLatin1String("Shared access policies")),
                 qPrintable(r.error->cause));
        // A policy with RegistryRead only may read but not create.
        const QString keyFile = az.state() + QStringLiteral("/reader.key");
        QVERIFY(writePrivateFile(keyFile, kKey));
        QCOMPARE(az.run({"hub", "policy", "set", "--name", "reader", "--rights", "RegistryRead", "--key-file", keyFile})
                     .code,
                 0);
        RegistryClient reader(
            hubEndpoint(az, QStringLiteral("HostName=%1;SharedAccessKeyName=reader;SharedAccessKey=%2")
                                .arg(QString::fromUtf8(az.hub()), QString::fromLatin1(kKey))));
        QVERIFY(wait(reader.getDevice(QStringLiteral("anyone"))).error->kind == ServiceError::Kind::NotFound);
        const ServiceResult write = wait(reader.createDevice(sasDevice(QStringLiteral("by-reader"))));
        QVERIFY(write.error);
        QCOMPARE(write.error->kind, ServiceError::Kind::Unauthorized);
        QVERIFY2(write.error->cause.contains(QLatin1String("RegistryWrite")), qPrintable(write.error->cause));
    }
    void throttledRequestWaitsOutRetryAfter()
    {
        QCOMPARE(az.run({"service", "fail", "--mode", "throttled", "--retry-after", "1", "--count", "1"}).code, 0);
        RegistryClient hub(hubEndpoint(az));
        ServiceReply *reply = hub.getDevice(QStringLiteral("nobody"));
        QSignalSpy retrying(reply, &ServiceReply::retrying);
        const ServiceResult r = wait(reply);
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.first().at(1).toInt(), 1000); // the service's Retry-After, honoured
        QCOMPARE(r.attempts, 2);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, ServiceError::Kind::NotFound); // the answer after the throttling
    }
    void throttlingThatOutlastsTheRetriesIsReported()
    {
        QCOMPARE(az.run({"service", "fail", "--mode", "unavailable", "--retry-after", "0", "--count", "10"}).code, 0);
        Endpoint e = dpsEndpoint(az);
        e.maxAttempts = 2;
        DpsServiceClient dps(e);
        const ServiceResult r = wait(dps.getEnrollmentGroup(QStringLiteral("any")));
        QCOMPARE(az.run({"service", "fail", "--mode", "none"}).code, 0);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, ServiceError::Kind::Server);
        QCOMPARE(r.attempts, 2);
        QVERIFY2(r.error->cause.contains(QLatin1String("503")), qPrintable(r.error->cause));
    }
    void symmetricGroupKeysComeOnlyFromTheAttestationMechanism()
    {
        DpsServiceClient dps(dpsEndpoint(az));
        EnrollmentGroup g;
        g.id = QStringLiteral("sym-1");
        const ServiceResult made = wait(dps.createEnrollmentGroup(g));
        QVERIFY2(made.ok(), qPrintable(causeOf(made)));
        const ServiceResult got = wait(dps.getEnrollmentGroup(QStringLiteral("sym-1")));
        QVERIFY(DpsServiceClient::group(got)->attestation.primaryKey.isEmpty());
        const auto att =
            DpsServiceClient::attestation(wait(dps.getEnrollmentGroupAttestation(QStringLiteral("sym-1"))));
        QCOMPARE(QByteArray::fromBase64(att->primaryKey.toLatin1()).size(), 64);
        const ServiceResult again = wait(dps.createEnrollmentGroup(g));
        QCOMPARE(again.error->kind, ServiceError::Kind::Conflict);
        g.enabled = false;
        QVERIFY(wait(dps.updateEnrollmentGroup(g, "\"stale\"")).error->kind == ServiceError::Kind::PreconditionFailed);
        const ServiceResult disabled = wait(dps.updateEnrollmentGroup(g, DpsServiceClient::group(got)->etag.toUtf8()));
        QVERIFY2(disabled.ok(), qPrintable(causeOf(disabled)));
        QVERIFY(!DpsServiceClient::group(disabled)->enabled);
        QVERIFY(wait(dps.deleteEnrollmentGroup(QStringLiteral("sym-1"))).ok());
        QCOMPARE(wait(dps.getEnrollmentGroup(QStringLiteral("sym-1"))).error->code, 404204);
    }
    void x509GroupNeedsAVerifiedCa()
    {
        const auto ca = az.issue(QStringLiteral("line-ca"), QStringLiteral("Line CA"),
                                 {QStringLiteral("--ca"), QStringLiteral("--self-signed")});
        QFile pem(ca.first);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        EnrollmentGroup g;
        g.id = QStringLiteral("x509-1");
        g.attestation.type = Attestation::Type::X509;
        g.attestation.certificatePem = QString::fromLatin1(pem.readAll());
        DpsServiceClient dps(dpsEndpoint(az));
        const ServiceResult refused = wait(dps.createEnrollmentGroup(g));
        QVERIFY(refused.error);
        QCOMPARE(refused.error->kind, ServiceError::Kind::BadRequest);
        QVERIFY2(refused.error->cause.contains(QLatin1String("verification code")), qPrintable(refused.error->cause));
        // Azure's management-plane step: upload, verification code, proof of possession.
        QCOMPARE(az.run({"dps", "ca", "add", "--name", "line-ca", "--cert", ca.first}).code, 0);
        const CliResult code = az.run({"dps", "ca", "verification-code", "--name", "line-ca"});
        QCOMPARE(code.code, 0);
        const QString cn = json(code.out).value(u"verificationCode").toString();
        const auto proof = az.issue(QStringLiteral("proof"), cn,
                                    {QStringLiteral("--ca-cert"), ca.first, QStringLiteral("--ca-key"), ca.second});
        QCOMPARE(az.run({"dps", "ca", "verify", "--name", "line-ca", "--cert", proof.first}).code, 0);
        const ServiceResult made = wait(dps.createEnrollmentGroup(g));
        QVERIFY2(made.ok(), qPrintable(causeOf(made)));
        QCOMPARE(DpsServiceClient::group(made)->attestation.subjectName, QStringLiteral("CN=Line CA"));
    }
    void individualEnrollmentsAndRegistrationStates()
    {
        DpsServiceClient dps(dpsEndpoint(az));
        IndividualEnrollment e;
        e.registrationId = QStringLiteral("single-1");
        e.attestation.primaryKey = QString::fromLatin1(kKey);
        QVERIFY(wait(dps.createEnrollment(e)).ok());
        QCOMPARE(DpsServiceClient::enrollment(wait(dps.getEnrollment(QStringLiteral("single-1"))))->registrationId,
                 QStringLiteral("single-1"));
        EnrollmentGroup g;
        g.id = QStringLiteral("reg-group");
        g.attestation.primaryKey = QString::fromLatin1(kGroupKey);
        QVERIFY(wait(dps.createEnrollmentGroup(g)).ok());
        // A device registers over MQTT with its derived key; the service then reports its state.
        const QByteArray reg = "reg-device-1";
        Peer p(reg, az.scope() + "/registrations/" + reg + "/api-version=2019-03-31",
               sas(az.scope() + "%2Fregistrations%2F" + reg, derivedKey(kGroupKey, reg), inOneHour(), "registration"),
               az);
        QVERIFY(connected(p));
        QVERIFY(subscribed(p, "$dps/registrations/res/#"));
        int before = p.count();
        p.publish("$dps/registrations/PUT/iotdps-register/?$rid=1", "{\"registrationId\":\"" + reg + "\"}");
        const QByteArray op = json(nextMessage(p, before).payload).value(u"operationId").toString().toUtf8();
        QVERIFY(!op.isEmpty());
        bool assigned = false; // 202 while assigning; each poll waits for its own answer
        for (QDeadlineTimer until(kWait); !assigned && !until.hasExpired();) {
            before = p.count();
            p.publish("$dps/registrations/GET/iotdps-get-operationstatus/?$rid=2&operationId=" + op, "{}");
            assigned = nextMessage(p, before).topic.startsWith("$dps/registrations/res/200/");
        }
        QVERIFY(assigned);
        const auto state = DpsServiceClient::registrationState(wait(dps.getRegistrationState(QString::fromUtf8(reg))));
        QVERIFY(state);
        QCOMPARE(state->status, QStringLiteral("assigned"));
        QCOMPARE(state->assignedHub, QString::fromUtf8(az.hub()));
        QCOMPARE(state->deviceId, QString::fromUtf8(reg));
        const ServiceResult list = wait(dps.queryRegistrationStates(QStringLiteral("reg-group")));
        QCOMPARE(list.json.toArray().size(), 1);
        QVERIFY(wait(dps.deleteRegistrationState(QString::fromUtf8(reg))).ok());
        QCOMPARE(wait(dps.getRegistrationState(QString::fromUtf8(reg))).error->code, 404201);
    }
    void sessionKeptOnCleanSessionFalseReconnect()
    {
        RegistryClient hub(hubEndpoint(az));
        QVERIFY(wait(hub.createDevice(sasDevice(QStringLiteral("session-1"), QString::fromLatin1(kKey)))).ok());
        {
            std::unique_ptr<Peer> first(hubSasDevice(az, "session-1", kKey, false));
            QVERIFY(connected(*first));
            QVERIFY(subscribed(*first, "$iothub/twin/res/#"));
            QVERIFY(subscribed(*first, "devices/session-1/messages/devicebound/#"));
        }
        // Queued while the device is away.
        QCOMPARE(az.run({"hub", "c2d", "send", "--device", "session-1", "--body", "after-reconnect"}).code, 0);
        std::unique_ptr<Peer> again(hubSasDevice(az, "session-1", kKey, false));
        QVERIFY(connected(*again));
        // No SUBSCRIBE this time: the kept session's subscriptions still deliver.
        const Message c2d = nextMessage(*again, 0);
        QVERIFY2(c2d.topic.startsWith("devices/session-1/messages/devicebound/"), c2d.topic);
        QCOMPARE(c2d.payload, QByteArray("after-reconnect"));
        const int before = again->count();
        again->publish("$iothub/twin/GET/?$rid=7", QByteArray());
        const Message twin = nextMessage(*again, before);
        QCOMPARE(twin.topic, QByteArray("$iothub/twin/res/200/?$rid=7"));
        QVERIFY(json(twin.payload).contains(QStringLiteral("desired")));
    }
    void twinErrorAnswersCarryAnErrorCode()
    {
        RegistryClient hub(hubEndpoint(az));
        QVERIFY(wait(hub.createDevice(sasDevice(QStringLiteral("twin-err"), QString::fromLatin1(kKey)))).ok());
        std::unique_ptr<Peer> dev(hubSasDevice(az, "twin-err", kKey));
        QVERIFY(connected(*dev));
        QVERIFY(subscribed(*dev, "$iothub/twin/res/#"));
        dev->publish("$iothub/twin/PATCH/properties/reported/?$rid=9", "not json");
        const Message m = nextMessage(*dev, 0);
        QCOMPARE(m.topic, QByteArray("$iothub/twin/res/400/?$rid=9"));
        QCOMPARE(json(m.payload).value(u"errorCode").toInt(), 400004);
        QVERIFY(!json(m.payload).value(u"message").toString().isEmpty());
    }
};

PS_REGISTER_TEST(CloudServiceTest);
#include "tst_cloudapi.moc"
