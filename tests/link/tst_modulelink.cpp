// ModuleLink against a scripted fake transport: the command queue, timeouts, ERROR, URCs between
// responses, the upload after '>', EDM entry and channels, probing, restarts, unplugging, and the
// traffic records (with redaction).

#include "edm/edmframe.h"
#include "faketransport.h"
#include "link/modulelink.h"
#include "testregistry.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {

QByteArray frame(const edm::Frame &f)
{
    return f.encode();
}

QByteArray hx(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

// Waits for a reply with a deadline; returns false if it did not finish in time.
bool finished(AtReply *reply, int ms = 3000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &AtReply::finished);
    return spy.wait(ms);
}

} // namespace

class ModuleLinkTest : public QObject
{
    Q_OBJECT

    FakeTransport *m_fake = nullptr;
    std::unique_ptr<ModuleLink> m_link;
    QList<TrafficRecord> m_traffic;

    // Brings the link to command mode without probing.
    void toCommandMode()
    {
        m_fake->answer("AT\r", "AT\r\r\nOK\r\n", true);
        AtReply *r = m_link->probe();
        QVERIFY(finished(r));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(m_link->mode(), ModuleLink::Mode::Command);
        m_fake->takeWritten();
    }

    void toEdmMode()
    {
        toCommandMode();
        m_fake->answer("ATO2\r", QByteArray("ATO2\r\r\nOK\r\n") + frame(edm::Frame::startEvent()), true);
        AtReply *r = m_link->enterEdm();
        QVERIFY(finished(r));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(m_link->mode(), ModuleLink::Mode::Edm);
        m_fake->takeWritten();
    }

    // Waits until the link has written something (the queue starts on the next loop turn).
    QByteArray written()
    {
        QByteArray all;
        if (!QTest::qWaitFor([&] { return !(all += m_fake->takeWritten()).isEmpty(); }, 2000))
            qWarning("the link wrote nothing within 2 s");
        return all;
    }

private slots:
    void init()
    {
        m_fake = new FakeTransport;
        m_link = std::make_unique<ModuleLink>(m_fake);
        ModuleLink::Timings t;
        t.probeAnswer = 40ms;
        t.escapeGuard = 20ms;
        t.edmGuard = 5ms;
        m_link->setTimings(t);
        m_traffic.clear();
        connect(m_link.get(), &ModuleLink::traffic, this, [this](const TrafficRecord &r) { m_traffic.append(r); });
        QVERIFY(!m_link->open().isError());
        QCOMPARE(m_link->mode(), ModuleLink::Mode::Unknown);
    }
    void cleanup()
    {
        m_link.reset();
        m_fake = nullptr;
    }

    void commandCollectsInformationLinesUntilOk()
    {
        toCommandMode();
        AtReply *r = m_link->send("AT+GMM", QStringLiteral("identify model"));
        QCOMPARE(written(), QByteArray("AT+GMM\r"));
        m_fake->feed("AT+GMM\r\r\n\"NINA-W152\"\r\nOK\r\n");
        QVERIFY(finished(r));
        QVERIFY(r->isOk());
        QCOMPARE(r->lines(), QList<QByteArray>{"\"NINA-W152\""});
    }

    void errorAnswerFailsWithATypedErrorNamingTheCommand()
    {
        toCommandMode();
        AtReply *r = m_link->send("AT+BOGUS", QStringLiteral("nonsense"));
        written();
        m_fake->feed("AT+BOGUS\r\r\nERROR\r\n");
        QVERIFY(finished(r));
        QCOMPARE(r->error().code, LinkError::Code::ErrorResponse);
        QVERIFY2(r->error().message.contains(u"nonsense"), qPrintable(r->error().message));
    }

