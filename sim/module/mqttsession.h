#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

struct mosquitto;
struct mosquitto_message;

namespace uxsim {

/// One MQTT connection of the simulated module: libmosquitto over TLS 1.2, driven from the Qt
/// event loop (mosquitto_loop with a zero timeout on a 5 ms timer): single-threaded, no locks.
///
/// TLS is configured on our own SSL_CTX (MOSQ_OPT_SSL_CTX): trust = the CA uploaded to the
/// simulated store, client certificate and key from the store, TLS 1.2 only, peer verification on,
/// and the expected host name set on the context's verify parameters. libmosquitto's own host
/// check would compare against the address it connects to (127.0.0.1 after --resolve); with our
/// context it does not run, OpenSSL checks the URL's host name during the handshake instead.
class MqttSession : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QByteArray host;    ///< host name of the URL: verified against the server certificate
        QByteArray address; ///< where to connect (127.0.0.1 after --resolve)
        int port = 8883;
        QByteArray clientId, user, password;
        bool hasPassword = false;
        int keepAlive = 60;
        QByteArray caPem, certPem, keyPem; ///< empty cert/key: no client certificate
        bool breakVerification = false;    ///< the tls-verify-fail fault: expect another host name
    };

    explicit MqttSession(const Config &config, QObject *parent = nullptr);
    ~MqttSession() override;

    /// Starts connecting; false with an error text when it fails at once (refused, bad keys).
    bool start(QString *error);
    int subscribe(const QByteArray &filter, int qos);
    bool publish(const QByteArray &topic, const QByteArray &payload, int qos, bool retain);
    void close();
    bool isConnected() const { return m_connected; }
    const Config &config() const { return m_config; }
    qint64 msSinceStart() const { return m_clock.elapsed(); }

    static bool topicMatches(const QByteArray &filter, const QByteArray &topic);

signals:
    void connected();
    void connectFailed(const QString &reason);
    void subscribed(int mid);
    void message(const QByteArray &topic, const QByteArray &payload);
    void disconnected(const QString &reason);

private:
    static void onConnect(mosquitto *, void *obj, int rc);
    static void onDisconnect(mosquitto *, void *obj, int rc);
    static void onMessage(mosquitto *, void *obj, const mosquitto_message *msg);
    static void onSubscribe(mosquitto *, void *obj, int mid, int, const int *);
    void poll();
    void lost(const QString &reason);

    Config m_config;
    mosquitto *m_mosq = nullptr;
    void *m_ctx = nullptr; // SSL_CTX
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_connected = false;
    bool m_done = false;
};

} // namespace uxsim
