#include "module.h"

#include "mqttsession.h"
#include "ptyport.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSet>

namespace uxsim {

namespace {
constexpr int kGuardMs = 1000; // ATS12 default: escape guard time
constexpr int kMaxUploadSize = 8192;
constexpr int kMaxNameLength = 32;
constexpr int kMaxUrlValues = 10; // AT+UDUV indices 0..9

bool isPrintableLine(QByteArrayView s)
{
    for (char c : s) {
        if (uchar(c) < 0x20 || uchar(c) > 0x7E)
            return false;
    }
    return true;
}

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
    connect(&m_uploadIdle, &QTimer::timeout, this, &Module::abortUpload);
    m_escapeTimer.setSingleShot(true);
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
    m_port = new PtyPort(this);
    m_port->setBaudRate(m_opt.baud);
    if (!m_port->open(linkPath, error))
        return false;
    connect(m_port, &PtyPort::received, this, &Module::onReceived);
    if (!m_opt.tracePath.isEmpty()) {
        m_trace.setFileName(m_opt.tracePath);
        if (!m_trace.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            *error = QCoreApplication::translate("uxsim", "cannot write the trace file %1").arg(m_opt.tracePath);
            return false;
        }
    }
    m_start.start();
    for (const Fault &f : m_faults.timed(FaultKind::Hangup))
        QTimer::singleShot(f.afterMs, this, &Module::hangup);
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
    QTimer::singleShot(ms, this, [this, epoch, fn = std::move(fn)] {
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
        if (m_faults.take(FaultKind::DropEdm))
            fault = FaultKind::DropEdm;
        else if (m_faults.take(FaultKind::CorruptEdm))
            fault = FaultKind::CorruptEdm;
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
    trace("<-", desc);
    m_port->write(wire);
}

void Module::reply(const QByteArray &body, bool ok, bool edm)
{
    QByteArray text = "\r\n";
    if (!body.isEmpty())
        text += body + "\r\n";
    text += ok ? "OK\r\n" : "ERROR\r\n";
    later(m_opt.latency.command, [this, text, edm] {
        if (m_mode == Mode::Off || m_mode == Mode::Booting)
            return;
        if (edm)
            sendFrame(edm::Frame::atConfirmation(text), true);
        else
            sendRaw(text);
    });
}

void Module::urc(const QByteArray &text)
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
    m_mode = Mode::Booting;
    later(m_opt.latency.boot / 4, [this] { boot(); });
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
    m_uploadIdle.stop();
    m_escapeTimer.stop();
    m_line.clear();
    m_edmLine.clear();
    m_edmParser.reset();
    m_wifi = Wifi::Off;
    m_ipv4.clear();
    m_ipv6 = false;
    m_nextHandle = 2;
    m_active = m_stored; // only what AT&W committed survives
    if (m_port)
        m_port->setBaudRate(m_active.baud);
    m_mode = Mode::Booting;
    later(m_opt.latency.boot, [this] { boot(); });
}

void Module::boot()
{
    m_uptime.start();
    m_savedFlag = (m_active == m_stored);
    if (m_opt.persona.espBootNoise) {
        // The ESP32 ROM loader talks at 74880 baud first (garbage at 115200), then prints its banner.
        sendRaw(QByteArray("\x00\xf8\x80\xfe\x8c\x0c\x1c", 7) +
                "ets Jun  8 2016 00:22:57\r\n\r\nrst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)\r\n"
                "configsip: 0, SPIWP:0xee\r\nmode:DIO, clock div:2\r\nload:0x3fff0018,len:4\r\n"
                "entry 0x40080354\r\n");
    }
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
    if (m_active.wifi.value(0) == "1")
        wifiJoin();
}

void Module::hangup()
{
    trace("--", "port hung up (fault)");
    if (m_port)
        m_port->hangup();
    m_mode = Mode::Off;
    ++m_epoch;
    emit hungUp();
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
            if (p.channel == *ch && p.ready && p.session && !p.pt.isEmpty())
                p.session->publish(p.pt, frame.data().toByteArray(), p.qos, p.retain);
        }
        break;
    }
    case edm::PacketType::ResendConnectEvents:
        for (const Peer &p : std::as_const(m_peers)) {
            if (p.channel >= 0 && p.announced) {
                edm::ConnectEvent ev;
                ev.channel = quint8(p.channel);
                ev.kind = edm::ConnectEvent::Kind::Ipv4;
                ev.protocol = 2;
                ev.remoteAddress = QByteArray::fromHex(
                    QByteArray::number(QHostAddress(QString::fromLatin1(p.address)).toIPv4Address(), 16)
                        .rightJustified(8, '0'));
                ev.remotePort = quint16(p.urlPort);
                ev.localAddress = QByteArray(4, '\0');
                sendFrame(edm::Frame::connectEvent(ev));
            }
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
            const qsizetype take = qMin<qsizetype>(m_upload.size - m_upload.data.size(), bytes.size() - i);
            m_upload.data.append(bytes.sliced(i, take));
            i += take;
            if (m_upload.rebootAt >= 0 && m_upload.data.size() >= m_upload.rebootAt) {
                trace("--", "reboot during certificate upload (fault)");
                reboot();
                return;
            }
            if (m_upload.data.size() >= m_upload.size)
                finishUpload();
            else
                m_uploadIdle.start(m_opt.latency.uploadIdleTimeout);
            continue;
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
                replyError(edm);
                continue;
            }
            executeLine(complete, edm);
            if (edm && m_mode != Mode::Edm) {
                // ATO0/ATO1 inside EDM: the rest of the packet belongs to the new mode
                if (i < bytes.size())
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

void Module::executeLine(QByteArray line, bool edm)
{
    line = line.trimmed();
    if (line.isEmpty())
        return;
    if (!line.startsWith("AT") && !line.startsWith("at") && !line.startsWith("At") && !line.startsWith("aT")) {
        if (isPrintableLine(line))
            replyError(edm);
        return; // noise
    }
    // The command name: "AT+UDCP" up to '=' or '?'; "ATE0", "ATI9", "ATO2", "AT&W" whole.
    qsizetype end = line.size();
    for (qsizetype k = 2; k < line.size(); ++k) {
        if (line[k] == '=' || line[k] == '?') {
            end = k;
            break;
        }
    }
    const QByteArray name = line.left(end).toUpper();
    const QByteArray args = line.mid(end);
    const QList<FaultKind> fired = m_faults.onCommand(name);
    if (fired.contains(FaultKind::Hangup)) {
        hangup();
        return;
    }
    if (fired.contains(FaultKind::NoAnswer)) {
        m_faults.take(FaultKind::NoAnswer);
        trace("--", "no answer to " + name + " (fault)");
        return;
    }
    if (fired.contains(FaultKind::Error)) {
        m_faults.take(FaultKind::Error);
        replyError(edm);
        return;
    }
    dispatch(name, args, line, edm);
}

void Module::dispatch(const QByteArray &name, const QByteArray &args, const QByteArray &line, bool edm)
{
    Q_UNUSED(line)
    const Persona &P = m_opt.persona;
    const bool set = args.startsWith('=');
    const bool query = args == "?";
    const QList<QByteArray> p = set ? splitParams(args.mid(1)) : QList<QByteArray>();
    auto paramInt = [&](int i, bool *ok) { return i < p.size() ? p[i].trimmed().toInt(ok) : (*ok = false, 0); };
    auto changed = [&] { m_savedFlag = (m_active == m_stored); };

    if (name == "AT" && args.isEmpty())
        return reply({}, true, edm);
    if ((name == "ATE0" || name == "ATE1") && args.isEmpty()) {
        m_active.echo = name == "ATE1";
        changed();
        return reply({}, true, edm);
    }
    if (name == "ATI0" && args.isEmpty())
        return reply('"' + P.typeCode + '"', true, edm);
    if (name == "ATI9" && args.isEmpty())
        return reply('"' + P.firmware + "\",\"" + P.buildId + '"', true, edm);
    if (name == "ATI10" && args.isEmpty())
        return reply("\"000000000000" + m_opt.mac + '"', true, edm);
    if ((name == "AT+GMI" || name == "AT+CGMI") && args.isEmpty())
        return reply("\"u-blox\"", true, edm);
    if ((name == "AT+GMM" || name == "AT+CGMM") && args.isEmpty())
        return reply('"' + P.model + '"', true, edm);
    if ((name == "AT+GMR" || name == "AT+CGMR") && args.isEmpty())
        return reply('"' + P.firmware + '"', true, edm);
    if ((name == "AT+GSN" || name == "AT+CGSN") && args.isEmpty())
        return reply("\"02339659" + QByteArray::number(10595296 + m_opt.index) + '"', true, edm);
    if (name == "AT&W" && args.isEmpty()) {
        m_stored = m_active;
        m_savedFlag = true;
        return later(m_opt.latency.flashWrite, [this, edm] { reply({}, true, edm); });
    }
    if (name == "AT+UFACTORY" && args.isEmpty()) {
        Settings defaults;
        defaults.baud = m_opt.baud;
        m_stored = defaults; // active after the next reboot; certificates are kept (docs/uxsim.md)
        m_savedFlag = false;
        return reply({}, true, edm);
    }
    if (name == "AT+CPWROFF" && args.isEmpty()) {
        reply({}, true, edm);
        // Reboot once the OK has left the UART.
        const quint64 epoch = m_epoch;
        QTimer::singleShot(m_opt.latency.command + 20, this, [this, epoch] {
            if (epoch == m_epoch)
                reboot();
        });
        return;
    }
    if (name == "AT+UMSM") {
        bool ok = false;
        if (query)
            return reply("+UMSM:" + QByteArray::number(m_active.startMode), true, edm);
        const int m = paramInt(0, &ok);
        if (!ok || p.size() != 1 || m < 0 || m > (P.pppStartMode ? 3 : 2))
            return replyError(edm);
        m_active.startMode = m;
        changed();
        return reply({}, true, edm);
    }
    if (name == "AT+UMRS") {
        if (query)
            return reply("+UMRS:" + QByteArray::number(m_active.baud) + ',' + QByteArray::number(m_active.flow) + ',' +
                             QByteArray::number(m_active.dataBits) + ',' + QByteArray::number(m_active.stopBits) + ',' +
                             QByteArray::number(m_active.parity) + ",1",
                         true, edm);
        bool ok[6] = {};
        if (p.size() < 5 || p.size() > 6)
            return replyError(edm);
        const int baud = paramInt(0, &ok[0]), flow = paramInt(1, &ok[1]), bits = paramInt(2, &ok[2]),
                  stop = paramInt(3, &ok[3]), parity = paramInt(4, &ok[4]);
        const int now = p.size() == 6 ? paramInt(5, &ok[5]) : (ok[5] = true, 0);
        if (!(ok[0] && ok[1] && ok[2] && ok[3] && ok[4] && ok[5]) || baud < 9600 || baud > 5250000 ||
            (flow != 1 && flow != 2) || bits != 8 || (stop != 1 && stop != 2) || parity < 1 || parity > 3 ||
            (now != 0 && now != 1))
            return replyError(edm);
        m_active.baud = baud;
        m_active.flow = flow;
        m_active.dataBits = bits;
        m_active.stopBits = stop;
        m_active.parity = parity;
        changed();
        reply({}, true, edm);
        if (now == 1)
            later(m_opt.latency.command + 20, [this, baud] { m_port->setBaudRate(baud); });
        return;
    }
    if (name == "AT+UMLA") {
        bool ok = false;
        const int iface = paramInt(0, &ok);
        if (!ok || iface < 1 || iface > 4 || p.size() > 2)
            return replyError(edm);
        if (p.size() == 2) {
            const QByteArray mac = unquote(p[1]).toUpper();
            if (mac.size() != 12 || QByteArray::fromHex(mac).toHex().toUpper() != mac)
                return replyError(edm);
            if (mac == "000000000000")
                m_active.macs.remove(iface);
            else
                m_active.macs[iface] = mac;
            changed();
            return reply({}, true, edm);
        }
        return reply("+UMLA:" + macFor(iface), true, edm);
    }
    if (name == "AT+UMSTAT") {
        const QByteArray up = "+UMSTAT:0," + QByteArray::number(m_uptime.elapsed() / 1000);
        const QByteArray saved = "+UMSTAT:1," + QByteArray(m_savedFlag ? "1" : "0");
        if (args.isEmpty())
            return reply(up + "\r\n" + saved, true, edm);
        bool ok = false;
        const int id = paramInt(0, &ok);
        if (!ok || p.size() != 1 || id < 0 || id > 1)
            return replyError(edm);
        return reply(id == 0 ? up : saved, true, edm);
    }
    if (name == "AT+USECMNG" && set)
        return cmdUsecmng(p, edm);
    if (name == "AT+UWSC" && set)
        return cmdUwsc(p, edm);
    if (name == "AT+UWSCA" && set)
        return cmdUwsca(p, edm);
    if (name == "AT+UWSSTAT") {
        QList<QByteArray> lines;
        const QByteArray status = m_wifi == Wifi::Up ? "2" : m_wifi == Wifi::Off ? "0" : "1";
        const bool up = m_wifi == Wifi::Up;
        QMap<int, QByteArray> v;
        v[0] = up ? '"' + m_network.ssid + '"' : QByteArray("\"\"");
        v[1] = up ? m_network.bssid : QByteArray("000000000000");
        v[2] = up ? QByteArray::number(m_network.channel) : QByteArray("0");
        v[3] = status;
        v[6] = up ? QByteArray("-48") : QByteArray("-32768");
        if (args.isEmpty()) {
            for (auto it = v.cbegin(); it != v.cend(); ++it)
                lines.append("+UWSSTAT:" + QByteArray::number(it.key()) + ',' + it.value());
            return reply(lines.join("\r\n"), true, edm);
        }
        bool ok = false;
        const int id = paramInt(0, &ok);
        if (!ok || !v.contains(id))
            return replyError(edm);
        return reply("+UWSSTAT:" + QByteArray::number(id) + ',' + v.value(id), true, edm);
    }
    if (name == "AT+UNSTAT" && set) {
        bool ok = false;
        const int iface = paramInt(0, &ok);
        if (!ok || iface != 0 || p.size() > 2)
            return replyError(edm);
        QMap<int, QByteArray> v;
        const bool ip = !m_ipv4.isEmpty();
        v[0] = macFor(2);
        v[1] = (ip || m_ipv6) ? "1" : "0";
        v[2] = "1";
        v[101] = ip ? m_ipv4 : QByteArray("0.0.0.0");
        v[102] = ip ? QByteArray("255.255.255.0") : QByteArray("0.0.0.0");
        v[103] = ip ? QByteArray("192.168.1.1") : QByteArray("0.0.0.0");
        v[104] = ip ? QByteArray("192.168.1.1") : QByteArray("0.0.0.0");
        v[105] = "0.0.0.0";
        const QByteArray mac = macFor(2);
        v[201] = m_ipv6 ? "[FE80:0000:0000:0000:" + mac.mid(0, 4) + ':' + mac.mid(4, 2) + "FF:FE" + mac.mid(6, 2) +
                              ':' + mac.mid(8, 4) + ']'
                        : QByteArray("[0000:0000:0000:0000:0000:0000:0000:0000]");
        auto lineFor = [&](int id) { return "+UNSTAT:0," + QByteArray::number(id) + ',' + v.value(id); };
        if (p.size() == 1) {
            QList<QByteArray> lines;
            for (auto it = v.cbegin(); it != v.cend(); ++it)
                lines.append(lineFor(it.key()));
            return reply(lines.join("\r\n"), true, edm);
        }
        const int id = paramInt(1, &ok);
        if (!ok || !v.contains(id))
            return replyError(edm);
        return reply(lineFor(id), true, edm);
    }
    if (name == "AT+UDUV" && set) {
        // AT+UDUV=<index>,<value>: the value is everything after the first comma, kept verbatim.
        const QByteArray rest = args.mid(1);
        const qsizetype comma = rest.indexOf(',');
        bool ok = false;
        const int index = rest.left(comma < 0 ? rest.size() : comma).trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= kMaxUrlValues)
            return replyError(edm);
        if (comma < 0)
            return reply("+UDUV:" + QByteArray::number(index) + ",\"" + m_active.urlValues.value(index) + '"', true,
                         edm);
        m_active.urlValues[index] = unquote(rest.mid(comma + 1));
        changed();
        return reply({}, true, edm);
    }
    if (name == "AT+UDCP" && set)
        return cmdUdcp(args.mid(1), edm);
    if (name == "AT+UDCPC" && set)
        return cmdUdcpc(p, edm);
    if (name == "AT+UDLP" && query) {
        QList<QByteArray> lines;
        for (const Peer &peer : std::as_const(m_peers)) {
            if (peer.announced)
                lines.append("+UDLP:" + QByteArray::number(peer.handle) + ",6,0.0.0.0:0," + peer.address + ':' +
                             QByteArray::number(peer.urlPort));
        }
        return reply(lines.join("\r\n"), true, edm);
    }
    if ((name == "ATO0" || name == "ATO1" || name == "ATO2" || name == "ATO") && args.isEmpty()) {
        const int target = name == "ATO0" ? 0 : name == "ATO2" ? 2 : 1;
        reply({}, true, edm);
        if (target == 2) // also when already in EDM: RS re-sends ATO2 until it sees a start event
            later(m_opt.latency.command, [this] { sendFrame(edm::Frame::startEvent()); });
        // The mode changes for input at once (bytes after the command line belong to the new mode).
        m_mode = target == 2 ? Mode::Edm : target == 1 ? Mode::Data : Mode::Command;
        if (target == 2) {
            m_edmParser.reset();
            m_edmLine.clear();
        } else if (target == 1) {
            m_lastRx.start();
            m_escape.clear();
        }
        return;
    }
    replyError(edm);
}

// ---------------------------------------------------------------- certificates

void Module::cmdUsecmng(const QList<QByteArray> &p, bool edm)
{
    bool ok = false;
    const int op = p.value(0).trimmed().toInt(&ok);
    if (!ok)
        return replyError(edm);
    auto typeOf = [&](bool *good) {
        const int t = p.value(1).trimmed().toInt(good);
        *good = *good && t >= 0 && t <= 2;
        return t;
    };
    if (op == 0) {
        bool tOk = false, sOk = false;
        const int type = typeOf(&tOk);
        const QByteArray name = unquote(p.value(2));
        const int size = p.value(3).trimmed().toInt(&sOk);
        if (!tOk || !sOk || p.size() < 4 || p.size() > 5 || name.isEmpty() || name.size() > kMaxNameLength ||
            size < 1 || size > kMaxUploadSize)
            return replyError(edm);
        const bool overwrite = m_store.contains(type, name);
        if (m_faults.active(FaultKind::StoreFull) || (!overwrite && (m_store.count() >= m_opt.persona.storeSlots ||
                                                                     m_store.bytes() >= m_opt.persona.storeBytes)))
            return replyError(edm);
        m_upload = Upload();
        m_upload.active = true;
        m_upload.edm = edm;
        m_upload.type = type;
        m_upload.name = name;
        m_upload.password = unquote(p.value(4));
        m_upload.size = size;
        if (m_faults.take(FaultKind::RebootDuringUpload))
            m_upload.rebootAt = size / 2;
        m_uploadIdle.start(m_opt.latency.uploadIdleTimeout + m_opt.latency.uploadPrompt);
        later(m_opt.latency.uploadPrompt, [this, edm] {
            if (edm && m_mode == Mode::Edm)
                sendFrame(edm::Frame::atConfirmation("\r\n>"), true);
            else if (!edm)
                sendRaw("\r\n>");
        });
        return;
    }
    if (op == 2) {
        bool tOk = false;
        const int type = typeOf(&tOk);
        if (!tOk || p.size() != 3 || !m_store.remove(type, unquote(p[2])))
            return replyError(edm);
        return reply({}, true, edm);
    }
    if (op == 3) {
        static const char *kinds[] = {"CA", "CC", "PK"};
        QList<QByteArray> lines;
        for (const CertStore::Object &o : m_store.list()) {
            QByteArray l = QByteArray("\"") + kinds[o.type] + "\",\"" + o.name + '"';
            if (m_opt.persona.listDetails && o.type != CertStore::PrivateKey)
                l += ",\"" + o.subject + "\",\"" + o.notAfter + '"';
            lines.append(l);
        }
        return reply(lines.join("\r\n"), true, edm);
    }
    if (op == 4) {
        bool tOk = false;
        const int type = typeOf(&tOk);
        const CertStore::Object *o = tOk && p.size() == 3 ? m_store.find(type, unquote(p[2])) : nullptr;
        if (!o)
            return replyError(edm);
        return reply("+USECMNG:4," + QByteArray::number(type) + ",\"" + o->name + "\",\"" + o->md5Hex + '"', true, edm);
    }
    replyError(edm);
}

void Module::finishUpload()
{
    m_uploadIdle.stop();
    Upload up = m_upload;
    m_upload = Upload();
    QString why;
    const auto obj = CertStore::decode(up.type, up.name, up.data, up.password, &why);
    if (!obj) {
        trace("--", "upload rejected: " + why.toUtf8());
        return later(m_opt.latency.flashWrite, [this, up] { replyError(up.edm); });
    }
    m_store.put(*obj);
    const QByteArray body = "+USECMNG:0," + QByteArray::number(up.type) + ",\"" + up.name + "\",\"" + obj->md5Hex + '"';
    later(m_opt.latency.flashWrite, [this, body, up] { reply(body, true, up.edm); });
}

void Module::abortUpload()
{
    if (!m_upload.active)
        return;
    trace("--", "upload aborted: " + QByteArray::number(m_upload.data.size()) + " of " +
                    QByteArray::number(m_upload.size) + " bytes");
    const bool edm = m_upload.edm;
    m_upload = Upload();
    replyError(edm);
}

// ---------------------------------------------------------------- Wi-Fi

void Module::cmdUwsc(const QList<QByteArray> &p, bool edm)
{
    bool ok = false, tOk = false;
    const int cfg = p.value(0).trimmed().toInt(&ok);
    const int tag = p.value(1).trimmed().toInt(&tOk);
    if (!ok || !tOk || cfg != 0 || p.size() < 2 || p.size() > 3)
        return replyError(edm);
    static const QList<int> known = {0, 2, 5, 8, 100, 101, 102, 103, 104, 105, 106, 200, 300, 301};
    if (!known.contains(tag))
        return replyError(edm);
    if (p.size() == 2) {
        QByteArray v = m_active.wifi.value(tag, tag == 5 ? "1" : tag == 100 ? "2" : tag == 0 ? "0" : "");
        if (tag == 2 || tag == 8)
            v = '"' + (tag == 8 ? QByteArray() : v) + '"';
        return reply("+UWSC:0," + QByteArray::number(tag) + ',' + v, true, edm);
    }
    const QByteArray value = unquote(p[2]);
    if (tag == 2 && value.size() > 32)
        return replyError(edm);
    if (tag == 5 && value != "1" && value != "2" && value != "6" && value != "7")
        return replyError(edm);
    if (tag == 8 && !value.isEmpty() && (value.size() < 8 || value.size() > 64))
        return replyError(edm);
    m_active.wifi[tag] = value;
    m_savedFlag = (m_active == m_stored);
    reply({}, true, edm);
}

void Module::cmdUwsca(const QList<QByteArray> &p, bool edm)
{
    bool ok = false, aOk = false;
    const int cfg = p.value(0).trimmed().toInt(&ok);
    const int action = p.value(1).trimmed().toInt(&aOk);
    if (!ok || !aOk || cfg != 0 || p.size() != 2 || action < 0 || action > 4)
        return replyError(edm);
    const bool valid =
        !m_active.wifi.value(2).isEmpty() && (m_active.wifi.value(5, "1") == "1" || m_active.wifi.value(8).size() >= 8);
    switch (action) {
    case 0:
        m_active.wifi.clear();
        return reply({}, true, edm);
    case 1:
        if (!valid)
            return replyError(edm);
        m_stored.wifi = m_active.wifi;
        return later(m_opt.latency.flashWrite, [this, edm] { reply({}, true, edm); });
    case 2:
        m_active.wifi = m_stored.wifi;
        return reply({}, true, edm);
    case 3:
        if (!valid || m_wifi != Wifi::Off)
            return replyError(edm);
        reply({}, true, edm);
        wifiJoin();
        return;
    case 4:
        if (m_wifi == Wifi::Off)
            return replyError(edm);
        reply({}, true, edm);
        later(m_opt.latency.command + 5, [this] { wifiDown(5); });
        return;
    }
}

void Module::wifiJoin()
{
    m_wifi = Wifi::Joining;
    const QByteArray ssid = m_active.wifi.value(2);
    const QByteArray pass = m_active.wifi.value(8);
    const bool open = m_active.wifi.value(5, "1") == "1";
    later(m_opt.latency.wifiJoin, [this, ssid, pass, open] {
        if (m_wifi != Wifi::Joining)
            return;
        const Network *net = nullptr;
        for (const Network &n : std::as_const(m_opt.networks)) {
            if (n.ssid == ssid)
                net = &n;
        }
        if (!net)
            return; // an SSID nobody broadcasts never links; the module keeps scanning
        const bool passOk = open ? net->passphrase.isEmpty() : (!net->passphrase.isEmpty() && net->passphrase == pass);
        if (!passOk || m_faults.active(FaultKind::WifiAuthFail)) {
            m_wifi = Wifi::Off;
            urc("+UUWLD:0,4");
            return;
        }
        m_network = *net;
        m_wifi = Wifi::Up;
        urc("+UUWLE:0," + m_network.bssid + ',' + QByteArray::number(m_network.channel));
        later(m_opt.latency.netUp, [this] {
            m_ipv6 = true; // first +UUNU: IPv6 link-local; IPv4 still 0.0.0.0
            urc("+UUNU:0");
            later(m_opt.latency.dhcp, [this] {
                m_ipv4 = "192.168.1." + QByteArray::number(100 + m_opt.index % 150);
                urc("+UUNU:0");
            });
        });
        for (const Fault &f : m_faults.timed(FaultKind::WifiLost)) {
            later(f.afterMs, [this] {
                if (m_wifi == Wifi::Up) {
                    trace("--", "Wi-Fi lost (fault)");
                    wifiDown(2);
                }
            });
        }
    });
}

void Module::wifiDown(int reason)
{
    const bool wasUp = m_wifi == Wifi::Up;
    m_wifi = Wifi::Off;
    for (int h : m_peers.keys())
        dropPeer(h, true);
    if (wasUp || reason != 5)
        urc("+UUWLD:0," + QByteArray::number(reason));
    if (!m_ipv4.isEmpty() || m_ipv6)
        urc("+UUND:0");
    m_ipv4.clear();
    m_ipv6 = false;
}

// ---------------------------------------------------------------- peers

QByteArray Module::expandUrlValues(const QByteArray &value) const
{
    // "%<n>" and "%%<n>" both insert URL value n (the seed log's working session sent %%0, the app
    // note documents %0); "%%" not followed by a digit is a literal '%'.
    QByteArray out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != '%') {
            out += value[i];
            continue;
        }
        qsizetype j = i + 1;
        const bool doubled = j < value.size() && value[j] == '%';
        if (doubled)
            ++j;
        if (j < value.size() && value[j] >= '0' && value[j] <= '9') {
            out += m_active.urlValues.value(value[j] - '0');
            i = j;
        } else if (doubled) {
            out += '%';
            i = j - 1;
        } else {
            out += '%';
        }
    }
    return out;
}

