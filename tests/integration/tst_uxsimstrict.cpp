// uxsim as unkind as a real module (issue 12): no network means no peer, a crashed host's
// leftovers, URCs at awkward moments, lost and doubled EDM frames, line time in both directions,
// AT+UMRS, and secrets kept off the command line. docs/uxsim.md describes each behaviour.

#include "testregistry.h"
#include "uxsim/simhost.h"

#include <QFileInfo>
#include <QTest>

using edm::Frame;
using edm::PacketType;

namespace {
const QStringList kWifi{QStringLiteral("--wifi"), QStringLiteral("lab:correcthorse")};
// The certificate --crashed-host sends (sim/module/crashedhost.cpp), restated: 603 bytes, MD5(DER).
constexpr int kCrashedCertSize = 603;
const QByteArray kCrashedCertMd5 = "3739ED999341B3C7411CAD1AFE38E136";

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromLatin1(a));
    return out;
}

// Joins "lab" in EDM and waits for the second +UUNU (IPv4 up).
bool joinInEdm(SimHost &h, bool waitForIpv4 = true)
{
    for (const char *c : {"AT+UWSC=0,2,lab", "AT+UWSC=0,5,2", "AT+UWSC=0,8,correcthorse", "AT+UWSCA=0,3"}) {
        if (h.edmCommand(c) != "\r\nOK\r\n")
            return false;
    }
    if (!h.takeFrame(PacketType::AtEvent, "+UUWLE:0,").has_value() ||
        !h.takeFrame(PacketType::AtEvent, "+UUNU:0").has_value())
        return false;
    return !waitForIpv4 || h.takeFrame(PacketType::AtEvent, "+UUNU:0").has_value();
}

void idle(SimHost &h, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        h.pump(int(qMax<qint64>(1, ms - t.elapsed())));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(content);
    return f.fileName();
}
} // namespace

class UxsimStrictTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void aPeerWithoutANetworkFailsTheDeferredWayByDefault()
    {
        SimHost h;
        QVERIFY(h.start(kWifi));
        QVERIFY(h.enterEdm());
        QCOMPARE(h.edmCommand("AT+UDCP=mqtt://127.0.0.1:8883/?client=c&pt=t"), QByteArray("\r\n+UDCP:2\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUDPD:2").has_value());
        for (const Frame &f : std::as_const(h.frames))
            QVERIFY(f.type() != PacketType::ConnectEvent);
        QCOMPARE(h.edmCommand("AT+UDLP?"), QByteArray("\r\nOK\r\n"));
    }

    void aPeerWithoutANetworkIsAnErrorWhenAsked()
    {
        SimHost h;
        QVERIFY(h.start(kWifi + args({"--offline-peer", "error"})));
        QVERIFY(h.enterEdm());
        QCOMPARE(h.edmCommand("AT+UDCP=mqtt://127.0.0.1:8883/?client=c&pt=t"), QByteArray("\r\nERROR\r\n"));
        // The URL is still checked first: a bad one is an ERROR either way, a good one needs IPv4.
        QCOMPARE(h.edmCommand("AT+UDCP=http://127.0.0.1/"), QByteArray("\r\nERROR\r\n"));
    }

    void theIpv6LinkLocalAddressAloneIsNoNetwork()
    {
        SimHost h;
        const QString lat = writeFile(h.dir, QStringLiteral("lat.json"), R"({"dhcp": 60000})");
        QVERIFY(h.start(kWifi + QStringList{QStringLiteral("--latency"), lat}));
        QVERIFY(h.enterEdm());
        QVERIFY(joinInEdm(h, false)); // Wi-Fi up, first +UUNU (IPv6 link-local), no DHCP answer yet
        QCOMPARE(h.edmCommand("AT+UNSTAT=0,101"), QByteArray("\r\n+UNSTAT:0,101,0.0.0.0\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+UDCP=mqtt://127.0.0.1:8883/?client=c&pt=t"), QByteArray("\r\n+UDCP:2\r\nOK\r\n"));
        QVERIFY(h.takeFrame(PacketType::AtEvent, "+UUDPD:2").has_value());
    }

    void aDeactivatedLinkTakesANewActivationAtOnce()
    {
        SimHost h;
        QVERIFY(h.start(kWifi));
        QVERIFY(h.enterEdm());
        QCOMPARE(h.edmCommand("AT+UWSC=0,2,nowhere"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+UWSCA=0,3"), QByteArray("\r\nOK\r\n")); // never links: keeps scanning
        QCOMPARE(h.edmCommand("AT+UWSCA=0,4"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+UWSC=0,2,lab"), QByteArray("\r\nOK\r\n"));
        QVERIFY(joinInEdm(h));
    }

    // --crashed-host answer: a complete upload whose answer was still on its way when the host died.
    void aCrashedHostsAnswerWaitsForTheNextHost()
    {
        SimHost h;
        const QString lat = writeFile(h.dir, QStringLiteral("lat.json"), R"({"flashWrite": 1500})");
        QVERIFY(
            h.start({QStringLiteral("--crashed-host"), QStringLiteral("answer"), QStringLiteral("--latency"), lat}));
        // The next host finds the dead host's echo, then (later) the answer to it.
        const QByteArray stale = h.waitFor("+USECMNG:0,0,\"crashed.pem\",\"" + kCrashedCertMd5 + "\"\r\nOK\r\n", 5000);
        QVERIFY2(!stale.isEmpty(), h.rx.constData());
        QVERIFY(stale.startsWith("AT+USECMNG=0,0,crashed.pem,603\r"));
        QCOMPARE(h.command("AT"), QByteArray("AT\r\r\nOK\r\n"));
    }

    // --crashed-host upload: half a certificate sent; the next host's probes are certificate data
    // until the announced size is reached, then ERROR (no END line), then the module answers again.
    void aCrashedHostsHalfUploadEatsTheNextHostsFirstBytes()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--crashed-host"), QStringLiteral("upload")}));
        QVERIFY(!h.waitFor(">", 2000).isEmpty());
        QByteArray probes;
        for (int i = 0; i < 110; ++i)
            probes += "AT\r";
        h.send(probes);
        // 603 - 301 = 302 bytes missing: 100 probes and 2 bytes of the 101st are eaten.
        QVERIFY(!h.waitFor("\r\nERROR\r\n", 5000).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT((h.pump(20), h.rx.count("\r\nOK\r\n")), 9, 5000);
        QCOMPARE(h.rx.count("AT\r"), 9); // echoes of the 9 probes that were commands again
        QVERIFY(!h.rx.contains("ERROR"));
    }

    void aRealHostClosingMidUploadLeavesTheModuleWaiting()
    {
        SimHost h;
        QVERIFY(h.start({}));
        h.rx.clear();
        h.send("AT+USECMNG=0,0,ca.pem,20\r");
        QVERIFY(!h.waitFor(">").isEmpty());
        h.send("-----BEGIN ");
        QVERIFY(h.reopen());
        h.send("AT\r");
        QVERIFY(h.waitFor("OK", 500).isEmpty()); // eaten: 11 + 3 of 20 bytes
        h.send("AT\rAT\r");                      // 6 more: the upload is complete (and no certificate)
        QVERIFY(!h.waitFor("\r\nERROR\r\n").isEmpty());
        QCOMPARE(h.command("AT"), QByteArray("AT\r\r\nOK\r\n"));
    }

    void anAnswerDueAfterTheHostClosedWaitsInThePty()
    {
        SimHost h;
        const QString lat = writeFile(h.dir, QStringLiteral("lat.json"), R"({"command": 400})");
        QVERIFY(h.start({QStringLiteral("--latency"), lat}));
        h.send("AT+GMM\r");
        QVERIFY(h.reopen()); // before the answer was written
        QVERIFY(!h.waitFor("\r\n\"NINA-W152\"\r\nOK\r\n", 3000).isEmpty());
    }

    void aCrashedHostLeavesTheModuleInEdm()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--crashed-host"), QStringLiteral("edm")}));
        QVERIFY(!h.waitFor("ATO2\r\r\nOK\r\n").isEmpty());
        h.parser.reset();
        QVERIFY(h.takeFrame(PacketType::StartEvent).has_value());
        h.send("AT\r"); // plain text is noise to EDM
        QCOMPARE(h.edmCommand("AT"), QByteArray("\r\nOK\r\n"));
        QVERIFY(!h.rx.contains("OK"));
    }

    void aCrashedHostLeavesTheModuleInDataMode()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--crashed-host"), QStringLiteral("data")}));
        QVERIFY(!h.waitFor("ATO1\r\r\nOK\r\n").isEmpty());
        h.send("AT\r"); // data for a peer that is not there
        QVERIFY(h.waitFor("OK", 500).isEmpty());
        idle(h, 1100); // the escape needs 1 s of silence on both sides of "+++"
        h.send("+++");
        QVERIFY(!h.waitFor("\r\nOK\r\n", 3000).isEmpty());
        QCOMPARE(h.command("AT"), QByteArray("AT\r\r\nOK\r\n"));
    }

    void aCrashedHostsUploadInsideEdmKeepsEatingFrames()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--crashed-host"), QStringLiteral("edm"), QStringLiteral("--crashed-host"),
                         QStringLiteral("upload")}));
        QVERIFY(!h.waitFor("ATO2\r\r\nOK\r\n").isEmpty());
        h.parser.reset();
        QVERIFY(h.takeFrame(PacketType::AtConfirmation, ">").has_value());
        h.at("AT"); // three bytes of certificate data
        QVERIFY(!h.takeFrame(PacketType::AtConfirmation, QByteArray(), 500).has_value());
        h.sendEdm(Frame::atRequest(QByteArray(kCrashedCertSize - kCrashedCertSize / 2 - 3, '\n')));
        QVERIFY(h.takeFrame(PacketType::AtConfirmation, "ERROR").has_value());
        QCOMPARE(h.edmCommand("AT"), QByteArray("\r\nOK\r\n"));
    }

    void aPreludeFilePlaysAnyCrash()
    {
        SimHost h;
        const QString prelude = writeFile(h.dir, QStringLiteral("prelude.bin"), "ATE0\rAT+UMLA=2\r");
        QVERIFY(h.start({QStringLiteral("--prelude-file"), prelude}));
        QVERIFY(!h.waitFor("+UMLA:D4CA6EFD9674\r\nOK\r\n").isEmpty());
        QCOMPARE(h.command("AT"), QByteArray("\r\nOK\r\n")); // ATE0 of the dead host still holds
    }

    void aUrcBetweenEchoAndAnswer()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--fault"), QStringLiteral("urc-after-echo@AT+GMM"), QStringLiteral("--fault"),
                         QStringLiteral("urc-after-echo@AT+GMR")}));
        QCOMPARE(h.command("AT+GMM"), QByteArray("AT+GMM\r\r\n+UUND:0\r\n\r\n\"NINA-W152\"\r\nOK\r\n"));
        QVERIFY(h.enterEdm());
        h.at("AT+GMR");
        QVERIFY(h.waitFrames([&] { return h.frames.size() >= 2; }));
        QCOMPARE(h.frames[0].type(), PacketType::AtEvent);
        QCOMPARE(h.frames[0].payload(), QByteArray("\r\n+UUND:0\r\n"));
        QCOMPARE(h.frames[1].type(), PacketType::AtConfirmation);
        QCOMPARE(h.frames[1].payload(), QByteArray("\r\n\"3.1.0-013\"\r\nOK\r\n"));
    }

    void aUrcRightAfterTheUploadPrompt()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--fault"), QStringLiteral("urc-in-prompt")}));
        h.rx.clear();
        const QByteArray pem = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
        h.send("AT+USECMNG=0,0,x.pem," + QByteArray::number(pem.size()) + "\r");
        QVERIFY(!h.waitFor("\r\n>\r\n+UUND:0\r\n").isEmpty());
        h.send(pem);
        QVERIFY(!h.waitFor("\r\nERROR\r\n").isEmpty()); // AAAA is no certificate; the point is the order
    }

    void urcsDuringAnUpload_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("deliver (default): between the prompt and the answer") << QStringLiteral("deliver");
        QTest::newRow("hold: after the answer") << QStringLiteral("hold");
    }
    void urcsDuringAnUpload()
    {
        QFETCH(QString, mode);
        SimHost h;
        QVERIFY(h.start(kWifi + QStringList{QStringLiteral("--urcs-during-upload"), mode}));
        for (const char *c : {"ATE0", "AT+UWSC=0,2,lab", "AT+UWSC=0,5,2", "AT+UWSC=0,8,correcthorse"})
            QVERIFY(h.command(c).endsWith("OK\r\n"));
        h.rx.clear();
        h.send("AT+UWSCA=0,3\r"); // joins in 60 ms (fast model)
        QVERIFY(!h.waitFor("\r\nOK\r\n").isEmpty());
        h.send("AT+USECMNG=0,0,x.pem,3\r");
        QVERIFY(!h.waitFor(">").isEmpty());
        const bool deliver = mode == u"deliver";
        // The module waits for the 3 bytes while the link comes up.
        QCOMPARE(!h.waitFor("+UUWLE:0,", 1000).isEmpty(), deliver);
        h.send("abc");
        const QByteArray answer = h.waitFor("\r\nERROR\r\n");
        QVERIFY(!answer.isEmpty());
        if (!deliver)
            QVERIFY(!h.waitFor("+UUWLE:0,").isEmpty()); // written after the answer
        QVERIFY(!h.waitFor("+UUNU:0\r\n").isEmpty());
    }

    void aDuplicatedEdmFrame()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--fault"), QStringLiteral("duplicate-edm@AT+GMM")}));
        QVERIFY(h.enterEdm());
        h.at("AT+GMM");
        QVERIFY(h.waitFrames([&] { return h.frames.size() >= 2; }));
        QCOMPARE(h.frames[0].encode(), h.frames[1].encode());
        QCOMPARE(h.frames[0].payload(), QByteArray("\r\n\"NINA-W152\"\r\nOK\r\n"));
        h.frames.clear();
        QCOMPARE(h.edmCommand("AT+GMM"), QByteArray("\r\n\"NINA-W152\"\r\nOK\r\n")); // once only
        QVERIFY(!h.takeFrame(PacketType::AtConfirmation, QByteArray(), 300).has_value());
    }

    // Lower bounds only (load can only make things slower): the new rate is applied, and after
    // "back again" the module answers at the old rate's framing.
    void atUmrsSwitchesTheLineRateAfterItsOk()
    {
        SimHost h;
        QVERIFY(h.start({}));
        QCOMPARE(h.command("ATE0"), QByteArray("ATE0\r\r\nOK\r\n"));
        QCOMPARE(h.command("AT+UMRS=9600,1,8,1,1"), QByteArray("\r\nOK\r\n")); // the OK at 115200
        QVERIFY(h.port.setBaudRate(9600));
        QElapsedTimer t;
        t.start();
        const QByteArray answer = h.command("AT+UNSTAT=0");
        QVERIFY(answer.endsWith("OK\r\n"));
        const qint64 lineMs = answer.size() * 1000 / 960; // 10 bits per byte at 9600
        QVERIFY2(t.elapsed() >= lineMs * 8 / 10,
                 qPrintable(QStringLiteral("%1 bytes in %2 ms").arg(answer.size()).arg(t.elapsed())));
        QCOMPARE(h.command("AT+UMRS?"), QByteArray("\r\n+UMRS:9600,1,8,1,1,1\r\nOK\r\n"));
        QCOMPARE(h.command("AT+UMRS=115200,1,8,1,1"), QByteArray("\r\nOK\r\n"));
        QVERIFY(h.port.setBaudRate(115200));
        QCOMPARE(h.command("AT+UMRS?"), QByteArray("\r\n+UMRS:115200,1,8,1,1,1\r\nOK\r\n"));
        // change_after_confirm=0: only after AT&W and a reboot.
        QCOMPARE(h.command("AT+UMRS=9600,1,8,1,1,0"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.command("AT"), QByteArray("\r\nOK\r\n"));
    }

    // A host that switches the module but not its own port gets garbage both ways, as on a UART.
    void aHostAtAnotherRateReadsGarbage()
    {
        SimHost h;
        QVERIFY(h.start({}));
        QCOMPARE(h.command("AT+UMRS=921600,1,8,1,1"), QByteArray("AT+UMRS=921600,1,8,1,1\r\r\nOK\r\n"));
        h.rx.clear();
        h.send("AT\r"); // at 115200: the module reads noise and answers nothing
        QVERIFY(h.waitFor("OK", 500).isEmpty());
        QVERIFY(h.port.setBaudRate(921600));
        h.send("\r"); // ends the line the noise started (no answer: not a command)
        QVERIFY(h.command("AT").endsWith("AT\r\r\nOK\r\n"));
        QVERIFY(h.port.setBaudRate(115200)); // and the module's answers turn to garbage
        h.rx.clear();
        h.send(QByteArray("AT\r")); // garbled on the way in as well: nothing comes back at all
        QVERIFY(h.waitFor("OK", 500).isEmpty());
        for (char c : std::as_const(h.rx))
            QVERIFY(uchar(c) >= 0x80);
    }

    void atUmrsInEdmWaitsForAReboot()
    {
        SimHost h;
        QVERIFY(h.start({}));
        QVERIFY(h.enterEdm());
        QCOMPARE(h.edmCommand("AT+UMRS=9600,1,8,1,1"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT&W"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(h.edmCommand("AT+CPWROFF"), QByteArray("\r\nOK\r\n")); // still at 115200
        QVERIFY(h.port.setBaudRate(9600));
        h.rx.clear();
        QVERIFY(!h.waitFor("+STARTUP\r\n").isEmpty());
        QElapsedTimer t;
        t.start();
        const QByteArray answer = h.command("AT+UNSTAT=0");
        QVERIFY(answer.endsWith("OK\r\n"));
        QVERIFY(t.elapsed() >= answer.size() * 1000 / 960 * 8 / 10);
    }

    void atUmrsRefusesRatesThePersonaLacks()
    {
        SimHost h;
        QVERIFY(h.start({QStringLiteral("--persona"), QStringLiteral("odin-w26-8")}));
        QCOMPARE(h.command("AT+UMRS=9600,1,8,1,1"), QByteArray("AT+UMRS=9600,1,8,1,1\r\r\nERROR\r\n"));
        QCOMPARE(h.command("AT+UMRS=19200,1,8,1,1,0"), QByteArray("AT+UMRS=19200,1,8,1,1,0\r\r\nOK\r\n"));
    }

    void bytesToTheModuleTakeLineTimeToo()
    {
        SimHost h;
        h.baud = 9600;
        QVERIFY(h.start({QStringLiteral("--baud"), QStringLiteral("9600")}));
        QCOMPARE(h.command("ATE0"), QByteArray("ATE0\r\r\nOK\r\n"));
        h.rx.clear();
        h.send("AT+USECMNG=0,0,x.pem,960\r");
        QVERIFY(!h.waitFor(">").isEmpty());
        QElapsedTimer t;
        t.start();
        h.send(QByteArray(960, '\n')); // one second of line time at 9600 baud
        QVERIFY(!h.waitFor("\r\nERROR\r\n", 5000).isEmpty());
        QVERIFY2(t.elapsed() >= 800, qPrintable(QString::number(t.elapsed())));
    }

    // A command that arrives before the previous one has answered waits, unechoed, for that answer.
    void oneCommandAtATime()
    {
        SimHost h;
        const QString lat = writeFile(h.dir, QStringLiteral("lat.json"), R"({"command": 300})");
        QVERIFY(h.start({QStringLiteral("--latency"), lat}));
        h.rx.clear();
        h.send("AT+GMM\rAT+GMR\r"); // in one write
        const QByteArray both = h.waitFor("\r\n\"3.1.0-013\"\r\nOK\r\n", 3000);
        // The second command's echo comes after the first one's answer.
        QCOMPARE(both, QByteArray("AT+GMM\r\r\n\"NINA-W152\"\r\nOK\r\nAT+GMR\r\r\n\"3.1.0-013\"\r\nOK\r\n"));
    }

    // The JSON line means "booted": a command sent right after it is answered (input during a boot
    // is lost, so a line printed earlier let a fast host talk into the boot).
    void theModuleAnnouncesItselfOnceBooted()
    {
        SimHost h;
        const QString lat = writeFile(h.dir, QStringLiteral("lat.json"), R"({"boot": 2000})"); // 500 ms at power-on
        QVERIFY(h.start({QStringLiteral("--latency"), lat}, false));
        h.send("AT\r");
        QVERIFY(!h.waitFor("AT\r\r\nOK\r\n", 3000).isEmpty());
        QVERIFY(h.rx.isEmpty());
    }

    // uxsim reads at most a window ahead of the module: a host cannot push more than the line carries.
    void aHostCannotOutrunTheLine()
    {
        SimHost h;
        QVERIFY(h.start({}));
        h.port.write(QByteArray(1024 * 1024, 'x')); // 91 s of line time at 115200 baud
        idle(h, 300);
        QVERIFY2(h.port.bytesToWrite() > 512 * 1024, qPrintable(QString::number(h.port.bytesToWrite())));
    }

    void thePassphraseStaysOffTheCommandLine_data()
    {
        QTest::addColumn<bool>("file");
        QTest::newRow("--wifi-file") << true;
        QTest::newRow("UXSIM_WIFI") << false;
    }
    void thePassphraseStaysOffTheCommandLine()
    {
        QFETCH(bool, file);
        SimHost h;
        QStringList a;
        if (file) {
            a << QStringLiteral("--wifi-file")
              << writeFile(h.dir, QStringLiteral("wifi"), "# networks\nother:passphrase9\nlab:correcthorse\n");
        } else {
            h.env = QProcessEnvironment::systemEnvironment();
            h.env.insert(QStringLiteral("UXSIM_WIFI"), QStringLiteral("lab:correcthorse"));
        }
        QVERIFY(h.start(a));
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(h.proc.processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        QVERIFY(!cmdline.readAll().contains("correcthorse"));
        QVERIFY(h.enterEdm());
        QVERIFY(joinInEdm(h));
        QVERIFY(h.proc.readAllStandardError().isEmpty());
    }

    void aPassphraseOnTheCommandLineIsWarnedAbout()
    {
        SimHost h;
        QVERIFY(h.start(kWifi));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += h.proc.readAllStandardError()).contains("use --wifi-file FILE or UXSIM_WIFI"),
                                 5000);
        QCOMPARE(err.count('\n'), 1);
    }

    void badArgumentsNameWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown fault") << args({"--fault", "bogus"}) << "unknown fault bogus";
        QTest::newRow("fault without its WHEN") << args({"--fault", "urc-after-echo"}) << "needs @WHEN";
        QTest::newRow("fault with the wrong WHEN") << args({"--fault", "no-answer@5s"}) << "takes WHEN as AT+CMD";
        QTest::newRow("bad WHEN") << args({"--fault", "drop-edm@frame#x"}) << "frame#x is not";
        QTest::newRow("unknown crash kind") << args({"--crashed-host", "bogus"}) << "unknown";
        QTest::newRow("upload not last") << args({"--crashed-host", "upload", "--crashed-host", "edm"})
                                         << "must come last";
        QTest::newRow("two preludes") << args({"--crashed-host", "edm", "--prelude-file", "/etc/hostname"})
                                      << "give one of them";
        QTest::newRow("prelude file missing") << args({"--prelude-file", "/nonexistent/p"}) << "no such file";
        QTest::newRow("Wi-Fi file is a directory") << args({"--wifi-file", "/tmp"}) << "not a regular file";
        QTest::newRow("short passphrase") << args({"--wifi", "lab:short"}) << "8 to 63";
        QTest::newRow("offline-peer value") << args({"--offline-peer", "maybe"}) << "error or deferred";
        QTest::newRow("urcs-during-upload value") << args({"--urcs-during-upload", "x"}) << "deliver or hold";
        QTest::newRow("latency model") << args({"--latency", "slow"}) << "neither a model";
        const QString lat = writeFile(m_tmp, QStringLiteral("lat.json"), R"({"base": "hardware", "flashWrit": 1})");
        QTest::newRow("latency file key") << QStringList{QStringLiteral("--latency"), lat} << "unknown key flashWrit";
        const QString neg = writeFile(m_tmp, QStringLiteral("neg.json"), R"({"boot": -5})");
        QTest::newRow("latency file value") << QStringList{QStringLiteral("--latency"), neg} << "boot must be a number";
    }
    void badArgumentsNameWhatIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QTemporaryDir d;
        QProcess p;
        p.start(SimHost::bin(QStringLiteral("uxsim")),
                QStringList{QStringLiteral("--link"), d.path() + "/t"} + arguments);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(err.contains(mentions.toUtf8()), err.constData());
    }
};

PS_REGISTER_TEST(UxsimStrictTest);
#include "tst_uxsimstrict.moc"
