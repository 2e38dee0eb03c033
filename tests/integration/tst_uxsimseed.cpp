// The seed session log's host side replayed against uxsim, whose MQTT peers talk to local Azure
// (sim/cloud): same commands, same order, the stray CR after each AT+USECMNG line, the %%0.
// Also the MQTT-side failure modes and host-name verification.

#include "testregistry.h"
#include "uxsim/simhost.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSslCertificate>
#include <QTest>

using edm::Frame;
using edm::PacketType;

class UxsimSeedReplayTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_azure;
    QJsonObject m_cloud;
    QString m_cert, m_key;

    bool tool(const QStringList &args)
    {
        QProcess p;
        p.start(SimHost::bin(QStringLiteral("local-azure")), args);
        return p.waitForFinished(20000) && p.exitCode() == 0;
    }
    QString state() const { return m_dir.path() + QStringLiteral("/state"); }

    QStringList simArgs(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("--wifi"), QStringLiteral("SSID:PASSWORDPASSWORD"),
                           QStringLiteral("--resolve"),
                           m_cloud.value(u"dps_host").toString() + QStringLiteral("=127.0.0.1:") +
                               QString::number(m_cloud.value(u"x509_port").toInt())} +
               extra;
    }

    static QByteArray md5OfDer(const QString &pemFile)
    {
        QFile f(pemFile);
        f.open(QIODevice::ReadOnly);
        const QByteArray pem = f.readAll();
        const qsizetype b = pem.indexOf("-----BEGIN");
        const qsizetype e = pem.indexOf("-----END");
        const QByteArray body = pem.mid(pem.indexOf('\n', b) + 1, e - pem.indexOf('\n', b) - 1);
        return QCryptographicHash::hash(QByteArray::fromBase64(body.simplified().replace(' ', "")),
                                        QCryptographicHash::Md5)
            .toHex()
            .toUpper();
    }

    // Upload as azure_dps.py does: "AT+USECMNG=0,<t>,<name>,<size>\r\r", then size-1 bytes of the file.
    void seedUpload(SimHost &h, int type, const QByteArray &name, const QString &file)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        h.rx.clear();
        h.send("AT+USECMNG=0," + QByteArray::number(type) + ',' + name + ',' + QByteArray::number(data.size()) +
               "\r\r");
        QVERIFY(!h.waitFor(">").isEmpty());
        h.send(data.left(data.size() - 1));
        const QByteArray expect =
            "+USECMNG:0," + QByteArray::number(type) + ",\"" + name + "\",\"" + md5OfDer(file) + "\"\r\nOK\r\n";
        QVERIFY2(!h.waitFor(expect).isEmpty(), h.rx.constData());
    }

    void provision(SimHost &h)
    {
        seedUpload(h, 0, "ca.pem", m_cloud.value(u"ca_file").toString());
        seedUpload(h, 1, "cert.pem", m_cert);
        seedUpload(h, 2, "key.pem", m_key);
        QVERIFY(h.enterEdm());
        for (const char *c : {"AT+UWSC=0,2,SSID", "AT+UWSC=0,5,2", "AT+UWSC=0,8,PASSWORDPASSWORD", "AT+UWSCA=0,3"})
            QCOMPARE(h.edmCommand(c), QByteArray("\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUWLE:0,").has_value());
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUNU:0").has_value());
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUNU:0").has_value());
    }

    QByteArray dpsUrl(const QByteArray &topics) const
    {
        const QByteArray scope = m_cloud.value(u"id_scope").toString().toLatin1();
        return "AT+UDCP=mqtt://" + m_cloud.value(u"dps_host").toString().toLatin1() +
               ":8883/?client=ninadps&user=" + scope + "/registrations/ninadps/api-version=2019-03-31&" + topics +
               "&encr=3&keepAlive=60&ca=ca.pem&cert=cert.pem&privKey=key.pem";
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(SimHost::bin(QStringLiteral("local-azure"))))
            QFAIL("local-azure is not built (build the local-azure target)");
        m_azure.start(SimHost::bin(QStringLiteral("local-azure")),
                      {QStringLiteral("run"), QStringLiteral("--state-dir"), state(), QStringLiteral("--json"),
                       QStringLiteral("--assignment-delay-ms"), QStringLiteral("0")});
        QVERIFY(m_azure.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(m_azure.canReadLine() || (m_azure.waitForReadyRead(50), m_azure.canReadLine()), 15000);
        m_cloud = QJsonDocument::fromJson(m_azure.readLine()).object();
        QVERIFY(m_cloud.contains(u"x509_port"));
        m_cert = m_dir.path() + QStringLiteral("/cert.pem");
        m_key = m_dir.path() + QStringLiteral("/key.pem");
        QVERIFY(tool({QStringLiteral("pki"), QStringLiteral("issue"), QStringLiteral("--state-dir"), state(),
                      QStringLiteral("--cn"), QStringLiteral("ninadps"), QStringLiteral("--out-cert"), m_cert,
                      QStringLiteral("--out-key"), m_key}));
        QVERIFY(
            tool({QStringLiteral("dps"), QStringLiteral("enrollment-group"), QStringLiteral("create"),
                  QStringLiteral("--state-dir"), state(), QStringLiteral("--group-id"), QStringLiteral("enrolGroup"),
                  QStringLiteral("--ca-cert"), m_cloud.value(u"ca_file").toString()}));
    }
    void cleanupTestCase()
    {
        if (m_azure.state() != QProcess::NotRunning) {
            m_azure.terminate();
            if (!m_azure.waitForFinished(5000))
                m_azure.kill();
            m_azure.waitForFinished(2000);
        }
    }

    void seedSessionEndsAssigned_data()
    {
        QTest::addColumn<QString>("shared");
        QTest::newRow("one shared MQTT session (default)") << QStringLiteral("on");
        QTest::newRow("a connection per peer (local Azure keeps both)") << QStringLiteral("off");
    }
    void seedSessionEndsAssigned()
    {
        QFETCH(QString, shared);
        SimHost h;
        QVERIFY(h.start(simArgs({QStringLiteral("--shared-mqtt-session"), shared})));
        // The seed: factory reset and reboot first.
        QVERIFY(h.command("AT+UFACTORY").endsWith("OK\r\n"));
        h.rx.clear();
        h.send("AT+CPWROFF\r");
        QVERIFY(!h.waitFor("+STARTUP\r\n").isEmpty());
        provision(h);

        QCOMPARE(h.edmCommand(dpsUrl(
                     "pt=$dps/registrations/PUT/iotdps-register/?$rid={request_id}&st=$dps/registrations/res/#")),
                 QByteArray("\r\n+UDCP:2\r\nOK\r\n"));
        // Connect event (channel 0) first, then +UUDPC for peer handle 2.
        auto ce = h.takeFrame(PacketType::ConnectEvent, QByteArray(), 10000);
        QVERIFY(ce.has_value());
        QCOMPARE(ce->connectEvent()->channel, quint8(0));
        QCOMPARE(ce->connectEvent()->protocol, quint8(2));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUDPC:2,2,6,0.0.0.0,0,127.0.0.1,8883").has_value());

        h.sendEdm(Frame::dataCommand(0, R"({"payload":"","registrationId":"ninadps"})"));
        auto reg = h.takeFrame(PacketType::DataEvent, "operationId", 10000);
        QVERIFY(reg.has_value());
        QCOMPARE(*reg->channel(), quint8(0));
        const QJsonObject regJson = QJsonDocument::fromJson(reg->data().toByteArray()).object();
        const QByteArray op = regJson.value(u"operationId").toString().toLatin1();
        QVERIFY(!op.isEmpty());

        QCOMPARE(
            h.edmCommand("AT+UDUV=0,$dps/registrations/GET/iotdps-get-operationstatus/?$rid={request_id}&operationId=" +
                         op),
            QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.edmCommand(dpsUrl("pt=%%0")), QByteArray("\r\n+UDCP:4\r\nOK\r\n"));
        auto ce2 = h.takeFrame(PacketType::ConnectEvent, QByteArray(), 10000);
        QVERIFY(ce2.has_value());
        QCOMPARE(ce2->connectEvent()->channel, quint8(1));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUDPC:4,2,6,0.0.0.0,0,127.0.0.1,8883").has_value());

        // Poll until assigned (local Azure may answer "assigning" first); answers arrive on channel 0.
        QJsonObject last;
        for (int i = 0; i < 10 && last.value(u"status").toString() != u"assigned"; ++i) {
            h.sendEdm(Frame::dataCommand(1, "get operationstatus"));
            auto ans = h.takeFrame(PacketType::DataEvent, "\"status\"", 10000);
            QVERIFY(ans.has_value());
            QCOMPARE(*ans->channel(), quint8(0));
            last = QJsonDocument::fromJson(ans->data().toByteArray()).object();
        }
        QCOMPARE(last.value(u"status").toString(), QStringLiteral("assigned"));
        QCOMPARE(last.value(u"registrationState").toObject().value(u"deviceId").toString(), QStringLiteral("ninadps"));

        QCOMPARE(h.edmCommand("AT+UDLP?").count("+UDLP:"), 2);
        // Closing a peer: OK, +UUDPD and a disconnect event for its channel.
        QCOMPARE(h.edmCommand("AT+UDCPC=4"), QByteArray("\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUDPD:4").has_value());
        auto de = h.takeFrame(PacketType::DisconnectEvent);
        QVERIFY(de.has_value());
        QCOMPARE(*de->channel(), quint8(1));
        QCOMPARE(h.edmCommand("AT+CPWROFF"), QByteArray("\r\nOK\r\n"));
    }

    void sasPeerUsesResolveSas()
    {
        // A symmetric-key group: the device's SAS token goes through AT+UDUV into passwd=%1, the peer
        // has no client certificate, so --resolve-sas sends it to local Azure's SAS listener.
        const QString groupKey = QStringLiteral("c2ltdWxhdGVkIGdyb3VwIGtleSBmb3IgdXhzaW0gdGVzdHM=");
        QVERIFY(tool({QStringLiteral("dps"), QStringLiteral("enrollment-group"), QStringLiteral("create"),
                      QStringLiteral("--state-dir"), state(), QStringLiteral("--group-id"), QStringLiteral("sasGroup"),
                      QStringLiteral("--symmetric-key"), groupKey}));
        const QString scope = m_cloud.value(u"id_scope").toString();
        QProcess sas;
        sas.start(SimHost::bin(QStringLiteral("local-azure")),
                  {QStringLiteral("sas"), QStringLiteral("--key"), groupKey, QStringLiteral("--registration-id"),
                   QStringLiteral("sasdev"), QStringLiteral("--resource"),
                   scope + QStringLiteral("%2Fregistrations%2Fsasdev"), QStringLiteral("--skn"),
                   QStringLiteral("registration")});
        QVERIFY(sas.waitForFinished(10000));
        const QByteArray token = sas.readAllStandardOutput().trimmed();
        QVERIFY2(token.startsWith("SharedAccessSignature "), token.constData());

        SimHost h;
        const QString host = m_cloud.value(u"dps_host").toString();
        QVERIFY(h.start({QStringLiteral("--wifi"), QStringLiteral("SSID:PASSWORDPASSWORD"), QStringLiteral("--resolve"),
                         host + QStringLiteral("=127.0.0.1:") + QString::number(m_cloud.value(u"x509_port").toInt()),
                         QStringLiteral("--resolve-sas"),
                         host + QStringLiteral("=127.0.0.1:") + QString::number(m_cloud.value(u"sas_port").toInt())}));
        seedUpload(h, 0, "ca.pem", m_cloud.value(u"ca_file").toString());
        QVERIFY(h.enterEdm());
        for (const char *c : {"AT+UWSC=0,2,SSID", "AT+UWSC=0,5,2", "AT+UWSC=0,8,PASSWORDPASSWORD", "AT+UWSCA=0,3"})
            QCOMPARE(h.edmCommand(c), QByteArray("\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUNU:0").has_value());
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUNU:0").has_value());
        QCOMPARE(h.edmCommand("AT+UDUV=1," + token), QByteArray("\r\nOK\r\n"));
        const QByteArray url =
            "AT+UDCP=mqtt://" + host.toLatin1() + ":8883/?client=sasdev&user=" + scope.toLatin1() +
            "/registrations/sasdev/api-version=2019-03-31&passwd=%1&pt=$dps/registrations/PUT/iotdps-register/?$rid=1"
            "&st=$dps/registrations/res/#&keepAlive=60&ca=ca.pem";
        QCOMPARE(h.edmCommand(url), QByteArray("\r\n+UDCP:2\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUDPC:2,", 10000).has_value());
        h.sendEdm(Frame::dataCommand(0, R"({"registrationId":"sasdev"})"));
        auto ans = h.takeFrame(PacketType::DataEvent, "\"status\"", 10000);
        QVERIFY(ans.has_value());
        QVERIFY2(ans->data().toByteArray().contains("operationId"), ans->data().toByteArray().constData());
    }

    void brokerFailures_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("broker-unreachable")
            << QStringList{QStringLiteral("--fault"), QStringLiteral("broker-unreachable")};
        QTest::newRow("tls-verify-fail") << QStringList{QStringLiteral("--fault"), QStringLiteral("tls-verify-fail")};
        QTest::newRow("host name not in the server certificate") << QStringList{
            QStringLiteral("--resolve"), QStringLiteral("global.azure-devices-provisioning.net=127.0.0.1:1")};
    }
    void brokerFailures()
    {
        QFETCH(QStringList, extra);
        SimHost h;
        QStringList args = simArgs(extra);
        if (QTest::currentDataTag() == QByteArray("host name not in the server certificate")) {
            // Map a name the server certificate does not carry to the real listener.
            args = QStringList{
                QStringLiteral("--wifi"), QStringLiteral("SSID:PASSWORDPASSWORD"), QStringLiteral("--resolve"),
                QStringLiteral("wrong.example.net=127.0.0.1:") + QString::number(m_cloud.value(u"x509_port").toInt())};
        }
        QVERIFY(h.start(args));
        provision(h);
        QByteArray url = dpsUrl("pt=a&st=$dps/registrations/res/#");
        if (QTest::currentDataTag() == QByteArray("host name not in the server certificate"))
            url.replace(m_cloud.value(u"dps_host").toString().toLatin1(), "wrong.example.net");
        QCOMPARE(h.edmCommand(url), QByteArray("\r\n+UDCP:2\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUDPD:2", 10000).has_value());
        for (const Frame &f : std::as_const(h.frames))
            QVERIFY(f.type() != PacketType::ConnectEvent);
        QVERIFY(!h.takeFrame(PacketType::ConnectEvent, QByteArray(), 300).has_value());
    }

    // Wi-Fi loss takes every peer with it: the link events first (+UUWLD, +UUND), then each peer's
    // +UUDPD and disconnect event; and no new peer without a network.
    void wifiLossDropsEveryPeer()
    {
        SimHost h;
        QVERIFY(h.start(simArgs({QStringLiteral("--fault"), QStringLiteral("wifi-lost@4s")})));
        provision(h);
        QCOMPARE(h.edmCommand(dpsUrl("pt=a&st=$dps/registrations/res/#")), QByteArray("\r\n+UDCP:2\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUDPC:2,", 10000).has_value());
        QCOMPARE(h.edmCommand(dpsUrl("pt=b")), QByteArray("\r\n+UDCP:4\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUDPC:4,", 10000).has_value());
        h.frames.clear();
        QVERIFY(h.waitFrames([&] { return h.frames.size() >= 6; }, 10000));
        QStringList seen;
        for (const Frame &f : std::as_const(h.frames)) {
            seen << (f.type() == PacketType::DisconnectEvent ? QStringLiteral("disconnect %1").arg(*f.channel())
                                                             : QString::fromLatin1(f.payload().trimmed()));
        }
        // Each +UUDPD is followed by its peer's disconnect event; the peers close in any order.
        QCOMPARE(seen.mid(0, 2), QStringList({QStringLiteral("+UUWLD:0,2"), QStringLiteral("+UUND:0")}));
        QCOMPARE(QSet<QString>({seen[2], seen[4]}),
                 QSet<QString>({QStringLiteral("+UUDPD:2"), QStringLiteral("+UUDPD:4")}));
        QCOMPARE(QSet<QString>({seen[3], seen[5]}),
                 QSet<QString>({QStringLiteral("disconnect 0"), QStringLiteral("disconnect 1")}));
        QCOMPARE(h.edmCommand("AT+UDLP?"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.edmCommand(dpsUrl("pt=c")), QByteArray("\r\n+UDCP:6\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUDPD:6").has_value());
    }

    // Last: it stops local Azure. The broker closing the connection: +UUDPD, then the disconnect event.
    void brokerClosesConnection()
    {
        SimHost h;
        QVERIFY(h.start(simArgs()));
        provision(h);
        QCOMPARE(h.edmCommand(dpsUrl("pt=a&st=$dps/registrations/res/#")), QByteArray("\r\n+UDCP:2\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUDPC:2,", 10000).has_value());
        cleanupTestCase();
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUDPD:2", 10000).has_value());
        auto de = h.takeFrame(PacketType::DisconnectEvent);
        QVERIFY(de.has_value());
        QCOMPARE(*de->channel(), quint8(0));
        QCOMPARE(h.edmCommand("AT+UDLP?"), QByteArray("\r\nOK\r\n"));
    }
};

PS_REGISTER_TEST(UxsimSeedReplayTest);
#include "tst_uxsimseed.moc"
