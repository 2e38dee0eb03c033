#include "link/modulelink.h"

#include "common/hex.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace std::chrono_literals;

namespace {

QString commandLabel(const AtCommand &c)
{
    const QByteArray shown = c.redactedText.isEmpty() ? c.text : c.redactedText;
    return c.name.isEmpty() ? QString::fromLatin1(shown)
                            : QStringLiteral("%1 (%2)").arg(c.name, QString::fromLatin1(shown));
}

} // namespace

class ModuleLink::EdmSink final : public edm::FrameSink
{
public:
    explicit EdmSink(ModuleLink *link)
        : m_link(link)
    {
    }
    void onFrame(edm::Frame &&frame, quint64) override { m_link->handleFrame(frame); }
    void onError(const edm::ParseError &e) override
    {
        // While both parsers listen (restart), command-mode text is "garbage" to EDM: not news.
        if (m_link->m_route == Route::Both)
            return;
        TrafficRecord r;
        r.direction = TrafficRecord::Direction::FromModule;
        r.kind = TrafficRecord::Kind::EdmError;
        r.summary = tr("skipped %1 bytes at offset %2 (%3)")
                        .arg(e.length)
                        .arg(e.offset)
                        .arg(edm::ParseError::reasonName(e.reason));
        m_link->publish(std::move(r));
    }

private:
    ModuleLink *m_link;
};

QString ModuleLink::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Closed:
        return QStringLiteral("closed");
    case Mode::Unknown:
        return QStringLiteral("unknown");
    case Mode::Command:
        return QStringLiteral("command");
    case Mode::Edm:
        return QStringLiteral("edm");
    case Mode::Restarting:
        return QStringLiteral("restarting");
    }
    return {};
}

ModuleLink::ModuleLink(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    qRegisterMetaType<TrafficRecord>();
    qRegisterMetaType<LinkError>();
    qRegisterMetaType<ModuleLink::Peer>();
    m_transport->setParent(this);
    m_timer.setSingleShot(true);
    m_guardTimer.setSingleShot(true);
    m_clock.start();
    connect(&m_timer, &QTimer::timeout, this, &ModuleLink::onTimeout);
    connect(&m_guardTimer, &QTimer::timeout, this, &ModuleLink::onGuardTimeout);
    connect(m_transport, &Transport::received, this, &ModuleLink::onReceived);
    connect(m_transport, &Transport::bytesWritten, this, &ModuleLink::onBytesWritten);
    connect(m_transport, &Transport::lost, this, &ModuleLink::onLost);
}

ModuleLink::~ModuleLink()
{
    // Replies still queued are children of this object; they go with it without signals.
    m_timer.stop();
    m_guardTimer.stop();
    m_redactor.clear();
}

LinkError ModuleLink::open()
{
    if (m_transport->isOpen())
        return {};
    const LinkError error = m_transport->open();
    if (error.isError())
        return error;
    m_textParser.reset();
    m_edmParser.reset();
    m_route = Route::Text;
    m_echo = Echo::Unknown;
    setMode(Mode::Unknown);
    publishNote(tr("port %1 opened").arg(m_transport->name()));
    return {};
}

void ModuleLink::close()
{
    // Closed first, so a finished() slot cannot queue work on a port that is going away.
    const bool wasOpen = m_mode != Mode::Closed;
    setMode(Mode::Closed);
    failAll({LinkError::Code::Cancelled, tr("the link was closed")});
    if (wasOpen && m_transport->isOpen()) {
        m_transport->close();
        publishNote(tr("port %1 closed").arg(m_transport->name()));
    }
    if (lcLinkHex().isDebugEnabled()) {
        if (const QByteArray rest = m_redactor.flush(); !rest.isEmpty())
            qCDebug(lcLinkHex) << "rx" << rest.toHex(' ');
    }
    m_redactor.clear(); // the secrets of this session go with it
    setMode(Mode::Closed);
}

void ModuleLink::setContext(int slot, const QString &step)
{
    m_slot = slot;
    m_step = step;
}

AtReply *ModuleLink::enqueue(OpKind kind, AtCommand command)
{
    auto *reply = new AtReply(std::move(command), this);
    if (m_mode == Mode::Closed) {
        // Finish after the caller had a chance to connect to finished().
        QTimer::singleShot(0, reply, [reply] {
            reply->finish({LinkError::Code::PortClosed, tr("the port is not open")});
        });
        return reply;
    }
    m_queue.append(Op{kind, reply});
    // Never finish inside the call that made the reply: start on the next event-loop turn.
    QMetaObject::invokeMethod(this, &ModuleLink::startNext, Qt::QueuedConnection);
    return reply;
}

AtReply *ModuleLink::send(AtCommand command)
{
    return enqueue(OpKind::Command, std::move(command));
}

