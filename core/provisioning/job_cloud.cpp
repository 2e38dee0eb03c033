// Job: the cloud steps. Peers through the module (AT+UDCP), the DPS registration and the IoT Hub.

#include "provisioning/job.h"
#include "provisioning/job_p.h"

#include "azure/dpsresponse.h"
#include "azure/identifiers.h"
#include "azure/mqttnames.h"
#include "azure/sas.h"
#include "common/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace std::chrono_literals;
using module::Event;
using module::Failure;

// -- peers ---------------------------------------------------------------------------------------

azure::UdcpUrlBuilder Job::mqttUrl(const CloudEndpoint &e) const
{
    azure::UdcpUrlBuilder b(QStringLiteral("mqtt"), e.host, quint16(e.port));
    b.add(QStringLiteral("client"), e.clientId);
    b.add(QStringLiteral("user"), e.user);
    if (!e.password.isEmpty())
        b.add(QStringLiteral("passwd"), e.password, true);
    return b;
}

coro::Task<std::optional<module::Peer>> Job::connectPeer(azure::UdcpUrlBuilder url, QString what,
                                                         CloudEndpoint endpoint, Cause refused)
{
    url.add(QStringLiteral("encr"), QStringLiteral("3"));
    url.add(QStringLiteral("keepAlive"), QStringLiteral("60"));
    url.add(QStringLiteral("ca"), m_profile.certificates.caName);
    if (m_profile.usesX509()) {
        url.add(QStringLiteral("cert"), m_profile.certificates.certName);
        url.add(QStringLiteral("privKey"), m_profile.certificates.keyName);
    }
    const int attempts = 1 + m_profile.retries.peer;
    for (int attempt = 1;; ++attempt) {
        const auto peer = co_await m_client->connectPeer(url, what, endpoint.display(), ms(m_profile.timeouts.peerMs));
        if (peer)
            co_return *peer;
        const Failure &f = peer.error();
        const bool retryable = f.kind == Failure::Kind::PeerClosed || f.kind == Failure::Kind::PeerTimeout;
        if (!retryable) {
            fail(f, Cause::PeerConnect);
            co_return std::nullopt;
        }
        if (attempt >= attempts) {
            // The module only says that the peer did not connect: the station looks for itself.
            co_await failFromProbe(endpoint, refused, f.message);
            co_return std::nullopt;
        }
        qCInfo(lcJob) << "peer attempt" << attempt << "failed:" << f.message << "- retrying";
        co_await coro::delay(1s);
    }
}

coro::Task<azure::EndpointProbe::Verdict> Job::probeEndpoint(CloudEndpoint endpoint)
{
    azure::EndpointProbe::Target t;
    t.host = endpoint.host;
    t.port = quint16(endpoint.port);
    if (const auto route = m_setup.probeRoutes.constFind(endpoint.host); route != m_setup.probeRoutes.cend()) {
        t.dialAddress = route->first;
        t.dialPort = route->second;
    }
    t.clientId = endpoint.clientId;
    t.user = endpoint.user;
    t.password = endpoint.password.toUtf8();
    t.roots = QSslCertificate::fromData(m_rootPem, QSsl::Pem);
    if (m_profile.usesX509()) {
        t.clientCertificate = QSslCertificate::fromData(m_certPem, QSsl::Pem).value(0);
        t.clientKeyPem = m_keyPem;
    }
    t.deadline = ms(qBound(1000, m_profile.timeouts.peerMs, 10000));
    azure::EndpointProbe probe;
    coro::Waiter<azure::EndpointProbe::Verdict> w(t.deadline + 5s);
    w.on(&probe, &azure::EndpointProbe::finished, [&w](const azure::EndpointProbe::Verdict &v) { w.complete(v); });
    probe.start(std::move(t));
    const auto verdict = co_await w;
    co_return verdict
        ? *verdict
        : azure::EndpointProbe::Verdict{azure::EndpointProbe::Verdict::Kind::Unreachable,
                                        tr("the station's check of %1 did not finish").arg(endpoint.display())};
}

