// Peers (AT+UDCP and friends): MQTT over TLS through libmosquitto, EDM connect/disconnect events
// and data events (docs/uxsim.md "Peers").

#include "module.h"

#include <QHostAddress>
#include <QSet>

namespace uxsim {

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

// mqtt://host[:port]/?key=value&... -> the peer and its MQTT configuration; nullopt: ERROR.
std::optional<Module::PeerRequest> Module::parsePeerUrl(QByteArray url) const
{
    url = unquote(url);
    const qsizetype schemeEnd = url.indexOf("://");
    if (schemeEnd < 0 || url.left(schemeEnd).toLower() != "mqtt")
        return std::nullopt; // only MQTT peers are simulated
    const QByteArray rest = url.mid(schemeEnd + 3);
    const qsizetype slash = rest.indexOf('/');
    const QByteArray hostPort = slash < 0 ? rest : rest.left(slash);
    QByteArray query = slash < 0 ? QByteArray() : rest.mid(slash + 1);
    if (query.startsWith('?'))
        query = query.mid(1);
    const qsizetype colon = hostPort.lastIndexOf(':');
    bool portOk = false;
    const int port = colon < 0 ? 1883 : hostPort.mid(colon + 1).toInt(&portOk);
    if ((colon >= 0 && !portOk) || port <= 0 || port > 65535)
        return std::nullopt;
    PeerRequest r;
    r.peer.host = colon < 0 ? hostPort : hostPort.left(colon);
    r.peer.urlPort = port;
    if (r.peer.host.isEmpty())
        return std::nullopt;
    QHash<QByteArray, QByteArray> kv;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0)
            return std::nullopt;
        kv.insert(pair.left(eq), expandUrlValues(pair.mid(eq + 1)));
    }
    if ((kv.contains("passwd") && !m_opt.persona.sasPassword) ||
        (kv.value("st").contains('#') && !m_opt.persona.hashWildcard) || kv.value("client").isEmpty())
        return std::nullopt;
    r.peer.pt = kv.value("pt");
    r.peer.st = kv.value("st");
    r.peer.qos = kv.value("qos", "0").toInt();
    r.peer.retain = kv.value("retain") == "1";
    if (r.peer.qos < 0 || r.peer.qos > 2)
        return std::nullopt;

    MqttSession::Config &cfg = r.config;
    cfg.host = r.peer.host;
    cfg.clientId = kv.value("client");
    cfg.user = kv.value("user");
    cfg.hasPassword = kv.contains("passwd");
    cfg.password = kv.value("passwd");
    cfg.keepAlive = kv.value("keepAlive", "60").toInt();
    if (cfg.keepAlive < 5)
        cfg.keepAlive = 60;
    const QByteArray caName = kv.value("ca"), certName = kv.value("cert"), keyName = kv.value("privKey");
    if (!caName.isEmpty()) {
        const CertStore::Object *o = m_store.find(CertStore::RootCa, caName);
        r.missingCredential |= !o;
        cfg.caPem = o ? o->pem : QByteArray();
    }
    if (!certName.isEmpty()) {
        const CertStore::Object *cc = m_store.find(CertStore::ClientCert, certName);
        const CertStore::Object *k = m_store.find(CertStore::PrivateKey, keyName);
        r.missingCredential |= !cc || !k;
        cfg.certPem = cc ? cc->pem : QByteArray();
        cfg.keyPem = k ? k->pem : QByteArray();
    }
    cfg.breakVerification = m_faults.active(FaultKind::TlsVerifyFail);
    r.peer.sessionKey = QString::fromLatin1(r.peer.host + '|' + cfg.clientId + '|' + cfg.user + '|' + cfg.password +
                                            '|' + caName + '|' + certName + '|' + keyName);
    return r;
}

// --resolve for peers with a client certificate, --resolve-sas (falling back to --resolve) without.
Endpoint Module::resolve(const QByteArray &host, int port, bool withClientCertificate) const
{
    if (!withClientCertificate && m_opt.resolveSas.contains(host))
        return m_opt.resolveSas.value(host);
    if (m_opt.resolve.contains(host))
        return m_opt.resolve.value(host);
    if (!QHostAddress(QString::fromLatin1(host)).isNull() || host == "localhost")
        return Endpoint{host == "localhost" ? QByteArray("127.0.0.1") : host, port};
    return Endpoint{}; // a name nobody maps: fails like a DNS failure
}

void Module::cmdUdcp(const Command &c)
{
    std::optional<PeerRequest> r = parsePeerUrl(c.args.mid(1));
    if (!r)
        return replyError(c.edm);
    if (m_ipv4.isEmpty()) // no network, no peer: no IPv4 address yet (or any more)
        return m_opt.offlinePeerError ? replyError(c.edm) : failOfflinePeer(c);
    Peer &peer = r->peer;
    MqttSession::Config &cfg = r->config;
    const Endpoint ep = resolve(peer.host, peer.urlPort, !cfg.certPem.isEmpty());
    peer.address = ep.address;
    peer.port = ep.port;
    cfg.address = ep.address;
    cfg.port = ep.port;
    peer.handle = m_nextHandle;
    m_nextHandle += 2; // the seed log shows 2 then 4 (docs/uxsim.md)
    const int handle = peer.handle;
    peer.sessionKey.prepend(QString::fromLatin1(ep.address + ':' + QByteArray::number(ep.port) + '|'));
    if (!m_opt.sharedSession)
        peer.sessionKey += u'#' + QString::number(handle);
    m_peers.insert(handle, peer);
    // The first use of a host name costs a DNS lookup before the answer (the seed log: 340 ms for
    // the first AT+UDCP, 37 ms for the second with the same name).
    const bool literal = !QHostAddress(QString::fromLatin1(peer.host)).isNull();
    const int lookup = literal || m_resolvedNames.contains(peer.host) ? 0 : m_opt.latency.dnsLookup;
    m_resolvedNames.insert(peer.host);
    const bool unreachable =
        ep.address.isEmpty() || r->missingCredential || m_faults.active(FaultKind::BrokerUnreachable);
    const bool edm = c.edm;
    later(m_opt.latency.command + lookup, [this, handle, edm, cfg = r->config, unreachable] {
        writeAnswer("+UDCP:" + QByteArray::number(handle), true, edm);
        if (!m_peers.contains(handle))
            return;
        if (unreachable) {
            later(m_opt.latency.tlsHandshake, [this, handle] {
                trace("--", "peer " + QByteArray::number(handle) + ": broker unreachable");
                dropPeer(handle, true);
            });
            return;
        }
        openSession(handle, cfg); // the TLS handshake starts once the answer is out
    });
}