AtReply *ModuleLink::send(QByteArray text, QString name, std::chrono::milliseconds timeout)
{
    return send(AtCommand::make(std::move(text), std::move(name), timeout));
}

AtReply *ModuleLink::probe()
{
    return enqueue(OpKind::Probe, AtCommand::make("AT", tr("find the module's mode")));
}

AtReply *ModuleLink::enterEdm(std::chrono::milliseconds timeout)
{
    return enqueue(OpKind::EnterEdm, AtCommand::make("ATO2", tr("enter EDM"), timeout));
}

AtReply *ModuleLink::waitForStartup(std::chrono::milliseconds timeout)
{
    return enqueue(OpKind::WaitStartup, AtCommand::make({}, tr("wait for the module to start"), timeout));
}

ModuleLink::Op *ModuleLink::current()
{
    if (!m_busy || m_queue.isEmpty())
        return nullptr;
    Op *op = &m_queue.first();
    if (!op->reply) {
        m_timer.stop();
        m_guardTimer.stop();
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_busy && !m_queue.isEmpty() && !m_queue.first().reply)
                    finishCurrent();
            },
            Qt::QueuedConnection);
        return nullptr;
    }
    return op;
}

void ModuleLink::startNext()
{
    if (m_busy)
        return;
    // Replies the caller deleted are dropped without running.
    while (!m_queue.isEmpty() && !m_queue.first().reply)
        m_queue.removeFirst();
    if (m_queue.isEmpty())
        return;
    m_busy = true;
    m_opClock.start();
    runStage();
}

void ModuleLink::runStage()
{
    Op *op = current();
    if (!op)
        return;
    const AtCommand &cmd = op->reply->command();
    switch (op->kind) {
    case OpKind::Command:
        rememberSecrets(cmd);
        writeCommandText(cmd.text, cmd.redactedText, commandLabel(cmd));
        armAnswerTimer(cmd.timeout);
        return;
    case OpKind::Probe:
        runProbeStage(*op);
        return;
    case OpKind::EnterEdm:
        if (op->stage == 0) {
            if (m_mode == Mode::Edm) {
                finishCurrent();
                return;
            }
            writeCommandText("ATO2", {}, tr("enter EDM (ATO2)"));
            armAnswerTimer(cmd.timeout);
        } else if (op->stage == 2) {
            // The guard time after the start event has passed.
            setMode(Mode::Edm);
            finishCurrent();
        }
        return;
    case OpKind::WaitStartup:
        if (m_startupSinceRestart) {
            finishCurrent();
            return;
        }
        if (m_mode != Mode::Restarting) {
            setMode(Mode::Restarting);
            setRoute(Route::Both);
        }
        m_timerRole = TimerRole::Answer;
        m_timer.start(cmd.timeout);
        return;
    }
}

// The probe, stage by stage (docs/link.md "Start clean"). Each stage either writes and arms the
// answer timer, or waits on the guard timer for a quiet line.
void ModuleLink::runProbeStage(Op &op)
{
    op.echoSeen = false;
    op.answered = false;
    op.edmBytes = false;
    switch (op.probe) {
    case ProbeStage::Drain:
        setRoute(Route::Text);
        m_drained = 0;
        m_drainClock.start();
        m_guardTimer.start(m_timings.quiet);
        return;
    case ProbeStage::AskCommand:
    case ProbeStage::AskAfterFill:
    case ProbeStage::AskAgain:
        setRoute(Route::Text);
        writeCommandText("AT", {},
                         op.probe == ProbeStage::AskCommand ? tr("probe for command mode")
                                                            : tr("probe for command mode again"));
        armAnswerTimer(m_timings.probeAnswer);
        return;
    case ProbeStage::AskEdm: {
        setRoute(Route::Edm);
        const edm::Frame probe = edm::Frame::atRequest("AT\r");
        TrafficRecord r;
        r.kind = TrafficRecord::Kind::EdmFrame;
        r.edmId = probe.id();
        r.summary = tr("EDM probe: at_request AT\\r");
        writeRaw(probe.encode(), std::move(r));
        armAnswerTimer(m_timings.probeAnswer);
        return;
    }
    case ProbeStage::EscapeBefore:
        setRoute(Route::Text);
        m_guardTimer.start(m_timings.escapeGuard);
        return;
    case ProbeStage::EscapeAfter: {
        TrafficRecord r;
        r.kind = TrafficRecord::Kind::AtLine;
        r.summary = tr("escape sequence +++");
        writeRaw("+++", std::move(r));
        m_guardTimer.start(m_timings.escapeGuard); // the module answers OK after the guard time
        return;
    }
    case ProbeStage::FillUpload: {
        // A host that died during an AT+USECMNG upload leaves the module counting bytes: our AT,
        // the EDM frame and +++ went into the certificate. Carriage returns finish the upload
        // (the module answers ERROR or stores garbage) and are otherwise ignored: a line that
        // does not start with "AT" is no command (V.250). An upload begun in EDM takes its bytes
        // only from AT-request frames, so the carriage returns go twice: in frames first (noise
        // lines in command mode), then plain (skipped as garbage by an EDM module). Then drain
        // and probe every mode again.
        op.filled = true;
        QByteArray frames;
        const int chunk = qBound(1, m_timings.uploadChunk, edm::kMaxContent);
        for (int sent = 0; sent < m_timings.uploadFill; sent += chunk)
            frames += edm::Frame::atRequest(QByteArray(qMin(chunk, m_timings.uploadFill - sent), '\r')).encode();
        TrafficRecord r;
        r.kind = TrafficRecord::Kind::Upload;
        r.summary = tr("%1 carriage returns to finish an upload left half-way").arg(m_timings.uploadFill);
        const QByteArray fill = frames + QByteArray(m_timings.uploadFill, '\r');
        writeRaw(fill, std::move(r));
        m_drained = 0;
        m_drainClock.start();
        m_guardTimer.start(m_timings.quiet + 1000ms * fill.size() * 10 / m_transport->baudRate());
        return;
    }
    case ProbeStage::AfterGreeting:
        setRoute(Route::Text);
        m_timerRole = TimerRole::Answer;
        m_timer.start(m_timings.probeAnswer);
        return;
    }
}

