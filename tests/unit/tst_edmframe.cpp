// EDM encoder and typed decoding against the vectors of uconnectxpress-protocol.md §6 and our own
// vectors for every packet type, written out by hand from the byte layouts of §1 (constants are
// restated here on purpose: a test that imports the constants it checks cannot catch a change).

#include "edm/edmframe.h"
#include "testregistry.h"

#include <QCryptographicHash>
#include <QTest>

using edm::Frame;
Q_DECLARE_METATYPE(edm::Frame)

namespace {
QByteArray hx(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}
} // namespace

class EdmFrameTest : public QObject
{
    Q_OBJECT
private slots:
    void encodesDocumentVectors_data()
    {
        QTest::addColumn<Frame>("frame");
        QTest::addColumn<QByteArray>("wire");
        // §6.1 host -> module, from the seed session log
        QTest::newRow("AT+UWSC=0,5,2") << Frame::atRequest("AT+UWSC=0,5,2\r")
                                       << hx("AA 00 10 00 44 41 54 2B 55 57 53 43 3D 30 2C 35 2C 32 0D 55");
        QTest::newRow("AT+UWSCA=0,3") << Frame::atRequest("AT+UWSCA=0,3\r")
                                      << hx("AA 00 0F 00 44 41 54 2B 55 57 53 43 41 3D 30 2C 33 0D 55");
        QTest::newRow("AT+CPWROFF") << Frame::atRequest("AT+CPWROFF\r")
                                    << hx("AA 00 0D 00 44 41 54 2B 43 50 57 52 4F 46 46 0D 55");
        QTest::newRow("register on channel 0")
            << Frame::dataCommand(0, R"({"payload":"","registrationId":"ninadps"})")
            << hx("AA 00 2C 00 36 00 7B 22 70 61 79 6C 6F 61 64 22 3A 22 22 2C 22 72 65 67 69 73 74 72 61 74 "
                  "69 6F 6E 49 64 22 3A 22 6E 69 6E 61 64 70 73 22 7D 55");
        QTest::newRow("poll on channel 1")
            << Frame::dataCommand(1, "get operationstatus")
            << hx("AA 00 16 00 36 01 67 65 74 20 6F 70 65 72 61 74 69 6F 6E 73 74 61 74 75 73 55");
        // §6.2
        QTest::newRow("start event") << Frame::startEvent() << hx("AA 00 02 00 71 55");
        QTest::newRow("AT probe") << Frame::atRequest("AT\r") << hx("AA 00 05 00 44 41 54 0D 55");
        // §6.3 module -> host
        QTest::newRow("OK") << Frame::atConfirmation("\r\nOK\r\n") << hx("AA 00 08 00 45 0D 0A 4F 4B 0D 0A 55");
        QTest::newRow("ERROR") << Frame::atConfirmation("\r\nERROR\r\n")
                               << hx("AA 00 0B 00 45 0D 0A 45 52 52 4F 52 0D 0A 55");
        QTest::newRow("+UDCP:2 OK") << Frame::atConfirmation("\r\n+UDCP:2\r\nOK\r\n")
                                    << hx("AA 00 11 00 45 0D 0A 2B 55 44 43 50 3A 32 0D 0A 4F 4B 0D 0A 55");
        QTest::newRow("+UUWLE") << Frame::atEvent("\r\n+UUWLE:0,802AA8035ADE,11\r\n")
                                << hx("AA 00 1E 00 41 0D 0A 2B 55 55 57 4C 45 3A 30 2C 38 30 32 41 41 38 30 33 35 "
                                      "41 44 45 2C 31 31 0D 0A 55");
        QTest::newRow("+UUNU:0") << Frame::atEvent("\r\n+UUNU:0\r\n")
                                 << hx("AA 00 0D 00 41 0D 0A 2B 55 55 4E 55 3A 30 0D 0A 55");
        QTest::newRow("disconnect ch 0") << Frame::disconnectEvent(0) << hx("AA 00 03 00 21 00 55");
        // Our own vectors for the remaining types, from the §1 layouts.
        QTest::newRow("resend connect events") << Frame::resendConnectEvents() << hx("AA 00 02 00 56 55");
        QTest::newRow("data event ch 3 'hi'") << Frame::dataEvent(3, "hi") << hx("AA 00 05 00 31 03 68 69 55");
        QTest::newRow("iPhone event, opaque payload")
            << Frame::iPhoneEvent(hx("01 02")) << hx("AA 00 04 00 61 01 02 55");
        QTest::newRow("data with AA and 55 inside, no stuffing")
            << Frame::dataCommand(2, hx("AA 55 AA")) << hx("AA 00 06 00 36 02 AA 55 AA 55");
        QTest::newRow("empty data command") << Frame::dataCommand(7, {}) << hx("AA 00 03 00 36 07 55");
    }
    void encodesDocumentVectors()
    {
        QFETCH(Frame, frame);
        QFETCH(QByteArray, wire);
        QCOMPARE(frame.encode().toHex(' '), wire.toHex(' '));
        QCOMPARE(frame.wireSize(), wire.size());
    }