void Module::cmdUdcp(QByteArray url, bool edm)
{
    url = unquote(url);
    const qsizetype schemeEnd = url.indexOf("://");
    if (schemeEnd < 0 || url.left(schemeEnd).toLower() != "mqtt")
        return replyError(edm); // only MQTT peers are simulated
    QByteArray rest = url.mid(schemeEnd + 3);
    const qsizetype slash = rest.indexOf('/');
    const QByteArray hostPort = slash < 0 ? rest : rest.left(slash);
    QByteArray query = slash < 0 ? QByteArray() : rest.mid(slash + 1);
    if (query.startsWith('?'))
        query = query.mid(1);
    const qsizetype colon = hostPort.lastIndexOf(':');
    bool portOk = false;
    const int port = colon < 0 ? 1883 : hostPort.mid(colon + 1).toInt(&portOk);
    if ((colon >= 0 && !portOk) || port <= 0 || port > 65535)
        return replyError(edm);
    Peer peer;
    peer.host = colon < 0 ? hostPort : hostPort.left(colon);
    peer.urlPort = port;
    if (peer.host.isEmpty())
        return replyError(edm);
    QHash<QByteArray, QByteArray> kv;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0)
            return replyError(edm);
        kv.insert(pair.left(eq), expandUrlValues(pair.mid(eq + 1)));
    }
    if (kv.contains("passwd") && !m_opt.persona.sasPassword)
        return replyError(edm);
    if (kv.value("st").contains('#') && !m_opt.persona.hashWildcard)
        return replyError(edm);
    if (kv.value("client").isEmpty())
        return replyError(edm);
    peer.pt = kv.value("pt");
    peer.st = kv.value("st");
    peer.qos = kv.value("qos", "0").toInt();
    peer.retain = kv.value("retain") == "1";
    if (peer.qos < 0 || peer.qos > 2)
        return replyError(edm);

    MqttSession::Config cfg;
    cfg.host = peer.host;
    cfg.clientId = kv.value("client");
    cfg.user = kv.value("user");
    cfg.hasPassword = kv.contains("passwd");
    cfg.password = kv.value("passwd");
    cfg.keepAlive = kv.value("keepAlive", "60").toInt();
    if (cfg.keepAlive < 5)
        cfg.keepAlive = 60;
    const QByteArray caName = kv.value("ca"), certName = kv.value("cert"), keyName = kv.value("privKey");
    bool missing = false;
    if (!caName.isEmpty()) {
        const CertStore::Object *o = m_store.find(CertStore::RootCa, caName);
        missing |= !o;
        cfg.caPem = o ? o->pem : QByteArray();
    }
    if (!certName.isEmpty()) {
        const CertStore::Object *c = m_store.find(CertStore::ClientCert, certName);
        const CertStore::Object *k = m_store.find(CertStore::PrivateKey, keyName);
        missing |= !c || !k;
        cfg.certPem = c ? c->pem : QByteArray();
        cfg.keyPem = k ? k->pem : QByteArray();
    }
    // --resolve for peers with a client certificate, --resolve-sas (falling back to --resolve) without.
    Endpoint ep;
    const bool withCert = !cfg.certPem.isEmpty();
    if (!withCert && m_opt.resolveSas.contains(peer.host))
        ep = m_opt.resolveSas.value(peer.host);
    else if (m_opt.resolve.contains(peer.host))
        ep = m_opt.resolve.value(peer.host);
    else if (!QHostAddress(QString::fromLatin1(peer.host)).isNull() || peer.host == "localhost")
        ep = Endpoint{peer.host == "localhost" ? QByteArray("127.0.0.1") : peer.host, port};
    peer.address = ep.address;
    peer.port = ep.port;
    cfg.address = ep.address;
    cfg.port = ep.port;
    cfg.breakVerification = m_faults.active(FaultKind::TlsVerifyFail);

    peer.handle = m_nextHandle;
    m_nextHandle += 2; // the seed log shows 2 then 4 (docs/uxsim.md)
    const int handle = peer.handle;
    peer.sessionKey =
        QString::fromLatin1(ep.address + ':' + QByteArray::number(ep.port) + '|' + peer.host + '|' + cfg.clientId +
                            '|' + cfg.user + '|' + cfg.password + '|' + caName + '|' + certName + '|' + keyName);
    if (!m_opt.sharedSession)
        peer.sessionKey += u'#' + QString::number(handle);
    m_peers.insert(handle, peer);
    reply("+UDCP:" + QByteArray::number(handle), true, edm);

    const bool unreachable = ep.address.isEmpty() || missing || m_faults.active(FaultKind::BrokerUnreachable);
    later(m_opt.latency.command + 1, [this, handle, cfg, unreachable] {
        if (!m_peers.contains(handle))
            return;
        Peer &pr = m_peers[handle];
        if (unreachable) {
            later(m_opt.latency.tlsHandshake, [this, handle] {
                trace("--", "peer " + QByteArray::number(handle) + ": broker unreachable");
                dropPeer(handle, true);
            });
            return;
        }
        QPointer<MqttSession> s = m_sessions.value(pr.sessionKey);
        if (s) {
            pr.session = s;
            if (s->isConnected())
                attachPeer(handle);
            return;
        }
        auto *session = new MqttSession(cfg, this);
        m_sessions.insert(pr.sessionKey, session);
        pr.session = session;
        connect(session, &MqttSession::connected, this, [this, session] { onSessionConnected(session); });
        connect(session, &MqttSession::connectFailed, this, [this, session](const QString &why) {
            trace("--", "MQTT connect failed: " + why.toUtf8());
            onSessionFailed(session);
        });
        connect(session, &MqttSession::disconnected, this, [this, session](const QString &why) {
            trace("--", "MQTT session closed: " + why.toUtf8());
            onSessionFailed(session);
        });
        connect(session, &MqttSession::message, this,
                [this, session](const QByteArray &t, const QByteArray &m) { onSessionMessage(session, t, m); });
        connect(session, &MqttSession::subscribed, this, [this, session](int mid) {
            for (Peer &x : m_peers) {
                if (x.session == session && x.subscribeMid == mid && !x.ready)
                    peerReady(x.handle);
            }
        });
        QString why;
        if (!session->start(&why)) {
            trace("--", "MQTT connect failed: " + why.toUtf8());
            // Deliver asynchronously, after the time a failing connect takes.
            later(m_opt.latency.tlsHandshake, [this, session] { onSessionFailed(session); });
            return;
        }
        const quint64 epoch = m_epoch;
        QTimer::singleShot(m_opt.latency.connectTimeout, session, [this, session, epoch] {
            if (epoch == m_epoch && !session->isConnected()) {
                trace("--", "MQTT connect timed out");
                session->close();
                onSessionFailed(session);
            }
        });
    });
}