void ModuleLink::advanceProbe(Op &op, ProbeStage next)
{
    m_timer.stop();
    m_guardTimer.stop();
    op.probe = next;
    runProbeStage(op);
}

void ModuleLink::armAnswerTimer(std::chrono::milliseconds timeout)
{
    m_answerTimeout = timeout;
    const qint64 pending = m_transport->pendingBytes();
    if (pending <= 0) {
        m_answerPending = false;
        m_timerRole = TimerRole::Answer;
        m_timer.start(timeout);
        return;
    }
    // The answer deadline starts when the bytes are out: a long upload chunk on a slow line must
    // not eat its own deadline. The write itself gets twice its line time plus a second.
    m_answerPending = true;
    m_timerRole = TimerRole::Write;
    m_timer.start(1000ms + 2 * 1000ms * pending * 10 / qMax(1, m_transport->baudRate()));
}

void ModuleLink::onBytesWritten()
{
    if (m_answerPending && m_transport->pendingBytes() <= 0) {
        m_answerPending = false;
        m_timerRole = TimerRole::Answer;
        m_timer.start(m_answerTimeout);
    }
}

void ModuleLink::finishCurrent(LinkError error)
{
    if (!m_busy || m_queue.isEmpty())
        return;
    m_timer.stop();
    m_guardTimer.stop();
    m_answerPending = false;
    const Op op = m_queue.takeFirst();
    m_busy = false;
    if (op.reply) {
        op.reply->m_elapsedMs = m_opClock.elapsed();
        if (error.isError())
            qCInfo(lcLink) << "failed:" << commandLabel(op.reply->command()) << "-" << error.message;
        op.reply->finish(std::move(error));
    }
    startNext();
}

void ModuleLink::failAll(const LinkError &error)
{
    m_timer.stop();
    m_guardTimer.stop();
    m_answerPending = false;
    const QList<Op> queue = std::exchange(m_queue, {});
    m_busy = false;
    for (const Op &op : queue) {
        if (op.reply)
            op.reply->finish(error);
    }
}

void ModuleLink::onTimeout()
{
    Op *op = current();
    if (!op)
        return;
    const AtCommand &cmd = op->reply->command();
    if (m_timerRole == TimerRole::Write) {
        finishCurrent({LinkError::Code::Timeout,
                       tr("%1 did not send the bytes of %2 in time (is hardware flow control holding the line?)")
                           .arg(m_transport->name(), commandLabel(cmd))});
        return;
    }
    switch (op->kind) {
    case OpKind::Command:
        finishCurrent({LinkError::Code::Timeout,
                       tr("no answer to %1 within %2 ms").arg(commandLabel(cmd)).arg(cmd.timeout.count())});
        return;
    case OpKind::Probe:
        onProbeTimeout(*op);
        return;
    case OpKind::EnterEdm:
        finishCurrent({LinkError::Code::Timeout, op->stage == 0
                                                     ? tr("no answer to ATO2 within %1 ms").arg(cmd.timeout.count())
                                                     : tr("the module did not send the EDM start event after ATO2")});
        return;
    case OpKind::WaitStartup:
        finishCurrent({LinkError::Code::Timeout, tr("the module did not start within %1 ms").arg(cmd.timeout.count())});
        return;
    }
}

