// Test helpers for Local Azure: start `local-azure run`, drive its CLI, and talk MQTT through
// libmosquitto. SAS tokens and derived keys are computed here with Qt's own HMAC, independently
// of the sim code under test.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <mosquitto.h>

#include <csignal>
#include <memory>
#include <sys/prctl.h>

namespace cloudtest {

inline QString binDir()
{
    const QString env = qEnvironmentVariable("PROVSTATION_BIN_DIR");
    return env.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../bin") : env;
}

inline QString tool()
{
    return binDir() + QStringLiteral("/local-azure");
}

struct CliResult
{
    int code = -1;
    QByteArray out, err;
};

inline CliResult cli(const QStringList &args)
{
    QProcess p;
    p.start(tool(), args);
    CliResult r;
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QByteArray b64hmac(const QByteArray &keyB64, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, QByteArray::fromBase64(keyB64), QCryptographicHash::Sha256)
        .toBase64();
}

inline QByteArray derivedKey(const QByteArray &groupKeyB64, const QByteArray &registrationId)
{
    return b64hmac(groupKeyB64, registrationId);
}

// Token over srSent exactly as it will be sent; signedOver lets a test sign something else.
inline QByteArray sas(const QByteArray &srSent, const QByteArray &keyB64, qint64 se, const QByteArray &skn = {},
                      const QByteArray &signedOver = {})
{
    const QByteArray sig =
        b64hmac(keyB64, (signedOver.isEmpty() ? srSent : signedOver) + '\n' + QByteArray::number(se));
    QByteArray t =
        "SharedAccessSignature sr=" + srSent + "&sig=" + sig.toPercentEncoding() + "&se=" + QByteArray::number(se);
    if (!skn.isEmpty())
        t += "&skn=" + skn;
    return t;
}

inline qint64 inOneHour()
{
    return QDateTime::currentSecsSinceEpoch() + 3600;
}

// A running `local-azure run`; stops it (SIGTERM) on destruction.
class LocalAzure
{
public:
    QTemporaryDir dir;
    QProcess proc;
    QJsonObject info;

