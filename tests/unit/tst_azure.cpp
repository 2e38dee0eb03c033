// core/azure: SAS tokens, derived keys, identifier rules, MQTT names, the AT+UDCP builder, DPS answers.
// Vectors marked T4/T5/T8 are azure-iot-protocol.md §7; the others were computed independently with
// Python's hmac module (and are cross-checked against `openssl dgst -mac HMAC` where noted).

#include "azure/dpsresponse.h"
#include "azure/identifiers.h"
#include "azure/mqttnames.h"
#include "azure/sas.h"
#include "azure/udcpurl.h"
#include "testregistry.h"

#include <QProcess>
#include <QTest>

namespace {
// Restated here on purpose: a test that imports the constants it checks cannot catch a change.
const QString kT4Key = QStringLiteral("NMgJDvdKTxjLi+xBxxkDDEwDJxEvOE5u8BiT0mVgPeg=");
const QString kT5GroupKey =
    QStringLiteral("8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==");
constexpr qint64 kSe = 1578941692;
} // namespace

class AzureSasTest : public QObject
{
    Q_OBJECT
private slots:
    void keyDecodesToTheDocumentedBytes()
    {
        const auto key = azure::decodeKey(kT4Key);
        QVERIFY(key);
        QCOMPARE(key->size(), 32);
        QCOMPARE(key->left(8), QByteArray::fromHex("34c8090ef74a4f18"));
    }
    void groupDerivationMatchesTheDpsDocumentation()
    {
        QString error;
        const auto key = azure::deriveDeviceKey(kT5GroupKey, u"sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6", &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(*key, QStringLiteral("Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc="));
    }
    void stringsToSignMatchTheSdkVectors_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("hub device, upper-case %2F")
            << azure::hubResource(u"myiothub.azure-devices.net", u"my_device")
            << QByteArray("myiothub.azure-devices.net%2Fdevices%2Fmy_device\n1578941692");
        QTest::newRow("hub module")
            << azure::hubResource(u"myiothub.azure-devices.net", u"my_device", u"my_module")
            << QByteArray("myiothub.azure-devices.net%2Fdevices%2Fmy_device%2Fmodules%2Fmy_module\n1578941692");
        QTest::newRow("dps, lower-case %2f as azure-sdk-for-c")
            << azure::dpsResource(u"0neFEEDC0DE", u"myRegistrationId")
            << QByteArray("0neFEEDC0DE%2fregistrations%2fmyRegistrationId\n1578941692");
    }
    void stringsToSignMatchTheSdkVectors()
    {
        QFETCH(QString, resource);
        QFETCH(QByteArray, expected);
        QCOMPARE(azure::stringToSign(resource, kSe), expected);
    }
    void tokensSignTheResourceExactlyAsSent_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hub device key")
            << *azure::hubSasToken(u"myiothub.azure-devices.net", u"my_device", kT4Key, kSe)
            << QStringLiteral("SharedAccessSignature sr=myiothub.azure-devices.net%2Fdevices%2Fmy_device"
                              "&sig=dIMMdDDBGFR8eqAfYkiMxoOphaFMPtMgj7Wg%2FYB1AvU%3D&se=1578941692");
        QTest::newRow("hub policy adds skn")
            << *azure::hubSasToken(u"myiothub.azure-devices.net", u"my_device", kT4Key, kSe, u"iothubowner")
            << QStringLiteral("SharedAccessSignature sr=myiothub.azure-devices.net%2Fdevices%2Fmy_device"
                              "&sig=dIMMdDDBGFR8eqAfYkiMxoOphaFMPtMgj7Wg%2FYB1AvU%3D&se=1578941692"
                              "&skn=iothubowner");
        QTest::newRow("dps registration")
            << *azure::dpsSasToken(u"0neFEEDC0DE", u"myRegistrationId", kT4Key, kSe)
            << QStringLiteral("SharedAccessSignature sr=0neFEEDC0DE%2fregistrations%2fmyRegistrationId"
                              "&sig=9ElmiQtRHaJo7RnzVGdIHFyBOY3rYMUQXVSzqaJhJ4s%3D&se=1578941692&skn=registration");
        QTest::newRow("raw resource unencoded, as the Node SDK sends it")
            << *azure::sasToken(u"0neFEEDC0DE/registrations/myRegistrationId", kT4Key, kSe, u"registration")
            << QStringLiteral("SharedAccessSignature sr=0neFEEDC0DE/registrations/myRegistrationId"
                              "&sig=ad%2By%2B8CaG7%2FLlhlx9g%2BtidAW4jsUwb6AluSr0p0mxfk%3D&se=1578941692"
                              "&skn=registration");
    }
    void tokensSignTheResourceExactlyAsSent()
    {
        QFETCH(QString, token);
        QFETCH(QString, expected);
        QCOMPARE(token, expected);
    }
    void signatureAgreesWithOpensslHmac()
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-mac"),
                       QStringLiteral("HMAC"), QStringLiteral("-macopt"),
                       QStringLiteral("hexkey:") + QString::fromLatin1(azure::decodeKey(kT4Key)->toHex()),
                       QStringLiteral("-binary")});
        QVERIFY(openssl.waitForStarted(10000));
        openssl.write(azure::stringToSign(azure::hubResource(u"h.azure-devices.net", u"d1"), 42));
        openssl.closeWriteChannel();
        QVERIFY(openssl.waitForFinished(10000));
        QCOMPARE(openssl.exitCode(), 0);
        QCOMPARE(azure::hmacSha256Base64(*azure::decodeKey(kT4Key),
                                         azure::stringToSign(azure::hubResource(u"h.azure-devices.net", u"d1"), 42)),
                 openssl.readAllStandardOutput().toBase64());
    }
    void badKeysAreNamedNotSigned_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("character outside base64") << QStringLiteral("ab*d") << QStringLiteral("character 3 is '*'");
        QTest::newRow("43 characters, like the app note's OCR-damaged key")
            << QStringLiteral("bH/VjcdSOJtCwX94hePfv8EJ8ivyZ/cXQ7e3i6gcDU=") << QStringLiteral("multiple of 4");
        QTest::newRow("padding in the middle") << QStringLiteral("ab=dabcd") << QStringLiteral("padding");
    }
    void badKeysAreNamedNotSigned()
    {
        QFETCH(QString, key);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!azure::sasToken(u"r", key, kSe, {}, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
    void urlEncodingKeepsOnlyTheUnreservedSet()
    {
        QCOMPARE(azure::urlEncode(u"a-b_c.d~e/f g+h=ü"), QStringLiteral("a-b_c.d~e%2Ff%20g%2Bh%3D%C3%BC"));
        QCOMPARE(azure::urlEncode(u"/", azure::PercentCase::Lower), QStringLiteral("%2f"));
    }
};

class AzureIdentifierTest : public QObject
{
    Q_OBJECT
private slots:
    void validIdentifiersPass_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::newRow("registration id with colon") << 0 << QStringLiteral("Dev:01.a_b-c");
        QTest::newRow("registration id ending in -") << 0 << QStringLiteral("dev-");
        QTest::newRow("device id with specials") << 1 << QStringLiteral("d(1)!$'@=,*?%");
        QTest::newRow("station id") << 2 << QStringLiteral("nina-w15.00-11-22");
        QTest::newRow("hub host") << 3 << QStringLiteral("leoDPS.azure-devices.net");
        QTest::newRow("emulator host") << 3 << QStringLiteral("localhost");
        QTest::newRow("id scope") << 4 << QStringLiteral("0ne0067E45C");
        QTest::newRow("test id scope") << 4 << QStringLiteral("0neFEEDC0DE");
    }
    void validIdentifiersPass()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        const auto error = check(kind, value);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
    }
    void messagesNameTheCharacterAndItsPosition_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("registration id with a slash")
            << 0 << QStringLiteral("ab/c") << QStringLiteral("character 3 is '/'");
        QTest::newRow("registration id starting with a dot") << 0 << QStringLiteral(".ab") << QStringLiteral("start");
        QTest::newRow("registration id ending with a dot")
            << 0 << QStringLiteral("ab.") << QStringLiteral("character 3");
        QTest::newRow("registration id too long") << 0 << QString(129, u'a') << QStringLiteral("129");
        QTest::newRow("device id with '#'") << 1 << QStringLiteral("dev#1") << QStringLiteral("character 4 is '#'");
        QTest::newRow("device id with '+'") << 1 << QStringLiteral("+dev") << QStringLiteral("character 1 is '+'");
        QTest::newRow("device id with a space")
            << 1 << QStringLiteral("my dev") << QStringLiteral("character 3 is a space");
        QTest::newRow("station id upper case")
            << 2 << QStringLiteral("devA") << QStringLiteral("character 4 is the upper-case");
        QTest::newRow("station id with colon") << 2 << QStringLiteral("a:b") << QStringLiteral("character 2 is ':'");
        QTest::newRow("station id over 64") << 2 << QString(65, u'a') << QStringLiteral("65");
        QTest::newRow("hub host with underscore")
            << 3 << QStringLiteral("my_hub.azure-devices.net") << QStringLiteral("character 3 is '_'");
        QTest::newRow("hub name too short") << 3 << QStringLiteral("ab.azure-devices.net") << QStringLiteral("3 to 50");
        QTest::newRow("hub host double dot") << 3 << QStringLiteral("a..b") << QStringLiteral("character 3");
        QTest::newRow("id scope with letter O") << 4 << QStringLiteral("One0067E45C") << QStringLiteral("digit zero");
        QTest::newRow("id scope with non-hex")
            << 4 << QStringLiteral("0ne0067E45G") << QStringLiteral("character 11 is 'G'");
        QTest::newRow("id scope too short") << 4 << QStringLiteral("0ne0067") << QStringLiteral("11");
    }
    void messagesNameTheCharacterAndItsPosition()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        const auto error = check(kind, value);
        QVERIFY(error);
        QVERIFY2(error->contains(mentions), qPrintable(*error));
    }
    void x509RegistrationIdsStopAt64()
    {
        QVERIFY(!azure::checkRegistrationId(QString(64, u'a'), true));
        QVERIFY(azure::checkRegistrationId(QString(65, u'a'), true));
        QVERIFY(!azure::checkRegistrationId(QString(65, u'a'), false));
    }