void Module::onSessionConnected(MqttSession *s)
{
    for (Peer &p : m_peers) {
        if (p.session == s && !p.ready && p.subscribeMid < 0)
            attachPeer(p.handle);
    }
}

void Module::attachPeer(int handle)
{
    Peer &p = m_peers[handle];
    if (!p.st.isEmpty()) {
        p.subscribeMid = p.session->subscribe(p.st, qMax(p.qos, 0));
        if (p.subscribeMid < 0)
            return dropPeer(handle, true);
        return; // ready on SUBACK
    }
    peerReady(handle);
}

void Module::peerReady(int handle)
{
    Peer &p = m_peers[handle];
    p.ready = true;
    // The TLS handshake takes at least the modelled time from the session's start.
    const int wait = qMax<qint64>(0, m_opt.latency.tlsHandshake - (p.session ? p.session->msSinceStart() : 0));
    later(int(wait), [this, handle] {
        if (!m_peers.contains(handle))
            return;
        Peer &pr = m_peers[handle];
        // EDM channel: the lowest free one (the seed log: 0, 1 while peer handles are 2, 4).
        QSet<int> used;
        for (const Peer &x : std::as_const(m_peers))
            used.insert(x.channel);
        int ch = 0;
        while (used.contains(ch))
            ++ch;
        pr.channel = ch;
        if (m_mode == Mode::Edm) {
            edm::ConnectEvent ev;
            ev.channel = quint8(ch);
            ev.kind = edm::ConnectEvent::Kind::Ipv4;
            ev.protocol = 2; // MQTT
            const quint32 ip = QHostAddress(QString::fromLatin1(pr.address)).toIPv4Address();
            ev.remoteAddress = QByteArray(4, '\0');
            for (int i = 0; i < 4; ++i)
                ev.remoteAddress[i] = char((ip >> (24 - 8 * i)) & 0xFF);
            ev.remotePort = quint16(pr.urlPort);
            ev.localAddress = QByteArray(4, '\0');
            ev.localPort = 0;
            sendFrame(edm::Frame::connectEvent(ev));
        }
        later(m_opt.latency.peerReady, [this, handle] {
            if (!m_peers.contains(handle))
                return;
            Peer &q = m_peers[handle];
            q.announced = true;
            urc("+UUDPC:" + QByteArray::number(handle) + ",2,6,0.0.0.0,0," + q.address + ',' +
                QByteArray::number(q.urlPort));
        });
    });
}

