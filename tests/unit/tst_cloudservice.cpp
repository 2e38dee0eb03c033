// core/azure/service without a network: connection strings, the service SAS token (vector of
// azure-service-api.md §1.2, restated here), and Azure's error shapes (§2.5, §4.6) turned into causes.

#include "azure/sas.h"
#include "azure/service/connectionstring.h"
#include "azure/service/registryclient.h"
#include "testregistry.h"

#include <QTest>
#include <QUrlQuery>

using namespace azure::service;

namespace {
const QString kKey = QStringLiteral("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
}

class ServiceConnectionStringTest : public QObject
{
    Q_OBJECT
private slots:
    void hubPolicyStringParsesWithTheKeysTrailingEquals()
    {
        QString error;
        const auto cs = ConnectionString::parse(
            QStringLiteral("HostName=myhub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=") + kKey,
            &error);
        QVERIFY2(cs, qPrintable(error));
        QCOMPARE(cs->hostName, QStringLiteral("myhub.azure-devices.net"));
        QCOMPARE(cs->keyName, QStringLiteral("iothubowner"));
        QCOMPARE(cs->key, kKey);
        QVERIFY(!cs->describe().contains(kKey));
    }
    void serviceTokenSignsTheHostAsTheDocumentedVector()
    {
        // §1.2: key 0x00..0x1f, sr=myhub.azure-devices.net, se=1700000000.
        const auto cs = ConnectionString::parse(
            QStringLiteral("HostName=myhub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=") + kKey);
        QVERIFY(cs);
        const QString token = cs->sasToken(3600);
        QVERIFY(token.startsWith(QLatin1String("SharedAccessSignature ")));
        const QUrlQuery q(token.mid(22));
        QCOMPARE(q.queryItemValue(QStringLiteral("sr")), QStringLiteral("myhub.azure-devices.net"));
        QCOMPARE(q.queryItemValue(QStringLiteral("skn")), QStringLiteral("iothubowner"));
        const auto vector = azure::sasToken(u"myhub.azure-devices.net", kKey, 1700000000, u"iothubowner");
        QVERIFY(vector);
        QVERIFY2(vector->contains(QLatin1String("sig=iIzEw6hi6GK79RY5jNXO6QeQkSL%2FAx4zTmy44X2G1VY%3D")),
                 qPrintable(*vector));
    }
    void missingPartsAreNamedAndTheKeyNeverQuoted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no key name") << QStringLiteral("HostName=h.azure-devices.net;SharedAccessKey=") + kKey
                                     << QStringLiteral("SharedAccessKeyName");
        QTest::newRow("device string") << QStringLiteral("HostName=h.azure-devices.net;DeviceId=d;SharedAccessKey=") +
                                              kKey
                                       << QStringLiteral("device connection string");
        QTest::newRow("device endpoint of DPS")
            << QStringLiteral("HostName=global.azure-devices-provisioning.net;SharedAccessKeyName=p;SharedAccessKey=") +
                   kKey
            << QStringLiteral("devices' endpoint");
        QTest::newRow("port in host") << QStringLiteral("HostName=h:443;SharedAccessKeyName=p;SharedAccessKey=") + kKey
                                      << QStringLiteral("bare host name");
        QTest::newRow("bad base64") << QStringLiteral("HostName=h;SharedAccessKeyName=p;SharedAccessKey=abc$def==")
                                    << QStringLiteral("not valid base64");
    }
    void missingPartsAreNamedAndTheKeyNeverQuoted()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ConnectionString::parse(text, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(kKey) && !error.contains(QLatin1String("abc$def")), qPrintable(error));
    }
};

