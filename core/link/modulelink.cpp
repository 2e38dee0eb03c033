#include "link/modulelink.h"

#include "common/hex.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

QString commandLabel(const AtCommand &c)
{
    const QByteArray shown = c.redactedText.isEmpty() ? c.text : c.redactedText;
    return c.name.isEmpty() ? QString::fromLatin1(shown)
                            : QStringLiteral("%1 (%2)").arg(c.name, QString::fromLatin1(shown));
}

} // namespace

namespace {
// Probe stage after a +STARTUP greeting (see onStartup); the next stage asks "AT" again.
constexpr int kProbeAfterGreeting = 10;
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
    connect(&m_guardTimer, &QTimer::timeout, this, [this] {
        if (Op *op = current()) {
            ++op->stage;
            runStage();
        }
    });
    connect(m_transport, &Transport::received, this, &ModuleLink::onReceived);
    connect(m_transport, &Transport::lost, this, &ModuleLink::onLost);
}

ModuleLink::~ModuleLink()
{
    // Replies still queued are children of this object; they go with it without signals.
    m_timer.stop();
    m_guardTimer.stop();
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
    setMode(Mode::Unknown);
    TrafficRecord r;
    r.summary = tr("port %1 opened").arg(m_transport->name());
    publish(std::move(r));
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
        TrafficRecord r;
        r.summary = tr("port %1 closed").arg(m_transport->name());
        publish(std::move(r));
    }
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
        m_timer.start(cmd.timeout);
        return;
    case OpKind::Probe:
        switch (op->stage) {
        case 0: // command mode?
            setRoute(Route::Text);
            writeCommandText("AT", {}, tr("probe for command mode"));
            m_timer.start(m_timings.probeAnswer);
            return;
        case 1: { // EDM?
            setRoute(Route::Edm);
            const edm::Frame probe = edm::Frame::atRequest("AT\r");
            TrafficRecord r;
            r.kind = TrafficRecord::Kind::EdmFrame;
            r.edmId = probe.id();
            r.summary = tr("EDM probe: at_request AT\\r");
            writeRaw(probe.encode(), std::move(r));
            m_timer.start(m_timings.probeAnswer);
            return;
        }
        case 2: // data mode? silence first
            setRoute(Route::Text);
            m_guardTimer.start(m_timings.escapeGuard);
            return;
        case 3: {
            TrafficRecord r;
            r.kind = TrafficRecord::Kind::AtLine;
            r.summary = tr("escape sequence +++");
            writeRaw("+++", std::move(r));
            m_guardTimer.start(m_timings.escapeGuard);
            return;
        }
        case kProbeAfterGreeting + 1: // greeted, but our AT went unanswered: ask again
            writeCommandText("AT", {}, tr("probe for command mode after start-up"));
            m_timer.start(m_timings.probeAnswer);
            return;
        default: // the module answers OK after the second guard time
            m_timer.start(m_timings.probeAnswer);
            return;
        }
    case OpKind::EnterEdm:
        if (op->stage == 0) {
            if (m_mode == Mode::Edm) {
                finishCurrent();
                return;
            }
            writeCommandText("ATO2", {}, tr("enter EDM (ATO2)"));
            m_timer.start(cmd.timeout);
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
        m_timer.start(cmd.timeout);
        return;
    }
}