void Module::dropPeer(int handle, bool notify)
{
    if (!m_peers.contains(handle))
        return;
    const Peer p = m_peers.take(handle);
    if (notify) {
        urc("+UUDPD:" + QByteArray::number(handle));
        if (p.channel >= 0 && m_mode == Mode::Edm)
            sendFrame(edm::Frame::disconnectEvent(quint8(p.channel)));
    }
    releaseSessionIfUnused(p.sessionKey);
}

void Module::releaseSessionIfUnused(const QString &key)
{
    for (const Peer &p : std::as_const(m_peers)) {
        if (p.sessionKey == key)
            return;
    }
    QPointer<MqttSession> s = m_sessions.take(key);
    if (s) {
        s->close();
        s->deleteLater();
    }
}

void Module::onSessionFailed(MqttSession *s)
{
    QList<int> handles;
    for (const Peer &p : std::as_const(m_peers)) {
        if (p.session == s)
            handles.append(p.handle);
    }
    for (int h : handles)
        dropPeer(h, true);
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        if (it.value() == s) {
            m_sessions.erase(it);
            break;
        }
    }
    s->close();
    s->deleteLater();
}

void Module::onSessionMessage(MqttSession *s, const QByteArray &topic, const QByteArray &payload)
{
    trace("--", "MQTT message on " + topic + " (" + QByteArray::number(payload.size()) + " bytes)");
    for (const Peer &p : std::as_const(m_peers)) {
        if (p.session != s || !p.ready || p.channel < 0 || p.st.isEmpty() || !MqttSession::topicMatches(p.st, topic))
            continue;
        if (m_mode == Mode::Edm) {
            for (qsizetype off = 0; off < payload.size() || off == 0; off += edm::kMaxContent - 1) {
                sendFrame(edm::Frame::dataEvent(quint8(p.channel), payload.mid(off, edm::kMaxContent - 1)));
                if (payload.size() <= off + edm::kMaxContent - 1)
                    break;
            }
        } else if (m_mode == Mode::Data) {
            sendRaw(payload);
        }
    }
}

void Module::cmdUdcpc(const QList<QByteArray> &p, bool edm)
{
    bool ok = false;
    const int handle = p.value(0).trimmed().toInt(&ok);
    if (!ok || p.size() != 1 || !m_peers.contains(handle))
        return replyError(edm);
    reply({}, true, edm);
    later(m_opt.latency.command + 5, [this, handle] { dropPeer(handle, true); });
}

} // namespace uxsim
