#pragma once

#include <chrono>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QString>
#include <QTimer>

namespace azure {

/// The station's own look at an MQTT endpoint, for when the module only says that its peer did
/// not connect or closed (docs/decisions.md "Why a peer failed"). It dials the endpoint as the
/// module would: TCP, TLS 1.2 trusting only the root the module was given and checking the host
/// name, the device's client certificate, then an MQTT CONNECT with the device's client id, user
/// name and password; it reads the CONNACK and disconnects. Nothing is published.
class EndpointProbe : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QString host; ///< the name in the peer URL (what the server certificate must name)
        quint16 port = 8883;
        /// Where to dial instead of host:port (local Azure's listener on loopback); empty: DNS.
        QString dialAddress;
        quint16 dialPort = 0;
        QString clientId, user;
        QByteArray password;               ///< secret (a SAS token); only written to the socket
        QList<QSslCertificate> roots;      ///< the root(s) the module trusts, and nothing else
        QSslCertificate clientCertificate; ///< X.509 devices
        QByteArray clientKeyPem;           ///< secret: the device key (PEM)
        std::chrono::milliseconds deadline{10000};
    };

    /// What the station found, from the network up.
    struct Verdict
    {
        enum class Kind : quint8
        {
            Unreachable, ///< no TCP connection (refused, no route, name unknown, no answer)
            Untrusted,   ///< TCP fine, the server certificate is not trusted by the roots (or names another host)
            Refused,     ///< TLS trusted, the device refused: its certificate in the handshake, or the CONNACK
            Accepted,    ///< the endpoint accepted the device: the trouble is on the module's side of the network
        };
        Kind kind = Kind::Unreachable;
        QString detail; ///< what exactly was seen, for the operator's message
        int connackCode = -1;
    };

    /// Where the station dials a host name (local Azure: the listener uxsim's --resolve names).
    using Routes = QHash<QString, QPair<QString, quint16>>;

    explicit EndpointProbe(QObject *parent = nullptr);
    ~EndpointProbe() override;

    /// Starts the probe; finished() comes exactly once, from the event loop, within the deadline.
    void start(Target target);
    bool isFinished() const { return m_done; }
    const Verdict &verdict() const { return m_verdict; }

    static QString kindName(Verdict::Kind kind); ///< "unreachable", "untrusted", "refused", "accepted"
    /// The MQTT 3.1.1 CONNECT packet the probe sends (clean session, keep-alive 60 s).
    static QByteArray connectPacket(const QString &clientId, const QString &user, const QByteArray &password);
    /// A CONNACK's return code, -1 while @p bytes holds no complete CONNACK, -2 when it is not one.
    static int connackCode(const QByteArray &bytes);
    static QString connackText(int code);

signals:
    void finished(const azure::EndpointProbe::Verdict &verdict);

private:
    void onEncrypted();
    void onReadyRead();
    void onError(QAbstractSocket::SocketError error);
    void onDeadline();
    void conclude(Verdict::Kind kind, const QString &detail, int connack = -1);
    QString endpoint() const;

    Target m_target;
    QSslSocket *m_socket = nullptr;
    QTimer m_deadline;
    QByteArray m_answer;
    QString m_untrusted; ///< the certificate errors, when the server was not trusted
    bool m_tcpUp = false;
    bool m_tlsUp = false;
    bool m_done = false;
    Verdict m_verdict;
};

} // namespace azure

Q_DECLARE_METATYPE(azure::EndpointProbe::Verdict)