    void silentModuleTimesOutAndTheQueueMovesOn()
    {
        toCommandMode();
        AtReply *first = m_link->send("AT+GMR", QStringLiteral("firmware"), 50ms);
        AtReply *second = m_link->send("AT+GMM");
        QCOMPARE(written(), QByteArray("AT+GMR\r")); // the second waits its turn
        QVERIFY(finished(first));
        QCOMPARE(first->error().code, LinkError::Code::Timeout);
        QVERIFY2(first->error().message.contains(u"firmware"), qPrintable(first->error().message));
        QCOMPARE(written(), QByteArray("AT+GMM\r"));
        m_fake->feed("AT+GMM\r\r\nOK\r\n");
        QVERIFY(finished(second));
        QVERIFY(second->isOk());
    }

    void urcsBetweenResponseLinesAreDeliveredApart()
    {
        toCommandMode();
        QSignalSpy urcs(m_link.get(), &ModuleLink::urcReceived);
        AtReply *r = m_link->send("AT+UDCP=mqtt://x:8883/");
        written();
        m_fake->feed("AT+UDCP=mqtt://x:8883/\r\r\n+UUWLE:0,802AA8035ADE,11\r\n+UDCP:2\r\n+UUNU:0\r\nOK\r\n");
        QVERIFY(finished(r));
        QCOMPARE(r->lines(), QList<QByteArray>{"+UDCP:2"});
        QCOMPARE(urcs.size(), 2);
        QCOMPARE(urcs[0][0].toByteArray(), QByteArray("+UUWLE:0,802AA8035ADE,11"));
        QCOMPARE(urcs[1][0].toByteArray(), QByteArray("+UUNU:0"));
    }

    void uploadIsSentExactlyAfterThePrompt()
    {
        toCommandMode();
        const QByteArray pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        AtCommand c = AtCommand::make("AT+USECMNG=0,0,ca.pem," + QByteArray::number(pem.size()));
        c.upload = pem;
        AtReply *r = m_link->send(c);
        QCOMPARE(written(), "AT+USECMNG=0,0,ca.pem," + QByteArray::number(pem.size()) + '\r');
        m_fake->feed("AT+USECMNG=0,0,ca.pem," + QByteArray::number(pem.size()) + "\r\r\n");
        QCOMPARE(m_fake->takeWritten(), QByteArray()); // nothing before the prompt
        m_fake->feed(">");
        QCOMPARE(m_fake->takeWritten(), pem);
        m_fake->feed("\r\n+USECMNG:0,0,\"ca.pem\",\"ACB694A59C17E0D791529BB19706A6E4\"\r\nOK\r\n");
        QVERIFY(finished(r));
        QVERIFY(r->isOk());
        QCOMPARE(r->line("+USECMNG"), QByteArray("+USECMNG:0,0,\"ca.pem\",\"ACB694A59C17E0D791529BB19706A6E4\""));
    }

    // The module echoes characters as they arrive and writes a URC the moment it has one, so a URC
    // can land anywhere inside the echo, even after its first character (seen with uxsim under
    // load: "A" URC "T+USECMNG=…"). The echo is still the echo, and the prompt after it counts.
    void anUploadEchoSplitByAUrcAnywhereStillGetsItsPrompt_data()
    {
        QTest::addColumn<int>("cut");
        for (int cut : {1, 2, 3, 9, 20})
            QTest::addRow("after %d characters", cut) << cut;
    }

    void anUploadEchoSplitByAUrcAnywhereStillGetsItsPrompt()
    {
        QFETCH(int, cut);
        toCommandMode();
        const QByteArray pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        const QByteArray command = "AT+USECMNG=0,0,\"ca.pem\"," + QByteArray::number(pem.size());
        AtCommand c = AtCommand::make(command);
        c.upload = pem;
        QSignalSpy urcs(m_link.get(), &ModuleLink::urcReceived);
        AtReply *r = m_link->send(c);
        QCOMPARE(written(), command + '\r');
        m_fake->feed(command.left(cut) + "\r\n+UUNU:0\r\n" + command.mid(cut) + "\r\r\n>");
        QCOMPARE(m_fake->takeWritten(), pem);
        m_fake->feed("\r\n+USECMNG:0,0,\"ca.pem\",\"ACB694A59C17E0D791529BB19706A6E4\"\r\nOK\r\n");
        QVERIFY(finished(r));
        QVERIFY(r->isOk());
        QCOMPARE(urcs.size(), 1);
    }

