// Wi-Fi station and network status of the simulated module (docs/uxsim.md "Wi-Fi").

#include "module.h"

#include <openssl/evp.h>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace uxsim {

namespace {

constexpr int kNetworkDisabled = 5; ///< +UUWLD reason: the host took the network down
constexpr int kMaxConfigId = 9;     // RS: "up to 10 different Wi-Fi networks", ids 0-9

bool isPsk(const QByteArray &v)
{
    return v.size() == 64 && QByteArray::fromHex(v).toHex() == v.toLower();
}

// WPA2 PSK: PBKDF2-HMAC-SHA1(passphrase, SSID, 4096 rounds, 32 bytes) as 64 hex digits.
QByteArray pskFor(const QByteArray &ssid, const QByteArray &passphrase)
{
    if (isPsk(passphrase))
        return passphrase.toLower();
    unsigned char out[32];
    if (PKCS5_PBKDF2_HMAC_SHA1(passphrase.constData(), int(passphrase.size()),
                               reinterpret_cast<const unsigned char *>(ssid.constData()), int(ssid.size()), 4096,
                               sizeof out, out) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex();
}

} // namespace

void Module::cmdUwsc(const Command &c)
{
    const QList<QByteArray> &p = c.params;
    bool ok = false, tOk = false;
    const int cfg = p.value(0).trimmed().toInt(&ok);
    const int tag = p.value(1).trimmed().toInt(&tOk);
    if (!ok || !tOk || cfg < 0 || cfg > kMaxConfigId || p.size() < 2 || p.size() > 3)
        return replyError(c.edm);
    static const QList<int> known = {0, 2, 5, 8, 100, 101, 102, 103, 104, 105, 106, 200, 300, 301};
    if (!known.contains(tag))
        return replyError(c.edm);
    const QMap<int, QByteArray> config = m_active.wifi.value(cfg);
    if (p.size() == 2) {
        QByteArray v = config.value(tag, tag == 5 ? "1" : tag == 100 ? "2" : tag == 0 ? "0" : "");
        if (tag == 2 || tag == 8)
            v = '"' + (tag == 8 ? QByteArray() : v) + '"'; // the passphrase is never read back
        return reply("+UWSC:" + QByteArray::number(cfg) + ',' + QByteArray::number(tag) + ',' + v, true, c.edm);
    }
    // An active configuration is not changed under the link (deactivate it first).
    if (cfg == m_wifiConfig && m_wifi != Wifi::Off)
        return replyError(c.edm);
    const QByteArray value = unquote(p[2]);
    if (tag == 2 && value.size() > 32)
        return replyError(c.edm);
    if (tag == 5 && value != "1" && value != "2" && value != "6" && value != "7")
        return replyError(c.edm);
    if (tag == 8 && !value.isEmpty() && (value.size() < 8 || value.size() > 64))
        return replyError(c.edm);
    if (tag == 0 && value != "0" && value != "1")
        return replyError(c.edm);
    m_active.wifi[cfg][tag] = value;
    settingsChanged();
    reply({}, true, c.edm);
}

bool Module::wifiValid(int cfg) const
{
    const QMap<int, QByteArray> config = m_active.wifi.value(cfg);
    return !config.value(2).isEmpty() && (config.value(5, "1") == "1" || config.value(8).size() >= 8);
}

void Module::derivePsk(int cfg)
{
    QMap<int, QByteArray> &config = m_active.wifi[cfg];
    if (config.value(5, "1") != "1" && config.contains(8))
        config[8] = pskFor(config.value(2), config.value(8));
}

void Module::cmdUwsca(const Command &c)
{
    const QList<QByteArray> &p = c.params;
    const bool edm = c.edm;
    bool ok = false, aOk = false;
    const int cfg = p.value(0).trimmed().toInt(&ok);
    const int action = p.value(1).trimmed().toInt(&aOk);
    if (!ok || !aOk || cfg < 0 || cfg > kMaxConfigId || p.size() != 2 || action < 0 || action > 4)
        return replyError(edm);
    const bool isActive = cfg == m_wifiConfig && m_wifi != Wifi::Off;
    switch (action) {
    case 0: // reset to defaults (run-time memory; AT&W then no longer stores it)
        if (isActive)
            return replyError(edm);
        m_active.wifi.remove(cfg);
        settingsChanged();
        return reply({}, true, edm);
    case 1: { // store: validate, derive the PSK, write this configuration to flash
        if (!wifiValid(cfg))
            return replyError(edm);
        derivePsk(cfg);
        Settings flash = m_stored;
        flash.wifi[cfg] = m_active.wifi.value(cfg);
        commit(flash);
        settingsChanged();
        return replyAfter(m_opt.latency.settingsWrite, {}, true, edm);
    }
    case 2: // load from flash
        if (isActive)
            return replyError(edm);
        if (m_stored.wifi.contains(cfg))
            m_active.wifi[cfg] = m_stored.wifi.value(cfg);
        else
            m_active.wifi.remove(cfg);
        settingsChanged();
        return reply({}, true, edm);
    case 3: // activate: one configuration at a time
        if (!wifiValid(cfg) || m_wifi != Wifi::Off)
            return replyError(edm);
        derivePsk(cfg);
        m_wifiConfig = cfg;
        replyAfter(m_opt.latency.wifiActivate, {}, true, edm);
        wifiJoin();
        return;
    case 4: // deactivate the active one
        if (!isActive)
            return replyError(edm);
        reply({}, true, edm);
        // Down at once for the next command (a new activation is accepted after this OK); the
        // URCs follow the OK (same delay, scheduled after it).
        m_wifiConfig = -1;
        later(m_opt.latency.command, [this] { wifiDown(kNetworkDisabled); });
        return;
    }
}

void Module::commit(const Settings &settings)
{
    m_stored = settings;
    // The wifi-startup-off fault: a flash that keeps the configurations but not their start-up flag.
    if (m_faults.active(FaultKind::WifiStartupOff)) {
        for (auto &config : m_stored.wifi)
            config[0] = "0";
    }
    saveState();
}

// --state-file: {"format":"uxsim-state","version":1,"wifi":[{"id":1,"tags":{"0":"1","2":"ssid",...}}]}.
// Only Wi-Fi configurations are kept across uxsim runs (their passphrases as the derived PSK, like
// the module's flash); everything else starts from the options.
bool Module::loadState(QString *error)
{
    if (m_opt.statePath.isEmpty())
        return true;
    QFile f(m_opt.statePath);
    if (!f.exists())
        return true; // a new module: its flash is empty until something is stored
    const auto bad = [&](const QString &why) {
        *error = QCoreApplication::translate("uxsim", "--state-file %1: %2").arg(m_opt.statePath, why);
        return false;
    };
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
        return bad(QCoreApplication::translate("uxsim", "cannot be read (or larger than 1 MiB)"));
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &pe).object();
    if (pe.error != QJsonParseError::NoError || o.value(u"format").toString() != u"uxsim-state")
        return bad(QCoreApplication::translate("uxsim", "not a uxsim state file"));
    for (const QJsonValue &v : o.value(u"wifi").toArray()) {
        const int id = v[u"id"].toInt(-1);
        if (id < 0 || id > kMaxConfigId)
            return bad(QCoreApplication::translate("uxsim", "a Wi-Fi configuration id must be 0 to 9"));
        const QJsonObject tags = v[u"tags"].toObject();
        for (auto it = tags.begin(); it != tags.end(); ++it)
            m_stored.wifi[id][it.key().toInt()] = it.value().toString().toUtf8();
    }
    m_active.wifi = m_stored.wifi;
    return true;
}