private:
    static std::optional<QString> check(int kind, const QString &v)
    {
        switch (kind) {
        case 0:
            return azure::checkRegistrationId(v);
        case 1:
            return azure::checkDeviceId(v);
        case 2:
            return azure::checkStationId(v);
        case 3:
            return azure::checkHubHost(v);
        default:
            return azure::checkIdScope(v);
        }
    }
};

class AzureMqttNamesTest : public QObject
{
    Q_OBJECT
private slots:
    void namesMatchTheSdkStrings()
    {
        QCOMPARE(azure::dpsUsername(u"0neFEEDC0DE", u"myRegistrationId"),
                 QStringLiteral("0neFEEDC0DE/registrations/myRegistrationId/api-version=2019-03-31"));
        QCOMPARE(azure::dpsUsername(u"0neFEEDC0DE", u"myRegistrationId", u"2019-03-31", u"c/1.2.3"),
                 QStringLiteral("0neFEEDC0DE/registrations/myRegistrationId/api-version=2019-03-31"
                                "&ClientVersion=c%2F1.2.3"));
        QCOMPARE(azure::dpsRegisterTopic(u"1"), QStringLiteral("$dps/registrations/PUT/iotdps-register/?$rid=1"));
        QCOMPARE(azure::dpsPollTopic(u"1", u"4.d0a671905ea5b2c8.42d78160-4c78-479e-8be7-61d5e55dac0d"),
                 QStringLiteral("$dps/registrations/GET/iotdps-get-operationstatus/?$rid=1"
                                "&operationId=4.d0a671905ea5b2c8.42d78160-4c78-479e-8be7-61d5e55dac0d"));
        QCOMPARE(azure::dpsResponseFilter(), QStringLiteral("$dps/registrations/res/#"));
        QCOMPARE(azure::dpsRegisterPayload(u"myRegistrationId"),
                 QByteArray(R"({"registrationId":"myRegistrationId"})"));
        QCOMPARE(azure::dpsRegisterPayload(u"ninadps", R"("")"),
                 QByteArray(R"({"registrationId":"ninadps","payload":""})"));
        QCOMPARE(azure::hubUsername(u"myiothub.azure-devices.net", u"my_device"),
                 QStringLiteral("myiothub.azure-devices.net/my_device/?api-version=2021-04-12"));
        QCOMPARE(azure::hubUsername(u"h", u"d", u"2020-09-30", u"m"), QStringLiteral("h/d/m/?api-version=2020-09-30"));
        QCOMPARE(azure::hubClientId(u"my_device", u"my_module_id"), QStringLiteral("my_device/my_module_id"));
        QCOMPARE(azure::hubTelemetryTopic(u"d1"), QStringLiteral("devices/d1/messages/events/"));
        QCOMPARE(azure::hubCloudToDeviceFilter(u"d1"), QStringLiteral("devices/d1/messages/devicebound/#"));
    }
};