void ModuleLink::onProbeTimeout(Op &op)
{
    switch (op.probe) {
    case ProbeStage::AskCommand:
        advanceProbe(op, ProbeStage::AskEdm);
        return;
    case ProbeStage::AskEdm:
        advanceProbe(op, ProbeStage::EscapeBefore);
        return;
    case ProbeStage::EscapeAfter:
        if (!op.filled) {
            advanceProbe(op, ProbeStage::FillUpload);
            return;
        }
        break;
    case ProbeStage::AskAfterFill:
        advanceProbe(op, ProbeStage::AskEdm);
        return;
    case ProbeStage::AfterGreeting:
        advanceProbe(op, ProbeStage::AskAgain);
        return;
    default:
        break;
    }
    finishCurrent({LinkError::Code::Timeout,
                   tr("the module on %1 does not answer (tried AT, an EDM probe, the +++ escape and finishing "
                      "an interrupted upload)")
                       .arg(m_transport->name())});
}

void ModuleLink::onGuardTimeout()
{
    Op *op = current();
    if (!op)
        return;
    if (op->kind == OpKind::EnterEdm) {
        op->stage = 2;
        runStage();
        return;
    }
    if (op->kind != OpKind::Probe)
        return;
    if (op->answered) {
        // An answer came and the line stayed quiet after it: the mode is settled (see
        // handleProbeLine and handleFrame).
        finishCurrent();
        return;
    }
    switch (op->probe) {
    case ProbeStage::Drain:
        if (m_drained > 0)
            publishNote(tr("%1 bytes left over from an earlier session were discarded").arg(m_drained));
        advanceProbe(*op, ProbeStage::AskCommand);
        return;
    case ProbeStage::FillUpload:
        advanceProbe(*op, ProbeStage::AskAfterFill);
        return;
    case ProbeStage::EscapeBefore:
        advanceProbe(*op, ProbeStage::EscapeAfter);
        return;
    case ProbeStage::EscapeAfter:
        m_timerRole = TimerRole::Answer;
        m_timer.start(m_timings.probeAnswer);
        return;
    default:
        return;
    }
}

void ModuleLink::onLost(const LinkError &error)
{
    publishNote(error.message);
    m_pendingConnects.clear();
    m_awaitingChannel.clear();
    m_peers.clear();
    setMode(Mode::Closed);
    m_transport->close(); // a later open() starts afresh
    failAll(error);
    emit lost(error);
}

void ModuleLink::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    qCDebug(lcLink) << "mode" << modeName(mode);
    if (mode == Mode::Command)
        setRoute(Route::Text);
    else if (mode == Mode::Edm)
        setRoute(Route::Edm);
    emit modeChanged(mode);
}

void ModuleLink::setRoute(Route route)
{
    if (m_route == route)
        return;
    // A parser that was not listening may hold half a line or frame of the other protocol.
    if (route != Route::Edm)
        m_textParser.reset();
    if (route != Route::Text) {
        m_edmParser.reset();
        m_confirmationParser.reset();
        m_eventParser.reset();
    }
    m_route = route;
}

void ModuleLink::onReceived(const QByteArray &bytes)
{
    if (lcLinkHex().isDebugEnabled()) {
        // Masked on the stream: a secret echoed across several reads is still found.
        if (const QByteArray shown = m_redactor.feed(bytes); !shown.isEmpty())
            qCDebug(lcLinkHex) << "rx" << shown.toHex(' ');
    }
    if (Op *op = current();
        op && op->kind == OpKind::Probe && (op->probe == ProbeStage::Drain || op->probe == ProbeStage::FillUpload)) {
        // Still talking: wait for quiet again (up to the drain limit).
        m_drained += bytes.size();
        if (m_drainClock.elapsed() < m_timings.drainLimit.count())
            m_guardTimer.start(op->probe == ProbeStage::Drain ? m_timings.quiet : m_timings.quiet + 200ms);
    } else if (op && op->kind == OpKind::Probe && m_route == Route::Text && bytes.contains(char(edm::kStartByte))) {
        // Command mode sends text only: an EDM frame (a late answer to a crashed host's command)
        // may carry an "OK" that is no answer to our AT (handleProbeLine).
        op->edmBytes = true;
    }
    qsizetype i = 0;
    while (i < bytes.size()) {
        const QByteArrayView rest = QByteArrayView(bytes).sliced(i);
        if (m_route == Route::Edm) {
            feedEdm(rest);
            return;
        }
        if (m_route == Route::Both) {
            feedEdm(rest);
            if (m_route == Route::Both)
                feedText(rest);
            return;
        }
        // Text: one line at a time, so that a mode switch (ATO2's OK, then the binary start
        // event in the same read) routes the rest of the bytes to the right parser.
        qsizetype end = i;
        while (end < bytes.size() && bytes[end] != '\r' && bytes[end] != '\n' && bytes[end] != '>')
            ++end;
        if (end + 1 < bytes.size() && bytes[end] == '\r' && bytes[end + 1] == '\n')
            ++end; // CR LF is one terminator: its LF must not reach the EDM parser after ATO2's OK
        const qsizetype n = qMin(end, bytes.size() - 1) - i + 1;
        feedText(QByteArrayView(bytes).sliced(i, n));
        i += n;
    }
}