coro::Task<bool> Job::failFromProbe(CloudEndpoint endpoint, Cause refused, QString moduleSaid, Cause accepted)
{
    using Kind = azure::EndpointProbe::Verdict::Kind;
    const azure::EndpointProbe::Verdict v = co_await probeEndpoint(endpoint);
    switch (v.kind) {
    case Kind::Unreachable:
        co_return fail(Cause::BrokerUnreachable, tr("%1; the station checked: %2").arg(moduleSaid, v.detail));
    case Kind::Untrusted:
        co_return fail(Cause::Tls, tr("%1; the station checked: %2").arg(moduleSaid, v.detail));
    case Kind::Refused:
        co_return fail(refused, tr("%1; the station checked: %2").arg(moduleSaid, v.detail));
    case Kind::Accepted:
        break;
    }
    if (accepted != Cause::BrokerUnreachable)
        co_return fail(
            accepted,
            tr("%1, although %2 accepts the device when the station connects").arg(moduleSaid, endpoint.display()));
    co_return fail(Cause::BrokerUnreachable,
                   tr("%1, but %2 accepts the device from the station: the module's network does not reach it "
                      "(a firewall or proxy between the module's Wi-Fi and Azure?)")
                       .arg(moduleSaid, endpoint.display()));
}

bool Job::send(module::Peer peer, const QByteArray &data)
{
    const auto sent = m_client->send(peer, data);
    if (!sent)
        return fail(sent.error(), Cause::EdmFailed);
    return true;
}

coro::Task<std::optional<Event>> Job::awaitCloud(module::Peer peer, std::chrono::milliseconds deadline,
                                                 bool *networkLost)
{
    const auto e = co_await m_client->nextEvent(
        [peer](const Event &e) {
            return (e.kind == Event::Kind::Data && e.channel == peer.channel) ||
                   (e.kind == Event::Kind::PeerDown && e.handle == peer.handle) || jobdetail::isNetworkLoss(e);
        },
        deadline);
    *networkLost = e && jobdetail::isNetworkLoss(*e);
    co_return e;
}

// -- DPS -----------------------------------------------------------------------------------------