class AzureUdcpTest : public QObject
{
    Q_OBJECT
private slots:
    void seedLogRegisterPeerStaysInline()
    {
        // uconnectxpress-protocol.md §6.1: the first AT+UDCP of the seed log, byte for byte.
        azure::UdcpUrlBuilder b(QStringLiteral("mqtt"), QStringLiteral("global.azure-devices-provisioning.net"), 8883);
        b.add(QStringLiteral("client"), QStringLiteral("ninadps"))
            .add(QStringLiteral("user"), azure::dpsUsername(u"0ne0067E45C", u"ninadps"))
            .add(QStringLiteral("pt"), azure::dpsRegisterTopic(u"{request_id}"))
            .add(QStringLiteral("st"), azure::dpsResponseFilter())
            .add(QStringLiteral("encr"), QStringLiteral("3"))
            .add(QStringLiteral("keepAlive"), QStringLiteral("60"))
            .add(QStringLiteral("ca"), QStringLiteral("ca.pem"))
            .add(QStringLiteral("cert"), QStringLiteral("cert.pem"))
            .add(QStringLiteral("privKey"), QStringLiteral("key.pem"));
        QString error;
        const auto plan = b.build(azure::FirmwareLimits::ninaW1(QVersionNumber(3, 0)), &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY(plan->udvCommands.isEmpty());
        QCOMPARE(
            plan->udcpCommand.line,
            QByteArray("AT+UDCP=mqtt://global.azure-devices-provisioning.net:8883/?client=ninadps&user=0ne0067E45C/"
                       "registrations/ninadps/api-version=2019-03-31&pt=$dps/registrations/PUT/iotdps-register/"
                       "?$rid={request_id}&st=$dps/registrations/res/#&encr=3&keepAlive=60&ca=ca.pem&cert=cert.pem"
                       "&privKey=key.pem"));
        QCOMPARE(plan->udcpCommand.line.size() + 1, 285); // + CR = the 291-byte frame minus 6
    }
    void pollTopicWithAmpersandGoesThroughAPlaceholder_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QByteArray>("udcp");
        const QByteArray tail = "&encr=3&keepAlive=60&ca=ca.pem&cert=cert.pem&privKey=key.pem";
        const QByteArray head = "AT+UDCP=mqtt://global.azure-devices-provisioning.net:8883/?client=ninadps&user="
                                "0ne0067E45C/registrations/ninadps/api-version=2019-03-31&pt=";
        QTest::newRow("%0 as the app note documents") << QStringLiteral("%") << head + "%0" + tail;
        QTest::newRow("%%0 as the seed log sent it") << QStringLiteral("%%") << head + "%%0" + tail;
    }
    void pollTopicWithAmpersandGoesThroughAPlaceholder()
    {
        QFETCH(QString, prefix);
        QFETCH(QByteArray, udcp);
        azure::FirmwareLimits limits = azure::FirmwareLimits::ninaW1(QVersionNumber(3, 1));
        limits.placeholderPrefix = prefix;
        azure::UdcpUrlBuilder b(QStringLiteral("mqtt"), QStringLiteral("global.azure-devices-provisioning.net"), 8883);
        b.add(QStringLiteral("client"), QStringLiteral("ninadps"))
            .add(QStringLiteral("user"), azure::dpsUsername(u"0ne0067E45C", u"ninadps"))
            .add(QStringLiteral("pt"),
                 azure::dpsPollTopic(u"{request_id}", u"5.b084dab098f0a900.076859d0-7180-40b8-9d06-bf611e398ec0"))
            .add(QStringLiteral("encr"), QStringLiteral("3"))
            .add(QStringLiteral("keepAlive"), QStringLiteral("60"))
            .add(QStringLiteral("ca"), QStringLiteral("ca.pem"))
            .add(QStringLiteral("cert"), QStringLiteral("cert.pem"))
            .add(QStringLiteral("privKey"), QStringLiteral("key.pem"));
        const auto plan = b.build(limits);
        QVERIFY(plan);
        QCOMPARE(plan->udvCommands.size(), 1);
        // The seed log's AT+UDUV line (147 characters + CR in a 153-byte frame).
        QCOMPARE(plan->udvCommands[0].line,
                 QByteArray("AT+UDUV=0,$dps/registrations/GET/iotdps-get-operationstatus/?$rid={request_id}"
                            "&operationId=5.b084dab098f0a900.076859d0-7180-40b8-9d06-bf611e398ec0"));
        QCOMPARE(plan->udvCommands[0].line.size() + 1 + 6, 153);
        QCOMPARE(plan->udcpCommand.line, udcp);
        QCOMPARE(plan->commands(), QList<QByteArray>({plan->udvCommands[0].line, udcp}));
    }
    void secretsNeverAppearOnTheUdcpLine()
    {
        const QString token = *azure::hubSasToken(u"h.azure-devices.net", u"d1", kT4Key, kSe);
        azure::UdcpUrlBuilder b(QStringLiteral("mqtt"), QStringLiteral("h.azure-devices.net"), 8883);
        b.add(QStringLiteral("client"), QStringLiteral("d1")).add(QStringLiteral("passwd"), token, true);
        const auto plan = b.build(azure::FirmwareLimits::ninaW1(QVersionNumber(3, 0)));
        QVERIFY(plan);
        QVERIFY(!plan->udcpCommand.line.contains("sig="));
        QVERIFY(plan->udcpCommand.line.endsWith("&passwd=%0"));
        QVERIFY(plan->udvCommands[0].secret);
        QVERIFY(!plan->udcpCommand.secret);
    }
    void valuesThatNeedAPlaceholderAreRecognised_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("needs");
        QTest::newRow("ampersand") << QStringLiteral("a&b") << true;
        QTest::newRow("percent") << QStringLiteral("50%") << true;
        QTest::newRow("space") << QStringLiteral("a b") << true;
        QTest::newRow("comma") << QStringLiteral("a,b") << true;
        QTest::newRow("question mark, dollar, braces, slash (accepted in the log)")
            << QStringLiteral("$dps/x/?$rid={request_id}") << false;
        QTest::newRow("equals inside user") << QStringLiteral("s/registrations/r/api-version=2019-03-31") << false;
    }
    void valuesThatNeedAPlaceholderAreRecognised()
    {
        QFETCH(QString, value);
        QFETCH(bool, needs);
        QCOMPARE(azure::needsPlaceholder(value), needs);
    }
    void longLinesMoveTheLongestValueOut()
    {
        azure::FirmwareLimits limits{100, 90, 2, QStringLiteral("%")};
        azure::UdcpUrlBuilder b(QStringLiteral("mqtt"), QStringLiteral("hub.example"), 8883);
        b.add(QStringLiteral("client"), QStringLiteral("d1"))
            .add(QStringLiteral("user"), QStringLiteral("hub.example/d1/?api-version=2021-04-12"))
            .add(QStringLiteral("pt"), QStringLiteral("devices/d1/messages/events/"));
        const auto plan = b.build(limits);
        QVERIFY(plan);
        QCOMPARE(plan->udvCommands.size(), 1);
        QCOMPARE(plan->udvCommands[0].line, QByteArray("AT+UDUV=0,hub.example/d1/?api-version=2021-04-12"));
        QVERIFY(plan->udcpCommand.line.size() <= 100);
        QVERIFY(plan->udcpCommand.line.contains("&user=%0&pt=devices/d1/messages/events/"));
    }
    void firmwareBefore3HasNoPlaceholders()
    {
        azure::UdcpUrlBuilder b(QStringLiteral("mqtt"), QStringLiteral("h.azure-devices.net"), 8883);
        b.add(QStringLiteral("passwd"), QStringLiteral("SharedAccessSignature sr=x&sig=y"), true);
        QString error;
        QVERIFY(!b.build(azure::FirmwareLimits::ninaW1(QVersionNumber(2, 1, 0)), &error));
        QVERIFY2(error.contains(u"3.0"), qPrintable(error));
    }
    void tooManyPlaceholdersOrTooLongValuesAreErrors()
    {
        azure::UdcpUrlBuilder b(QStringLiteral("mqtt"), QStringLiteral("h"), 1);
        b.add(QStringLiteral("a"), QStringLiteral("x&y")).add(QStringLiteral("b"), QStringLiteral("x&z"));
        QString error;
        QVERIFY(!b.build(azure::FirmwareLimits::ninaW1(QVersionNumber(3, 0)), &error));
        QVERIFY2(error.contains(u"only 1"), qPrintable(error));
        azure::UdcpUrlBuilder c(QStringLiteral("mqtt"), QStringLiteral("h"), 1);
        c.add(QStringLiteral("passwd"), QString(400, u'x'), true);
        QVERIFY(!c.build(azure::FirmwareLimits::ninaW1(QVersionNumber(3, 0)), &error));
        QVERIFY2(error.contains(u"400"), qPrintable(error));
        azure::UdcpUrlBuilder d(QStringLiteral("mqtt"), QStringLiteral("h"), 1);
        d.add(QStringLiteral("pt"), QStringLiteral("a\rb"));
        QVERIFY(!d.build(azure::FirmwareLimits{}, &error));
        QVERIFY2(error.contains(u"line break"), qPrintable(error));
    }
};

