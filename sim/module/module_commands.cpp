// The AT command table and the system, identity and settings commands of the simulated module.

#include "module.h"

#include "ptyport.h"

namespace uxsim {

namespace {
constexpr int kMaxUrlValues = 10; // AT+UDUV indices 0..9

bool isPrintableLine(QByteArrayView s)
{
    for (char c : s) {
        if (uchar(c) < 0x20 || uchar(c) > 0x7E)
            return false;
    }
    return true;
}
} // namespace

int Module::Command::intParam(int i, bool *ok) const
{
    if (i >= params.size()) {
        *ok = false;
        return 0;
    }
    return params[i].trimmed().toInt(ok);
}

// Name -> accepted forms and handler. A name that is not here, or a form a command does not
// accept, answers ERROR (docs/uxsim.md "Command mode").
const QHash<QByteArray, Module::CommandSpec> &Module::commandTable()
{
    static const QHash<QByteArray, CommandSpec> table = [] {
        const CommandSpec specs[] = {
            {"AT", Action, &Module::cmdAt},
            {"ATE0", Action, &Module::cmdEcho},
            {"ATE1", Action, &Module::cmdEcho},
            {"ATI0", Action, &Module::cmdIdentity},
            {"ATI9", Action, &Module::cmdIdentity},
            {"ATI10", Action, &Module::cmdIdentity},
            {"AT+GMI", Action, &Module::cmdIdentity},
            {"AT+CGMI", Action, &Module::cmdIdentity},
            {"AT+GMM", Action, &Module::cmdIdentity},
            {"AT+CGMM", Action, &Module::cmdIdentity},
            {"AT+GMR", Action, &Module::cmdIdentity},
            {"AT+CGMR", Action, &Module::cmdIdentity},
            {"AT+GSN", Action, &Module::cmdIdentity},
            {"AT+CGSN", Action, &Module::cmdIdentity},
            {"AT&W", Action, &Module::cmdStoreSettings},
            {"AT+UFACTORY", Action, &Module::cmdFactoryReset},
            {"AT+CPWROFF", Action, &Module::cmdPowerOff},
            {"AT+UMSM", Set | Query, &Module::cmdStartMode},
            {"AT+UMRS", Set | Query, &Module::cmdUartSettings},
            {"AT+UMLA", Set, &Module::cmdMacAddress},
            {"AT+UMSTAT", Action | Set, &Module::cmdModuleStatus},
            {"AT+USECMNG", Set, &Module::cmdUsecmng},
            {"AT+UWSC", Set, &Module::cmdUwsc},
            {"AT+UWSCA", Set, &Module::cmdUwsca},
            {"AT+UWSSTAT", Action | Set, &Module::cmdWifiStatus},
            {"AT+UNSTAT", Set, &Module::cmdNetStatus},
            {"AT+UDUV", Set, &Module::cmdUrlValue},
            {"AT+UDCP", Set, &Module::cmdUdcp},
            {"AT+UDCPC", Set, &Module::cmdUdcpc},
            {"AT+UDLP", Query, &Module::cmdListPeers},
            {"ATO", Action, &Module::cmdMode},
            {"ATO0", Action, &Module::cmdMode},
            {"ATO1", Action, &Module::cmdMode},
            {"ATO2", Action, &Module::cmdMode},
        };
        QHash<QByteArray, CommandSpec> t;
        for (const CommandSpec &s : specs)
            t.insert(QByteArray(s.name), s);
        return t;
    }();
    return table;
}

void Module::executeLine(QByteArray line, bool edm)
{
    line = line.trimmed();
    if (line.isEmpty())
        return;
    if (!line.startsWith("AT") && !line.startsWith("at") && !line.startsWith("At") && !line.startsWith("aT")) {
        if (isPrintableLine(line)) {
            m_executing = true;
            replyError(edm);
        }
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
    Command c;
    c.name = line.left(end).toUpper();
    c.args = line.mid(end);
    c.edm = edm;
    if (c.isSet())
        c.params = splitParams(c.args.mid(1));
    const QList<FaultKind> fired = m_faults.onCommand(c.name);
    if (fired.contains(FaultKind::Hangup)) {
        hangup();
        return;
    }
    if (fired.contains(FaultKind::NoAnswer)) {
        m_faults.take(FaultKind::NoAnswer);
        trace("--", "no answer to " + c.name + " (fault)");
        return; // and the next command is read at once
    }
    m_executing = true; // until writeAnswer()
    if (fired.contains(FaultKind::UrcAfterEcho) && m_faults.take(FaultKind::UrcAfterEcho)) {
        trace("--", "a URC between the echo and the answer of " + c.name + " (fault)");
        writeUrc(awkwardUrc());
    }
    if (fired.contains(FaultKind::Error)) {
        m_faults.take(FaultKind::Error);
        replyError(edm);
        return;
    }
    dispatch(c);
}

void Module::dispatch(const Command &c)
{
    const auto it = commandTable().constFind(c.name);
    if (it == commandTable().cend())
        return replyError(c.edm);
    const int form = c.isSet() ? Set : c.isQuery() ? Query : c.isAction() ? Action : 0;
    if (!(it->forms & form))
        return replyError(c.edm);
    (this->*(it->handler))(c);
}

// ---------------------------------------------------------------- system and identity

void Module::cmdAt(const Command &c)
{
    reply({}, true, c.edm);
}

void Module::cmdEcho(const Command &c)
{
    m_active.echo = c.name == "ATE1";
    settingsChanged();
    reply({}, true, c.edm);
}

void Module::cmdIdentity(const Command &c)
{
    const Persona &P = m_opt.persona;
    QByteArray body;
    if (c.name == "ATI0")
        body = '"' + P.typeCode + '"';
    else if (c.name == "ATI9")
        body = '"' + P.firmware + "\",\"" + P.buildId + '"';
    else if (c.name == "ATI10")
        body = "\"000000000000" + m_opt.mac + '"';
    else if (c.name.endsWith("GMI"))
        body = "\"u-blox\"";
    else if (c.name.endsWith("GMM"))
        body = '"' + P.model + '"';
    else if (c.name.endsWith("GMR"))
        body = '"' + P.firmware + '"';
    else // GSN
        body = "\"02339659" + QByteArray::number(10595296 + m_opt.index) + '"';
    reply(body, true, c.edm);
}

void Module::cmdStoreSettings(const Command &c)
{
    commit(m_active);
    settingsChanged();
    const bool edm = c.edm;
    later(m_opt.latency.flashWrite, [this, edm] { reply({}, true, edm); });
}

void Module::cmdFactoryReset(const Command &c)
{
    Settings defaults;
    defaults.baud = m_opt.baud;
    commit(defaults); // active after the next reboot; certificates are kept (docs/uxsim.md)
    m_savedFlag = false;
    reply({}, true, c.edm);
}

void Module::cmdPowerOff(const Command &c)
{
    reply({}, true, c.edm);
    // Reboot once the OK has left the UART.
    const quint64 epoch = m_epoch;
    QTimer::singleShot(m_opt.latency.command + 20, this, [this, epoch] {
        if (epoch == m_epoch)
            reboot();
    });
}

void Module::cmdStartMode(const Command &c)
{
    if (c.isQuery())
        return reply("+UMSM:" + QByteArray::number(m_active.startMode), true, c.edm);
    bool ok = false;
    const int m = c.intParam(0, &ok);
    if (!ok || c.params.size() != 1 || m < 0 || m > (m_opt.persona.pppStartMode ? 3 : 2))
        return replyError(c.edm);
    m_active.startMode = m;
    settingsChanged();
    reply({}, true, c.edm);
}

// AT+UMRS=<baud>,<flow>,<bits>,<stop>,<parity>[,<change_after_confirm>=1]: with 1 the module
// switches once its OK has left, at the old rate; in EDM the change waits for AT&W and a reboot
// (RS quoting the manual; docs/uxsim.md).
void Module::cmdUartSettings(const Command &c)
{
    if (c.isQuery()) {
        const Settings &s = m_active;
        return reply("+UMRS:" + QByteArray::number(s.baud) + ',' + QByteArray::number(s.flow) + ',' +
                         QByteArray::number(s.dataBits) + ',' + QByteArray::number(s.stopBits) + ',' +
                         QByteArray::number(s.parity) + ",1",
                     true, c.edm);
    }
    bool ok[6] = {};
    if (c.params.size() < 5 || c.params.size() > 6)
        return replyError(c.edm);
    const int baud = c.intParam(0, &ok[0]), flow = c.intParam(1, &ok[1]), bits = c.intParam(2, &ok[2]),
              stop = c.intParam(3, &ok[3]), parity = c.intParam(4, &ok[4]);
    const int now = c.params.size() == 6 ? c.intParam(5, &ok[5]) : (ok[5] = true, 1);
    if (!(ok[0] && ok[1] && ok[2] && ok[3] && ok[4] && ok[5]) || baud < m_opt.persona.minBaud ||
        baud > m_opt.persona.maxBaud || (flow != 1 && flow != 2) || bits != 8 || (stop != 1 && stop != 2) ||
        parity < 1 || parity > 3 || (now != 0 && now != 1))
        return replyError(c.edm);
    m_active.baud = baud;
    m_active.flow = flow;
    m_active.dataBits = bits;
    m_active.stopBits = stop;
    m_active.parity = parity;
    settingsChanged();
    const bool edm = c.edm;
    const bool switchNow = now == 1 && !edm;
    if (now == 1 && edm)
        trace("--", "AT+UMRS in EDM: the new rate applies after AT&W and a reboot");
    later(m_opt.latency.command, [this, edm, switchNow, baud] {
        writeAnswer({}, true, edm);
        if (switchNow && m_port) {
            trace("--", "line rate " + QByteArray::number(baud) + " once the OK has left");
            m_port->setBaudRateAfterQueued(baud);
        }
    });
}

void Module::cmdMacAddress(const Command &c)
{
    bool ok = false;
    const int iface = c.intParam(0, &ok);
    if (!ok || iface < 1 || iface > 4 || c.params.size() > 2)
        return replyError(c.edm);
    if (c.params.size() == 2) {
        const QByteArray mac = unquote(c.params[1]).toUpper();
        if (mac.size() != 12 || QByteArray::fromHex(mac).toHex().toUpper() != mac)
            return replyError(c.edm);
        if (mac == "000000000000")
            m_active.macs.remove(iface);
        else
            m_active.macs[iface] = mac;
        settingsChanged();
        return reply({}, true, c.edm);
    }
    reply("+UMLA:" + macFor(iface), true, c.edm);
}

void Module::cmdModuleStatus(const Command &c)
{
    const QByteArray up = "+UMSTAT:0," + QByteArray::number(m_uptime.elapsed() / 1000);
    const QByteArray saved = "+UMSTAT:1," + QByteArray(m_savedFlag ? "1" : "0");
    if (c.isAction())
        return reply(up + "\r\n" + saved, true, c.edm);
    bool ok = false;
    const int id = c.intParam(0, &ok);
    if (!ok || c.params.size() != 1 || id < 0 || id > 1)
        return replyError(c.edm);
    reply(id == 0 ? up : saved, true, c.edm);
}

void Module::cmdUrlValue(const Command &c)
{
    // AT+UDUV=<index>,<value>: the value is everything after the first comma, kept verbatim.
    const QByteArray rest = c.args.mid(1);
    const qsizetype comma = rest.indexOf(',');
    bool ok = false;
    const int index = rest.left(comma < 0 ? rest.size() : comma).trimmed().toInt(&ok);
    if (!ok || index < 0 || index >= kMaxUrlValues)
        return replyError(c.edm);
    if (comma < 0)
        return reply("+UDUV:" + QByteArray::number(index) + ",\"" + m_active.urlValues.value(index) + '"', true, c.edm);
    m_active.urlValues[index] = unquote(rest.mid(comma + 1));
    settingsChanged();
    reply({}, true, c.edm);
}

void Module::cmdMode(const Command &c)
{
    const int target = c.name == "ATO0" ? 0 : c.name == "ATO2" ? 2 : 1;
    reply({}, true, c.edm);
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
}

} // namespace uxsim