void ModuleLink::feedText(QByteArrayView bytes)
{
    QList<at::Line> lines;
    m_textParser.feed(bytes, lines);
    for (const at::Line &line : lines) {
        TrafficRecord r;
        r.direction = TrafficRecord::Direction::FromModule;
        r.kind = line.kind == at::LineKind::Noise ? TrafficRecord::Kind::Noise : TrafficRecord::Kind::AtLine;
        r.raw = line.text;
        r.redacted = m_redactor.mask(r.raw); // the echo of a command that carries a secret
        r.summary = at::lineKindName(line.kind) + QLatin1String(": ") + hex::escaped(r.raw, 160);
        publish(std::move(r), line.text);
        handleLine(line);
    }
}

void ModuleLink::feedEdm(QByteArrayView bytes)
{
    EdmSink sink(this);
    m_edmParser.feed(bytes, sink);
}

void ModuleLink::handleFrame(const edm::Frame &frame)
{
    const auto channel = frame.channel();
    TrafficRecord r;
    r.direction = TrafficRecord::Direction::FromModule;
    r.kind = TrafficRecord::Kind::EdmFrame;
    r.raw = frame.encode();
    r.edmId = frame.id();
    r.channel = channel ? int(*channel) : -1;
    QByteArray text = frame.text().toByteArray();
    if (edm::isAtPacket(frame.id()) && m_redactor.mask(text)) {
        r.raw = edm::Frame(frame.id(), text).encode();
        r.redacted = true;
    }
    QString name = edm::packetTypeName(frame.id());
    if (name.isEmpty())
        name = QStringLiteral("0x%1").arg(frame.id(), 4, 16, QLatin1Char('0'));
    if (edm::isAtPacket(frame.id()))
        r.summary = name + u' ' + hex::escaped(text, 160);
    else if (edm::isDataPacket(frame.id()))
        r.summary = tr("%1 ch %2 (%3 B) %4")
                        .arg(name)
                        .arg(r.channel)
                        .arg(frame.data().size())
                        .arg(hex::escaped(frame.data(), 80));
    else if (channel)
        r.summary = tr("%1 ch %2").arg(name).arg(r.channel);
    else
        r.summary = name;
    publish(std::move(r), frame.encode());

    QList<at::Line> lines;
    switch (frame.type()) {
    case edm::PacketType::AtConfirmation:
        if (Op *op = current(); op && op->kind == OpKind::Probe && op->probe == ProbeStage::AskEdm) {
            // EDM it is. Let a confirmation left over from before and ours both arrive, then
            // settle when the line is quiet.
            m_timer.stop();
            m_guardTimer.start(m_timings.quiet);
            op->answered = true;
            setRoute(Route::Edm);
            if (m_mode != Mode::Edm)
                setMode(Mode::Edm);
            return;
        }
        m_confirmationParser.feed(frame.text(), lines);
        break;
    case edm::PacketType::AtEvent:
        m_eventParser.feed(frame.text(), lines);
        break;
    case edm::PacketType::DataEvent:
        if (channel)
            emit dataReceived(*channel, frame.data().toByteArray());
        return;
    case edm::PacketType::ConnectEvent:
        if (const auto ce = frame.connectEvent())
            onConnectEvent(*ce);
        return;
    case edm::PacketType::DisconnectEvent:
        if (channel) {
            for (Peer &p : m_peers) {
                if (p.channel == int(*channel))
                    p.channel = -1;
            }
            emit channelClosed(*channel);
        }
        return;
    case edm::PacketType::StartEvent:
        if (Op *op = current(); op && op->kind == OpKind::EnterEdm && op->stage == 1) {
            // Frames may follow only after the guard time; the guard timer moves to stage 2.
            m_timer.stop();
            if (!m_guardTimer.isActive())
                m_guardTimer.start(m_timings.edmGuard);
            return;
        }
        onStartup(true);
        return;
    default:
        return;
    }
    for (const at::Line &line : lines)
        handleLine(line);
}

