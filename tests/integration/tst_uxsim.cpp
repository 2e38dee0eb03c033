// uxsim through a real QSerialPort on its pty: command mode, personas, the certificate store,
// EDM, Wi-Fi, data mode, failure modes, bad input, process behaviour.

#include "testregistry.h"
#include "uxsim/simhost.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

using edm::Frame;
using edm::PacketType;

namespace {
const QByteArray kBaltimoreMd5 = "ACB694A59C17E0D791529BB19706A6E4";
const QString kBaltimore = QStringLiteral("/usr/share/ca-certificates/mozilla/Baltimore_CyberTrust_Root.crt");

void idle(SimHost &h, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        h.pump(int(qMax<qint64>(1, ms - t.elapsed())));
}
} // namespace

class UxsimTest : public QObject
{
    Q_OBJECT
private slots:
    void commandModeIdentityAndEcho()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--latency"), QStringLiteral("fast")}));
        QCOMPARE(h.command("AT"), QByteArray("AT\r\r\nOK\r\n"));
        QCOMPARE(h.command("ATI9"),
                 QByteArray("ATI9\r\r\n\"3.1.0-013\",\"NINA-W15X-3.1.0-013-0-g5c0a2b1e\"\r\nOK\r\n"));
        QCOMPARE(h.command("ATE0"), QByteArray("ATE0\r\r\nOK\r\n"));
        QCOMPARE(h.command("AT+GMM"), QByteArray("\r\n\"NINA-W152\"\r\nOK\r\n"));
        QCOMPARE(h.command("AT+GMI"), QByteArray("\r\n\"u-blox\"\r\nOK\r\n"));
        QCOMPARE(h.command("AT+GMR"), QByteArray("\r\n\"3.1.0-013\"\r\nOK\r\n"));
        QVERIFY(h.command("AT+GSN").startsWith("\r\n\"02339659"));
        QCOMPARE(h.command("ATI0"), QByteArray("\r\n\"NINA-W152-00B-00\"\r\nOK\r\n"));
        QCOMPARE(h.command("ATI10"), QByteArray("\r\n\"000000000000D4CA6EFD9674\"\r\nOK\r\n"));
        QCOMPARE(h.command("AT+UMLA=2"), QByteArray("\r\n+UMLA:D4CA6EFD9674\r\nOK\r\n"));
        QCOMPARE(h.command("AT+UMLA=1"), QByteArray("\r\n+UMLA:D4CA6EFD9676\r\nOK\r\n"));
        QVERIFY(h.command("AT+UMSTAT=0").startsWith("\r\n+UMSTAT:0,"));
        QCOMPARE(h.command("AT+UMSM?"), QByteArray("\r\n+UMSM:0\r\nOK\r\n"));
        QCOMPARE(h.command("AT+UMRS?"), QByteArray("\r\n+UMRS:115200,1,8,1,1,1\r\nOK\r\n"));
        QCOMPARE(h.command("AT+UMRS=115200,2,8,1,1"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.command("AT+UDLP?"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.command("AT+UDUV=0,a&b=c"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.command("AT+UDUV=0"), QByteArray("\r\n+UDUV:0,\"a&b=c\"\r\nOK\r\n"));
        // Anything else, and malformed parameters: ERROR.
        QCOMPARE(h.command("AT+CGATT=1"), QByteArray("\r\nERROR\r\n"));
        QCOMPARE(h.command("AT+UMLA=9"), QByteArray("\r\nERROR\r\n"));
        QCOMPARE(h.command("AT+UMRS=115200,1,7,1,1"), QByteArray("\r\nERROR\r\n"));
        QCOMPARE(h.command("hello"), QByteArray("\r\nERROR\r\n"));
        QCOMPARE(h.command("AT+UDCPC=7"), QByteArray("\r\nERROR\r\n"));
        QCOMPARE(h.command("ATE1"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.command("AT"), QByteArray("AT\r\r\nOK\r\n"));
        // CR LF terminators work too.
        h.rx.clear();
        h.send("AT\r\n");
        QVERIFY(!h.waitFor("OK\r\n").isEmpty());
    }

    void personas_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QByteArray>("gmm");
        QTest::addColumn<QByteArray>("gmr");
        QTest::addColumn<int>("maxLine");
        QTest::addColumn<bool>("sas");
        QTest::addColumn<bool>("hash");
        QTest::newRow("NINA-W15 3.x") << "nina-w15-3" << QByteArray("NINA-W152") << QByteArray("3.1.0-013") << 1024
                                      << true << true;
        QTest::newRow("NINA-W15 2.x") << "nina-w15-2" << QByteArray("NINA-W152") << QByteArray("2.1.0-017") << 256
                                      << false << false;
        QTest::newRow("NINA-W13 2.x") << "NINA-W13 2.x" << QByteArray("NINA-W132") << QByteArray("2.1.0-017") << 256
                                      << false << false;
        QTest::newRow("ODIN-W26 7.0") << "ODIN-W26 7.0" << QByteArray("ODIN-W2") << QByteArray("7.0.0-018") << 512
                                      << true << false;
        QTest::newRow("ODIN-W26 8") << "odin-w26-8" << QByteArray("ODIN-W2") << QByteArray("8.2.1-004") << 1024 << true
                                    << true;
    }
    void personas()
    {
        QFETCH(QString, persona);
        QFETCH(QByteArray, gmm);
        QFETCH(QByteArray, gmr);
        QFETCH(int, maxLine);
        QFETCH(bool, sas);
        QFETCH(bool, hash);
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--persona"), persona}));
        QCOMPARE(h.info.value(u"model").toString().toLatin1(), gmm);
        QVERIFY(h.command("ATE0").endsWith("OK\r\n"));
        QCOMPARE(h.command("AT+GMM"), "\r\n\"" + gmm + "\"\r\nOK\r\n");
        QCOMPARE(h.command("AT+GMR"), "\r\n\"" + gmr + "\"\r\nOK\r\n");
        // Line-length limit: the longest accepted line works, one more character is an ERROR.
        const QByteArray prefix = "AT+UDUV=1,";
        QCOMPARE(h.command(prefix + QByteArray(maxLine - prefix.size(), 'x')), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.command(prefix + QByteArray(maxLine - prefix.size() + 1, 'x')), QByteArray("\r\nERROR\r\n"));
        // SAS passwords and '#' filters only where the firmware has them (checked when the peer is created).
        const QByteArray sasUrl = "AT+UDCP=mqtt://h:8883/?client=c&passwd=%0&pt=t";
        QCOMPARE(h.command(sasUrl).contains("+UDCP:"), sas);
        const QByteArray hashUrl = "AT+UDCP=mqtt://h:8883/?client=c&st=a/#";
        QCOMPARE(h.command(hashUrl).contains("+UDCP:"), hash);
    }

    void uniqueMacsAndSettableMac()
    {
        SimHost a, b;
        QVERIFY(a.start({}));
        QVERIFY(b.start({QStringLiteral("--mac"), QStringLiteral("02:00:00:00:00:10")}));
        QVERIFY(b.command("AT+UMLA=2").contains("+UMLA:020000000010\r\n"));
        // Set form: needs AT&W and a reboot, like the module.
        QVERIFY(a.command("AT+UMLA=2,02AABBCCDDEE").endsWith("OK\r\n"));
        QVERIFY(a.command("AT&W").endsWith("OK\r\n"));
        a.rx.clear();
        a.send("AT+CPWROFF\r");
        QVERIFY(!a.waitFor("+STARTUP\r\n").isEmpty());
        QVERIFY(a.command("AT+UMLA=2").contains("+UMLA:02AABBCCDDEE"));
    }

    void settingsPersistOnlyAfterAtW()
    {
        SimHost h;
        QVERIFY(h.start({}));
        QVERIFY(h.command("ATE0").endsWith("OK\r\n"));
        QCOMPARE(h.command("AT+UMSTAT=1"), QByteArray("\r\n+UMSTAT:1,0\r\nOK\r\n"));
        h.send("AT+CPWROFF\r");
        QVERIFY(!h.waitFor("+STARTUP\r\n").isEmpty());
        QCOMPARE(h.command("AT"), QByteArray("AT\r\r\nOK\r\n")); // echo back: ATE0 was not stored
        QVERIFY(h.command("ATE0").endsWith("OK\r\n"));
        QVERIFY(h.command("AT&W").endsWith("OK\r\n"));
        QCOMPARE(h.command("AT+UMSTAT=1"), QByteArray("\r\n+UMSTAT:1,1\r\nOK\r\n"));
        h.send("AT+CPWROFF\r");
        QVERIFY(!h.waitFor("+STARTUP\r\n").isEmpty());
        QCOMPARE(h.command("AT"), QByteArray("\r\nOK\r\n"));
        // AT+UFACTORY: defaults after the next reboot.
        QVERIFY(h.command("AT+UFACTORY").endsWith("OK\r\n"));
        h.send("AT+CPWROFF\r");
        QVERIFY(!h.waitFor("+STARTUP\r\n").isEmpty());
        QCOMPARE(h.command("AT"), QByteArray("AT\r\r\nOK\r\n"));
    }

    void certificateUploadAsInTheSeedLog()
    {
        QFile f(kBaltimore);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pem = f.readAll();
        QCOMPARE(pem.size(), 1261);
        SimHost h;
        QVERIFY(h.start({}));
        // The seed host: command + stray CR (the first upload byte), then 1260 bytes of the file.
        h.rx.clear();
        h.send("AT+USECMNG=0,0,ca.pem,1261\r\r");
        QVERIFY(!h.waitFor(">").isEmpty());
        h.send(pem.left(1260));
        QVERIFY(!h.waitFor("+USECMNG:0,0,\"ca.pem\",\"" + kBaltimoreMd5 + "\"\r\nOK\r\n").isEmpty());
        // A clean upload of the whole file gives the same hash (it is over the DER).
        h.send("AT+USECMNG=0,0,ca2.pem,1261\r");
        QVERIFY(!h.waitFor(">").isEmpty());
        h.send(pem);
        QVERIFY(!h.waitFor("+USECMNG:0,0,\"ca2.pem\",\"" + kBaltimoreMd5 + "\"\r\nOK\r\n").isEmpty());
        QVERIFY(h.command("AT+USECMNG=4,0,ca.pem").contains("+USECMNG:4,0,\"ca.pem\",\"" + kBaltimoreMd5 + '"'));
        const QByteArray list = h.command("AT+USECMNG=3");
        QVERIFY2(list.contains("\"CA\",\"ca.pem\",\"Baltimore CyberTrust Root\",\"2025/05/12 23:59:00\""), list);
        // Certificates survive a reboot (settings would not without AT&W).
        h.send("AT+CPWROFF\r");
        QVERIFY(!h.waitFor("+STARTUP\r\n").isEmpty());
        QVERIFY(h.command("AT+USECMNG=4,0,ca.pem").contains(kBaltimoreMd5));
        QVERIFY(h.command("AT+USECMNG=2,0,ca2.pem").endsWith("\r\nOK\r\n"));
        QVERIFY(h.command("AT+USECMNG=4,0,ca2.pem").endsWith("\r\nERROR\r\n"));
        QVERIFY(h.command("AT+USECMNG=2,0,ca2.pem").endsWith("\r\nERROR\r\n"));
        // Limits: type, name length, size.
        QVERIFY(h.command("AT+USECMNG=0,3,x,10").endsWith("\r\nERROR\r\n"));
        QVERIFY(h.command("AT+USECMNG=0,0," + QByteArray(33, 'n') + ",10").endsWith("\r\nERROR\r\n"));
        QVERIFY(h.command("AT+USECMNG=0,0,x,8193").endsWith("\r\nERROR\r\n"));
        QVERIFY(h.command("AT+USECMNG=0,0,x,0").endsWith("\r\nERROR\r\n"));
        // PEM only: DER bytes are refused.
        h.rx.clear();
        h.send("AT+USECMNG=0,0,der.pem,16\r");
        QVERIFY(!h.waitFor(">").isEmpty());
        h.send(QByteArray(16, '\x30'));
        QVERIFY(!h.waitFor("\r\nERROR\r\n").isEmpty());
        // A key where a certificate is expected is refused as well.
        const QByteArray key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        h.send("AT+USECMNG=0,1,k.pem," + QByteArray::number(key.size()) + "\r");
        QVERIFY(!h.waitFor(">").isEmpty());
        h.send(key);
        QVERIFY(!h.waitFor("\r\nERROR\r\n").isEmpty());
    }

    // No idle timeout (docs/uxsim.md "Certificates"): an upload that stops keeps the module waiting,
    // and whatever comes next is certificate data until <size> bytes are in.
    void anUploadThatStopsKeepsTheModuleWaiting()
    {
        SimHost h;
        QVERIFY(h.start({}));
        h.rx.clear();
        const QByteArray start = "-----BEGIN CERTIFICATE-----\nMIID";
        h.send("AT+USECMNG=0,0,ca.pem,100\r");
        QVERIFY(!h.waitFor(">").isEmpty());
        h.send(start);
        h.send("AT\r"); // eaten as data: no echo, no answer
        QVERIFY(h.waitFor("OK", 500).isEmpty());
        QVERIFY(!h.rx.contains("AT"));
        h.send(QByteArray(100 - start.size() - 3, '\n')); // the rest: no END line, so no certificate
        QVERIFY(!h.waitFor("\r\nERROR\r\n").isEmpty());
        QCOMPARE(h.command("AT"), QByteArray("AT\r\r\nOK\r\n"));
    }

    void anIdleTimeoutFromALatencyFileAbortsTheUpload()
    {
        SimHost h;
        const QString file = h.dir.path() + QStringLiteral("/lat.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"uploadIdleTimeout": 300})");
        f.close();
        QVERIFY(h.start({QStringLiteral("--latency"), file}));
        h.rx.clear();
        h.send("AT+USECMNG=0,0,ca.pem,1261\r");
        QVERIFY(!h.waitFor(">").isEmpty());
        h.send("-----BEGIN CERTIFICATE-----\nMIID");
        QVERIFY(!h.waitFor("\r\nERROR\r\n", 5000).isEmpty());
        QCOMPARE(h.command("AT"), QByteArray("AT\r\r\nOK\r\n"));
    }

    void edmCommandsAndWifi()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--wifi"), QStringLiteral("lab:correcthorse"), QStringLiteral("--wifi"),
                         QStringLiteral("other:passphrase9:0A0B0C0D0E0F:6")}));
        QVERIFY(h.enterEdm());
        QCOMPARE(h.edmCommand("AT"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+GMM"), QByteArray("\r\n\"NINA-W152\"\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+BOGUS"), QByteArray("\r\nERROR\r\n"));
        QCOMPARE(h.edmCommand("AT+UNSTAT=0,101"), QByteArray("\r\n+UNSTAT:0,101,0.0.0.0\r\nOK\r\n"));
        // Wrong passphrase: +UUWLD reason 4.
        for (const char *c : {"AT+UWSC=0,2,lab", "AT+UWSC=0,5,2", "AT+UWSC=0,8,wrongpassword", "AT+UWSCA=0,3"})
            QCOMPARE(h.edmCommand(c), QByteArray("\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUWLD:0,4").has_value());
        // Unknown SSID: never links.
        QCOMPARE(h.edmCommand("AT+UWSC=0,2,nowhere"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+UWSCA=0,3"), QByteArray("\r\nOK\r\n"));
        QVERIFY(!h.takeFrame(PacketType::AtEvent, "+UUW", 500).has_value());
        QCOMPARE(h.edmCommand("AT+UWSSTAT=3"), QByteArray("\r\n+UWSSTAT:3,1\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+UWSCA=0,4"), QByteArray("\r\nOK\r\n"));
        // The right passphrase: +UUWLE, +UUNU twice, then an IPv4 address.
        QCOMPARE(h.edmCommand("AT+UWSC=0,2,other"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+UWSC=0,8,passphrase9"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+UWSCA=0,3"), QByteArray("\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUWLE:0,0A0B0C0D0E0F,6").has_value());
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUNU:0").has_value());
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUNU:0").has_value());
        QCOMPARE(h.edmCommand("AT+UNSTAT=0,101"), QByteArray("\r\n+UNSTAT:0,101,192.168.1.100\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+UWSSTAT=3"), QByteArray("\r\n+UWSSTAT:3,2\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+UWSSTAT=0"), QByteArray("\r\n+UWSSTAT:0,\"other\"\r\nOK\r\n"));
        QVERIFY(h.edmCommand("AT+UWSCA=0,1").endsWith("OK\r\n"));
        // Deactivate: link down.
        QCOMPARE(h.edmCommand("AT+UWSCA=0,4"), QByteArray("\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUWLD:0,5").has_value());
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUND:0").has_value());
    }

    void edmFramingRobustness()
    {
        SimHost h;
        QVERIFY(h.start({}));
        QVERIFY(h.enterEdm());
        // Garbage between frames, a request split over two frames, two commands in one frame.
        h.send(QByteArray("\x00\x13garbage\x55\xAA\x00", 12));
        h.send(QByteArray("\x01", 1)); // bad length 1: dropped, hunting resumes
        h.sendEdm(Frame::atRequest("AT+G"));
        h.sendEdm(Frame::atRequest("MR\r"));
        QVERIFY(h.takeFrame(PacketType::AtConfirmation, "3.1.0-013").has_value());
        h.sendEdm(Frame::atRequest("AT\rAT+GMM\r"));
        QVERIFY(h.takeFrame(PacketType::AtConfirmation, "\r\nOK\r\n").has_value());
        QVERIFY(h.takeFrame(PacketType::AtConfirmation, "NINA-W152").has_value());
        // A data command on a channel nobody has and a resend request: silently nothing.
        h.sendEdm(Frame::dataCommand(5, "x"));
        h.sendEdm(Frame::resendConnectEvents());
        QCOMPARE(h.edmCommand("AT"), QByteArray("\r\nOK\r\n"));
        // Plain text in EDM is ignored like line noise.
        h.send("AT\r");
        QCOMPARE(h.edmCommand("AT"), QByteArray("\r\nOK\r\n"));
        // ATO0 inside EDM returns to command mode (our answer to open question 1).
        QCOMPARE(h.edmCommand("ATO0"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.command("AT"), QByteArray("AT\r\r\nOK\r\n"));
    }

    void startModeEdmAndReboot()
    {
        SimHost h;
        QVERIFY(h.start({}));
        QVERIFY(h.enterEdm());
        QCOMPARE(h.edmCommand("AT+UMSM=2"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT&W"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+CPWROFF"), QByteArray("\r\nOK\r\n"));
        // Boots straight into EDM: a start event, no +STARTUP.
        QVERIFY(h.takeFrame(PacketType::StartEvent).has_value());
        QCOMPARE(h.edmCommand("AT+UMSM?"), QByteArray("\r\n+UMSM:2\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+UMSM=0"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT&W"), QByteArray("\r\nOK\r\n"));
        h.rx.clear();
        h.at("AT+CPWROFF");
        QVERIFY(!h.waitFor("+STARTUP\r\n").isEmpty());
        QCOMPARE(h.command("AT"), QByteArray("AT\r\r\nOK\r\n"));
    }

    void dataModeEscapeWithGuardTimes()
    {
        SimHost h;
        QVERIFY(h.start({}));
        QCOMPARE(h.command("ATO1"), QByteArray("ATO1\r\r\nOK\r\n"));
        idle(h, 1100);
        h.send("+++");
        QVERIFY(h.waitFor("OK", 500).isEmpty()); // not before the second guard time
        QVERIFY(!h.waitFor("\r\nOK\r\n", 2000).isEmpty());
        QCOMPARE(h.command("AT"), QByteArray("AT\r\r\nOK\r\n"));
    }

    void linePacing()
    {
        SimHost h;
        h.baud = 9600;
        QVERIFY(h.start({QStringLiteral("--baud"), QStringLiteral("9600")}));
        QElapsedTimer t;
        t.start();
        const QByteArray answer = h.command("AT+UNSTAT=0");
        const qint64 ms = t.elapsed();
        QVERIFY(answer.endsWith("OK\r\n"));
        // 10 bits per byte at 9600 baud: 960 bytes/s.
        const qint64 expected = answer.size() * 1000 / 960;
        QVERIFY2(ms >= expected * 8 / 10, qPrintable(QStringLiteral("%1 bytes in %2 ms").arg(answer.size()).arg(ms)));
    }

    void faultsInCommandMode()
    {
        SimHost h;
        QVERIFY(
            h.start({QStringLiteral("--fault"), QStringLiteral("no-answer@AT+GMM"), QStringLiteral("--fault"),
                     QStringLiteral("error@ATI9#2"), QStringLiteral("--fault"), QStringLiteral("store-full@AT+GMR")}));
        h.rx.clear();
        h.send("AT+GMM\r");
        QVERIFY(h.waitFor("OK", 400).isEmpty());
        QVERIFY(h.command("AT+GMM").contains("NINA-W152")); // only the first time
        QVERIFY(h.command("ATI9").endsWith("OK\r\n"));
        QVERIFY(h.command("ATI9").endsWith("ERROR\r\n")); // the second time
        h.rx.clear();
        h.send("AT+USECMNG=0,0,a.pem,100\r");
        QVERIFY(!h.waitFor(">").isEmpty());
        h.send(QByteArray(100, '\n')); // no PEM in it
        QVERIFY(!h.waitFor("ERROR\r\n").isEmpty());
        QVERIFY(h.command("AT+GMR").endsWith("OK\r\n"));
        QVERIFY(h.command("AT+USECMNG=0,0,a.pem,100").endsWith("ERROR\r\n")); // store full from now on
    }

    void faultRebootDuringUpload()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--fault"), QStringLiteral("reboot-during-upload")}));
        QFile f(kBaltimore);
        QVERIFY(f.open(QIODevice::ReadOnly));
        h.rx.clear();
        h.send("AT+USECMNG=0,0,ca.pem,1261\r");
        QVERIFY(!h.waitFor(">").isEmpty());
        h.send(f.readAll());
        QVERIFY(!h.waitFor("+STARTUP\r\n").isEmpty());
        QVERIFY(!h.rx.contains("+USECMNG"));
        // The bytes still on the line after the reboot reach the new firmware as command lines
        // (each answers ERROR); a command sent now comes after them.
        h.send("AT\r");
        const QByteArray rest = h.waitFor("AT\r\r\nOK\r\n");
        QVERIFY(!rest.isEmpty());
        QVERIFY2(rest.contains("\r\nERROR\r\n"), rest.constData());
        QVERIFY(h.command("AT+USECMNG=4,0,ca.pem").endsWith("ERROR\r\n"));
    }

    void faultsInEdm()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--fault"), QStringLiteral("corrupt-edm@AT+GMR"), QStringLiteral("--fault"),
                         QStringLiteral("drop-edm@AT+GMM"), QStringLiteral("--fault"), QStringLiteral("wifi-auth-fail"),
                         QStringLiteral("--wifi"), QStringLiteral("lab:correcthorse")}));
        QVERIFY(h.enterEdm());
        h.at("AT+GMM");
        QVERIFY(!h.takeFrame(PacketType::AtConfirmation, QByteArray(), 400).has_value()); // dropped
        // Corrupted end byte: the parser rejects the frame.
        h.at("AT+GMR");
        QVERIFY(!h.takeFrame(PacketType::AtConfirmation, QByteArray(), 400).has_value());
        QCOMPARE(h.edmCommand("AT+GMR"), QByteArray("\r\n\"3.1.0-013\"\r\nOK\r\n"));
        for (const char *c : {"AT+UWSC=0,2,lab", "AT+UWSC=0,5,2", "AT+UWSC=0,8,correcthorse", "AT+UWSCA=0,3"})
            QCOMPARE(h.edmCommand(c), QByteArray("\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUWLD:0,4").has_value());
    }

    void faultWifiLost()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--fault"), QStringLiteral("wifi-lost@300ms"), QStringLiteral("--wifi"),
                         QStringLiteral("lab:correcthorse")}));
        QVERIFY(h.enterEdm());
        for (const char *c : {"AT+UWSC=0,2,lab", "AT+UWSC=0,5,2", "AT+UWSC=0,8,correcthorse", "AT+UWSCA=0,3"})
            QCOMPARE(h.edmCommand(c), QByteArray("\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUWLE:0").has_value());
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUWLD:0,2").has_value());
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUND:0").has_value());
    }

    void faultHangup()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--fault"), QStringLiteral("hangup@AT+GMM")}));
        QVERIFY(h.command("AT").endsWith("OK\r\n"));
        bool error = false;
        QObject::connect(&h.port, &QSerialPort::errorOccurred, [&](QSerialPort::SerialPortError e) {
            if (e != QSerialPort::NoError)
                error = true;
        });
        h.send("AT+GMM\r");
        QTRY_VERIFY_WITH_TIMEOUT(error || !QFileInfo::exists(h.link), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(h.link), 5000);
    }

    void aHangupBeforeTheBootStillAnnouncesTheModule()
    {
        SimHost h;
        const QString lat = h.dir.path() + QStringLiteral("/lat.json");
        QFile f(lat);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"boot": 4000})"); // 1 s at power-on
        f.close();
        h.link = h.dir.path() + QStringLiteral("/tty0");
        h.proc.start(SimHost::bin(QStringLiteral("uxsim")),
                     {QStringLiteral("--link"), h.link, QStringLiteral("--latency"), lat, QStringLiteral("--fault"),
                      QStringLiteral("hangup@100ms")});
        QTRY_VERIFY_WITH_TIMEOUT(h.proc.canReadLine(), 5000);
        QVERIFY(QJsonDocument::fromJson(h.proc.readLine()).object().contains(u"port"));
        QVERIFY(!QFileInfo::exists(h.link));
    }

    void certificateUploadInsideEdm()
    {
        QFile f(kBaltimore);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pem = f.readAll();
        SimHost h;
        QVERIFY(h.start({}));
        QVERIFY(h.enterEdm());
        // ubxlib style: '>' comes back in a confirmation, the bytes go as AT request packets.
        h.at("AT+USECMNG=0,0,edm.pem,1261");
        QVERIFY(h.takeFrame(PacketType::AtConfirmation, ">").has_value());
        for (qsizetype off = 0; off < pem.size(); off += 200)
            h.sendEdm(Frame::atRequest(pem.mid(off, 200)));
        QVERIFY(
            h.takeFrame(PacketType::AtConfirmation, "+USECMNG:0,0,\"edm.pem\",\"" + kBaltimoreMd5 + '"').has_value());
    }

    void garbageNeverWedges()
    {
        SimHost h;
        QVERIFY(h.start({}));
        QRandomGenerator rng(4711);
        QByteArray junk(3000, '\0');
        for (char &c : junk)
            c = char(rng.bounded(256));
        junk.replace('\r', 'x').replace('\n', 'y');
        h.send(junk + "\r");                                  // one overlong noise line
        QVERIFY(!h.waitFor("\r\nERROR\r\n", 3000).isEmpty()); // longer than the line limit
        QCOMPARE(h.command("ATE0").right(6), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.command("AT"), QByteArray("\r\nOK\r\n"));
        QVERIFY(h.enterEdm());
        h.send(junk);
        h.send(QByteArray("\xAA\x0F\xFF", 3)); // a start byte announcing 4095 bytes that never come...
        h.send(QByteArray(10, '\x55'));
        // ...costs only its start byte once the stream goes on: later frames are found again.
        QByteArray more(4200, 'z');
        h.send(more);
        QCOMPARE(h.edmCommand("AT"), QByteArray("\r\nOK\r\n"));
    }

    // The latency model is behaviour of the simulator: a configured delay must be applied. Only
    // lower bounds are checked (load can only make them longer), never speed.
    void seedLatencyModel()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--latency"), QStringLiteral("seed"), QStringLiteral("--wifi"),
                         QStringLiteral("lab:correcthorse")},
                        false));
        QVERIFY(!h.waitFor("+STARTUP\r\n", 5000).isEmpty());
        QElapsedTimer t;
        t.start();
        h.rx.clear();
        h.send("AT+USECMNG=0,0,ca.pem,10\r");
        QVERIFY(!h.waitFor(">", 3000).isEmpty());
        QVERIFY2(t.elapsed() >= 900, qPrintable(QString::number(t.elapsed()))); // seed: 1030 ms to '>'
        h.send("0123456789");
        QVERIFY(!h.waitFor("ERROR\r\n", 4000).isEmpty());
        QVERIFY(h.enterEdm());
        for (const char *c : {"AT+UWSC=0,2,lab", "AT+UWSC=0,5,2", "AT+UWSC=0,8,correcthorse"})
            QCOMPARE(h.edmCommand(c), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+UWSCA=0,3"), QByteArray("\r\nOK\r\n"));
        t.start();
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUWLE", 6000).has_value());
        QVERIFY2(t.elapsed() >= 2500, qPrintable(QString::number(t.elapsed()))); // seed: 2.86 s
    }

    void latencyFile()
    {
        SimHost h;
        const QString file = h.dir.path() + QStringLiteral("/lat.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"uploadPrompt": 400})");
        f.close();
        QVERIFY(h.start({QStringLiteral("--latency"), file}));
        QElapsedTimer t;
        t.start();
        h.rx.clear();
        h.send("AT+USECMNG=0,0,ca.pem,1\r");
        QVERIFY(!h.waitFor(">", 3000).isEmpty());
        QVERIFY(t.elapsed() >= 350);
        h.send("x");
        QVERIFY(!h.waitFor("ERROR\r\n").isEmpty());
    }

    void badArgumentsExitTwo()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("--persona"), QStringLiteral("nope")},
                                        QStringList{QStringLiteral("--fault"), QStringLiteral("bogus")},
                                        QStringList{QStringLiteral("--latency"), QStringLiteral("/nonexistent")},
                                        QStringList{QStringLiteral("--wifi"), QStringLiteral("x")}}) {
            QTemporaryDir d;
            QProcess p;
            p.start(SimHost::bin(QStringLiteral("uxsim")),
                    QStringList{QStringLiteral("--link"), d.path() + "/t"} + args);
            QVERIFY(p.waitForFinished(5000));
            QCOMPARE(p.exitCode(), 2);
            const QByteArray err = p.readAllStandardError();
            QCOMPARE(err.count('\n'), 1);
        }
    }

    void countAndCleanShutdown()
    {
        QTemporaryDir d;
        QProcess p;
        p.start(SimHost::bin(QStringLiteral("uxsim")), {QStringLiteral("--link"), d.path() + QStringLiteral("/tty"),
                                                        QStringLiteral("--count"), QStringLiteral("3")});
        QVERIFY(p.waitForStarted(5000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count('\n') == 3, 5000);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QSet<QString> macs;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
            QCOMPARE(o.value(u"port").toString(), d.path() + QStringLiteral("/tty%1").arg(i));
            QVERIFY(QFileInfo::exists(o.value(u"port").toString()));
            macs.insert(o.value(u"mac").toString());
        }
        QCOMPARE(macs.size(), 3);
        // Each link is its own module.
        QSerialPort s1;
        s1.setPortName(d.path() + QStringLiteral("/tty1"));
        QVERIFY(s1.open(QIODevice::ReadWrite));
        QVERIFY(s1.setBaudRate(115200));
        s1.write("AT+UMLA=2\r");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((s1.waitForReadyRead(10), got += s1.readAll()).contains("OK\r\n"), 5000);
        QVERIFY(got.contains(lines[1].mid(lines[1].indexOf("\"mac\":\"") + 7, 12)));
        s1.close();
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!QFileInfo::exists(d.path() + QStringLiteral("/tty%1").arg(i)));
    }

    void traceFile()
    {
        SimHost h;
        const QString tracePath = h.dir.path() + QStringLiteral("/trace.txt");
        QVERIFY(h.start({QStringLiteral("--trace"), tracePath}));
        QVERIFY(h.command("AT+GMM").endsWith("OK\r\n"));
        QVERIFY(h.enterEdm());
        QCOMPARE(h.edmCommand("AT"), QByteArray("\r\nOK\r\n"));
        QFile f(tracePath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray t = f.readAll();
        QVERIFY2(t.contains("ms -> AT+GMM\\r"), t);
        QVERIFY(t.contains("ms <- \\r\\n\"NINA-W152\"\\r\\nOK\\r\\n"));
        QVERIFY(t.contains("ms -> 0xAA00050044 'AT\\r' 0x55"));
        QVERIFY(t.contains("ms <- 0xAA00080045 '\\r\\nOK\\r\\n' 0x55"));
    }
};

PS_REGISTER_TEST(UxsimTest);
#include "tst_uxsim.moc"