class ServiceErrorTest : public QObject
{
    Q_OBJECT
    static ServiceClient::Call call(QByteArray verb, QStringList path)
    {
        return ServiceClient::makeCall(std::move(verb), std::move(path), {}, {}, QStringLiteral("device d1"));
    }
private slots:
    void hubShapeOneGivesTheNameAndText()
    {
        const ServiceError e =
            ServiceClient::errorFrom(ServiceClient::Service::Hub, 404,
                                     "{\"Message\":\"ErrorCode:DeviceNotFound;Device d1 could not be "
                                     "found.\",\"ExceptionMessage\":\"Tracking ID:x\"}",
                                     "DeviceNotFound", call("GET", {"devices", "d1"}), QStringLiteral("iothubowner"));
        QCOMPARE(e.kind, ServiceError::Kind::NotFound);
        QCOMPARE(e.name, QStringLiteral("DeviceNotFound"));
        QCOMPARE(e.message, QStringLiteral("Device d1 could not be found."));
        QVERIFY2(e.cause.contains(QLatin1String("device d1")), qPrintable(e.cause));
    }
    void hubShapeThreeGivesTheSixDigitCode()
    {
        const ServiceError e = ServiceClient::errorFrom(
            ServiceClient::Service::Hub, 404,
            "{\"Message\":\"{\\\"errorCode\\\":404103,\\\"trackingId\\\":\\\"t\\\",\\\"message\\\":\\\"Timed out "
            "waiting for device to "
            "connect.\\\",\\\"timestampUtc\\\":\\\"2022-10-19T16:47:22.0203257Z\\\"}\",\"ExceptionMessage\":\"\"}",
            {}, call("POST", {"twins", "d1", "methods"}), QStringLiteral("iothubowner"));
        QCOMPARE(e.code, 404103);
        QCOMPARE(e.message, QStringLiteral("Timed out waiting for device to connect."));
    }
    void dpsShapeGivesTheCode()
    {
        const ServiceError e = ServiceClient::errorFrom(ServiceClient::Service::Dps, 404,
                                                        "{\"errorCode\":404204,\"trackingId\":\"t\",\"message\":"
                                                        "\"Enrollment group g not found.\",\"timestampUtc\":\"x\"}",
                                                        "404204", call("GET", {"enrollmentGroups", "g"}),
                                                        QStringLiteral("provisioningserviceowner"));
        QCOMPARE(e.code, 404204);
        QCOMPARE(e.kind, ServiceError::Kind::NotFound);
    }
    void unauthorizedNamesThePolicyAndTheRightNeeded()
    {
        const ServiceError e = ServiceClient::errorFrom(
            ServiceClient::Service::Hub, 401, "{\"Message\":\"ErrorCode:IotHubUnauthorizedAccess;Unauthorized\"}",
            "IotHubUnauthorizedAccess", call("PUT", {"devices", "d1"}), QStringLiteral("registryRead"));
        QCOMPARE(e.kind, ServiceError::Kind::Unauthorized);
        QVERIFY2(e.cause.contains(QLatin1String("registryRead")) && e.cause.contains(QLatin1String("RegistryWrite")),
                 qPrintable(e.cause));
    }
    void unverifiedX509GroupSaysHowToVerifyTheCa()
    {
        const ServiceError e = ServiceClient::errorFrom(
            ServiceClient::Service::Dps, 400,
            "{\"errorCode\":400004,\"message\":\"The certificate 'Line CA' is not verified: upload it first.\"}",
            "400004", call("PUT", {"enrollmentGroups", "line3"}), QStringLiteral("provisioningserviceowner"));
        QCOMPARE(e.kind, ServiceError::Kind::BadRequest);
        QVERIFY2(e.cause.contains(QLatin1String("verification code")) && e.cause.contains(QLatin1String("line3")),
                 qPrintable(e.cause));
    }
    void requiredRightsFollowAzuresTable()
    {
        using S = ServiceClient::Service;
        QCOMPARE(ServiceClient::requiredRight(S::Hub, "GET", {"devices", "d"}), QStringLiteral("RegistryRead"));
        QCOMPARE(ServiceClient::requiredRight(S::Hub, "PUT", {"devices", "d"}), QStringLiteral("RegistryWrite"));
        QCOMPARE(ServiceClient::requiredRight(S::Hub, "POST", {"twins", "d", "methods"}),
                 QStringLiteral("ServiceConnect"));
        QCOMPARE(ServiceClient::requiredRight(S::Dps, "PUT", {"enrollmentGroups", "g"}),
                 QStringLiteral("EnrollmentWrite"));
        QCOMPARE(ServiceClient::requiredRight(S::Dps, "GET", {"registrations", "r"}),
                 QStringLiteral("RegistrationStatusRead"));
    }
    void deviceJsonRoundTripsAndNeverSendsReadOnlyFields()
    {
        DeviceIdentity d;
        d.deviceId = QStringLiteral("d1");
        d.auth = DeviceIdentity::Auth::SelfSigned;
        d.primaryThumbprint = QStringLiteral("AB").repeated(32);
        d.connectionState = QStringLiteral("Connected");
        const QJsonObject o = d.toJson();
        QCOMPARE(o.value(u"authentication").toObject().value(u"type").toString(), QStringLiteral("selfSigned"));
        QVERIFY(!o.contains(QStringLiteral("connectionState")));
        const DeviceIdentity back = DeviceIdentity::fromJson(o);
        QCOMPARE(back.primaryThumbprint, d.primaryThumbprint);
        QCOMPARE(back.auth, DeviceIdentity::Auth::SelfSigned);
    }
};

PS_REGISTER_TEST(ServiceConnectionStringTest);
PS_REGISTER_TEST(ServiceErrorTest);
#include "tst_cloudservice.moc"