void ModuleLink::handleLine(const at::Line &line)
{
    if (line.kind == at::LineKind::Urc) {
        if (line.text == "+STARTUP")
            onStartup(false);
        else
            handleUrc(line.text);
        return;
    }
    if (line.kind == at::LineKind::Noise)
        return;
    Op *op = current();
    if (!op)
        return;
    switch (op->kind) {
    case OpKind::Command:
        handleCommandLine(*op, line);
        return;
    case OpKind::Probe:
        handleProbeLine(*op, line);
        return;
    case OpKind::EnterEdm:
        if (op->stage != 0)
            return;
        if (line.kind == at::LineKind::Echo) {
            op->echoSeen |= line.text == "ATO2";
        } else if (m_echo == Echo::On && !op->echoSeen) {
            publishNote(tr("ignored \"%1\": it came before the echo of ATO2").arg(QString::fromLatin1(line.text)));
        } else if (line.kind == at::LineKind::Ok) {
            op->stage = 1; // now wait for the binary start event
            setRoute(Route::Edm);
        } else if (line.kind == at::LineKind::Error) {
            finishCurrent({LinkError::Code::ErrorResponse, tr("the module answered ERROR to ATO2")});
        }
        return;
    case OpKind::WaitStartup:
        return;
    }
}

void ModuleLink::handleCommandLine(Op &op, const at::Line &line)
{
    const AtCommand &cmd = op.reply->command();
    // With echo on, everything before this command's own echo belongs to an earlier exchange.
    if (m_mode == Mode::Command && m_echo == Echo::On && !op.echoSeen) {
        const QByteArray expected = cmd.text.trimmed();
        if (line.kind == at::LineKind::Echo && line.text == expected) {
            op.echoSeen = true;
            return;
        }
        // The module echoes characters as they arrive and writes a URC the moment it has one, so a
        // URC can split the echo ("AT+USEC" URC "MNG=0,…"): the pieces that continue it are the echo.
        // A first piece too short to look like an echo ("A") reads as an information line.
        const bool mayBeEcho = line.kind == at::LineKind::Echo || !op.echoPart.isEmpty() ||
                               (line.kind == at::LineKind::Info && !line.text.isEmpty());
        if (mayBeEcho && expected.startsWith(op.echoPart + line.text)) {
            op.echoPart += line.text;
            if (op.echoPart == expected) {
                op.echoSeen = true;
                op.echoPart.fill('\0'); // it may carry a secret
                op.echoPart.clear();
            }
            return;
        }
        QByteArray shown = line.text;
        m_redactor.mask(shown);
        publishNote(
            tr("ignored \"%1\": it came before the echo of %2").arg(hex::escaped(shown, 60), commandLabel(cmd)));
        return;
    }
    switch (line.kind) {
    case at::LineKind::Prompt:
        if (!cmd.upload.isEmpty() && !op.uploadSent) {
            op.uploadSent = true;
            writeUpload();
        }
        return;
    case at::LineKind::Info:
        op.reply->m_lines.append(line.text);
        return;
    case at::LineKind::Ok:
        if (!cmd.answerPrefix.isEmpty() && op.reply->line(cmd.answerPrefix).isEmpty()) {
            publishNote(tr("ignored an OK without %1: left over from an earlier command")
                            .arg(QString::fromLatin1(cmd.answerPrefix)));
            return;
        }
        if (!cmd.upload.isEmpty() && !op.uploadSent) {
            finishCurrent({LinkError::Code::ProtocolError,
                           tr("%1: the module answered OK without asking for the data").arg(commandLabel(cmd))});
            return;
        }
        if (cmd.restartsModule) {
            m_startupSinceRestart = false;
            setMode(Mode::Restarting);
            setRoute(Route::Both);
        }
        finishCurrent();
        return;
    case at::LineKind::Error:
        finishCurrent({LinkError::Code::ErrorResponse, tr("the module answered ERROR to %1").arg(commandLabel(cmd))});
        return;
    default:
        return; // the echo
    }
}

void ModuleLink::handleProbeLine(Op &op, const at::Line &line)
{
    switch (op.probe) {
    case ProbeStage::AskCommand:
    case ProbeStage::AskAfterFill:
    case ProbeStage::AfterGreeting:
    case ProbeStage::AskAgain:
    case ProbeStage::EscapeAfter:
        break;
    default:
        return; // draining, or waiting for an EDM answer
    }
    if (line.kind == at::LineKind::Echo) {
        op.echoSeen |= line.text == "AT";
        return;
    }
    if (line.kind != at::LineKind::Ok && line.kind != at::LineKind::Error)
        return;
    setMode(Mode::Command);
    if (op.echoSeen) {
        m_echo = Echo::On; // our own echo, then the answer: in step
        finishCurrent();
        return;
    }
    if (op.edmBytes) {
        // The "OK" came inside an EDM frame, not as command-mode text: the module is in EDM,
        // answering an earlier host's command. Ask in EDM instead.
        publishNote(tr("an answer inside an EDM frame is no answer to AT: probing in EDM"));
        advanceProbe(op, ProbeStage::AskEdm);
        return;
    }
    // An answer without our echo: the module has echo off, or this is a late answer to an
    // earlier host's command and ours is still coming. Settle when the line stays quiet.
    m_echo = Echo::Off;
    op.answered = true;
    m_timer.stop();
    m_guardTimer.start(m_timings.quiet);
}

