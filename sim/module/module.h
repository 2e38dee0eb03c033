#pragma once

#include "certstore.h"
#include "faults.h"
#include "latency.h"
#include "mqttsession.h"
#include "persona.h"

#include "edm/edmframe.h"
#include "edm/edmparser.h"

#include <functional>
#include <optional>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace uxsim {

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
    bool offlinePeerError = false;     ///< AT+UDCP without a network: ERROR (true) or +UDCP, then +UUDPD
    bool holdUrcsDuringUpload = false; ///< URCs wait until an upload's answer (true) or go out at once
    /// AT+UWSCA=<id>,4 on a configuration still joining: +UUWLD:0,5 all the same (true, the less
    /// kind answer) or only for a link that was up (--disable-urc if-up).
    bool disableUrcAlways = true;
    QByteArray prelude; ///< what a crashed host sent before it died (fed after power-on)
    QString statePath;  ///< --state-file: the Wi-Fi configurations in flash, kept across uxsim runs
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
    /// Booted and, with a prelude, every byte of it received: the module is in the state a crashed
    /// host left it in (its answers may still be on their way).
    bool isReady() const { return m_ready; }

signals:
    void hungUp();
    void ready();

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
        QMap<int, QMap<int, QByteArray>> wifi; // Wi-Fi configurations: id (0-9) -> tag -> value
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

    enum CommandForm
    {
        Action = 1, ///< "AT+CMD"
        Set = 2,    ///< "AT+CMD=..."
        Query = 4   ///< "AT+CMD?"
    };
    /// One AT command line, split for the handlers (module_commands.cpp).
    struct Command
    {
        QByteArray name;          ///< upper case up to '=' or '?': "AT+UDCP", "ATE0", "AT&W"
        QByteArray args;          ///< the rest: "=..." (set), "?" (query) or empty (action)
        QList<QByteArray> params; ///< set form: the parameters, quotes removed
        bool edm = false;         ///< arrived in an EDM AT request (answer as a confirmation frame)
        bool isSet() const { return args.startsWith('='); }
        bool isQuery() const { return args == "?"; }
        bool isAction() const { return args.isEmpty(); }
        int intParam(int i, bool *ok) const;
    };
    using Handler = void (Module::*)(const Command &);
    struct CommandSpec
    {
        const char *name;
        int forms; ///< CommandForm bits the command accepts; other forms answer ERROR
        Handler handler;
    };
    static const QHash<QByteArray, CommandSpec> &commandTable();

    void onReceived(const QByteArray &bytes);
    void feedText(QByteArrayView bytes, bool edm);
    void feedData(QByteArrayView bytes);
    bool takeUploadBytes(QByteArrayView bytes, qsizetype *i);
    void holdInput(const QByteArray &bytes, bool edmText);
    void commandDone();
    void executeLine(QByteArray line, bool edm);
    void dispatch(const Command &c);

    // output
    void later(int ms, std::function<void()> fn);
    void reply(const QByteArray &body, bool ok, bool edm) { replyAfter(m_opt.latency.command, body, ok, edm); }
    void replyAfter(int ms, const QByteArray &body, bool ok, bool edm);
    void writeAnswer(const QByteArray &body, bool ok, bool edm);
    void replyError(bool edm) { reply(QByteArray(), false, edm); }
    /// A URC: held while an upload runs when --urcs-during-upload hold, else written at once.
    void urc(const QByteArray &text);
    void writeUrc(const QByteArray &text);
    /// The URC the urc-after-echo / urc-in-prompt faults insert: a network status repeat that
    /// changes nothing (+UUNU:0 while IPv4 is up, +UUND:0 while it is not).
    QByteArray awkwardUrc() const { return m_ipv4.isEmpty() ? "+UUND:0" : "+UUNU:0"; }
    void sendRaw(const QByteArray &bytes);
    void sendFrame(const edm::Frame &frame, bool isAnswer = false);
    void trace(const char *dir, const QByteArray &text);

    // commands: system and identity (module_commands.cpp)
    void cmdAt(const Command &c);
    void cmdEcho(const Command &c);
    void cmdIdentity(const Command &c);
    void cmdStoreSettings(const Command &c);
    void cmdFactoryReset(const Command &c);
    void cmdPowerOff(const Command &c);
    void cmdStartMode(const Command &c);
    void cmdUartSettings(const Command &c);
    void cmdMacAddress(const Command &c);
    void cmdModuleStatus(const Command &c);
    void cmdUrlValue(const Command &c);
    void cmdMode(const Command &c);
    void settingsChanged() { m_savedFlag = (m_active == m_stored); }

    // certificates (module_certificates.cpp)
    void cmdUsecmng(const Command &c);
    void importCertificate(const Command &c);
    void removeCertificate(const Command &c);
    void listCertificates(const Command &c);
    void certificateHash(const Command &c);
    void finishUpload();
    void abortUpload();
    void endUpload(); ///< the upload's answer is out: held URCs follow

    // Wi-Fi (module_wifi.cpp)
    void cmdUwsc(const Command &c);
    void cmdUwsca(const Command &c);
    void cmdWifiStatus(const Command &c);
    void cmdNetStatus(const Command &c);
    bool wifiValid(int cfg) const;
    /// Activation and store derive the PSK from the passphrase (RS: "calculates the PSK"); the
    /// passphrase itself is then gone from the module.
    void derivePsk(int cfg);
    /// Run-time settings become flash (AT&W, AT+UWSCA=<id>,1), and the state file follows.
    void commit(const Settings &settings);
    bool loadState(QString *error);
    void saveState();

    // peers (module_peers.cpp)
    void cmdUdcp(const Command &c);
    void cmdUdcpc(const Command &c);
    void cmdListPeers(const Command &c);
    struct PeerRequest
    {
        Peer peer;
        MqttSession::Config config;
        bool missingCredential = false;
    };
    std::optional<PeerRequest> parsePeerUrl(QByteArray url) const;
    Endpoint resolve(const QByteArray &host, int port, bool withClientCertificate) const;
    void openSession(int handle, const MqttSession::Config &cfg);
    static edm::ConnectEvent connectEventFor(const Peer &p);

    // lifecycle
    void powerOn();
    void reboot();
    void startBoot(int ms);
    void boot();
    void feedPrelude();
    void wifiJoin();
    void linkUp(const Network &net);
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
    void failOfflinePeer(const Command &c);
    void published(const QByteArray &topic);
    void deliverInbox();

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
    bool m_ready = false;
    bool m_executing = false; // a command has not answered yet: further AT input waits
    struct HeldInput
    {
        QByteArray bytes;
        bool edmText = false; // text of EDM AT requests; else raw line bytes
    };
    QList<HeldInput> m_heldInput;
    bool m_uploadBusy = false;    // from AT+USECMNG=0 to its answer
    QList<QByteArray> m_heldUrcs; // --urcs-during-upload hold

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
    int m_wifiConfig = -1; // the configuration activated (joining or up)
    Network m_network;
    QByteArray m_ipv4;
    bool m_ipv6 = false;
    quint64 m_wifiGeneration = 0;     // bumps when the link goes down: timers of an earlier link do nothing
    QSet<QByteArray> m_resolvedNames; // host names looked up since the network came up (DNS cache)

    // MQTT messages waiting for the modelled answer time (Latency::dpsRegisterAnswer, mqttAnswer)
    struct Inbound
    {
        QPointer<MqttSession> session;
        QByteArray topic, payload;
        qint64 due = 0; // m_start time
    };
    QList<Inbound> m_inbox;
    QTimer m_inboxTimer;
    qint64 m_answerDue = 0; // m_start time before which the answer to the latest publish may not arrive

    // peers
    QMap<int, Peer> m_peers;
    QHash<QString, QPointer<MqttSession>> m_sessions;
    int m_nextHandle = 2;
};

} // namespace uxsim
