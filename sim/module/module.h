#pragma once

#include "certstore.h"
#include "faults.h"
#include "latency.h"
#include "persona.h"

#include "edm/edmframe.h"
#include "edm/edmparser.h"

#include <functional>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace uxsim {

class MqttSession;
class PtyPort;

struct Network
{
    QByteArray ssid, passphrase, bssid;
    int channel = 6;
};

struct Endpoint
{
    QByteArray address;
    int port = 0;
};

struct ModuleOptions
{
    Persona persona;
    int index = 0;
    QByteArray mac; ///< Wi-Fi station MAC (12 hex digits)
    Latency latency;
    QList<Network> networks;
    QHash<QByteArray, Endpoint> resolve;    ///< peers with a client certificate (and the default)
    QHash<QByteArray, Endpoint> resolveSas; ///< peers without a client certificate
    bool sharedSession = true;
    int baud = 115200;
    int startMode = 0;
    QString tracePath;
    QStringList faults;
};

/// One simulated u-connectXpress module behind a pty (docs/uxsim.md).
class Module : public QObject, private edm::FrameSink
{
    Q_OBJECT
public:
    explicit Module(ModuleOptions options, QObject *parent = nullptr);
    ~Module() override;

    bool start(const QString &linkPath, QString *error);
    QString devicePath() const;
    QByteArray mac() const { return m_opt.mac; }

signals:
    void hungUp();

private:
    enum class Mode
    {
        Off,
        Booting,
        Command,
        Data,
        Edm
    };
    struct Settings
    {
        bool echo = true;
        int startMode = 0;
        int baud = 115200, flow = 1, dataBits = 8, stopBits = 1, parity = 1;
        QMap<int, QByteArray> wifi; // cfg 0 tags
        QMap<int, QByteArray> urlValues;
        QMap<int, QByteArray> macs;
        bool operator==(const Settings &) const = default;
    };
    struct Peer
    {
        int handle = 0;
        int channel = -1;
        QByteArray host, pt, st, address;
        int urlPort = 0, port = 0, qos = 0;
        bool retain = false;
        QPointer<MqttSession> session;
        QString sessionKey;
        int subscribeMid = -1;
        bool ready = false;     // connected (and subscribed)
        bool announced = false; // +UUDPC sent
    };
    struct Upload
    {
        bool active = false;
        bool edm = false;
        int type = 0;
        QByteArray name, password, data;
        int size = 0;
        int rebootAt = -1;
    };

    // edm::FrameSink
    void onFrame(edm::Frame &&frame, quint64 offset) override;
    void onError(const edm::ParseError &error) override;

    void onReceived(const QByteArray &bytes);
    void feedText(QByteArrayView bytes, bool edm);
    void feedData(QByteArrayView bytes);
    void executeLine(QByteArray line, bool edm);
    void dispatch(const QByteArray &name, const QByteArray &args, const QByteArray &line, bool edm);

    // output
    void later(int ms, std::function<void()> fn);
    void reply(const QByteArray &body, bool ok, bool edm);
    void replyError(bool edm) { reply(QByteArray(), false, edm); }
    void urc(const QByteArray &text);
    void sendRaw(const QByteArray &bytes);
    void sendFrame(const edm::Frame &frame, bool isAnswer = false);
    void trace(const char *dir, const QByteArray &text);

    // commands
    void cmdUsecmng(const QList<QByteArray> &p, bool edm);
    void finishUpload();
    void abortUpload();
    void cmdUwsc(const QList<QByteArray> &p, bool edm);
    void cmdUwsca(const QList<QByteArray> &p, bool edm);
    void cmdUdcp(QByteArray url, bool edm);
    void cmdUdcpc(const QList<QByteArray> &p, bool edm);

    // lifecycle
    void powerOn();
    void reboot();
    void boot();
    void wifiJoin();
    void wifiDown(int reason);
    void hangup();

    // peers
    void attachPeer(int handle);
    void peerReady(int handle);
    void dropPeer(int handle, bool notify);
    void onSessionConnected(MqttSession *s);
    void onSessionFailed(MqttSession *s);
    void onSessionMessage(MqttSession *s, const QByteArray &topic, const QByteArray &payload);
    void releaseSessionIfUnused(const QString &key);
    QByteArray expandUrlValues(const QByteArray &value) const;

    static QList<QByteArray> splitParams(const QByteArray &args);
    static QByteArray unquote(QByteArray s);
    QByteArray macFor(int iface) const;

    ModuleOptions m_opt;
    PtyPort *m_port = nullptr;
    Faults m_faults;
    CertStore m_store;
    Settings m_active, m_stored;
    bool m_savedFlag = false;
    Mode m_mode = Mode::Off;
    quint64 m_epoch = 0; // bumps on reboot: timers of an earlier life do nothing
    QByteArray m_line;
    bool m_lineOverflow = false;
    QByteArray m_edmLine;
    edm::Parser m_edmParser;
    Upload m_upload;
    QTimer m_uploadIdle;
    QElapsedTimer m_uptime;
    QElapsedTimer m_start;
    QFile m_trace;
    int m_framesSent = 0;

    // data mode escape
    QElapsedTimer m_lastRx;
    QByteArray m_escape;
    QTimer m_escapeTimer;

    // Wi-Fi
    enum class Wifi
    {
        Off,
        Joining,
        Up
    } m_wifi = Wifi::Off;
    Network m_network;
    QByteArray m_ipv4;
    bool m_ipv6 = false;

    // peers
    QMap<int, Peer> m_peers;
    QHash<QString, QPointer<MqttSession>> m_sessions;
    int m_nextHandle = 2;
};

} // namespace uxsim