void ModuleLink::finishCurrent(LinkError error)
{
    if (!m_busy || m_queue.isEmpty())
        return;
    m_timer.stop();
    m_guardTimer.stop();
    const Op op = m_queue.takeFirst();
    m_busy = false;
    m_secretFragments.clear();
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
    const QList<Op> queue = std::exchange(m_queue, {});
    m_busy = false;
    m_secretFragments.clear();
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
    switch (op->kind) {
    case OpKind::Command:
        finishCurrent({LinkError::Code::Timeout,
                       tr("no answer to %1 within %2 ms").arg(commandLabel(cmd)).arg(cmd.timeout.count())});
        return;
    case OpKind::Probe:
        if (op->stage < 2 || op->stage == kProbeAfterGreeting) {
            ++op->stage;
            runStage();
            return;
        }
        finishCurrent({LinkError::Code::Timeout,
                       tr("the module on %1 does not answer (tried AT, an EDM probe and the +++ escape)")
                           .arg(m_transport->name())});
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

void ModuleLink::onLost(const LinkError &error)
{
    TrafficRecord r;
    r.summary = error.message;
    publish(std::move(r));
    m_pendingConnects.clear();
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
        QByteArray shown = bytes;
        mask(shown); // the echo of a command may carry its secret
        qCDebug(lcLinkHex) << "rx" << shown.toHex(' ');
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
        r.redacted = mask(r.raw); // the echo of a command that carries a secret
        r.summary = at::lineKindName(line.kind) + QLatin1String(": ") + hex::escaped(r.raw, 160);
        publish(std::move(r), line.text);
        handleLine(line, -1);
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
    if (edm::isAtPacket(frame.id()) && mask(text)) {
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
        if (Op *op = current(); op && op->kind == OpKind::Probe && op->stage == 1) {
            setMode(Mode::Edm);
            finishCurrent();
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
            m_pendingConnects.append(*ce);
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
        handleLine(line, -2);
}

void ModuleLink::handleLine(const at::Line &line, int source)
{
    Q_UNUSED(source)
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
        switch (line.kind) {
        case at::LineKind::Prompt:
            if (!op->reply->command().upload.isEmpty() && !op->uploadSent) {
                op->uploadSent = true;
                writeUpload();
            }
            return;
        case at::LineKind::Info:
            op->reply->m_lines.append(line.text);
            return;
        case at::LineKind::Ok:
            if (!op->reply->command().upload.isEmpty() && !op->uploadSent) {
                finishCurrent(
                    {LinkError::Code::ProtocolError, tr("%1: the module answered OK without asking for the data")
                                                         .arg(commandLabel(op->reply->command()))});
                return;
            }
            if (op->reply->command().restartsModule) {
                m_startupSinceRestart = false;
                setMode(Mode::Restarting);
                setRoute(Route::Both);
            }
            finishCurrent();
            return;
        case at::LineKind::Error:
            finishCurrent({LinkError::Code::ErrorResponse,
                           tr("the module answered ERROR to %1").arg(commandLabel(op->reply->command()))});
            return;
        default:
            return; // echo
        }
    case OpKind::Probe:
        if ((line.kind == at::LineKind::Ok || line.kind == at::LineKind::Error) && op->stage != 1) {
            setMode(Mode::Command);
            finishCurrent();
        }
        return;
    case OpKind::EnterEdm:
        if (op->stage != 0)
            return;
        if (line.kind == at::LineKind::Ok) {
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

void ModuleLink::handleUrc(const QByteArray &line)
{
    if (const auto pc = at::PeerConnected::parse(line)) {
        Peer peer;
        peer.handle = pc->peerHandle;
        peer.info = *pc;
        // The EDM connect event comes first; the next +UUDPC names its peer (protocol §1.7).
        if (pc->kind != at::PeerConnected::Kind::Bluetooth || !m_pendingConnects.isEmpty()) {
            if (!m_pendingConnects.isEmpty())
                peer.channel = m_pendingConnects.takeFirst().channel;
        }
        m_peers.append(peer);
        emit urcReceived(line);
        emit peerConnected(peer);
        return;
    }
    if (const auto pd = at::PeerDisconnected::parse(line)) {
        m_peers.removeIf([&](const Peer &p) { return p.handle == pd->peerHandle; });
        emit urcReceived(line);
        emit peerDisconnected(pd->peerHandle);
        return;
    }
    emit urcReceived(line);
}

void ModuleLink::onStartup(bool edm)
{
    m_startupSinceRestart = true;
    m_pendingConnects.clear();
    m_peers.clear();
    setMode(edm ? Mode::Edm : Mode::Command);
    emit startupSeen();
    Op *op = current();
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
        op->stage = kProbeAfterGreeting;
        setRoute(Route::Text);
        m_timer.start(m_timings.probeAnswer);
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
        return;
    }
    writeRaw(data, record(data, int(data.size())));
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

void ModuleLink::rememberSecrets(const AtCommand &c)
{
    m_secretFragments.clear();
    for (const QByteArray &secret : c.secrets) {
        if (!secret.isEmpty())
            m_secretFragments.append(secret);
    }
    if (c.secrets.isEmpty() && !c.redactedText.isEmpty()) {
        // The secret is what differs between the text and its redacted form.
        qsizetype head = 0;
        while (head < c.text.size() && head < c.redactedText.size() && c.text[head] == c.redactedText[head])
            ++head;
        qsizetype tail = 0;
        while (tail < c.text.size() - head && tail < c.redactedText.size() - head &&
               c.text[c.text.size() - 1 - tail] == c.redactedText[c.redactedText.size() - 1 - tail])
            ++tail;
        const QByteArray secret = c.text.mid(head, c.text.size() - head - tail);
        if (!secret.isEmpty())
            m_secretFragments.append(secret);
    }
    if (c.uploadIsSecret) {
        for (const QByteArray &line : c.upload.split('\n')) {
            const QByteArray t = line.trimmed();
            if (t.size() >= 8)
                m_secretFragments.append(t);
        }
    }
}

bool ModuleLink::mask(QByteArray &text) const
{
    bool changed = false;
    for (const QByteArray &secret : m_secretFragments) {
        if (text.contains(secret)) {
            text.replace(secret, "********");
            changed = true;
        }
    }
    return changed;
}
