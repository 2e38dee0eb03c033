// Wi-Fi station and network status of the simulated module (docs/uxsim.md "Wi-Fi").

#include "module.h"

namespace uxsim {

void Module::cmdUwsc(const Command &c)
{
    const QList<QByteArray> &p = c.params;
    bool ok = false, tOk = false;
    const int cfg = p.value(0).trimmed().toInt(&ok);
    const int tag = p.value(1).trimmed().toInt(&tOk);
    if (!ok || !tOk || cfg != 0 || p.size() < 2 || p.size() > 3)
        return replyError(c.edm);
    static const QList<int> known = {0, 2, 5, 8, 100, 101, 102, 103, 104, 105, 106, 200, 300, 301};
    if (!known.contains(tag))
        return replyError(c.edm);
    if (p.size() == 2) {
        QByteArray v = m_active.wifi.value(tag, tag == 5 ? "1" : tag == 100 ? "2" : tag == 0 ? "0" : "");
        if (tag == 2 || tag == 8)
            v = '"' + (tag == 8 ? QByteArray() : v) + '"';
        return reply("+UWSC:0," + QByteArray::number(tag) + ',' + v, true, c.edm);
    }
    const QByteArray value = unquote(p[2]);
    if (tag == 2 && value.size() > 32)
        return replyError(c.edm);
    if (tag == 5 && value != "1" && value != "2" && value != "6" && value != "7")
        return replyError(c.edm);
    if (tag == 8 && !value.isEmpty() && (value.size() < 8 || value.size() > 64))
        return replyError(c.edm);
    m_active.wifi[tag] = value;
    settingsChanged();
    reply({}, true, c.edm);
}

void Module::cmdUwsca(const Command &c)
{
    const QList<QByteArray> &p = c.params;
    const bool edm = c.edm;
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
        return replyAfter(m_opt.latency.settingsWrite, {}, true, edm);
    case 2:
        m_active.wifi = m_stored.wifi;
        return reply({}, true, edm);
    case 3:
        if (!valid || m_wifi != Wifi::Off)
            return replyError(edm);
        replyAfter(m_opt.latency.wifiActivate, {}, true, edm);
        wifiJoin();
        return;
    case 4:
        if (m_wifi == Wifi::Off)
            return replyError(edm);
        reply({}, true, edm);
        // Down at once for the next command (a new activation is accepted after this OK); the
        // URCs follow the OK (same delay, scheduled after it).
        later(m_opt.latency.command, [this] { wifiDown(5); });
        return;
    }
}

void Module::wifiJoin()
{
    m_wifi = Wifi::Joining;
    const quint64 generation = ++m_wifiGeneration;
    const QByteArray ssid = m_active.wifi.value(2);
    const QByteArray pass = m_active.wifi.value(8);
    const bool open = m_active.wifi.value(5, "1") == "1";
    later(m_opt.latency.wifiActivate + m_opt.latency.wifiJoin, [this, generation, ssid, pass, open] {
        if (m_wifi != Wifi::Joining || generation != m_wifiGeneration)
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
        linkUp(*net);
    });
}

void Module::linkUp(const Network &net)
{
    const quint64 generation = m_wifiGeneration;
    m_network = net;
    m_wifi = Wifi::Up;
    urc("+UUWLE:0," + m_network.bssid + ',' + QByteArray::number(m_network.channel));
    later(m_opt.latency.netUp, [this, generation] {
        if (generation != m_wifiGeneration)
            return;
        m_ipv6 = true; // first +UUNU: IPv6 link-local; IPv4 still 0.0.0.0
        urc("+UUNU:0");
        later(m_opt.latency.dhcp, [this, generation] {
            if (generation != m_wifiGeneration)
                return;
            m_ipv4 = "192.168.1." + QByteArray::number(100 + m_opt.index % 150);
            urc("+UUNU:0");
        });
    });
    for (const Fault &f : m_faults.timed(FaultKind::WifiLost)) {
        later(f.afterMs, [this, generation] {
            if (m_wifi == Wifi::Up && generation == m_wifiGeneration) {
                trace("--", "Wi-Fi lost (fault)");
                wifiDown(2);
            }
        });
    }
}

