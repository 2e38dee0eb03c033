#include "module/moduleclient.h"

#include "at/atresponse.h"
#include "common/logging.h"

#include <QDeadlineTimer>

using namespace std::chrono_literals;

namespace module {

namespace {

// The module's answer lines: "+GMM:x", "\"NINA-W152\"" or "NINA-W152" -> NINA-W152.
QString plainValue(const QByteArray &line)
{
    QByteArray v = line;
    if (v.startsWith('+')) {
        const qsizetype colon = v.indexOf(':');
        if (colon > 0)
            v = v.mid(colon + 1);
    }
    v = v.trimmed();
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    return QString::fromLatin1(v);
}

// Quotes an AT string parameter (SSID, passphrase, names).
QByteArray quoted(const QByteArray &value)
{
    return '"' + value + '"';
}

QString storeKey(int type, const QString &name)
{
    return QString::number(type) + u'/' + name;
}

} // namespace

ModuleClient::ModuleClient(ModuleLink *link, QString port, Settings settings, QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_settings(settings)
{
    qRegisterMetaType<ModuleStatus>();
    m_link->setParent(this);
    m_status.port = std::move(port);
    m_status.baud = m_link->transport()->baudRate();
    connect(m_link, &ModuleLink::modeChanged, this, [this](ModuleLink::Mode mode) {
        m_status.mode = mode;
        publishStatus();
    });
    connect(m_link, &ModuleLink::urcReceived, this, &ModuleClient::onUrc);
    connect(m_link, &ModuleLink::dataReceived, this, [this](quint8 channel, const QByteArray &data) {
        push({Event::Kind::Data, -1, channel, -1, data});
    });
    connect(m_link, &ModuleLink::peerConnected, this, [this](const ModuleLink::Peer &p) {
        ModuleStatus::Peer *known = m_status.peer(p.handle);
        ModuleStatus::Peer record = known ? *known : ModuleStatus::Peer{};
        record.handle = p.handle;
        record.channel = p.channel;
        if (record.host.isEmpty())
            record.host = QStringLiteral("%1:%2").arg(QString::fromLatin1(p.info.remoteAddress)).arg(p.info.remotePort);
        record.state = ModuleStatus::PeerState::Connected;
        m_status.setPeer(record);
        publishStatus();
        push({Event::Kind::PeerUp, p.handle, p.channel});
    });
    connect(m_link, &ModuleLink::peerDisconnected, this, [this](int handle) {
        if (ModuleStatus::Peer *p = m_status.peer(handle))
            p->state = ModuleStatus::PeerState::Closed;
        publishStatus();
        push({Event::Kind::PeerDown, handle});
    });
    connect(m_link, &ModuleLink::channelClosed, this, [this](quint8 channel) {
        push({Event::Kind::ChannelClosed, -1, channel});
    });
    connect(m_link, &ModuleLink::startupSeen, this, [this] {
        // A restart forgets the network and every peer.
        m_networkUp = false;
        for (ModuleStatus::Peer &p : m_status.peers)
            p.state = ModuleStatus::PeerState::Closed;
        m_status.wifi = ModuleStatus::Wifi::Unknown;
        m_status.ipv4.clear();
        publishStatus();
    });
    connect(m_link, &ModuleLink::lost, this, [this] {
        if (m_eventWaiter)
            m_eventWaiter->complete(true);
    });
}

ModuleClient::~ModuleClient()
{
    m_eventWaiter = nullptr;
}

void ModuleClient::setLastError(const QString &error)
{
    m_status.lastError = error;
    publishStatus();
}

void ModuleClient::publishStatus()
{
    emit statusChanged(m_status);
}

// -- plumbing ------------------------------------------------------------------------------------

coro::Task<void> ModuleClient::waitFor(AtReply *reply)
{
    if (reply->isFinished())
        co_return;
    // The reply has its own deadline; this one only guards against a link that forgets it.
    coro::Waiter<bool> w(reply->command().timeout + 30s);
    w.on(reply, &AtReply::finished, [&w] { w.complete(true); });
    co_await w;
}

coro::Task<AtReply *> ModuleClient::command(AtCommand c)
{
    for (int attempt = 0;; ++attempt) {
        AtReply *r = m_link->send(c);
        co_await waitFor(r);
        if (r->error().code == LinkError::Code::Timeout && attempt < m_settings.commandRetries && c.upload.isEmpty()) {
            qCInfo(lcJob) << "retrying" << c.name;
            continue;
        }
        co_return r;
    }
}

Failure ModuleClient::failure(const AtReply *reply, const QString &what)
{
    if (!reply->isFinished())
        return {Failure::Kind::Link, LinkError::Code::Timeout, tr("%1: the link did not answer at all").arg(what)};
    const LinkError &e = reply->error();
    switch (e.code) {
    case LinkError::Code::ErrorResponse:
        return {Failure::Kind::Refused, e.code, e.message};
    case LinkError::Code::ProtocolError:
        return {Failure::Kind::BadAnswer, e.code, e.message};
    case LinkError::Code::PortClosed:
    case LinkError::Code::ModuleRestarted:
        return {Failure::Kind::Link, e.code, e.message};
    default:
        return {Failure::Kind::Link, e.code, what.isEmpty() ? e.message : what + QLatin1String(": ") + e.message};
    }
}

void ModuleClient::push(Event e)
{
    if (m_events.size() > 512)
        m_events.removeFirst();
    m_events.append(std::move(e));
    if (m_eventWaiter)
        m_eventWaiter->complete(true);
}

void ModuleClient::onUrc(const QByteArray &line)
{
    if (const auto up = at::WifiLinkUp::parse(line)) {
        if (m_status.wifi != ModuleStatus::Wifi::Up)
            m_status.wifi = ModuleStatus::Wifi::Associated;
        m_status.wifiDownReason = -1;
        push({Event::Kind::WifiUp});
    } else if (const auto down = at::WifiLinkDown::parse(line)) {
        m_networkUp = false;
        m_status.wifi = ModuleStatus::Wifi::Down;
        m_status.wifiDownReason = down->reason;
        m_status.ipv4.clear();
        push({Event::Kind::WifiDown, -1, -1, down->reason});
    } else if (const auto net = at::NetworkEvent::parse(line)) {
        m_networkUp = net->up;
        if (!net->up) {
            m_status.ipv4.clear();
            if (m_status.wifi == ModuleStatus::Wifi::Up)
                m_status.wifi = ModuleStatus::Wifi::Associated;
        }
        push({net->up ? Event::Kind::NetworkUp : Event::Kind::NetworkDown});
    } else {
        return;
    }
    publishStatus();
}

coro::Task<std::optional<Event>> ModuleClient::nextEvent(std::function<bool(const Event &)> match,
                                                         std::chrono::milliseconds deadline)
{
    QDeadlineTimer until(deadline);
    for (;;) {
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            if (match(m_events[i]))
                co_return m_events.takeAt(i);
        }
        if (m_link->mode() == ModuleLink::Mode::Closed || until.hasExpired())
            co_return std::nullopt;
        coro::Waiter<bool> w(std::chrono::milliseconds(qMax<qint64>(1, until.remainingTime())));
        m_eventWaiter = &w;
        const auto woke = co_await w;
        m_eventWaiter = nullptr;
        if (!woke)
            co_return std::nullopt;
    }
}

void ModuleClient::dropEvents(std::function<bool(const Event &)> match)
{
    m_events.removeIf(match);
}

// -- session -------------------------------------------------------------------------------------

coro::Task<Result<>> ModuleClient::open()
{
    const LinkError e = m_link->open();
    if (e.isError())
        co_return Failure{Failure::Kind::Link, e.code, e.message};
    AtReply *probe = m_link->probe();
    co_await waitFor(probe);
    if (!probe->isOk())
        co_return failure(probe, {});
    co_return {};
}

void ModuleClient::close()
{
    m_link->close();
}

coro::Task<Result<ModuleInfo>> ModuleClient::identify(bool readSerial)
{
    ModuleInfo info;
    AtReply *r = co_await command(AtCommand::make("AT+GMM", tr("read the model"), m_settings.command));
    if (!r->isOk())
        co_return failure(r, tr("reading the model"));
    info.model = plainValue(r->line());
    r = co_await command(AtCommand::make("AT+GMR", tr("read the firmware version"), m_settings.command));
    if (!r->isOk())
        co_return failure(r, tr("reading the firmware version"));
    info.firmware = plainValue(r->line());
    AtCommand mac = AtCommand::make("AT+UMLA=2", tr("read the Wi-Fi MAC address"), m_settings.command);
    mac.answerPrefix = "+UMLA:";
    r = co_await command(mac);
    if (!r->isOk())
        co_return failure(r, tr("reading the MAC address"));
    const auto parsed = at::MacAddress::parse(r->line("+UMLA"));
    if (!parsed)
        co_return Failure{Failure::Kind::BadAnswer, LinkError::Code::None,
                          tr("the module's MAC address answer makes no sense: %1").arg(QString::fromLatin1(r->line()))};
    info.mac = QString::fromLatin1(parsed->mac);
    if (readSerial) {
        r = co_await command(AtCommand::make("AT+GSN", tr("read the serial number"), m_settings.command));
        if (r->isOk())
            info.serial = plainValue(r->line());
    }
    m_status.module = info;
    publishStatus();
    co_return info;
}

coro::Task<Result<>> ModuleClient::restart()
{
    AtCommand off = AtCommand::make("AT+CPWROFF", tr("restart"), m_settings.command);
    off.restartsModule = true;
    AtReply *r = co_await command(off);
    if (!r->isOk())
        co_return failure(r, tr("restarting"));
    AtReply *up = m_link->waitForStartup(m_settings.boot);
    co_await waitFor(up);
    if (!up->isOk())
        co_return failure(up, tr("waiting for the module to start"));
    co_return {};
}

coro::Task<Result<>> ModuleClient::factoryReset()
{
    AtReply *r = co_await command(AtCommand::make("AT+UFACTORY", tr("factory reset"), m_settings.command));
    if (!r->isOk())
        co_return failure(r, tr("factory reset"));
    co_return co_await restart();
}

coro::Task<Result<>> ModuleClient::saveSettings()
{
    AtReply *r = co_await command(AtCommand::make("AT&W", tr("save settings"), m_settings.command));
    if (!r->isOk())
        co_return failure(r, tr("saving the settings"));
    co_return {};
}

coro::Task<Result<>> ModuleClient::enterEdm()
{
    AtReply *r = m_link->enterEdm(m_settings.command);
    co_await waitFor(r);
    if (!r->isOk())
        co_return failure(r, tr("entering EDM"));
    co_return {};
}

coro::Task<Result<qint32>> ModuleClient::switchBaudRate(qint32 baud)
{
    // A port that cannot change its rate (a scripted test transport) must not send the module off.
    Transport *port = m_link->transport();
    if (!port->setBaudRate(port->baudRate()))
        co_return Failure{Failure::Kind::Refused, LinkError::Code::None,
                          tr("the port %1 cannot change its rate").arg(port->name())};
    AtCommand query = AtCommand::make("AT+UMRS?", tr("read the UART settings"), m_settings.command);
    query.answerPrefix = "+UMRS:";
    AtReply *r = co_await command(query);
    if (!r->isOk())
        co_return failure(r, tr("reading the UART settings"));
    // +UMRS:<baud>,<flow_control>,<data_bits>,<stop_bits>,<parity>,<change_after_confirm>
    const QList<QByteArray> now = at::Response::parse(r->line("+UMRS")).params;
    bool ok = now.size() >= 5;
    const qint32 before = ok ? now[0].trimmed().toInt(&ok) : 0;
    if (!ok)
        co_return Failure{Failure::Kind::BadAnswer, LinkError::Code::None,
                          tr("the module's UART settings make no sense: %1").arg(QString::fromLatin1(r->line()))};
    if (before == baud)
        co_return before;
    // change_after_confirm 1: the module answers OK at the old rate and switches once it has left;
    // the port follows after reading it (nothing else is on the line then).
    const QByteArray text = "AT+UMRS=" + QByteArray::number(baud) + ',' + now[1].trimmed() + ',' + now[2].trimmed() +
                            ',' + now[3].trimmed() + ',' + now[4].trimmed() + ",1";
    r = co_await command(AtCommand::make(text, tr("switch the line to %1 baud").arg(baud), m_settings.command));
    if (!r->isOk())
        co_return failure(r, tr("switching the line to %1 baud").arg(baud));
    if (!port->setBaudRate(baud))
        co_return Failure{Failure::Kind::Link, LinkError::Code::None,
                          tr("the port cannot follow the module to %1 baud").arg(baud)};
    m_status.baud = baud;
    publishStatus();
    co_return before;
}

// -- certificate store ---------------------------------------------------------------------------

coro::Task<Result<std::optional<QString>>> ModuleClient::storedMd5(int type, QString name, QString expectedMd5)
{
    if (!expectedMd5.isEmpty())
        m_expectedMd5.insert(storeKey(type, name), expectedMd5);
    const QByteArray text = "AT+USECMNG=4," + QByteArray::number(type) + ',' + quoted(name.toUtf8());
    AtReply *q = co_await command(AtCommand::make(text, tr("check %1 on the module").arg(name), m_settings.command));
    if (!q->isOk()) {
        if (q->error().code == LinkError::Code::ErrorResponse)
            co_return std::optional<QString>(); // no such object
        co_return failure(q, tr("checking %1").arg(name));
    }
    const auto have = at::SecurityObject::parse(q->line("+USECMNG"));
    if (!have)
        co_return std::optional<QString>();
    const QString md5 = QString::fromLatin1(have->md5);
    const QString expected = m_expectedMd5.value(storeKey(type, name));
    using Check = ModuleStatus::CertificateCheck;
    m_status.setCertificate({type, name, md5,
                             expected.isEmpty()                                ? Check::NotChecked
                             : expected.compare(md5, Qt::CaseInsensitive) == 0 ? Check::Matches
                                                                               : Check::Differs});
    publishStatus();
    co_return std::optional<QString>(md5);
}

coro::Task<Result<>> ModuleClient::importObject(int type, QString name, QByteArray pem, QString expectedMd5,
                                                bool secret)
{
    m_expectedMd5.insert(storeKey(type, name), expectedMd5);
    AtCommand c = AtCommand::make("AT+USECMNG=0," + QByteArray::number(type) + ',' + quoted(name.toUtf8()) + ',' +
                                      QByteArray::number(pem.size()),
                                  tr("upload %1").arg(name), m_settings.upload);
    c.upload = pem;
    c.uploadIsSecret = secret;
    c.answerPrefix = "+USECMNG:";
    AtReply *r = co_await command(c);
    if (!r->isOk())
        co_return failure(r, tr("uploading %1").arg(name));
    const auto stored = at::SecurityObject::parse(r->line("+USECMNG"));
    if (!stored)
        co_return Failure{Failure::Kind::BadAnswer, LinkError::Code::None,
                          tr("the module did not report the MD5 of %1").arg(name)};
    const QString md5 = QString::fromLatin1(stored->md5);
    const bool matches = md5.compare(expectedMd5, Qt::CaseInsensitive) == 0;
    m_status.setCertificate(
        {type, name, md5, matches ? ModuleStatus::CertificateCheck::Matches : ModuleStatus::CertificateCheck::Differs});
    publishStatus();
    if (!matches)
        co_return Failure{
            Failure::Kind::Mismatch, LinkError::Code::None,
            tr("the module stored %1 with MD5 %2, expected %3 (damaged in transfer)").arg(name, md5, expectedMd5)};
    co_return {};
}

// -- Wi-Fi ---------------------------------------------------------------------------------------

coro::Task<Result<ModuleClient::WifiState>> ModuleClient::wifiState()
{
    AtCommand c = AtCommand::make("AT+UWSSTAT=3", tr("read the Wi-Fi status"), m_settings.command);
    c.answerPrefix = "+UWSSTAT:";
    AtReply *r = co_await command(c);
    if (!r->isOk())
        co_return failure(r, tr("reading the Wi-Fi status"));
    const QByteArray state = at::Response::parse(r->line("+UWSSTAT")).params.value(1).trimmed();
    co_return state == "2"            ? WifiState::Connected
    : state.isEmpty() || state == "0" ? WifiState::Disabled
                                      : WifiState::Connecting;
}

coro::Task<Result<>> ModuleClient::configureWifi(WifiSettings s)
{
    const QByteArray id = QByteArray::number(s.configId);
    QList<AtCommand> setup;
    setup << AtCommand::make("AT+UWSC=" + id + ",2," + quoted(s.ssid.toUtf8()), tr("set the SSID"), m_settings.command);
    setup << AtCommand::make("AT+UWSC=" + id + (s.open ? ",5,1" : ",5,2"), tr("set the security"), m_settings.command);
    if (!s.open) {
        AtCommand pass = AtCommand::make("AT+UWSC=" + id + ",8," + quoted(s.passphrase), tr("set the passphrase"),
                                         m_settings.command);
        pass.redactedText = "AT+UWSC=" + id + ",8,\"********\"";
        pass.secrets = {s.passphrase};
        setup << pass;
    }
    setup << AtCommand::make("AT+UWSC=" + id + (s.autoJoin ? ",0,1" : ",0,0"), tr("set auto-join"), m_settings.command);
    if (s.store)
        setup << AtCommand::make("AT+UWSCA=" + id + ",1", tr("store the Wi-Fi settings"), m_settings.command);
    s.passphrase.fill('\0');
    for (AtCommand &c : setup) {
        AtReply *r = co_await command(c);
        c.text.fill('\0');
        if (!r->isOk())
            co_return failure(r, c.name);
    }
    co_return {};
}

coro::Task<Result<>> ModuleClient::activateWifi(int configId)
{
    dropEvents([](const Event &e) {
        return e.kind == Event::Kind::WifiUp || e.kind == Event::Kind::WifiDown || e.kind == Event::Kind::NetworkUp ||
               e.kind == Event::Kind::NetworkDown;
    });
    AtReply *r = co_await command(
        AtCommand::make("AT+UWSCA=" + QByteArray::number(configId) + ",3", tr("activate Wi-Fi"), m_settings.command));
    if (!r->isOk())
        co_return failure(r, tr("activating Wi-Fi"));
    co_return {};
}

coro::Task<Result<>> ModuleClient::deactivateWifi(int configId)
{
    AtReply *r = co_await command(
        AtCommand::make("AT+UWSCA=" + QByteArray::number(configId) + ",4", tr("deactivate Wi-Fi"), m_settings.command));
    if (!r->isOk())
        co_return failure(r, tr("deactivating Wi-Fi"));
    co_return {};
}

coro::Task<Result<>> ModuleClient::resetWifi(int configId)
{
    AtReply *r =
        co_await command(AtCommand::make("AT+UWSCA=" + QByteArray::number(configId) + ",0",
                                         tr("reset Wi-Fi configuration %1").arg(configId), m_settings.command));
    if (!r->isOk())
        co_return failure(r, tr("resetting Wi-Fi configuration %1").arg(configId));
    co_return {};
}

coro::Task<Result<>> ModuleClient::loadWifi(int configId)
{
    AtReply *r = co_await command(AtCommand::make("AT+UWSCA=" + QByteArray::number(configId) + ",2",
                                                  tr("load Wi-Fi configuration %1").arg(configId), m_settings.command));
    if (!r->isOk())
        co_return failure(r, tr("loading Wi-Fi configuration %1").arg(configId));
    co_return {};
}

coro::Task<Result<StoredWifi>> ModuleClient::readWifi(int configId)
{
    StoredWifi out;
    out.configId = configId;
    const QByteArray id = QByteArray::number(configId);
    // Tag 0 on start-up, 2 SSID, 5 authentication; never tag 8 (the passphrase).
    for (const int tag : {0, 2, 5}) {
        AtCommand c = AtCommand::make("AT+UWSC=" + id + ',' + QByteArray::number(tag),
                                      tr("read Wi-Fi configuration %1").arg(configId), m_settings.command);
        c.answerPrefix = "+UWSC:";
        AtReply *r = co_await command(c);
        if (!r->isOk())
            co_return failure(r, tr("reading Wi-Fi configuration %1").arg(configId));
        const at::Response answer = at::Response::parse(r->line("+UWSC"));
        if (answer.params.size() < 3 || at::toInt(answer.params.at(0)) != configId ||
            at::toInt(answer.params.at(1)) != tag)
            co_return Failure{Failure::Kind::BadAnswer, LinkError::Code::None,
                              tr("the module answered \"%1\" when asked for tag %2 of Wi-Fi configuration %3")
                                  .arg(QString::fromLatin1(r->line("+UWSC")))
                                  .arg(tag)
                                  .arg(configId)};
        // The SSID may hold commas: everything after "<id>,<tag>," is the value.
        const QByteArray value = answer.params.mid(2).join(',');
        if (tag == 0)
            out.onStartup = value.trimmed() == "1";
        else if (tag == 2)
            out.ssid = QString::fromUtf8(value);
        else
            out.authentication = at::toInt(value.trimmed()).value_or(-1);
    }
    co_return out;
}

coro::Task<Result<>> ModuleClient::storeWifi(int configId)
{
    AtReply *r = co_await command(AtCommand::make("AT+UWSCA=" + QByteArray::number(configId) + ",1",
                                                  tr("store the Wi-Fi settings"), m_settings.command));
    if (!r->isOk())
        co_return failure(r, tr("storing the Wi-Fi settings"));
    co_return {};
}

coro::Task<Result<QString>> ModuleClient::ipv4Address()
{
    AtCommand c = AtCommand::make("AT+UNSTAT=0,101", tr("read the IPv4 address"), m_settings.command);
    c.answerPrefix = "+UNSTAT:";
    AtReply *r = co_await command(c);
    if (!r->isOk())
        co_return failure(r, tr("reading the IPv4 address"));
    QString address = QString::fromLatin1(at::Response::parse(r->line("+UNSTAT")).params.value(2));
    if (address == QLatin1String("0.0.0.0"))
        address.clear();
    m_status.ipv4 = address;
    if (!address.isEmpty())
        m_status.wifi = ModuleStatus::Wifi::Up;
    publishStatus();
    co_return address;
}

// -- peers ---------------------------------------------------------------------------------------

coro::Task<Result<Peer>> ModuleClient::connectPeer(azure::UdcpUrlBuilder url, QString what, QString host,
                                                   std::chrono::milliseconds deadline)
{
    // No network, no peer: a real module cannot connect without one, and its answer would only
    // blame the cloud.
    if (!m_networkUp)
        co_return Failure{Failure::Kind::NetworkDown, LinkError::Code::None,
                          tr("%1 cannot be opened: the module has no network").arg(what)};
    QString error;
    const auto plan = url.build(m_caps.limits, &error);
    if (!plan)
        co_return Failure{Failure::Kind::Configuration, LinkError::Code::None, tr("%1: %2").arg(what, error)};
    for (const azure::UdcpCommand &udv : plan->udvCommands) {
        AtCommand c = AtCommand::make(udv.line, tr("store a URL value for %1").arg(what), m_settings.command);
        if (udv.secret) {
            const qsizetype comma = udv.line.indexOf(',');
            c.redactedText = udv.line.left(comma + 1) + "********";
            c.secrets = {udv.line.mid(comma + 1)};
        }
        AtReply *r = co_await command(c);
        if (!r->isOk())
            co_return failure(r, c.name);
    }
    AtCommand udcp = AtCommand::make(plan->udcpCommand.line, tr("connect %1").arg(what), m_settings.command);
    udcp.answerPrefix = "+UDCP:";
    AtReply *r = co_await command(udcp);
    if (!r->isOk())
        co_return failure(r, tr("connecting %1").arg(what));
    const auto created = at::PeerCreated::parse(r->line("+UDCP"));
    if (!created)
        co_return Failure{Failure::Kind::BadAnswer, LinkError::Code::None,
                          tr("connecting %1: no peer handle in the answer").arg(what)};
    const int handle = created->peerHandle;
    ModuleStatus::Peer record;
    record.handle = handle;
    record.host = host;
    record.what = what;
    m_status.setPeer(record);
    publishStatus();
    const auto e = co_await nextEvent(
        [handle](const Event &e) {
            return ((e.kind == Event::Kind::PeerUp || e.kind == Event::Kind::PeerDown) && e.handle == handle) ||
                   e.kind == Event::Kind::NetworkDown || e.kind == Event::Kind::WifiDown;
        },
        deadline);
    if (e && e->kind == Event::Kind::PeerUp)
        co_return Peer{handle, e->channel};
    if (m_link->mode() == ModuleLink::Mode::Closed)
        co_return Failure{Failure::Kind::Link, LinkError::Code::PortClosed,
                          tr("the module went away while connecting %1").arg(what)};
    if (e && (e->kind == Event::Kind::NetworkDown || e->kind == Event::Kind::WifiDown))
        co_return Failure{Failure::Kind::NetworkDown, LinkError::Code::None,
                          tr("the module lost its network while connecting %1").arg(what)};
    if (e)
        co_return Failure{Failure::Kind::PeerClosed, LinkError::Code::None, tr("%1 closed the connection").arg(what)};
    co_await closePeer(Peer{handle, -1});
    co_return Failure{Failure::Kind::PeerTimeout, LinkError::Code::None,
                      tr("%1 did not connect within %2 s").arg(what).arg(deadline.count() / 1000)};
}

coro::Task<Result<>> ModuleClient::closePeer(Peer peer)
{
    if (peer.handle < 0)
        co_return {};
    AtReply *r = co_await command(
        AtCommand::make("AT+UDCPC=" + QByteArray::number(peer.handle), tr("close a peer"), m_settings.command));
    if (ModuleStatus::Peer *p = m_status.peer(peer.handle)) {
        p->state = ModuleStatus::PeerState::Closed;
        publishStatus();
    }
    if (!r->isOk())
        co_return failure(r, tr("closing a peer"));
    co_return {};
}

Result<> ModuleClient::send(Peer peer, const QByteArray &data)
{
    const LinkError e = m_link->sendData(quint8(peer.channel), data);
    if (e.isError())
        return Failure{Failure::Kind::Link, e.code, e.message};
    return {};
}

} // namespace module
