#include "module.h"

#include "mqttsession.h"
#include "ptyport.h"

#include <QCoreApplication>

namespace uxsim {

namespace {
constexpr int kGuardMs = 1000; // ATS12 default: escape guard time

QByteArray escapeForTrace(QByteArrayView s)
{
    QByteArray out;
    for (char c : s) {
        const uchar u = uchar(c);
        if (c == '\r')
            out += "\\r";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\\')
            out += "\\\\";
        else if (u >= 0x20 && u < 0x7F)
            out += c;
        else
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
    }
    return out;
}

QByteArray hexWord(quint16 v)
{
    return QByteArray::number(v, 16).rightJustified(4, '0').toUpper();
}
} // namespace

Module::Module(ModuleOptions options, QObject *parent)
    : QObject(parent)
    , m_opt(std::move(options))
{
    for (const QString &f : m_opt.faults)
        m_faults.add(f); // validated by main()
    m_active.baud = m_opt.baud;
    m_active.startMode = m_opt.startMode;
    m_stored = m_active;
    m_uploadIdle.setSingleShot(true);
    m_uploadIdle.setTimerType(Qt::PreciseTimer);
    connect(&m_uploadIdle, &QTimer::timeout, this, &Module::abortUpload);
    m_inboxTimer.setSingleShot(true);
    m_inboxTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_inboxTimer, &QTimer::timeout, this, &Module::deliverInbox);
    m_escapeTimer.setSingleShot(true);
    m_escapeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_escapeTimer, &QTimer::timeout, this, [this] {
        if (m_mode == Mode::Data && m_escape == "+++") {
            m_escape.clear();
            m_mode = Mode::Command;
            sendRaw("\r\nOK\r\n");
        }
    });
}

Module::~Module()
{
    for (auto &s : m_sessions) {
        if (s)
            s->close();
    }
}

QString Module::devicePath() const
{
    return m_port ? m_port->devicePath() : QString();
}

bool Module::start(const QString &linkPath, QString *error)
{
    if (!loadState(error))
        return false;
    m_port = new PtyPort(this);
    m_port->setBaudRate(m_opt.baud);
    if (!m_port->open(linkPath, error))
        return false;
    connect(m_port, &PtyPort::received, this, &Module::onReceived);
    connect(m_port, &PtyPort::rateMismatch, this, [this](int hostRate) {
        trace("--", hostRate ? "the host's port runs at " + QByteArray::number(hostRate) + " baud, the module at " +
                                   QByteArray::number(m_port->baudRate()) + ": bytes both ways are garbled"
                             : QByteArray("the host's rate matches the module's again"));
    });
    if (!m_opt.tracePath.isEmpty()) {
        m_trace.setFileName(m_opt.tracePath);
        if (!m_trace.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            *error = QCoreApplication::translate("uxsim", "cannot write the trace file %1").arg(m_opt.tracePath);
            return false;
        }
    }
    m_start.start();
    for (const Fault &f : m_faults.timed(FaultKind::Hangup))
        QTimer::singleShot(f.afterMs, Qt::PreciseTimer, this, &Module::hangup);
    powerOn();
    return true;
}

// ---------------------------------------------------------------- output

void Module::later(int ms, std::function<void()> fn)
{
    const quint64 epoch = m_epoch;
    if (ms <= 0) {
        fn();
        return;
    }
    // Precise: Qt's default for 2 s and more is a coarse timer (5 % early or late), which would
    // move a 2.9 s Wi-Fi association by up to 145 ms.
    QTimer::singleShot(ms, Qt::PreciseTimer, this, [this, epoch, fn = std::move(fn)] {
        if (epoch == m_epoch)
            fn();
    });
}

void Module::trace(const char *dir, const QByteArray &text)
{
    if (!m_trace.isOpen())
        return;
    m_trace.write(QByteArray::number(m_start.elapsed()).rightJustified(7, ' ') + "ms " + dir + ' ' + text + '\n');
    m_trace.flush();
}

void Module::sendRaw(const QByteArray &bytes)
{
    if (!m_port || !m_port->isOpen() || bytes.isEmpty())
        return;
    trace("<-", escapeForTrace(bytes));
    m_port->write(bytes);
}