class AzureDpsResponseTest : public QObject
{
    Q_OBJECT
private slots:
    void topicsCarryStatusRidAndRetryAfterInAnyOrder_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("rid");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("rid then retry-after")
            << QStringLiteral("$dps/registrations/res/202/?$rid=1&retry-after=3") << 202 << QStringLiteral("1") << 3;
        QTest::newRow("retry-after first") << QStringLiteral("$dps/registrations/res/202/?retry-after=120&$rid=1")
                                           << 202 << QStringLiteral("1") << 120;
        QTest::newRow("error without retry-after")
            << QStringLiteral("$dps/registrations/res/401/?$rid=1") << 401 << QStringLiteral("1") << -1;
        QTest::newRow("literal {request_id}") << QStringLiteral("$dps/registrations/res/200/?$rid={request_id}") << 200
                                              << QStringLiteral("{request_id}") << -1;
    }
    void topicsCarryStatusRidAndRetryAfterInAnyOrder()
    {
        QFETCH(QString, topic);
        QFETCH(int, status);
        QFETCH(QString, rid);
        QFETCH(int, retryAfter);
        const auto t = azure::parseDpsTopic(topic);
        QVERIFY(t);
        QCOMPARE(t->status, status);
        QCOMPARE(t->rid, rid);
        QCOMPARE(t->retryAfterSeconds.value_or(-1), retryAfter);
    }
    void assigningAnswerIsNotTerminal()
    {
        const auto r = azure::parseDpsResponse(
            R"({"operationId":"4.d0a671905ea5b2c8.e7173b7b-0e54-4aa0-9d20-aeb1b89e6c7d","status":"assigning"})",
            nullptr, azure::parseDpsTopic(u"$dps/registrations/res/202/?$rid=1&retry-after=3"));
        QVERIFY(r);
        QCOMPARE(r->status, azure::DpsResponse::Status::Assigning);
        QCOMPARE(r->operationId, QStringLiteral("4.d0a671905ea5b2c8.e7173b7b-0e54-4aa0-9d20-aeb1b89e6c7d"));
        QVERIFY(!r->isTerminal());
        QCOMPARE(r->retryDelaySeconds(), 3);
    }
    void seedLogAssignmentIsParsed()
    {
        const QByteArray body =
            R"({"operationId":"5.b084dab098f0a900.0768","status":"assigned","registrationState":{"x509":{"enrollmentGroupId":"enrolGroup"},"registrationId":"ninadps","createdDateTimeUtc":"2022-07-04T08:28:35.8694014Z","assignedHub":"leoDPS.azure-devices.net","deviceId":"ninadps","status":"assigned","substatus":"initialAssignment","lastUpdatedDateTimeUtc":"2022-07-04T08:28:36.154464Z","etag":"IjYwMDA4OTJjLTAwMDAtMDEwMC0wMDAwLTYyYzJhNGI0MDAwMCI="}})";
        const auto r = azure::parseDpsResponse(body);
        QVERIFY(r);
        QCOMPARE(r->status, azure::DpsResponse::Status::Assigned);
        QCOMPARE(r->assignedHub, QStringLiteral("leoDPS.azure-devices.net"));
        QCOMPARE(r->deviceId, QStringLiteral("ninadps"));
        QCOMPARE(r->substatus, QStringLiteral("initialAssignment"));
        QCOMPARE(r->enrollmentGroupId, QStringLiteral("enrolGroup"));
        QVERIFY(r->isTerminal());
        QVERIFY(r->summary().contains(u"leoDPS.azure-devices.net"));
    }
    void failuresAndErrorBodiesAreExplained_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<int>("errorCode");
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<bool>("transient");
        QTest::newRow("failed custom allocation")
            << QByteArray(
                   R"({"operationId":"x","status":"failed","registrationState":{"registrationId":"r","status":"failed","errorCode":400207,"errorMessage":"Custom allocation failed with status code: 400"}})")
            << QString() << 400207 << true << false;
        QTest::newRow("401 error body")
            << QByteArray(
                   R"({"errorCode":401002,"trackingId":"8ad0463c","message":"Invalid certificate.","timestampUtc":"2020-04-10T05:24:22.4718526Z"})")
            << QStringLiteral("$dps/registrations/res/401/?$rid=1") << 401002 << true << false;
        QTest::newRow("429 throttled") << QByteArray(R"({"errorCode":429001,"message":"Throttled"})")
                                       << QStringLiteral("$dps/registrations/res/429/?$rid=1&retry-after=7") << 429001
                                       << false << true;
        QTest::newRow("error body without topic (module data path)")
            << QByteArray(R"({"errorCode":404201,"message":"Device not found"})") << QString() << 404201 << true
            << false;
    }
    void failuresAndErrorBodiesAreExplained()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, topic);
        QFETCH(int, errorCode);
        QFETCH(bool, terminal);
        QFETCH(bool, transient);
        const auto r =
            azure::parseDpsResponse(body, nullptr, topic.isEmpty() ? std::nullopt : azure::parseDpsTopic(topic));
        QVERIFY(r);
        QCOMPARE(r->errorCode, errorCode);
        QCOMPARE(r->isTerminal(), terminal);
        QCOMPARE(r->isTransient(), transient);
        QVERIFY(r->summary().contains(QString::number(errorCode)));
    }
    void disabledEnrollmentIsTerminal()
    {
        const auto r = azure::parseDpsResponse(
            R"({"operationId":"","status":"disabled","registrationState":{"registrationId":"r","status":"disabled"}})");
        QVERIFY(r);
        QCOMPARE(r->status, azure::DpsResponse::Status::Disabled);
        QVERIFY(r->isTerminal());
    }
    void retryAfterOutsideOneTo300UsesTheFallback()
    {
        azure::DpsResponse r;
        r.retryAfterSeconds = 0;
        QCOMPARE(r.retryDelaySeconds(2), 2);
        r.retryAfterSeconds = 301;
        QCOMPARE(r.retryDelaySeconds(2), 2);
        r.retryAfterSeconds = 300;
        QCOMPARE(r.retryDelaySeconds(2), 300);
    }
    void junkIsAnErrorNotACrash_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("get operationstatus text") << QByteArray("get operationstatus");
        QTest::newRow("json array") << QByteArray("[1,2]");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("binary") << QByteArray("\x00\xff\x7b", 3);
    }
    void junkIsAnErrorNotACrash()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!azure::parseDpsResponse(body, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!azure::parseDpsTopic(u"$iothub/twin/res/200/?$rid=1", &error));
        QVERIFY(!azure::parseDpsTopic(u"$dps/registrations/res/abc/", &error));
    }
};

PS_REGISTER_TEST(AzureSasTest);
PS_REGISTER_TEST(AzureIdentifierTest);
PS_REGISTER_TEST(AzureMqttNamesTest);
PS_REGISTER_TEST(AzureUdcpTest);
PS_REGISTER_TEST(AzureDpsResponseTest);
#include "tst_azure.moc"