    void okWithoutAPromptFailsAnUpload()
    {
        toCommandMode();
        AtCommand c = AtCommand::make("AT+USECMNG=0,0,ca.pem,3");
        c.upload = "abc";
        AtReply *r = m_link->send(c);
        written();
        m_fake->feed("AT+USECMNG=0,0,ca.pem,3\r\r\nOK\r\n");
        QVERIFY(finished(r));
        QCOMPARE(r->error().code, LinkError::Code::ProtocolError);
    }

    void enteringEdmWaitsForTheStartEventAndTheGuardTime()
    {
        toCommandMode();
        QSignalSpy modes(m_link.get(), &ModuleLink::modeChanged);
        AtReply *r = m_link->enterEdm();
        QCOMPARE(written(), QByteArray("ATO2\r"));
        m_fake->feed("ATO2\r\r\nOK\r\n");
        QVERIFY(!r->isFinished()); // OK alone is not enough
        m_fake->feed(hx("AA 00 02 00 71 55"));
        QVERIFY(!r->isFinished()); // the guard time runs
        QVERIFY(finished(r));
        QVERIFY(r->isOk());
        QCOMPARE(m_link->mode(), ModuleLink::Mode::Edm);
        QCOMPARE(modes.size(), 1);
    }

    void okAndTheStartEventInOneReadAreBothSeen()
    {
        toEdmMode(); // the fake answers ATO2 with OK and the start event in one chunk
    }

    void missingStartEventTimesOut()
    {
        toCommandMode();
        AtReply *r = m_link->enterEdm(60ms);
        written();
        m_fake->feed("ATO2\r\r\nOK\r\n");
        QVERIFY(finished(r));
        QCOMPARE(r->error().code, LinkError::Code::Timeout);
        QVERIFY2(r->error().message.contains(u"start event"), qPrintable(r->error().message));
    }

    void commandsInEdmTravelInAtRequestFrames()
    {
        toEdmMode();
        AtReply *r = m_link->send("AT+UWSC=0,5,2");
        // Document vector §6.1.
        QCOMPARE(written().toHex(' '), hx("AA 00 10 00 44 41 54 2B 55 57 53 43 3D 30 2C 35 2C 32 0D 55").toHex(' '));
        // Information and final result in one confirmation, as in the seed log.
        m_fake->feed(hx("AA 00 11 00 45 0D 0A 2B 55 44 43 50 3A 32 0D 0A 4F 4B 0D 0A 55"));
        QVERIFY(finished(r));
        QVERIFY(r->isOk());
        QCOMPARE(r->lines(), QList<QByteArray>{"+UDCP:2"});
    }

    void aConfirmationSplitOverFramesIsOneAnswer()
    {
        toEdmMode();
        AtReply *r = m_link->send("AT+UMLA=2");
        written();
        m_fake->feed(frame(edm::Frame::atConfirmation("\r\n+UMLA:D4CA")));
        QVERIFY(!r->isFinished());
        m_fake->feed(frame(edm::Frame::atConfirmation("6EFD9674\r\nOK\r\n")));
        QVERIFY(finished(r));
        QCOMPARE(r->lines(), QList<QByteArray>{"+UMLA:D4CA6EFD9674"});
    }

    void errorInEdm()
    {
        toEdmMode();
        AtReply *r = m_link->send("AT+UDCP=bogus");
        written();
        m_fake->feed(hx("AA 00 0B 00 45 0D 0A 45 52 52 4F 52 0D 0A 55"));
        QVERIFY(finished(r));
        QCOMPARE(r->error().code, LinkError::Code::ErrorResponse);
    }