// --offline-peer deferred: the module hands out a handle, then the peer fails without a connect
// event, after the time a lookup takes.
void Module::failOfflinePeer(const Command &c)
{
    Peer peer;
    peer.handle = m_nextHandle;
    m_nextHandle += 2;
    const int handle = peer.handle;
    m_peers.insert(handle, peer);
    reply("+UDCP:" + QByteArray::number(handle), true, c.edm);
    later(m_opt.latency.command + qMax(1, m_opt.latency.dnsLookup), [this, handle] {
        trace("--", "peer " + QByteArray::number(handle) + ": no network");
        dropPeer(handle, true);
    });
}

// Joins the peer to the MQTT session its key names, creating and starting it when there is none.
void Module::openSession(int handle, const MqttSession::Config &cfg)
{
    Peer &pr = m_peers[handle];
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
        if (m_mode == Mode::Edm)
            sendFrame(edm::Frame::connectEvent(connectEventFor(pr)));
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

edm::ConnectEvent Module::connectEventFor(const Peer &p)
{
    edm::ConnectEvent ev;
    ev.channel = quint8(p.channel);
    ev.kind = edm::ConnectEvent::Kind::Ipv4;
    ev.protocol = 2; // MQTT
    const quint32 ip = QHostAddress(QString::fromLatin1(p.address)).toIPv4Address();
    ev.remoteAddress = QByteArray(4, '\0');
    for (int i = 0; i < 4; ++i)
        ev.remoteAddress[i] = char((ip >> (24 - 8 * i)) & 0xFF);
    ev.remotePort = quint16(p.urlPort);
    ev.localAddress = QByteArray(4, '\0');
    ev.localPort = 0;
    return ev;
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

// A publish: the answer to it cannot arrive before the modelled round trip (DPS register answers
// take longer than the rest in the seed log).
void Module::published(const QByteArray &topic)
{
    const bool dpsRegister = topic.startsWith("$dps/registrations/PUT/iotdps-register");
    m_answerDue = m_start.elapsed() + (dpsRegister ? m_opt.latency.dpsRegisterAnswer : m_opt.latency.mqttAnswer);
}

void Module::onSessionMessage(MqttSession *s, const QByteArray &topic, const QByteArray &payload)
{
    trace("--", "MQTT message on " + topic + " (" + QByteArray::number(payload.size()) + " bytes)");
    const qint64 now = m_start.elapsed();
    qint64 due = qMax(now, m_answerDue);
    if (!m_inbox.isEmpty())
        due = qMax(due, m_inbox.last().due); // in order
    m_inbox.append(Inbound{s, topic, payload, due});
    if (!m_inboxTimer.isActive())
        m_inboxTimer.start(int(qMax<qint64>(0, m_inbox.first().due - now)));
}

void Module::deliverInbox()
{
    const qint64 now = m_start.elapsed();
    while (!m_inbox.isEmpty() && m_inbox.first().due <= now) {
        const Inbound in = m_inbox.takeFirst();
        for (const Peer &p : std::as_const(m_peers)) {
            if (!in.session || p.session != in.session || !p.ready || p.channel < 0 || p.st.isEmpty() ||
                !MqttSession::topicMatches(p.st, in.topic))
                continue;
            if (m_mode == Mode::Edm) {
                for (qsizetype off = 0; off < in.payload.size() || off == 0; off += edm::kMaxContent - 1) {
                    sendFrame(edm::Frame::dataEvent(quint8(p.channel), in.payload.mid(off, edm::kMaxContent - 1)));
                    if (in.payload.size() <= off + edm::kMaxContent - 1)
                        break;
                }
            } else if (m_mode == Mode::Data) {
                sendRaw(in.payload);
            }
        }
    }
    if (!m_inbox.isEmpty())
        m_inboxTimer.start(int(qMax<qint64>(0, m_inbox.first().due - now)));
}

void Module::cmdUdcpc(const Command &c)
{
    bool ok = false;
    const int handle = c.intParam(0, &ok);
    if (!ok || c.params.size() != 1 || !m_peers.contains(handle))
        return replyError(c.edm);
    reply({}, true, c.edm);
    later(m_opt.latency.command + 5, [this, handle] { dropPeer(handle, true); });
}

void Module::cmdListPeers(const Command &c)
{
    QList<QByteArray> lines;
    for (const Peer &peer : std::as_const(m_peers)) {
        if (peer.announced)
            lines.append("+UDLP:" + QByteArray::number(peer.handle) + ",6,0.0.0.0:0," + peer.address + ':' +
                         QByteArray::number(peer.urlPort));
    }
    reply(lines.join("\r\n"), true, c.edm);
}

} // namespace uxsim