    void encodesLongSeedFramesWithTheDocumentedHeaderSizeAndHash_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("size");
        QTest::addColumn<QByteArray>("sha256");
        QTest::newRow("UDCP register peer")
            << QByteArray("AT+UDCP=mqtt://global.azure-devices-provisioning.net:8883/?client=ninadps&user=0ne0067E45C/"
                          "registrations/ninadps/api-version=2019-03-31&pt=$dps/registrations/PUT/iotdps-register/"
                          "?$rid={request_id}&st=$dps/registrations/res/#&encr=3&keepAlive=60&ca=ca.pem&cert=cert.pem"
                          "&privKey=key.pem\r")
            << hx("AA 01 1F 00 44") << 291
            << QByteArray("b9850147adfd5dad8a6c3e4e9f689b956c267f57973227fdaa9d11ebeef9fa9b");
        QTest::newRow("UDUV status topic")
            << QByteArray("AT+UDUV=0,$dps/registrations/GET/iotdps-get-operationstatus/?$rid={request_id}&operationId="
                          "5.b084dab098f0a900.076859d0-7180-40b8-9d06-bf611e398ec0\r")
            << hx("AA 00 95 00 44") << 153
            << QByteArray("8c1597820292d5291d45f582ff2346c7188c6396a164176cc7eab38b0a1f7f3d");
        QTest::newRow("UDCP poll peer with %%0")
            << QByteArray("AT+UDCP=mqtt://global.azure-devices-provisioning.net:8883/?client=ninadps&user=0ne0067E45C/"
                          "registrations/ninadps/api-version=2019-03-31&pt=%%0&encr=3&keepAlive=60&ca=ca.pem"
                          "&cert=cert.pem&privKey=key.pem\r")
            << hx("AA 00 CD 00 44") << 209
            << QByteArray("c60b8373d36531f60f2d85953a9375c8e174e58f278fe3ca0c61e150b7493dbd");
    }
    void encodesLongSeedFramesWithTheDocumentedHeaderSizeAndHash()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, header);
        QFETCH(int, size);
        QFETCH(QByteArray, sha256);
        const QByteArray wire = Frame::atRequest(text).encode();
        QCOMPARE(wire.first(5).toHex(' '), header.toHex(' '));
        QCOMPARE(wire.size(), size);
        QCOMPARE(QCryptographicHash::hash(wire, QCryptographicHash::Sha256).toHex(), sha256);
    }

    void decodesIpv4ConnectEventOfTheDocument()
    {
        // §6.3: channel 0, MQTT, remote 20.43.44.164:8883, local 0.0.0.0:0
        const QByteArray wire = hx("AA 00 11 00 11 00 02 02 14 2B 2C A4 22 B3 00 00 00 00 00 00 55");
        const Frame f(0x0011, wire.sliced(5, wire.size() - 6));
        QCOMPARE(f.encode(), wire);
        const auto ce = f.connectEvent();
        QVERIFY(ce);
        QCOMPARE(ce->channel, quint8(0));
        QCOMPARE(ce->kind, edm::ConnectEvent::Kind::Ipv4);
        QCOMPARE(ce->protocolName(), QStringLiteral("mqtt"));
        QCOMPARE(edm::ConnectEvent::formatAddress(ce->kind, ce->remoteAddress), QStringLiteral("20.43.44.164"));
        QCOMPARE(ce->remotePort, quint16(8883));
        QCOMPARE(edm::ConnectEvent::formatAddress(ce->kind, ce->localAddress), QStringLiteral("0.0.0.0"));
        QCOMPARE(ce->localPort, quint16(0));
        QCOMPARE(Frame::connectEvent(*ce).encode(), wire);
    }

    void decodesIpv6ConnectEvent()
    {
        // Own vector: len 0x29, channel 1, IPv6, TCP, remote 2001:db8::1 port 443, local fe80::2 port 50000.
        const QByteArray wire = hx("AA 00 29 00 11 01 03 00"
                                   "20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 01 01 BB"
                                   "FE 80 00 00 00 00 00 00 00 00 00 00 00 00 00 02 C3 50 55");
        QCOMPARE(wire.size(), 45);
        const Frame f(0x0011, wire.sliced(5, wire.size() - 6));
        const auto ce = f.connectEvent();
        QVERIFY(ce);
        QCOMPARE(ce->kind, edm::ConnectEvent::Kind::Ipv6);
        QCOMPARE(ce->channel, quint8(1));
        QCOMPARE(ce->protocolName(), QStringLiteral("tcp"));
        QCOMPARE(edm::ConnectEvent::formatAddress(ce->kind, ce->remoteAddress), QStringLiteral("2001:db8::1"));
        QCOMPARE(ce->remotePort, quint16(443));
        QCOMPARE(edm::ConnectEvent::formatAddress(ce->kind, ce->localAddress), QStringLiteral("fe80::2"));
        QCOMPARE(ce->localPort, quint16(50000));
        QCOMPARE(Frame::connectEvent(*ce).encode(), wire);
    }

    void decodesBluetoothConnectEvent()
    {
        // Own vector: len 0x0D, channel 2, Bluetooth, SPS (14), BD 00:12:F3:AA:55:01, frame size 244.
        const QByteArray wire = hx("AA 00 0D 00 11 02 01 0E 00 12 F3 AA 55 01 00 F4 55");
        QCOMPARE(wire.size(), 17);
        const Frame f(0x0011, wire.sliced(5, wire.size() - 6));
        const auto ce = f.connectEvent();
        QVERIFY(ce);
        QCOMPARE(ce->kind, edm::ConnectEvent::Kind::Bluetooth);
        QCOMPARE(ce->protocolName(), QStringLiteral("sps"));
        QCOMPARE(edm::ConnectEvent::formatAddress(ce->kind, ce->remoteAddress), QStringLiteral("00:12:F3:AA:55:01"));
        QCOMPARE(ce->frameSize, quint16(244));
        QCOMPARE(Frame::connectEvent(*ce).encode(), wire);
    }

    void rejectsConnectEventsOfTheWrongSize()
    {
        QVERIFY(!Frame(0x0011, hx("00 02 02 14 2B 2C A4 22 B3 00 00 00 00 00")).connectEvent()); // one short
        QVERIFY(!Frame(0x0011, hx("00 04 00")).connectEvent());                                  // unknown kind
        QVERIFY(!Frame(0x0031, hx("00 02")).connectEvent());                                     // not a connect
    }

    void unknownProtocolValuesAreKeptAsNumbers()
    {
        edm::ConnectEvent ce;
        ce.protocol = 9;
        QCOMPARE(ce.protocolName(), QStringLiteral("9"));
    }

    void channelAndDataAccessors()
    {
        const Frame f = Frame::dataEvent(5, "xyz");
        QCOMPARE(f.channel(), std::optional<quint8>(5));
        QCOMPARE(f.data().toByteArray(), QByteArray("xyz"));
        QVERIFY(!Frame::atEvent("x").channel());
        QVERIFY(Frame::atEvent("x").data().isEmpty());
    }

    void typeNamesAreTheDocumentedOnes()
    {
        QCOMPARE(edm::packetTypeName(0x0011), QStringLiteral("connect_event"));
        QCOMPARE(edm::packetTypeName(0x0021), QStringLiteral("disconnect_event"));
        QCOMPARE(edm::packetTypeName(0x0031), QStringLiteral("data_event"));
        QCOMPARE(edm::packetTypeName(0x0036), QStringLiteral("data_command"));
        QCOMPARE(edm::packetTypeName(0x0041), QStringLiteral("at_event"));
        QCOMPARE(edm::packetTypeName(0x0044), QStringLiteral("at_request"));
        QCOMPARE(edm::packetTypeName(0x0045), QStringLiteral("at_confirmation"));
        QCOMPARE(edm::packetTypeName(0x0056), QStringLiteral("resend_connect_events"));
        QCOMPARE(edm::packetTypeName(0x0061), QStringLiteral("iphone_event"));
        QCOMPARE(edm::packetTypeName(0x0071), QStringLiteral("start_event"));
        QVERIFY(edm::packetTypeName(0x0072).isEmpty());
    }

    void largestPayloadEncodesAndOversizeIsRefused()
    {
        const Frame max = Frame::atRequest(QByteArray(4093, 'x')); // length 0xFFF
        QVERIFY(max.isEncodable());
        QCOMPARE(max.encode().first(3), hx("AA 0F FF"));
        const Frame over = Frame::atRequest(QByteArray(4094, 'x'));
        QVERIFY(!over.isEncodable());
        QVERIFY(over.encode().isEmpty());
    }
};

PS_REGISTER_TEST(EdmFrameTest);
#include "tst_edmframe.moc"