void Module::sendFrame(const edm::Frame &frame, bool isAnswer)
{
    if (!m_port || !m_port->isOpen())
        return;
    ++m_framesSent;
    std::optional<FaultKind> fault = m_faults.onFrame(m_framesSent);
    if (!fault && isAnswer) {
        for (FaultKind k : {FaultKind::DropEdm, FaultKind::CorruptEdm, FaultKind::DuplicateEdm}) {
            if (!fault && m_faults.take(k))
                fault = k;
        }
    }
    QByteArray wire = frame.encode();
    QByteArray desc = "0xAA" + hexWord(quint16(frame.payload().size() + 2)) + hexWord(frame.id()) + " '" +
                      escapeForTrace(frame.payload()) + "' 0x55";
    if (fault == FaultKind::DropEdm) {
        trace("<x", "dropped " + desc);
        return;
    }
    if (fault == FaultKind::CorruptEdm) {
        wire[wire.size() - 1] = char(0x5A); // the end byte: the frame is rejected whole
        desc += " (corrupted end byte 0x5A)";
    }
    if (fault == FaultKind::DuplicateEdm) {
        trace("<-", desc + " (sent twice, fault)");
        m_port->write(wire);
    }
    trace("<-", desc);
    m_port->write(wire);
}

void Module::replyAfter(int ms, const QByteArray &body, bool ok, bool edm)
{
    later(ms, [this, body, ok, edm] { writeAnswer(body, ok, edm); });
}

void Module::writeAnswer(const QByteArray &body, bool ok, bool edm)
{
    if (m_mode == Mode::Off || m_mode == Mode::Booting)
        return;
    QByteArray text = "\r\n";
    if (!body.isEmpty())
        text += body + "\r\n";
    text += ok ? "OK\r\n" : "ERROR\r\n";
    if (edm)
        sendFrame(edm::Frame::atConfirmation(text), true);
    else
        sendRaw(text);
    commandDone();
}

void Module::urc(const QByteArray &text)
{
    if (m_uploadBusy && m_opt.holdUrcsDuringUpload) {
        trace("--", "URC held until the upload's answer: " + text);
        m_heldUrcs.append(text);
        return;
    }
    writeUrc(text);
}

void Module::writeUrc(const QByteArray &text)
{
    const QByteArray framed = "\r\n" + text + "\r\n";
    if (m_mode == Mode::Edm)
        sendFrame(edm::Frame::atEvent(framed));
    else if (m_mode == Mode::Command)
        sendRaw(framed);
    // data mode and boot: no URCs on the line
}

// ---------------------------------------------------------------- lifecycle

void Module::powerOn()
{
    // uxsim starts as a module switched on a moment ago: a quarter of a boot to go.
    startBoot(m_opt.latency.boot / 4);
}

void Module::reboot()
{
    ++m_epoch;
    for (int h : m_peers.keys())
        dropPeer(h, false);
    for (auto &s : m_sessions) {
        if (s) {
            s->close();
            s->deleteLater();
        }
    }
    m_sessions.clear();
    m_upload = Upload();
    m_uploadBusy = false;
    m_heldUrcs.clear();
    m_executing = false;
    m_heldInput.clear();
    m_uploadIdle.stop();
    m_escapeTimer.stop();
    m_inbox.clear();
    m_inboxTimer.stop();
    m_line.clear();
    m_edmLine.clear();
    m_edmParser.reset();
    m_wifi = Wifi::Off;
    ++m_wifiGeneration;
    m_ipv4.clear();
    m_ipv6 = false;
    m_resolvedNames.clear();
    m_nextHandle = 2;
    m_active = m_stored; // only what AT&W committed survives
    m_wifiConfig = -1;
    if (m_port)
        m_port->setBaudRate(m_active.baud);
    startBoot(m_opt.latency.boot);
}

void Module::startBoot(int ms)
{
    m_mode = Mode::Booting;
    if (m_opt.persona.espBootNoise) {
        // The ESP32 ROM loader talks at 74880 baud first (garbage at 115200), then prints its banner,
        // early in the boot; the firmware's greeting comes at its end.
        later(qMin(100, ms / 4), [this] {
            sendRaw(QByteArray("\x00\xf8\x80\xfe\x8c\x0c\x1c", 7) +
                    "ets Jun  8 2016 00:22:57\r\n\r\nrst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)\r\n"
                    "configsip: 0, SPIWP:0xee\r\nmode:DIO, clock div:2\r\nload:0x3fff0018,len:4\r\n"
                    "entry 0x40080354\r\n");
        });
    }
    later(ms, [this] { boot(); });
}