    bool start(const QStringList &extra = {})
    {
        proc.setProcessChannelMode(QProcess::SeparateChannels);
        // A test that crashes takes local Azure with it (the broker follows local-azure).
        proc.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        proc.start(tool(), QStringList{QStringLiteral("run"), QStringLiteral("--state-dir"), dir.path(),
                                       QStringLiteral("--json")} +
                               extra);
        if (!proc.waitForStarted(5000))
            return false;
        while (!proc.canReadLine()) {
            if (!proc.waitForReadyRead(15000))
                return false;
        }
        info = QJsonDocument::fromJson(proc.readLine()).object();
        return !info.isEmpty();
    }
    ~LocalAzure() { stop(); }
    int stop()
    {
        if (proc.state() == QProcess::NotRunning)
            return proc.exitCode();
        ::kill(pid_t(proc.processId()), SIGTERM);
        if (!proc.waitForFinished(10000)) {
            proc.kill();
            proc.waitForFinished();
            return -1;
        }
        return proc.exitCode();
    }
    QString state() const { return dir.path(); }
    QByteArray caFile() const { return info.value(QStringLiteral("ca_file")).toString().toUtf8(); }
    QByteArray scope() const { return info.value(QStringLiteral("id_scope")).toString().toUtf8(); }
    QByteArray hub() const { return info.value(QStringLiteral("hub_host")).toString().toUtf8(); }
    int x509Port() const { return info.value(QStringLiteral("x509_port")).toInt(); }
    int sasPort() const { return info.value(QStringLiteral("sas_port")).toInt(); }
    QByteArray x509Address() const { return info.value(QStringLiteral("x509_address")).toString().toUtf8(); }
    QByteArray sasAddress() const { return info.value(QStringLiteral("sas_address")).toString().toUtf8(); }
    quint16 servicePort() const { return quint16(info.value(QStringLiteral("service_port")).toInt()); }
    QString dpsServiceHost() const { return info.value(QStringLiteral("dps_service_host")).toString(); }
    // The owner policies' connection strings (secret: the test keeps them in memory or 0600 files).
    QString hubConnectionString() const { return info.value(QStringLiteral("hub_connection_string")).toString(); }
    QString dpsConnectionString() const { return info.value(QStringLiteral("dps_connection_string")).toString(); }
    CliResult run(QStringList args) const
    {
        args << QStringLiteral("--state-dir") << dir.path();
        return cli(args);
    }
    // Issues a certificate with `local-azure pki issue`; returns {cert, key} paths.
    QPair<QString, QString> issue(const QString &name, const QString &cn, const QStringList &extra = {}) const
    {
        const QString c = dir.path() + u'/' + name + QStringLiteral(".pem"),
                      k = dir.path() + u'/' + name + QStringLiteral(".key");
        run(QStringList{QStringLiteral("pki"), QStringLiteral("issue"), QStringLiteral("--cn"), cn,
                        QStringLiteral("--out-cert"), c, QStringLiteral("--out-key"), k} +
            extra);
        return {c, k};
    }
};

struct Message
{
    QByteArray topic, payload;
};

// One MQTT 3.1.1 connection over TLS, with libmosquitto's own network thread.
class Peer
{
public:
    Peer(const QByteArray &clientId, const QByteArray &username, const QByteArray &password, const LocalAzure &az,
         const QString &cert = {}, const QString &key = {}, bool cleanSession = true)
    {
        m = mosquitto_new(clientId.constData(), cleanSession, this);
        mosquitto_int_option(m, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
        mosquitto_username_pw_set(m, username.constData(), password.isEmpty() ? nullptr : password.constData());
        mosquitto_tls_set(m, az.caFile().constData(), nullptr, cert.isEmpty() ? nullptr : cert.toUtf8().constData(),
                          key.isEmpty() ? nullptr : key.toUtf8().constData(), nullptr);
        mosquitto_reconnect_delay_set(m, 3600, 3600, false); // never reconnect on its own
        mosquitto_connect_callback_set(m, [](mosquitto *, void *self, int rc) {
            auto *p = static_cast<Peer *>(self);
            QMutexLocker l(&p->mutex);
            p->connack = rc;
        });
        mosquitto_disconnect_callback_set(m, [](mosquitto *, void *self, int) {
            auto *p = static_cast<Peer *>(self);
            QMutexLocker l(&p->mutex);
            p->disconnected = true;
        });
        mosquitto_message_callback_set(m, [](mosquitto *, void *self, const mosquitto_message *msg) {
            auto *p = static_cast<Peer *>(self);
            QMutexLocker l(&p->mutex);
            p->messages.append(
                {QByteArray(msg->topic), QByteArray(static_cast<const char *>(msg->payload), msg->payloadlen)});
        });
        mosquitto_subscribe_callback_set(m, [](mosquitto *, void *self, int, int count, const int *granted) {
            auto *p = static_cast<Peer *>(self);
            QMutexLocker l(&p->mutex);
            p->granted = count > 0 ? granted[0] : -1;
        });
        const int port = cert.isEmpty() ? az.sasPort() : az.x509Port();
        const QByteArray address = cert.isEmpty() ? az.sasAddress() : az.x509Address();
        mosquitto_connect_async(m, address.isEmpty() ? "127.0.0.1" : address.constData(), port, 60);
        mosquitto_loop_start(m);
    }
    ~Peer()
    {
        mosquitto_disconnect(m);
        mosquitto_loop_stop(m, true);
        mosquitto_destroy(m);
    }
    int connackRc()
    {
        QMutexLocker l(&mutex);
        return connack;
    }
    bool isDisconnected()
    {
        QMutexLocker l(&mutex);
        return disconnected;
    }
    int grantedQos()
    {
        QMutexLocker l(&mutex);
        return granted;
    }
    int count()
    {
        QMutexLocker l(&mutex);
        return int(messages.size());
    }
    Message at(int i)
    {
        QMutexLocker l(&mutex);
        return messages.value(i);
    }
    QList<Message> all()
    {
        QMutexLocker l(&mutex);
        return messages;
    }
    void subscribe(const char *filter, int qos = 1) { mosquitto_subscribe(m, nullptr, filter, qos); }
    void publish(const QByteArray &topic, const QByteArray &payload, int qos = 0)
    {
        mosquitto_publish(m, nullptr, topic.constData(), int(payload.size()), payload.constData(), qos, false);
    }

    mosquitto *m = nullptr;
    QMutex mutex;
    int connack = -1;
    int granted = -2;
    bool disconnected = false;
    QList<Message> messages;
};

// Connects synchronously (no network thread) and returns the CONNACK code, or -1 when the
// connection failed before any CONNACK (TLS refusal; with TLS 1.3 the server's refusal of the client
// certificate only shows on the first read).
inline int connectOnce(const QByteArray &clientId, const QByteArray &username, const LocalAzure &az,
                       const QString &cert, const QString &key, int timeoutMs = 5000)
{
    struct Result
    {
        int rc = -1;
    } result;
    mosquitto *m = mosquitto_new(clientId.constData(), true, &result);
    mosquitto_int_option(m, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    mosquitto_username_pw_set(m, username.constData(), nullptr);
    mosquitto_tls_set(m, az.caFile().constData(), nullptr, cert.toUtf8().constData(), key.toUtf8().constData(),
                      nullptr);
    mosquitto_connect_callback_set(m, [](mosquitto *, void *r, int rc) { static_cast<Result *>(r)->rc = rc; });
    QElapsedTimer t;
    t.start();
    if (mosquitto_connect(m, "127.0.0.1", cert.isEmpty() ? az.sasPort() : az.x509Port(), 60) == MOSQ_ERR_SUCCESS) {
        while (result.rc == -1 && t.elapsed() < timeoutMs)
            if (mosquitto_loop(m, 50, 1) != MOSQ_ERR_SUCCESS)
                break;
    }
    mosquitto_destroy(m);
    return result.rc;
}

} // namespace cloudtest
