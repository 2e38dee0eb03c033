#pragma once

#include "azure/udcpurl.h"
#include "common/expected.h"
#include "common/task.h"
#include "link/modulelink.h"
#include "module/capabilities.h"
#include "module/modulestatus.h"

#include <chrono>
#include <functional>
#include <optional>
#include <QHash>
#include <QObject>

namespace module {

/// Why a module operation failed, in the module's terms; the job turns it into a Cause for the
/// step it is in (the one place where errors are mapped).
struct Failure
{
    enum class Kind : quint8
    {
        Link,          ///< the link failed (see link: timeout, port closed, module restarted, ...)
        Refused,       ///< the module answered ERROR
        BadAnswer,     ///< an answer that makes no sense
        Mismatch,      ///< the module stored something other than what was sent (MD5)
        NetworkDown,   ///< the operation needs the network, which is down
        PeerClosed,    ///< the module closed the peer before it connected
        PeerTimeout,   ///< the peer did not connect in time
        Configuration, ///< the request cannot be expressed on this firmware (URL too long, ...)
    };
    Kind kind = Kind::Link;
    LinkError::Code link = LinkError::Code::None;
    QString message;
};
template<typename T = void> using Result = Expected<T, Failure>;

/// A typed module event (URC or EDM event), queued until someone waits for it.
struct Event
{
    enum class Kind : quint8
    {
        WifiUp,        ///< +UUWLE
        WifiDown,      ///< +UUWLD (reason)
        NetworkUp,     ///< +UUNU
        NetworkDown,   ///< +UUND
        PeerUp,        ///< +UUDPC (handle, channel)
        PeerDown,      ///< +UUDPD (handle)
        Data,          ///< EDM data event (channel, data)
        ChannelClosed, ///< EDM disconnect event (channel)
    };
    Kind kind = Kind::Data;
    int handle = -1;
    int channel = -1;
    int reason = -1;
    QByteArray data;
};

/// An open MQTT peer: its handle and the EDM channel its data travels on.
struct Peer
{
    int handle = -1;
    int channel = -1;
};

struct WifiSettings
{
    QString ssid;
    bool open = false;
    QByteArray passphrase; ///< secret
    bool autoJoin = true;
    bool store = true; ///< AT+UWSCA=0,1 (kept across restarts)
    int configId = 0;
};

/// A Wi-Fi configuration as the module reports it (AT+UWSC=<id>,<tag> reads). Its passphrase is
/// never read back: the station has no use for it and it would only be one more copy of a secret.
struct StoredWifi
{
    int configId = 0;
    QString ssid;           ///< empty: nothing configured
    int authentication = 1; ///< tag 5: 1 open, 2 WPA/WPA2 PSK
    bool onStartup = false; ///< tag 0: activated when the module starts
};

/// Typed operations on one module over its ModuleLink (architecture: core/module): identify,
/// reset, certificate store, Wi-Fi, peers and URL values. Builds every AT command the station
/// sends; its callers never see AT text. Keeps the ModuleStatus of the module current from the
/// typed events and answers.
class ModuleClient : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        std::chrono::milliseconds command{5000};
        std::chrono::milliseconds upload{15000};
        std::chrono::milliseconds boot{10000};
        int commandRetries = 1; ///< extra tries of a command that timed out
    };

    /// Takes ownership of @p link.
    ModuleClient(ModuleLink *link, QString port, Settings settings, QObject *parent = nullptr);
    ~ModuleClient() override;

    ModuleLink *link() const { return m_link; }
    const ModuleStatus &status() const { return m_status; }
    void setLastError(const QString &error);
    /// The firmware's limits for the URLs of connectPeer().
    void setCapabilities(const Capabilities &caps) { m_caps = caps; }
    bool networkUp() const { return m_networkUp; }

    // -- session
    coro::Task<Result<>> open();
    void close();
    coro::Task<Result<ModuleInfo>> identify(bool readSerial);
    coro::Task<Result<>> factoryReset();
    coro::Task<Result<>> restart();
    coro::Task<Result<>> saveSettings();
    coro::Task<Result<>> enterEdm();
    /// Switches the module's UART to @p baud with AT+UMRS (command mode; the other UART settings
    /// as they are), then the port once the module's OK is read; gives the rate it had before.
    /// Refused (Failure::Refused, still at the old rate) when the firmware does not take the rate.
    coro::Task<Result<qint32>> switchBaudRate(qint32 baud);

    // -- certificate store (type 0 root CA, 1 certificate, 2 private key)
    /// The MD5 of the object @p name of @p type on the module, nullopt when there is none;
    /// compared with @p expectedMd5 (when given) for the status' verdict.
    coro::Task<Result<std::optional<QString>>> storedMd5(int type, QString name, QString expectedMd5 = {});
    /// Imports @p pem; the module's MD5 must equal @p expectedMd5 (MD5 of the DER).
    coro::Task<Result<>> importObject(int type, QString name, QByteArray pem, QString expectedMd5, bool secret);

    // -- Wi-Fi
    /// The station's state (AT+UWSSTAT=3): none active, one active but not (yet) connected, connected.
    enum class WifiState
    {
        Disabled,
        Connecting,
        Connected
    };
    coro::Task<Result<WifiState>> wifiState();
    coro::Task<Result<>> configureWifi(WifiSettings settings);
    coro::Task<Result<>> activateWifi(int configId = 0);
    coro::Task<Result<>> deactivateWifi(int configId = 0);
    /// Resets configuration @p configId to its defaults in the module's run-time memory
    /// (AT+UWSCA=<id>,0); whatever AT&W commits next no longer holds it.
    coro::Task<Result<>> resetWifi(int configId);
    /// Loads configuration @p configId from the module's flash into run-time memory (AT+UWSCA=<id>,2).
    coro::Task<Result<>> loadWifi(int configId);
    /// Reads configuration @p configId: on start-up flag, SSID and authentication (never the passphrase).
    coro::Task<Result<StoredWifi>> readWifi(int configId);
    /// Keeps the active Wi-Fi configuration across restarts (AT+UWSCA=<id>,1; allowed while it
    /// is joining or joined).
    coro::Task<Result<>> storeWifi(int configId = 0);
    /// The IPv4 address of the Wi-Fi station interface, empty while there is none.
    coro::Task<Result<QString>> ipv4Address();

    // -- peers
    /// Stores the URL values the request needs (AT+UDUV), opens the peer (AT+UDCP) and waits for
    /// +UUDPC. Refused at once while the network is down; fails when the module closes the peer or
    /// the network goes down before it connects.
    coro::Task<Result<Peer>> connectPeer(azure::UdcpUrlBuilder url, QString what, QString host,
                                         std::chrono::milliseconds deadline);
    coro::Task<Result<>> closePeer(Peer peer);
    Result<> send(Peer peer, const QByteArray &data);

    // -- events
    /// The first queued event @p match accepts (removed from the queue), waiting up to
    /// @p deadline; nullopt on the deadline or when the port closed.
    coro::Task<std::optional<Event>> nextEvent(std::function<bool(const Event &)> match,
                                               std::chrono::milliseconds deadline);
    void dropEvents(std::function<bool(const Event &)> match);

signals:
    void statusChanged(const ModuleStatus &status);

private:
    coro::Task<AtReply *> command(AtCommand command);
    coro::Task<void> waitFor(AtReply *reply);
    static Failure failure(const AtReply *reply, const QString &what);
    void push(Event event);
    void onUrc(const QByteArray &line);
    void publishStatus();

    ModuleLink *m_link;
    Settings m_settings;
    Capabilities m_caps;
    ModuleStatus m_status;
    QList<Event> m_events;
    coro::Waiter<bool> *m_eventWaiter = nullptr;
    bool m_networkUp = false;
    QHash<QString, QString> m_expectedMd5; ///< "type/name" -> MD5 the station sent or wants
};

} // namespace module