void ModuleLink::handleUrc(const QByteArray &line)
{
    if (const auto pc = at::PeerConnected::parse(line)) {
        Peer peer;
        peer.handle = pc->peerHandle;
        peer.info = *pc;
        // The EDM connect event comes first; the next +UUDPC names its peer (protocol §1.7).
        if (!m_pendingConnects.isEmpty()) {
            peer.channel = m_pendingConnects.takeFirst().channel;
        } else if (m_mode == Mode::Edm) {
            // Its connect event was lost or damaged: the module repeats the connect events of its
            // open peers on request, and the peer is announced once its channel is known.
            m_peers.append(peer);
            m_awaitingChannel.append(peer.handle);
            emit urcReceived(line);
            publishNote(
                tr("peer %1 connected without a connect event: asking the module to repeat them").arg(peer.handle));
            const edm::Frame resend = edm::Frame::resendConnectEvents();
            TrafficRecord r;
            r.kind = TrafficRecord::Kind::EdmFrame;
            r.edmId = resend.id();
            r.summary = tr("resend connect events");
            writeRaw(resend.encode(), std::move(r));
            return;
        }
        m_peers.append(peer);
        emit urcReceived(line);
        emit peerConnected(peer);
        return;
    }
    if (const auto pd = at::PeerDisconnected::parse(line)) {
        m_awaitingChannel.removeAll(pd->peerHandle);
        m_peers.removeIf([&](const Peer &p) { return p.handle == pd->peerHandle; });
        emit urcReceived(line);
        emit peerDisconnected(pd->peerHandle);
        return;
    }
    emit urcReceived(line);
}

void ModuleLink::onConnectEvent(const edm::ConnectEvent &event)
{
    // A repeat of a known peer's event (a duplicated frame, or the answer to a resend request).
    for (const Peer &p : std::as_const(m_peers)) {
        if (p.channel == int(event.channel))
            return;
    }
    // A duplicate of an event still waiting for its +UUDPC replaces it: one event per channel.
    m_pendingConnects.removeIf([&](const edm::ConnectEvent &e) { return e.channel == event.channel; });
    if (!m_awaitingChannel.isEmpty()) {
        const int handle = m_awaitingChannel.takeFirst();
        for (Peer &p : m_peers) {
            if (p.handle == handle) {
                p.channel = int(event.channel);
                emit peerConnected(p);
                return;
            }
        }
    }
    m_pendingConnects.append(event);
}

void ModuleLink::onStartup(bool edm)
{
    Op *op = current();
    if (op && op->kind == OpKind::Probe && (op->probe == ProbeStage::Drain || op->probe == ProbeStage::FillUpload))
        return; // old news while draining; the probe asks afterwards
    m_startupSinceRestart = true;
    m_pendingConnects.clear();
    m_awaitingChannel.clear();
    m_peers.clear();
    setMode(edm ? Mode::Edm : Mode::Command);
    emit startupSeen();
    if (!op)
        return;
    if (op->kind == OpKind::Probe) {
        if (edm) {
            finishCurrent();
            return;
        }
        // The greeting may be stale (sent before the port was opened) or fresh (the module was
        // booting and ignored our AT). Either way wait for the answer to the AT already sent, so
        // it is not taken for the answer to the next command; if none comes, ask once more.
        m_timer.stop();
        m_guardTimer.stop();
        op->probe = ProbeStage::AfterGreeting;
        runProbeStage(*op);
    } else if (op->kind == OpKind::WaitStartup) {
        finishCurrent();
    } else if (op->kind == OpKind::Command) {
        finishCurrent({LinkError::Code::ModuleRestarted,
                       tr("the module restarted during %1").arg(commandLabel(op->reply->command()))});
    }
}

void ModuleLink::writeCommandText(const QByteArray &text, const QByteArray &shown, const QString &summary)
{
    const QByteArray line = text + '\r';
    const QByteArray shownLine = (shown.isEmpty() ? text : shown) + '\r';
    TrafficRecord r;
    r.redacted = !shown.isEmpty();
    if (m_mode == Mode::Edm) {
        const edm::Frame frame = edm::Frame::atRequest(line);
        r.kind = TrafficRecord::Kind::EdmFrame;
        r.edmId = frame.id();
        r.raw = edm::Frame::atRequest(shownLine).encode();
        r.summary = QStringLiteral("at_request ") + hex::escaped(shownLine, 160);
        writeRaw(frame.encode(), std::move(r));
    } else {
        r.kind = TrafficRecord::Kind::AtLine;
        r.raw = shownLine;
        r.summary = summary;
        writeRaw(line, std::move(r));
    }
}