    void uploadInEdmIsSentAsAtRequestFrames()
    {
        toEdmMode();
        ModuleLink::Timings t;
        t.uploadChunk = 4;
        t.edmGuard = 5ms;
        m_link->setTimings(t);
        AtCommand c = AtCommand::make("AT+USECMNG=0,1,c.pem,10");
        c.upload = "0123456789";
        AtReply *r = m_link->send(c);
        written();
        m_fake->feed(frame(edm::Frame::atConfirmation("\r\n>")));
        QCOMPARE(m_fake->takeWritten(), frame(edm::Frame::atRequest("0123")) + frame(edm::Frame::atRequest("4567")) +
                                            frame(edm::Frame::atRequest("89")));
        m_fake->feed(frame(edm::Frame::atConfirmation("\r\nOK\r\n")));
        QVERIFY(finished(r));
        QVERIFY(r->isOk());
    }

    void connectEventsBindChannelsToPeerHandlesAsInTheSeedLog()
    {
        toEdmMode();
        QSignalSpy peers(m_link.get(), &ModuleLink::peerConnected);
        QSignalSpy data(m_link.get(), &ModuleLink::dataReceived);
        // Connect event for channel 0 first, then +UUDPC for peer 2 (§1.7, seed log).
        m_fake->feed(hx("AA 00 11 00 11 00 02 02 14 2B 2C A4 22 B3 00 00 00 00 00 00 55"));
        m_fake->feed(frame(edm::Frame::atEvent("\r\n+UUDPC:2,2,6,0.0.0.0,0,20.43.44.164,8883\r\n")));
        edm::ConnectEvent ce = *edm::Frame(0x0011, hx("00 02 02 14 2B 2C A4 22 B3 00 00 00 00 00 00")).connectEvent();
        ce.channel = 1;
        m_fake->feed(frame(edm::Frame::connectEvent(ce)) +
                     frame(edm::Frame::atEvent("\r\n+UUDPC:4,2,6,0.0.0.0,0,20.43.44.164,8883\r\n")));
        QCOMPARE(peers.size(), 2);
        const auto p0 = peers[0][0].value<ModuleLink::Peer>();
        const auto p1 = peers[1][0].value<ModuleLink::Peer>();
        QCOMPARE(p0.handle, 2);
        QCOMPARE(p0.channel, 0);
        QCOMPARE(p1.handle, 4);
        QCOMPARE(p1.channel, 1);
        QCOMPARE(m_link->peers().size(), 2);
        // A data command on channel 1 is the document's poll vector; a data event arrives on 0.
        QVERIFY(!m_link->sendData(1, "get operationstatus").isError());
        QCOMPARE(m_fake->takeWritten(),
                 hx("AA 00 16 00 36 01 67 65 74 20 6F 70 65 72 61 74 69 6F 6E 73 74 61 74 75 73 55"));
        m_fake->feed(frame(edm::Frame::dataEvent(0, R"({"status":"assigned"})")));
        QCOMPARE(data.size(), 1);
        QCOMPARE(data[0][0].value<quint8>(), quint8(0));
        QCOMPARE(data[0][1].toByteArray(), QByteArray(R"({"status":"assigned"})"));
        // Closing: disconnect event for the channel, +UUDPD for the handle.
        QSignalSpy closed(m_link.get(), &ModuleLink::peerDisconnected);
        m_fake->feed(hx("AA 00 03 00 21 00 55") + frame(edm::Frame::atEvent("\r\n+UUDPD:2\r\n")));
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed[0][0].toInt(), 2);
        QCOMPARE(m_link->peers().size(), 1);
    }

    void dataOutsideEdmIsRefused()
    {
        toCommandMode();
        QCOMPARE(m_link->sendData(0, "x").code, LinkError::Code::WrongMode);
    }

    void probeFindsCommandMode() { toCommandMode(); }

    void probeFindsEdm()
    {
        // "AT\r" in plain text goes unanswered; the EDM probe frame gets a confirmation.
        m_fake->answer(hx("AA 00 05 00 44 41 54 0D 55"), hx("AA 00 08 00 45 0D 0A 4F 4B 0D 0A 55"));
        AtReply *r = m_link->probe();
        QVERIFY(finished(r));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(m_link->mode(), ModuleLink::Mode::Edm);
        QCOMPARE(m_fake->chunks().first(), QByteArray("AT\r"));
    }

    void anOkInsideALateEdmFrameIsNoAnswerToThePlainAt()
    {
        // A host died in EDM right after a command; its confirmation arrives after the drain,
        // while the probe asks in command mode. Its OK must not make the link take EDM for
        // command mode: the probe asks in EDM next, and that is answered.
        AtReply *r = m_link->probe();
        QCOMPARE(written(), QByteArray("AT\r"));
        m_fake->feed(frame(edm::Frame::atConfirmation("\r\n+UDCP:6\r\nOK\r\n")));
        QCOMPARE(written(), hx("AA 00 05 00 44 41 54 0D 55")); // asked in EDM at once
        QVERIFY(!r->isFinished());
        m_fake->feed(hx("AA 00 08 00 45 0D 0A 4F 4B 0D 0A 55"));
        QVERIFY(finished(r));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(m_link->mode(), ModuleLink::Mode::Edm);
    }

    void probeEscapesFromDataModeWithGuardTimes()
    {
        m_fake->answer("+++", "\r\nOK\r\n");
        AtReply *r = m_link->probe();
        QVERIFY(finished(r));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(m_link->mode(), ModuleLink::Mode::Command);
        QCOMPARE(m_fake->chunks(), (QList<QByteArray>{"AT\r", hx("AA 00 05 00 44 41 54 0D 55"), "+++"}));
    }

    void aModuleBootingDuringTheProbeIsAskedAgainAfterItsGreeting()
    {
        AtReply *r = m_link->probe();
        QCOMPARE(written(), QByteArray("AT\r")); // ignored: the module is still booting
        m_fake->feed(QByteArray("ets Jun  8 2016\r\n") + "\r\n+STARTUP\r\n");
        QCOMPARE(written(), QByteArray("AT\r")); // no answer came: asked once more
        QVERIFY(!r->isFinished());
        m_fake->feed("AT\r\r\nOK\r\n");
        QVERIFY(finished(r));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(m_link->mode(), ModuleLink::Mode::Command);
    }

    void aStaleGreetingDoesNotShiftAnswersByOne()
    {
        // The greeting was sent before the port was opened; the answer to our AT follows it.
        AtReply *r = m_link->probe();
        QCOMPARE(written(), QByteArray("AT\r"));
        m_fake->feed("\r\n+STARTUP\r\nAT\r\r\nOK\r\n");
        QVERIFY(finished(r));
        QVERIFY(r->isOk());
        AtReply *gmm = m_link->send("AT+GMM");
        QCOMPARE(written(), QByteArray("AT+GMM\r")); // not "AT" again
        QVERIFY(!gmm->isFinished());                 // the probe's OK was not taken for this one
        m_fake->feed("AT+GMM\r\r\n\"NINA-W152\"\r\nOK\r\n");
        QVERIFY(finished(gmm));
        QCOMPARE(gmm->lines(), QList<QByteArray>{"\"NINA-W152\""});
    }

    void probeOfASilentModuleFailsWithAClearMessage()
    {
        AtReply *r = m_link->probe();
        QVERIFY(finished(r));
        QCOMPARE(r->error().code, LinkError::Code::Timeout);
        QVERIFY2(r->error().message.contains(u"does not answer"), qPrintable(r->error().message));
    }

    void restartWaitsForStartupAfterBootNoise()
    {
        toCommandMode();
        AtCommand off = AtCommand::make("AT+CPWROFF");
        off.restartsModule = true;
        AtReply *r = m_link->send(off);
        AtReply *up = m_link->waitForStartup(2s);
        written();
        QSignalSpy started(m_link.get(), &ModuleLink::startupSeen);
        m_fake->feed("AT+CPWROFF\r\r\nOK\r\n");
        QVERIFY(finished(r));
        QVERIFY(r->isOk());
        QCOMPARE(m_link->mode(), ModuleLink::Mode::Restarting);
        m_fake->feed(QByteArray("ets Jun  8 2016\r\n\x80\xfe\x13\r\n", 22) + "+STARTUP\r\n");
        QVERIFY(finished(up));
        QVERIFY(up->isOk());
        QCOMPARE(started.size(), 1);
        QCOMPARE(m_link->mode(), ModuleLink::Mode::Command);
    }

    void restartIntoEdmIsRecognisedByTheStartEvent()
    {
        toEdmMode();
        AtCommand off = AtCommand::make("AT+CPWROFF");
        off.restartsModule = true;
        AtReply *r = m_link->send(off);
        AtReply *up = m_link->waitForStartup(2s);
        written();
        m_fake->feed(frame(edm::Frame::atConfirmation("\r\nOK\r\n")));
        QVERIFY(finished(r));
        m_fake->feed(hx("AA 00 02 00 71 55"));
        QVERIFY(finished(up));
        QVERIFY(up->isOk());
        QCOMPARE(m_link->mode(), ModuleLink::Mode::Edm);
    }

    void moduleRestartDuringACommandFailsIt()
    {
        toCommandMode();
        AtCommand c = AtCommand::make("AT+USECMNG=0,2,key.pem,100");
        c.upload = QByteArray(100, 'k');
        AtReply *r = m_link->send(c);
        written();
        m_fake->feed(">");
        m_fake->feed("\r\n+STARTUP\r\n");
        QVERIFY(finished(r));
        QCOMPARE(r->error().code, LinkError::Code::ModuleRestarted);
    }

    void unplugMidCommandFailsEverythingPendingOnce()
    {
        toCommandMode();
        QSignalSpy lost(m_link.get(), &ModuleLink::lost);
        AtReply *a = m_link->send("AT+GMM");
        AtReply *b = m_link->send("AT+GMR");
        written();
        m_fake->unplug();
        QVERIFY(finished(a));
        QVERIFY(finished(b));
        QCOMPARE(a->error().code, LinkError::Code::PortClosed);
        QCOMPARE(b->error().code, LinkError::Code::PortClosed);
        QCOMPARE(lost.size(), 1);
        QCOMPARE(m_link->mode(), ModuleLink::Mode::Closed);
        AtReply *c = m_link->send("AT");
        QVERIFY(finished(c));
        QCOMPARE(c->error().code, LinkError::Code::PortClosed);
    }

    void openFailureIsReported()
    {
        auto *fake = new FakeTransport;
        fake->failOpenWith({LinkError::Code::PortBusy, QStringLiteral("cannot open fake: in use")});
        ModuleLink link(fake);
        QCOMPARE(link.open().code, LinkError::Code::PortBusy);
        QCOMPARE(link.mode(), ModuleLink::Mode::Closed);
    }

    void trafficRecordsEveryExchangeAndRedactsSecrets()
    {
        toEdmMode();
        m_traffic.clear();
        m_link->setContext(3, QStringLiteral("wifi"));
        AtCommand c = AtCommand::make("AT+UWSC=0,8,hunter2secret");
        c.redactedText = "AT+UWSC=0,8,********";
        AtReply *r = m_link->send(c);
        const QByteArray sent = written();
        QVERIFY(sent.contains("hunter2secret")); // the module gets the real thing
        m_fake->feed(frame(edm::Frame::atConfirmation("\r\nOK\r\n")));
        QVERIFY(finished(r));
        QCOMPARE(m_traffic.size(), 2);
        const TrafficRecord &out = m_traffic[0];
        QCOMPARE(out.direction, TrafficRecord::Direction::ToModule);
        QCOMPARE(out.kind, TrafficRecord::Kind::EdmFrame);
        QVERIFY(out.redacted);
        QVERIFY(!out.raw.contains("hunter2secret"));
        QVERIFY(!out.summary.contains(u"hunter2secret"));
        QVERIFY(out.raw.contains("********"));
        QCOMPARE(out.slot, 3);
        QCOMPARE(out.step, QStringLiteral("wifi"));
        QCOMPARE(m_traffic[1].direction, TrafficRecord::Direction::FromModule);
        QCOMPARE(m_traffic[1].raw, hx("AA 00 08 00 45 0D 0A 4F 4B 0D 0A 55"));
        QVERIFY(m_traffic[1].monotonicNs >= out.monotonicNs);

        AtCommand key = AtCommand::make("AT+USECMNG=0,2,key.pem,9");
        key.upload = "secretkey";
        key.uploadIsSecret = true;
        AtReply *k = m_link->send(key);
        written();
        m_traffic.clear();
        m_fake->feed(frame(edm::Frame::atConfirmation("\r\n>")));
        for (const TrafficRecord &t : std::as_const(m_traffic)) {
            QVERIFY(!t.raw.contains("secretkey"));
            QVERIFY(!t.summary.contains(u"secretkey"));
        }
        m_fake->feed(frame(edm::Frame::atConfirmation("\r\nOK\r\n")));
        QVERIFY(finished(k));
    }

    void theEchoOfASecretCommandIsRedactedToo()
    {
        toCommandMode();
        m_traffic.clear();
        AtCommand c = AtCommand::make("AT+UWSC=0,8,\"hunter2secret\"");
        c.redactedText = "AT+UWSC=0,8,\"********\"";
        AtReply *r = m_link->send(c);
        written();
        m_fake->feed("AT+UWSC=0,8,\"hunter2secret\"\r\r\nOK\r\n");
        QVERIFY(finished(r));
        QVERIFY(r->isOk());
        QCOMPARE(m_traffic.size(), 3); // command, echo, OK
        for (const TrafficRecord &t : std::as_const(m_traffic)) {
            QVERIFY2(!t.raw.contains("hunter2secret"), t.raw.constData());
            QVERIFY(!t.summary.contains(u"hunter2secret"));
        }
        QVERIFY(m_traffic[1].redacted);
        QCOMPARE(m_traffic[1].raw, QByteArray("AT+UWSC=0,8,\"********\""));
    }

    void originalsOfSecretsAreKeptOnlyWhenAskedAndNeverInTraffic()
    {
        toCommandMode();
        QList<QByteArray> originals;
        connect(m_link.get(), &ModuleLink::trafficWithOriginal, this,
                [&](const TrafficRecord &r, const QByteArray &original) {
                    QVERIFY(r.redacted);
                    QVERIFY(!r.raw.contains("hunter2secret"));
                    originals.append(original);
                });
        AtCommand c = AtCommand::make("AT+UWSC=0,8,hunter2secret");
        c.redactedText = "AT+UWSC=0,8,********";
        // Off (the default, operator mode): no original leaves the link.
        AtReply *r = m_link->send(c);
        written();
        m_fake->feed("AT+UWSC=0,8,hunter2secret\r\r\nOK\r\n");
        QVERIFY(finished(r));
        QVERIFY(originals.isEmpty());
        // On (engineer mode): the command and its echo come with their originals, and only there.
        m_link->setKeepOriginals(true);
        m_traffic.clear();
        r = m_link->send(c);
        written();
        m_fake->feed("AT+UWSC=0,8,hunter2secret\r\r\nOK\r\n");
        QVERIFY(finished(r));
        QCOMPARE(originals.size(), 2);
        QVERIFY(originals[0].contains("hunter2secret"));
        QVERIFY(originals[1].contains("hunter2secret"));
        for (const TrafficRecord &t : std::as_const(m_traffic))
            QVERIFY(!t.raw.contains("hunter2secret") && !t.raw.contains("********"));
    }

    void garbageInEdmIsRecordedAndTheNextAnswerStillArrives()
    {
        toEdmMode();
        m_traffic.clear();
        AtReply *r = m_link->send("AT");
        written();
        m_fake->feed(hx("13 37 AA 00 01") + frame(edm::Frame::atConfirmation("\r\nOK\r\n")));
        QVERIFY(finished(r));
        QVERIFY(r->isOk());
        bool sawSkip = false;
        for (const TrafficRecord &t : std::as_const(m_traffic))
            sawSkip |= t.kind == TrafficRecord::Kind::EdmError;
        QVERIFY(sawSkip);
    }
};

PS_REGISTER_TEST(ModuleLinkTest);
#include "tst_modulelink.moc"
