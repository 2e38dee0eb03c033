#pragma once

#include "common/task.h"
#include "link/modulelink.h"
#include "pki/certificate.h"
#include "pki/key.h"
#include "provisioning/capabilities.h"
#include "provisioning/profile.h"
#include "provisioning/resultstore.h"

#include <functional>
#include <QHash>
#include <QObject>

class SecretStore;

/// Everything a job needs besides the profile.
struct JobSetup
{
    Profile profile;
    QString port; ///< device path ("/dev/ttyUSB0" or a pty link)
    int slot = 0;
    QString station; ///< station name recorded with the result
    QString operatorName;
    QString serial;                         ///< scanned serial for {serial} in the id template
    SecretStore *secrets = nullptr;         ///< not owned
    std::function<Transport *()> transport; ///< default: a SerialTransport on @c port
    ModuleLink::Timings linkTimings;
};

/// One provisioning attempt: takes a module on a port from unknown state to assigned, connected
/// and recorded. The named steps of architecture.md ("One job, as data") run in order; each has a
/// deadline, a retry policy and a message for the operator. Cancel at any point.
class Job : public QObject
{
    Q_OBJECT
public:
    /// Step names, stable (the results database and scripts use them).
    static QStringList stepNames();

    explicit Job(JobSetup setup, QObject *parent = nullptr);
    ~Job() override;

    void start();
    /// Stops at the next point it waits at; the result is "fail" with cause "cancelled".
    void cancel();
    bool isRunning() const { return m_running; }
    const ResultRow &result() const { return m_row; }
    const ModuleInfo &module() const { return m_module; }
    const JobSetup &setup() const { return m_setup; }
    ModuleLink *link() const { return m_link; }

signals:
    void stepStarted(const QString &step, const QString &message);
    void stepFinished(const StepResult &step);
    void progress(int percent);
    void moduleIdentified(const ModuleInfo &module);
    void traffic(const TrafficRecord &record);
    /// Engineer mode: a redacted record with its original bytes (see ModuleLink::setKeepOriginals).
    void trafficWithOriginal(const TrafficRecord &record, const QByteArray &original);
    void finished();

private:
    struct Event
    {
        enum Kind
        {
            Urc,
            Data,
            PeerUp,
            PeerDown,
            ChannelClosed
        } kind;
        QByteArray bytes; // URC line or data
        int channel = -1;
        int handle = -1;
    };
    struct Upload
    {
        int type = 0; // 0 CA, 1 certificate, 2 key
        QString name;
        QByteArray pem;
        QString md5; // expected MD5 of the DER
        bool secret = false;
    };
    struct Peer
    {
        int handle = -1;
        int channel = -1;
    };

    coro::Task<void> run();
    coro::Task<bool> prepare();
    coro::Task<bool> openPort();
    coro::Task<bool> identify();
    bool capabilityGate();
    coro::Task<bool> factoryReset();
    bool makeIdentity();
    coro::Task<bool> credentials();
    coro::Task<bool> uploadObject(Upload object);
    coro::Task<bool> wifi();
    coro::Task<bool> enterEdm();
    coro::Task<bool> dps();
    coro::Task<bool> hub();
    coro::Task<bool> persistAndReboot();
    coro::Task<bool> restartModule(QString causeCode);
    coro::Task<bool> send(Peer peer, QByteArray data);

    // Building blocks.
    coro::Task<AtReply *> command(AtCommand command);
    coro::Task<AtReply *> command(QByteArray text, QString name);
    coro::Task<void> waitFor(AtReply *reply);
    coro::Task<std::optional<Event>> nextEvent(std::function<bool(const Event &)> match,
                                               std::chrono::milliseconds deadline);
    coro::Task<std::optional<Peer>> connectPeer(azure::UdcpUrlBuilder url, QString what);
    coro::Task<void> closePeer(Peer peer);
    template<typename T> coro::Task<std::optional<T>> onWorker(std::function<T()> work);

    void beginStep(const QString &step, const QString &message);
    void endStep(const QString &outcome = QStringLiteral("pass"), const QString &message = {});
    bool fail(const QString &causeCode, const QString &cause);
    bool failLink(const AtReply *reply, const QString &causeCode, const QString &context);
    void finish();
    QByteArray secret(const QString &name) const { return m_secrets.value(name); }
    std::chrono::milliseconds ms(int v) const { return std::chrono::milliseconds(v); }

    JobSetup m_setup;
    const Profile &m_profile;
    ModuleLink *m_link = nullptr;
    coro::Task<void> m_task;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_started = false;
    ResultRow m_row;
    ModuleInfo m_module;
    Capabilities m_caps;
    QString m_id;
    QHash<QString, QByteArray> m_secrets;
    pki::Certificate m_ca;
    pki::Key m_caKey;
    QByteArray m_rootPem;
    QByteArray m_certPem;
    QByteArray m_keyPem;
    QList<Event> m_events;
    coro::Waiter<bool> *m_eventWaiter = nullptr;
    QString m_step;
    QElapsedTimer m_stepClock;
    QString m_assignedHub;
    QString m_deviceId;
    QString m_derivedKey; // symmetric flows: the device key (derived for groups)
};