coro::Task<bool> Job::dps()
{
    beginStep(Step::Dps, tr("registering with the Device Provisioning Service"));
    const QString scope = m_profile.dps.idScope;
    const qint64 expiry = QDateTime::currentSecsSinceEpoch() + m_profile.hub.sasValiditySeconds;
    QString token;
    if (m_profile.usesSymmetricKey()) {
        QString error;
        if (m_profile.flow == Profile::Flow::DpsSymmetric) {
            const auto derived =
                azure::deriveDeviceKey(QString::fromUtf8(secret(m_profile.dps.groupKeySecret)), m_id, &error);
            if (!derived)
                co_return fail(Cause::SecretInvalid, tr("the DPS group key: %1").arg(error));
            m_derivedKey = *derived;
        } else {
            m_derivedKey = QString::fromUtf8(secret(m_profile.dps.enrollmentKeySecret));
        }
        const auto t = azure::dpsSasToken(scope, m_id, m_derivedKey, expiry, &error);
        if (!t)
            co_return fail(Cause::SecretInvalid, tr("the DPS token: %1").arg(error));
        token = *t;
    }
    const CloudEndpoint endpoint{m_profile.dps.host, m_profile.dps.port, azure::dpsClientId(m_id),
                                 azure::dpsUsername(scope, m_id, m_profile.dps.apiVersion), token};
    const QString rid = QStringLiteral("1");
    azure::UdcpUrlBuilder reg = mqttUrl(endpoint);
    reg.add(QStringLiteral("pt"), azure::dpsRegisterTopic(rid));
    reg.add(QStringLiteral("st"), azure::dpsResponseFilter());
    const auto regPeer = co_await connectPeer(reg, tr("the DPS registration peer"), endpoint, Cause::DpsUnauthorized);
    if (!regPeer)
        co_return false;
    const QByteArray payload = azure::dpsRegisterPayload(m_id);
    if (!send(*regPeer, payload))
        co_return false;

    QDeadlineTimer until(m_profile.timeouts.dpsMs);
    std::optional<module::Peer> pollPeer;
    // The request on the wire, sent again when its answer does not come within the request
    // deadline (a lost or damaged frame must not cost the whole DPS deadline).
    module::Peer requestPeer = *regPeer;
    QByteArray request = payload;
    const auto timedOut = [&] {
        return fail(Cause::DpsTimeout,
                    tr("DPS did not assign the device within %1 s").arg(m_profile.timeouts.dpsMs / 1000));
    };
    for (;;) {
        if (until.hasExpired())
            co_return timedOut();
        bool networkLost = false;
        const auto e = co_await awaitCloud(
            *regPeer, ms(int(qMin<qint64>(m_profile.timeouts.requestMs, qMax<qint64>(1, until.remainingTime())))),
            &networkLost);
        if (networkLost)
            co_return fail(Cause::WifiLost, tr("the module lost its Wi-Fi connection during the DPS registration"));
        if (!e) {
            if (m_client->link()->mode() == ModuleLink::Mode::Closed)
                co_return fail(Cause::PortClosed, tr("the module went away during the DPS registration"));
            if (until.hasExpired())
                co_return timedOut();
            qCInfo(lcJob) << "no DPS answer within the request deadline: asking again";
            if (!send(requestPeer, request))
                co_return false;
            continue;
        }
        if (e->kind == Event::Kind::PeerDown)
            co_return co_await failFromProbe(endpoint, Cause::DpsUnauthorized,
                                             tr("DPS closed the connection before it answered"), Cause::DpsFailed);
        QString error;
        const auto answer = azure::parseDpsResponse(e->data, &error);
        if (!answer)
            co_return fail(Cause::DpsFailed, tr("DPS answered something unreadable: %1").arg(error));
        if (!answer->operationId.isEmpty())
            m_row.operationId = answer->operationId;
        using S = azure::DpsResponse::Status;
        if (answer->status == S::Assigned) {
            m_assignedHub = answer->assignedHub;
            m_deviceId = answer->deviceId.isEmpty() ? m_id : answer->deviceId;
            m_row.assignedHub = m_assignedHub;
            m_row.deviceId = m_deviceId;
            m_row.substatus = answer->substatus;
            break;
        }
        if (answer->isTerminal() && !answer->isTransient()) {
            const int http = answer->httpStatus ? answer->httpStatus : answer->errorCode / 1000;
            const Cause cause = answer->status == S::Disabled ? Cause::DpsDisabled
                                : http == 401                 ? Cause::DpsUnauthorized
                                : http == 404                 ? Cause::DpsNotFound
                                                              : Cause::DpsFailed;
            co_return fail(cause, answer->summary());
        }
        // Still assigning, or throttled: ask again after the wait, counted from this answer. The
        // module hides retry-after (no topic in data events) unless the body carries it, so the
        // profile's interval stands for it. The status peer's topic carries the operationId of
        // this answer, so it cannot be opened earlier; it is opened now, inside the wait
        // (docs/decisions.md "The DPS status peer").
        const int waitMs =
            answer->retryAfterSeconds ? answer->retryDelaySeconds() * 1000 : m_profile.dps.pollIntervalMs;
        if (until.remainingTime() < waitMs)
            co_return timedOut();
        QDeadlineTimer pollAt(waitMs);
        if (m_row.operationId.isEmpty() || answer->isTransient()) {
            // Throttled before an operation existed: register again.
            requestPeer = *regPeer;
            request = payload;
        } else {
            if (!pollPeer) {
                // As the seed log does: a second peer, same client id, publishing the status topic.
                azure::UdcpUrlBuilder poll = mqttUrl(endpoint);
                poll.add(QStringLiteral("pt"), azure::dpsPollTopic(rid, m_row.operationId));
                pollPeer = co_await connectPeer(poll, tr("the DPS status peer"), endpoint, Cause::DpsUnauthorized);
                if (!pollPeer)
                    co_return false;
            }
            requestPeer = *pollPeer;
            request = "get operationstatus";
        }
        if (!pollAt.hasExpired())
            co_await coro::delay(ms(int(pollAt.remainingTime())));
        if (!send(requestPeer, request))
            co_return false;
    }
    if (pollPeer)
        co_await m_client->closePeer(*pollPeer);
    co_await m_client->closePeer(*regPeer);
    endStep(StepOutcome::Pass, tr("assigned to %1 as %2").arg(m_assignedHub, m_deviceId));
    co_return true;
}