void Module::saveState()
{
    if (m_opt.statePath.isEmpty())
        return;
    QJsonArray configs;
    for (auto it = m_stored.wifi.cbegin(); it != m_stored.wifi.cend(); ++it) {
        QJsonObject tags;
        for (auto t = it.value().cbegin(); t != it.value().cend(); ++t)
            tags.insert(QString::number(t.key()), QString::fromUtf8(t.value()));
        configs.append(QJsonObject{{QStringLiteral("id"), it.key()}, {QStringLiteral("tags"), tags}});
    }
    QSaveFile f(m_opt.statePath);
    if (!f.open(QIODevice::WriteOnly)) {
        trace("--", "cannot write the state file " + m_opt.statePath.toUtf8());
        return;
    }
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("uxsim-state")},
                                      {QStringLiteral("version"), 1},
                                      {QStringLiteral("wifi"), configs}})
                .toJson());
    if (!f.commit())
        trace("--", "cannot write the state file " + m_opt.statePath.toUtf8());
    // The module's flash holds the PSKs: the file is the owner's only (a replaced file keeps this).
    QFile::setPermissions(m_opt.statePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void Module::wifiJoin()
{
    m_wifi = Wifi::Joining;
    const quint64 generation = ++m_wifiGeneration;
    const QMap<int, QByteArray> config = m_active.wifi.value(m_wifiConfig);
    const QByteArray ssid = config.value(2);
    const QByteArray psk = config.value(8);
    const bool open = config.value(5, "1") == "1";
    later(m_opt.latency.wifiActivate + m_opt.latency.wifiJoin, [this, generation, ssid, psk, open] {
        if (m_wifi != Wifi::Joining || generation != m_wifiGeneration)
            return;
        const Network *net = nullptr;
        for (const Network &n : std::as_const(m_opt.networks)) {
            if (n.ssid == ssid)
                net = &n;
        }
        if (!net)
            return; // an SSID nobody broadcasts never links; the module keeps scanning
        const bool passOk = open ? net->passphrase.isEmpty()
                                 : (!net->passphrase.isEmpty() && pskFor(net->ssid, net->passphrase) == psk);
        if (!passOk || m_faults.active(FaultKind::WifiAuthFail)) {
            m_wifi = Wifi::Off;
            m_wifiConfig = -1;
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
    m_wifiConfig = -1;
    ++m_wifiGeneration;
    m_ipv4.clear();
    m_ipv6 = false;
    m_resolvedNames.clear();
    // A configuration taken down by the host before its link came up: +UUWLD or silence (the
    // sources do not say; --disable-urc).
    if (wasUp || reason != kNetworkDisabled || m_opt.disableUrcAlways)
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