void Module::boot()
{
    m_uptime.start();
    m_savedFlag = (m_active == m_stored);
    switch (m_active.startMode) {
    case 2:
        m_mode = Mode::Edm;
        sendFrame(edm::Frame::startEvent());
        break;
    case 1:
        m_mode = Mode::Data;
        m_lastRx.start();
        break;
    default:
        m_mode = Mode::Command;
        sendRaw("\r\n+STARTUP\r\n");
        break;
    }
    // The configuration with "active on start-up" joins (more than one: undefined on hardware, the
    // lowest id here).
    for (auto it = m_active.wifi.cbegin(); it != m_active.wifi.cend(); ++it) {
        if (it.value().value(0) == "1" && wifiValid(it.key())) {
            m_wifiConfig = it.key();
            derivePsk(it.key());
            wifiJoin();
            break;
        }
    }
    if (!m_ready)
        feedPrelude();
}

// The bytes a crashed host sent before it died reach the module like any host's (at line rate);
// the module is ready for the next host once the last of them has arrived.
void Module::feedPrelude()
{
    if (m_opt.prelude.isEmpty()) {
        m_ready = true;
        emit ready();
        return;
    }
    trace("--", "a crashed host's last bytes follow (--prelude/--crashed-host)");
    connect(m_port, &PtyPort::inputDrained, this, [this] {
        if (m_ready)
            return;
        m_ready = true;
        emit ready();
    });
    m_port->inject(m_opt.prelude);
}

void Module::hangup()
{
    trace("--", "port hung up (fault)");
    if (m_port)
        m_port->hangup();
    m_mode = Mode::Off;
    ++m_epoch;
    emit hungUp();
    if (!m_ready) { // hung up before it booted: still announce it (its link is gone)
        m_ready = true;
        emit ready();
    }
}

// ---------------------------------------------------------------- input

void Module::onReceived(const QByteArray &bytes)
{
    switch (m_mode) {
    case Mode::Off:
    case Mode::Booting:
        trace("->", escapeForTrace(bytes) + " (ignored while booting)");
        return;
    case Mode::Edm:
        m_edmParser.feed(bytes, *this);
        return;
    case Mode::Data:
        trace("->", escapeForTrace(bytes));
        feedData(bytes);
        return;
    case Mode::Command:
        trace("->", escapeForTrace(bytes));
        feedText(bytes, false);
        return;
    }
}

void Module::onFrame(edm::Frame &&frame, quint64)
{
    if (m_mode != Mode::Edm)
        return;
    trace("->", "0xAA" + hexWord(quint16(frame.payload().size() + 2)) + hexWord(frame.id()) + " '" +
                    escapeForTrace(frame.payload()) + "' 0x55");
    switch (frame.type()) {
    case edm::PacketType::AtRequest:
        feedText(frame.text(), true);
        break;
    case edm::PacketType::DataCommand: {
        const auto ch = frame.channel();
        if (!ch)
            break;
        for (const Peer &p : std::as_const(m_peers)) {
            if (p.channel == *ch && p.ready && p.session && !p.pt.isEmpty()) {
                p.session->publish(p.pt, frame.data().toByteArray(), p.qos, p.retain);
                published(p.pt);
            }
        }
        break;
    }
    case edm::PacketType::ResendConnectEvents:
        for (const Peer &p : std::as_const(m_peers)) {
            if (p.channel >= 0 && p.announced)
                sendFrame(edm::Frame::connectEvent(connectEventFor(p)));
        }
        break;
    default:
        break; // other packet types are not for the module
    }
}

void Module::onError(const edm::ParseError &error)
{
    trace("->", "skipped " + QByteArray::number(error.length) + " bytes (" +
                    edm::ParseError::reasonName(error.reason).toLatin1() + ")");
}

void Module::feedText(QByteArrayView bytes, bool edm)
{
    qsizetype i = 0;
    QByteArray echo;
    auto flushEcho = [&] {
        if (!echo.isEmpty() && !edm && m_active.echo)
            sendRaw(echo);
        echo.clear();
    };
    while (i < bytes.size()) {
        if (m_upload.active) {
            flushEcho();
            if (!takeUploadBytes(bytes, &i))
                return; // the module rebooted (fault)
            continue;
        }
        if (m_executing) {
            // One command at a time: what follows waits (unechoed) until this one has answered.
            flushEcho();
            holdInput(bytes.sliced(i).toByteArray(), edm);
            return;
        }
        if (!edm && m_mode != Mode::Command)
            break; // ATO1 switched modes in the middle of a chunk
        const char c = bytes[i++];
        echo.append(c);
        if (c == '\r' || c == '\n') {
            QByteArray &line = edm ? m_edmLine : m_line;
            if (line.isEmpty() && !m_lineOverflow)
                continue;
            const QByteArray complete = line;
            const bool overflow = m_lineOverflow;
            line.clear();
            m_lineOverflow = false;
            flushEcho();
            if (overflow) {
                m_executing = true;
                replyError(edm);
                continue;
            }
            executeLine(complete, edm);
            if (edm && m_mode != Mode::Edm) {
                // ATO0/ATO1 inside EDM: the rest of the packet belongs to the new mode
                if (i < bytes.size() && m_executing)
                    holdInput(bytes.sliced(i).toByteArray(), false);
                else if (i < bytes.size())
                    onReceived(bytes.sliced(i).toByteArray());
                return;
            }
            continue;
        }
        QByteArray &line = edm ? m_edmLine : m_line;
        if (line.size() >= m_opt.persona.maxAtLine)
            m_lineOverflow = true;
        else
            line.append(c);
    }
    flushEcho();
    if (!edm && m_mode == Mode::Edm && i < bytes.size())
        m_edmParser.feed(bytes.sliced(i), *this);
    else if (!edm && m_mode == Mode::Data && i < bytes.size())
        feedData(bytes.sliced(i));
}