// -- hub -----------------------------------------------------------------------------------------

coro::Task<bool> Job::hub()
{
    const QString host = m_profile.usesDps() ? m_assignedHub : m_profile.hub.host;
    const QString device = m_profile.usesDps() ? m_deviceId : m_id;
    beginStep(Step::Hub, tr("connecting to the IoT Hub %1").arg(host));
    if (!m_profile.usesDps())
        m_row.assignedHub = host;
    QString token;
    if (m_profile.perDeviceKeys() && !co_await readSecret(m_profile.deviceKeySecretFor(device)))
        co_return false;
    if (m_profile.usesSymmetricKey()) {
        const QString key = m_profile.flow == Profile::Flow::HubSas
                                ? QString::fromUtf8(secret(m_profile.deviceKeySecretFor(device)))
                                : m_derivedKey;
        QString error;
        const auto t = azure::hubSasToken(
            host, device, key, QDateTime::currentSecsSinceEpoch() + m_profile.hub.sasValiditySeconds, {}, &error);
        if (!t)
            co_return fail(Cause::SecretInvalid, tr("the hub token: %1").arg(error));
        token = *t;
    }
    const CloudEndpoint endpoint{host, m_profile.hub.port, azure::hubClientId(device),
                                 azure::hubUsername(host, device, m_profile.hub.apiVersion), token};
    azure::UdcpUrlBuilder b = mqttUrl(endpoint);
    b.add(QStringLiteral("pt"), azure::hubTelemetryTopic(device));
    if (m_profile.options.waitCloudToDevice)
        b.add(QStringLiteral("st"), azure::hubCloudToDeviceFilter(device));
    // Messages of the closed DPS peers must not pass for a cloud-to-device message.
    m_client->dropEvents([](const Event &e) { return e.kind == Event::Kind::Data; });
    const auto peer = co_await connectPeer(b, tr("the IoT Hub"), endpoint, Cause::Hub);
    if (!peer)
        co_return false;
    if (m_profile.options.testTelemetry) {
        const QJsonObject message{
            {QStringLiteral("station"), m_setup.station},
            {QStringLiteral("deviceId"), device},
            {QStringLiteral("test"), true},
            {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        if (!send(*peer, QJsonDocument(message).toJson(QJsonDocument::Compact)))
            co_return false;
    }
    if (m_profile.options.waitCloudToDevice) {
        bool networkLost = false;
        const auto e = co_await awaitCloud(*peer, ms(m_profile.timeouts.cloudToDeviceMs), &networkLost);
        if (networkLost)
            co_return fail(Cause::WifiLost, tr("the module lost its Wi-Fi connection while connected to the hub"));
        if (!e || e->kind != Event::Kind::Data)
            co_return fail(Cause::CloudToDeviceTimeout,
                           tr("no cloud-to-device message within %1 s").arg(m_profile.timeouts.cloudToDeviceMs / 1000));
    }
    co_await m_client->closePeer(*peer);
    endStep(StepOutcome::Pass, tr("connected as %1").arg(device));
    co_return true;
}
