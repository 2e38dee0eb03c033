#include "azure/endpointprobe.h"

#include "common/logging.h"

#include <QSslConfiguration>
#include <QSslError>

namespace azure {

namespace {

void appendString(QByteArray &out, const QByteArray &s)
{
    out.append(char((s.size() >> 8) & 0xff));
    out.append(char(s.size() & 0xff));
    out.append(s);
}

void appendLength(QByteArray &out, qsizetype length)
{
    do {
        char byte = char(length % 128);
        length /= 128;
        if (length > 0)
            byte = char(byte | 0x80);
        out.append(byte);
    } while (length > 0);
}

QSslKey keyFromPem(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

EndpointProbe::EndpointProbe(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Verdict>();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &EndpointProbe::onDeadline);
}

EndpointProbe::~EndpointProbe()
{
    m_target.password.fill('\0');
    m_target.clientKeyPem.fill('\0');
}

QString EndpointProbe::kindName(Verdict::Kind kind)
{
    switch (kind) {
    case Verdict::Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Verdict::Kind::Untrusted:
        return QStringLiteral("untrusted");
    case Verdict::Kind::Refused:
        return QStringLiteral("refused");
    case Verdict::Kind::Accepted:
        return QStringLiteral("accepted");
    }
    return {};
}

QByteArray EndpointProbe::connectPacket(const QString &clientId, const QString &user, const QByteArray &password)
{
    QByteArray body("\x00\x04MQTT\x04", 7);
    char flags = 0x02; // clean session
    if (!user.isEmpty())
        flags = char(flags | 0x80);
    if (!password.isEmpty())
        flags = char(flags | 0x40);
    body.append(flags);
    body.append(char(0));
    body.append(char(60)); // keep-alive, seconds
    appendString(body, clientId.toUtf8());
    if (!user.isEmpty())
        appendString(body, user.toUtf8());
    if (!password.isEmpty())
        appendString(body, password);
    QByteArray packet(1, char(0x10));
    appendLength(packet, body.size());
    packet.append(body);
    body.fill('\0');
    return packet;
}

int EndpointProbe::connackCode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return -1;
    if (quint8(bytes[0]) != 0x20)
        return -2;
    if (bytes.size() < 4)
        return -1;
    return bytes[1] == 2 ? quint8(bytes[3]) : -2;
}

QString EndpointProbe::connackText(int code)
{
    switch (code) {
    case 1:
        return tr("unacceptable protocol version");
    case 2:
        return tr("client id rejected");
    case 3:
        return tr("server unavailable");
    case 4:
        return tr("bad user name or password");
    case 5:
        return tr("not authorized");
    default:
        return tr("return code %1").arg(code);
    }
}

QString EndpointProbe::endpoint() const
{
    return QStringLiteral("%1:%2").arg(m_target.host).arg(m_target.port);
}

void EndpointProbe::start(Target target)
{
    m_target = std::move(target);
    m_socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2); // what the module speaks
    tls.setCaCertificates(m_target.roots);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_target.clientCertificate.isNull()) {
        tls.setLocalCertificate(m_target.clientCertificate);
        tls.setPrivateKey(keyFromPem(m_target.clientKeyPem));
    }
    m_socket->setSslConfiguration(tls);
    connect(m_socket, &QSslSocket::connected, this, [this] { m_tcpUp = true; });
    connect(m_socket, &QSslSocket::encrypted, this, &EndpointProbe::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &EndpointProbe::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &EndpointProbe::onError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        m_untrusted = texts.join(QStringLiteral("; "));
    });
    m_deadline.start(m_target.deadline);
    const QString dial = m_target.dialAddress.isEmpty() ? m_target.host : m_target.dialAddress;
    const quint16 dialPort = m_target.dialAddress.isEmpty() ? m_target.port : m_target.dialPort;
    qCInfo(lcAzure) << "probing" << endpoint() << "via" << dial << dialPort;
    m_socket->connectToHostEncrypted(dial, dialPort, m_target.host);
}

void EndpointProbe::onEncrypted()
{
    m_tlsUp = true;
    QByteArray packet = connectPacket(m_target.clientId, m_target.user, m_target.password);
    m_socket->write(packet);
    packet.fill('\0');
    m_target.password.fill('\0');
}

void EndpointProbe::onReadyRead()
{
    m_answer += m_socket->readAll();
    const int code = connackCode(m_answer);
    if (code == -1)
        return;
    if (code == -2)
        return conclude(Verdict::Kind::Refused,
                        tr("%1 answered the MQTT CONNECT with something other than a CONNACK").arg(endpoint()));
    if (code != 0)
        return conclude(Verdict::Kind::Refused,
                        tr("%1 refused the device's MQTT CONNECT: %2").arg(endpoint(), connackText(code)), code);
    m_socket->write(QByteArray("\xe0\x00", 2)); // DISCONNECT
    m_socket->flush();
    conclude(Verdict::Kind::Accepted, tr("%1 accepted the device's TLS and MQTT connection").arg(endpoint()), 0);
}

void EndpointProbe::onError(QAbstractSocket::SocketError error)
{
    if (m_done)
        return;
    const QString why = m_socket->errorString();
    if (!m_untrusted.isEmpty())
        return conclude(
            Verdict::Kind::Untrusted,
            tr("the server certificate of %1 is not trusted by the profile's root: %2").arg(endpoint(), m_untrusted));
    if (!m_tcpUp)
        return conclude(Verdict::Kind::Unreachable, tr("%1 cannot be reached: %2").arg(endpoint(), why));
    if (!m_tlsUp)
        return conclude(Verdict::Kind::Refused,
                        tr("%1 ended the TLS handshake after its certificate was trusted (it refused the device's "
                           "certificate): %2")
                            .arg(endpoint(), why));
    if (error == QAbstractSocket::RemoteHostClosedError)
        return conclude(Verdict::Kind::Refused,
                        tr("%1 closed the connection instead of answering the device's MQTT CONNECT").arg(endpoint()));
    conclude(Verdict::Kind::Refused, tr("%1 failed after TLS: %2").arg(endpoint(), why));
}

void EndpointProbe::onDeadline()
{
    const qint64 s = m_target.deadline.count() / 1000;
    if (!m_tcpUp)
        return conclude(Verdict::Kind::Unreachable,
                        tr("%1 did not accept a TCP connection within %2 s").arg(endpoint()).arg(s));
    if (!m_tlsUp)
        return conclude(Verdict::Kind::Unreachable,
                        tr("%1 did not finish the TLS handshake within %2 s").arg(endpoint()).arg(s));
    conclude(Verdict::Kind::Unreachable, tr("%1 did not answer the MQTT CONNECT within %2 s").arg(endpoint()).arg(s));
}

void EndpointProbe::conclude(Verdict::Kind kind, const QString &detail, int connack)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_verdict = {kind, detail, connack};
    m_target.password.fill('\0');
    m_target.clientKeyPem.fill('\0');
    qCInfo(lcAzure) << "probe of" << endpoint() << ":" << kindName(kind) << "-" << detail;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    QMetaObject::invokeMethod(
        this, [this] { emit finished(m_verdict); }, Qt::QueuedConnection);
}

} // namespace azure