void Module::holdInput(const QByteArray &bytes, bool edmText)
{
    if (!bytes.isEmpty())
        m_heldInput.append(HeldInput{bytes, edmText});
}

// A command has answered: the input that waited is read now, in order, until the next command
// that has to wait for its answer.
void Module::commandDone()
{
    m_executing = false;
    QList<HeldInput> queue = std::exchange(m_heldInput, {});
    while (!queue.isEmpty()) {
        const HeldInput in = queue.takeFirst();
        if (!in.edmText)
            onReceived(in.bytes);
        else if (m_mode == Mode::Edm)
            feedText(in.bytes, true);
        if (m_executing) {
            m_heldInput += queue; // after what the replayed chunk left held
            return;
        }
    }
}

// Upload bytes count whatever they are (a next host's "AT\r" too) until <size> have arrived.
bool Module::takeUploadBytes(QByteArrayView bytes, qsizetype *i)
{
    const qsizetype take = qMin<qsizetype>(m_upload.size - m_upload.data.size(), bytes.size() - *i);
    m_upload.data.append(bytes.sliced(*i, take));
    *i += take;
    if (m_upload.rebootAt >= 0 && m_upload.data.size() >= m_upload.rebootAt) {
        trace("--", "reboot during certificate upload (fault)");
        reboot();
        return false;
    }
    if (m_upload.data.size() >= m_upload.size)
        finishUpload();
    else if (m_opt.latency.uploadIdleTimeout > 0)
        m_uploadIdle.start(m_opt.latency.uploadIdleTimeout);
    return true;
}

void Module::feedData(QByteArrayView bytes)
{
    // Escape: >= 1 s silence, "+++", >= 1 s silence (protocol §2).
    const bool silenceBefore = !m_lastRx.isValid() || m_lastRx.elapsed() >= kGuardMs;
    m_lastRx.start();
    QByteArray data;
    for (char c : bytes) {
        if (c == '+' && m_escape.size() < 3 && (silenceBefore || !m_escape.isEmpty())) {
            m_escape.append(c);
            continue;
        }
        data += m_escape + c;
        m_escape.clear();
    }
    if (m_escape == "+++")
        m_escapeTimer.start(kGuardMs);
    else
        m_escapeTimer.stop();
    if (data.isEmpty())
        return;
    for (const Peer &p : std::as_const(m_peers)) {
        if (p.ready && p.session && !p.pt.isEmpty()) {
            p.session->publish(p.pt, data, p.qos, p.retain);
            published(p.pt);
            break; // transparent mode talks to one peer
        }
    }
}

QList<QByteArray> Module::splitParams(const QByteArray &args)
{
    QList<QByteArray> out;
    QByteArray cur;
    bool quoted = false;
    for (char c : args) {
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (c == ',' && !quoted) {
            out.append(cur);
            cur.clear();
            continue;
        }
        cur.append(c);
    }
    out.append(cur);
    return out;
}

QByteArray Module::unquote(QByteArray s)
{
    s = s.trimmed();
    if (s.size() >= 2 && s.startsWith('"') && s.endsWith('"'))
        return s.mid(1, s.size() - 2);
    return s;
}

QByteArray Module::macFor(int iface) const
{
    if (m_active.macs.contains(iface))
        return m_active.macs.value(iface);
    const quint64 base = m_opt.mac.toULongLong(nullptr, 16);
    const int offset = iface == 2 ? 0 : iface == 4 ? 1 : iface == 1 ? 2 : 3;
    return QByteArray::number(base + offset, 16).toUpper().rightJustified(12, '0');
}

} // namespace uxsim
