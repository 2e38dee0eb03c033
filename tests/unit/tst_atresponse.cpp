#include "at/atresponse.h"
#include "testregistry.h"

#include <QTest>

class AtResponseTest : public QObject
{
    Q_OBJECT
private slots:
    void splitParamsHonoursQuotes()
    {
        QCOMPARE(at::splitParams("0,\"a,b\",c"), (QList<QByteArray>{"0", "a,b", "c"}));
        QCOMPARE(at::splitParams(""), QList<QByteArray>{});
        QCOMPARE(at::splitParams(","), (QList<QByteArray>{"", ""}));
    }

    void wifiLinkUpFromTheSeedLog()
    {
        const auto e = at::WifiLinkUp::parse("+UUWLE:0,802AA8035ADE,11");
        QVERIFY(e);
        QCOMPARE(e->connectionId, 0);
        QCOMPARE(e->bssid, QByteArray("802AA8035ADE"));
        QCOMPARE(e->channel, 11);
        QVERIFY(!at::WifiLinkUp::parse("+UUWLE:0,802AA8035ADE"));
        QVERIFY(!at::WifiLinkUp::parse("+UUWLD:0,4"));
    }

    void wifiLinkDownReasonInWords()
    {
        const auto e = at::WifiLinkDown::parse("+UUWLD:0,4");
        QVERIFY(e);
        QCOMPARE(e->reason, int(at::WifiLinkDown::SecurityProblem));
        QVERIFY(e->reasonText().contains(u"password"));
        QVERIFY(at::WifiLinkDown::parse("+UUWLD:0,99")->reasonText().contains(u"99"));
        QVERIFY(!at::WifiLinkDown::parse("+UUWLD:0,x"));
    }

    void networkUpAndDown()
    {
        QCOMPARE(at::NetworkEvent::parse("+UUNU:0")->up, true);
        QCOMPARE(at::NetworkEvent::parse("+UUND:2")->up, false);
        QCOMPARE(at::NetworkEvent::parse("+UUND:2")->interfaceId, 2);
        QVERIFY(!at::NetworkEvent::parse("+UUNERR:0,1"));
    }

    void peerConnectedIpFormFromTheSeedLog()
    {
        const auto p = at::PeerConnected::parse("+UUDPC:2,2,6,0.0.0.0,0,20.43.44.164,8883");
        QVERIFY(p);
        QCOMPARE(p->peerHandle, 2);
        QCOMPARE(p->kind, at::PeerConnected::Kind::Ipv4);
        QCOMPARE(p->protocolName(), QStringLiteral("mqtt"));
        QCOMPARE(p->localAddress, QByteArray("0.0.0.0"));
        QCOMPARE(p->remoteAddress, QByteArray("20.43.44.164"));
        QCOMPARE(p->remotePort, 8883);
    }

    void peerConnectedIpv6AndBluetoothForms()
    {
        const auto v6 = at::PeerConnected::parse(
            "+UUDPC:1,3,0,[FE80:0000:0000:0000:0000:0000:0000:0002],5000,[2001:0DB8:0000:0000:0000:0000:0000:0001],80");
        QVERIFY(v6);
        QCOMPARE(v6->kind, at::PeerConnected::Kind::Ipv6);
        QCOMPARE(v6->protocolName(), QStringLiteral("tcp"));
        QCOMPARE(v6->remotePort, 80);
        const auto bt = at::PeerConnected::parse("+UUDPC:3,1,4,0012F3AA5501p,244");
        QVERIFY(bt);
        QCOMPARE(bt->kind, at::PeerConnected::Kind::Bluetooth);
        QCOMPARE(bt->protocolName(), QStringLiteral("sps"));
        QCOMPARE(bt->remoteAddress, QByteArray("0012F3AA5501p"));
        QCOMPARE(bt->frameSize, 244);
        QVERIFY(!at::PeerConnected::parse("+UUDPC:3,1,4,0012F3AA5501p"));
        QVERIFY(!at::PeerConnected::parse("+UUDPC:3,9,4,a,1"));
    }

    void peerHandles()
    {
        QCOMPARE(at::PeerDisconnected::parse("+UUDPD:4")->peerHandle, 4);
        QCOMPARE(at::PeerCreated::parse("+UDCP:2")->peerHandle, 2);
        QVERIFY(!at::PeerCreated::parse("+UDCP:"));
        QVERIFY(!at::PeerCreated::parse("+UDCPX:1"));
    }

    void macAddress()
    {
        QCOMPARE(at::MacAddress::parse("+UMLA:D4CA6EFD9674")->mac, QByteArray("D4CA6EFD9674"));
        QCOMPARE(at::MacAddress::parse("+UMLA:d4ca6efd9674")->mac, QByteArray("D4CA6EFD9674"));
        QVERIFY(!at::MacAddress::parse("+UMLA:D4CA6EFD967"));
        QVERIFY(!at::MacAddress::parse("+UMLA:D4CA6EFD967G"));
    }

    void securityObjectTakesTheLastFieldAsTheHash()
    {
        const auto s = at::SecurityObject::parse("+USECMNG:0,0,\"ca.pem\",\"ACB694A59C17E0D791529BB19706A6E4\"");
        QVERIFY(s);
        QCOMPARE(s->operation, 0);
        QCOMPARE(s->type, 0);
        QCOMPARE(s->name, QByteArray("ca.pem"));
        QCOMPARE(s->md5, QByteArray("ACB694A59C17E0D791529BB19706A6E4"));
        const auto q = at::SecurityObject::parse("+USECMNG:4,2,\"key.pem\",\"695d5d1ebb1ddbd0c6f2c128baeb7f34\"");
        QVERIFY(q);
        QCOMPARE(q->md5, QByteArray("695D5D1EBB1DDBD0C6F2C128BAEB7F34"));
        QVERIFY(!at::SecurityObject::parse("+USECMNG:0,0,\"ca.pem\",\"notahash\""));
    }
};

PS_REGISTER_TEST(AtResponseTest);
#include "tst_atresponse.moc"