// The link goes down: +UUWLD, +UUND when the network was up, then every peer closes (+UUDPD and,
// in EDM, a disconnect event) - the link events first, so a host sees why its peers went.
void Module::wifiDown(int reason)
{
    const bool wasUp = m_wifi == Wifi::Up;
    const bool hadNetwork = !m_ipv4.isEmpty() || m_ipv6;
    m_wifi = Wifi::Off;
    ++m_wifiGeneration;
    m_ipv4.clear();
    m_ipv6 = false;
    m_resolvedNames.clear();
    if (wasUp || reason != 5)
        urc("+UUWLD:0," + QByteArray::number(reason));
    if (hadNetwork)
        urc("+UUND:0");
    for (int h : m_peers.keys())
        dropPeer(h, true);
}

void Module::cmdWifiStatus(const Command &c)
{
    const QByteArray status = m_wifi == Wifi::Up ? "2" : m_wifi == Wifi::Off ? "0" : "1";
    const bool up = m_wifi == Wifi::Up;
    QMap<int, QByteArray> v;
    v[0] = up ? '"' + m_network.ssid + '"' : QByteArray("\"\"");
    v[1] = up ? m_network.bssid : QByteArray("000000000000");
    v[2] = up ? QByteArray::number(m_network.channel) : QByteArray("0");
    v[3] = status;
    v[6] = up ? QByteArray("-48") : QByteArray("-32768");
    if (c.isAction()) {
        QList<QByteArray> lines;
        for (auto it = v.cbegin(); it != v.cend(); ++it)
            lines.append("+UWSSTAT:" + QByteArray::number(it.key()) + ',' + it.value());
        return reply(lines.join("\r\n"), true, c.edm);
    }
    bool ok = false;
    const int id = c.intParam(0, &ok);
    if (!ok || !v.contains(id))
        return replyError(c.edm);
    reply("+UWSSTAT:" + QByteArray::number(id) + ',' + v.value(id), true, c.edm);
}

void Module::cmdNetStatus(const Command &c)
{
    bool ok = false;
    const int iface = c.intParam(0, &ok);
    if (!ok || iface != 0 || c.params.size() > 2)
        return replyError(c.edm);
    QMap<int, QByteArray> v;
    const bool ip = !m_ipv4.isEmpty();
    const QByteArray mac = macFor(2);
    v[0] = mac;
    v[1] = (ip || m_ipv6) ? "1" : "0";
    v[2] = "1";
    v[101] = ip ? m_ipv4 : QByteArray("0.0.0.0");
    v[102] = ip ? QByteArray("255.255.255.0") : QByteArray("0.0.0.0");
    v[103] = ip ? QByteArray("192.168.1.1") : QByteArray("0.0.0.0");
    v[104] = ip ? QByteArray("192.168.1.1") : QByteArray("0.0.0.0");
    v[105] = "0.0.0.0";
    v[201] = m_ipv6 ? "[FE80:0000:0000:0000:" + mac.mid(0, 4) + ':' + mac.mid(4, 2) + "FF:FE" + mac.mid(6, 2) + ':' +
                          mac.mid(8, 4) + ']'
                    : QByteArray("[0000:0000:0000:0000:0000:0000:0000:0000]");
    auto lineFor = [&](int id) { return "+UNSTAT:0," + QByteArray::number(id) + ',' + v.value(id); };
    if (c.params.size() == 1) {
        QList<QByteArray> lines;
        for (auto it = v.cbegin(); it != v.cend(); ++it)
            lines.append(lineFor(it.key()));
        return reply(lines.join("\r\n"), true, c.edm);
    }
    const int id = c.intParam(1, &ok);
    if (!ok || !v.contains(id))
        return replyError(c.edm);
    reply(lineFor(id), true, c.edm);
}

} // namespace uxsim