void ModuleLink::writeUpload()
{
    Op *op = current();
    const AtCommand &cmd = op->reply->command();
    const QByteArray &data = cmd.upload;
    const auto record = [&](QByteArray raw, int size) {
        TrafficRecord r;
        r.kind = TrafficRecord::Kind::Upload;
        r.redacted = cmd.uploadIsSecret;
        r.raw = cmd.uploadIsSecret ? QByteArray() : std::move(raw);
        r.summary = cmd.uploadIsSecret ? tr("upload of %1 bytes (secret, not shown)").arg(size)
                                       : tr("upload of %1 bytes").arg(size);
        return r;
    };
    if (m_mode == Mode::Edm) {
        const int chunk = qBound(1, m_timings.uploadChunk, edm::kMaxContent);
        for (qsizetype at = 0; at < data.size(); at += chunk) {
            const QByteArray part = data.mid(at, chunk);
            const QByteArray frame = edm::Frame::atRequest(part).encode();
            TrafficRecord r = record(frame, int(part.size()));
            r.kind = TrafficRecord::Kind::EdmFrame;
            r.edmId = quint16(edm::PacketType::AtRequest);
            if (!writeRaw(frame, std::move(r)))
                return;
        }
    } else if (!writeRaw(data, record(data, int(data.size())))) {
        return;
    }
    // The module stores the object after the last byte: its answer deadline starts then.
    armAnswerTimer(cmd.timeout);
}

bool ModuleLink::writeRaw(const QByteArray &bytes, TrafficRecord record)
{
    record.direction = TrafficRecord::Direction::ToModule;
    qCDebug(lcLinkHex) << "tx" << (record.redacted ? QByteArray("<redacted>") : bytes.toHex(' '));
    publish(std::move(record), bytes);
    if (!m_transport->write(bytes)) {
        onLost({LinkError::Code::PortClosed, tr("cannot write to %1: the port is gone").arg(m_transport->name())});
        return false;
    }
    return true;
}

LinkError ModuleLink::sendData(quint8 channel, const QByteArray &data)
{
    if (m_mode != Mode::Edm)
        return {LinkError::Code::WrongMode, tr("data can only be sent on a channel in EDM")};
    qsizetype at = 0;
    do {
        const QByteArray part = data.mid(at, edm::kMaxContent);
        const edm::Frame frame = edm::Frame::dataCommand(channel, part);
        TrafficRecord r;
        r.kind = TrafficRecord::Kind::EdmFrame;
        r.edmId = frame.id();
        r.channel = channel;
        r.raw = frame.encode();
        r.summary = tr("data_command ch %1 (%2 B) %3").arg(channel).arg(part.size()).arg(hex::escaped(part, 80));
        if (!writeRaw(r.raw, r))
            return {LinkError::Code::PortClosed, tr("the port is gone")};
        at += part.size();
    } while (at < data.size());
    return {};
}

void ModuleLink::publish(TrafficRecord record, const QByteArray &original)
{
    record.monotonicNs = m_clock.nsecsElapsed();
    record.wallMs = QDateTime::currentMSecsSinceEpoch();
    record.slot = m_slot;
    record.step = m_step;
    if (m_keepOriginals && record.redacted && !original.isEmpty())
        emit trafficWithOriginal(record, original);
    else
        emit traffic(record);
}

void ModuleLink::publishNote(const QString &summary)
{
    TrafficRecord r;
    r.summary = summary;
    publish(std::move(r));
}

void ModuleLink::addKnownSecrets(const QList<QByteArray> &secrets)
{
    for (const QByteArray &secret : secrets) {
        if (secret.size() >= 4) // shorter values would mask ordinary text, and no secret is that short
            m_redactor.addSecret(secret);
    }
}

void ModuleLink::rememberSecrets(const AtCommand &c)
{
    for (const QByteArray &secret : c.secrets)
        m_redactor.addSecret(secret);
    if (c.secrets.isEmpty() && !c.redactedText.isEmpty()) {
        // The secret is what differs between the text and its redacted form.
        qsizetype head = 0;
        while (head < c.text.size() && head < c.redactedText.size() && c.text[head] == c.redactedText[head])
            ++head;
        qsizetype tail = 0;
        while (tail < c.text.size() - head && tail < c.redactedText.size() - head &&
               c.text[c.text.size() - 1 - tail] == c.redactedText[c.redactedText.size() - 1 - tail])
            ++tail;
        m_redactor.addSecret(c.text.mid(head, c.text.size() - head - tail));
    }
    if (c.uploadIsSecret) {
        for (const QByteArray &line : c.upload.split('\n')) {
            const QByteArray t = line.trimmed();
            if (t.size() >= 8 && !t.startsWith("-----"))
                m_redactor.addSecret(t);
        }
    }
}
