#pragma once

#include "azure/endpointprobe.h"
#include "azure/service/cloudsetup.h"
#include "common/task.h"
#include "module/moduleclient.h"
#include "pki/certificate.h"
#include "pki/key.h"
#include "provisioning/profile.h"
#include "provisioning/result.h"
#include "provisioning/resultstore.h"

#include <functional>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class SecretStore;

/// Everything a job needs besides the profile.
struct JobSetup
{
    Profile profile;
    QString port;    ///< device path ("/dev/ttyUSB0" or a pty link)
    int slot = -1;   ///< station slot (0-based), -1 for the wizard or a script
    QString station; ///< station name recorded with the result
    QString operatorName;
    QString serial;                         ///< scanned serial for {serial} in the id template
    SecretStore *secrets = nullptr;         ///< not owned
    std::function<Transport *()> transport; ///< default: a SerialTransport on @c port
    ModuleLink::Timings linkTimings;
    azure::service::CloudSetupOptions cloudOptions; ///< how the service APIs are reached (local Azure)
    /// Where the station's own check of a failed peer dials a host name (local Azure's listeners);
    /// empty: DNS, as the module does (docs/decisions.md "Why a peer failed").
    azure::EndpointProbe::Routes probeRoutes;

    // A line of stations sharing one results database (issue 16, docs/line.md).
    QString lineId; ///< recorded with the result
    qint64 seq = 0; ///< {seq} of the id template, taken by the station with the result row (0: none)
    /// Asks the line's record about the device id before the module takes it; answers once, on
    /// the job's thread. Empty: no check (a job outside a station).
    std::function<void(const QString &deviceId, std::function<void(const IdentityCheck &)> answer)> checkIdentity;
    /// Issue 17: records a device certificate the job issued in the issuance ledger, with the row
    /// as it is then (MAC, device id). Empty: not recorded (a job outside a station).
    std::function<void(const pki::Certificate &certificate, const ResultRow &row)> recordIssuance;
};

/// How often a step tries again, and after what (docs/profile.md "Retries"). One table, in job.cpp.
struct RetryPolicy
{
    Step step;
    int attempts;  ///< total tries of the step's retryable part (1: no retry)
    int backoffMs; ///< wait before the next try
    const char *what;
};

/// One provisioning attempt: takes a module on a port from unknown state to assigned, connected
/// and recorded. The named steps of architecture.md ("One job, as data") run in order; each has
/// a deadline, a retry policy and a message for the operator. Cancel at any point. The job speaks
/// to the module only through a module::ModuleClient (no AT text here).
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(JobSetup setup, QObject *parent = nullptr);
    ~Job() override;

    void start();
    /// Finishes without touching the module (the station could not record the attempt, or it was
    /// cancelled before it started).
    void refuse(Cause cause, const QString &message);
    /// Stops at the next point it waits at; the result is a failure with cause Cancelled.
    void cancel();
    /// The result row as it is before the job runs (station, port, slot, profile, flow).
    ResultRow initialRow() const;
    /// The {seq} number the station took for this attempt; before start().
    void setSequence(qint64 seq) { m_setup.seq = seq; }
    bool isRunning() const { return m_running; }
    const ResultRow &result() const { return m_row; }
    const ModuleStatus &status() const { return m_client->status(); }
    const JobSetup &setup() const { return m_setup; }
    ModuleLink *link() const { return m_client->link(); }
    /// The retry policies, one per step that retries.
    static QList<RetryPolicy> retryPolicies(const Profile &profile);

signals:
    void stepStarted(Step step, const QString &message);
    void stepFinished(const StepResult &step);
    void progress(int percent);
    void statusChanged(const ModuleStatus &status);
    void traffic(const TrafficRecord &record);
    /// Engineer mode: a redacted record with its original bytes (see ModuleLink::setKeepOriginals).
    void trafficWithOriginal(const TrafficRecord &record, const QByteArray &original);
    void finished();

private:
    /// An MQTT endpoint as the device logs in to it: the peer URL's parts and the station's probe.
    struct CloudEndpoint
    {
        QString host;
        int port = 8883;
        QString clientId, user;
        QString password; ///< secret: a SAS token (empty for X.509)
        QString display() const { return QStringLiteral("%1:%2").arg(host).arg(port); }
    };
    struct Upload
    {
        int type = 0; // 0 CA, 1 certificate, 2 key
        QString name;
        QByteArray pem;
        bool secret = false;
    };

    coro::Task<void> run();
    coro::Task<bool> prepare();
    coro::Task<bool> readSecrets();
    coro::Task<bool> readSecret(QString name);
    bool loadTrust();
    coro::Task<bool> loadCa();
    coro::Task<bool> openPort();
    coro::Task<bool> identify();
    bool capabilityGate();
    coro::Task<bool> factoryReset();
    coro::Task<bool> makeIdentity();
    /// Issue 16: false after recording the refusal when another station already passed @p id.
    coro::Task<bool> checkWithLine(QString id);
    coro::Task<bool> credentials();
    coro::Task<bool> deviceCertificate();
    /// Uploads @p object unless the module has it already (@p wasThere set then).
    coro::Task<bool> uploadObject(Upload object, bool *wasThere);
    coro::Task<bool> cloudIdentity();
    coro::Task<bool> verifyInCloud();
    azure::service::CloudSetup::DeviceCredential cloudCredential() const;
    coro::Task<bool> startWifi();
    coro::Task<bool> persist();
    coro::Task<bool> wifi();
    coro::Task<bool> joinWifi(bool activate, QString *failure, Cause *cause);
    // Staged Wi-Fi (issue 17): the line network goes, the field network is stored and read back.
    coro::Task<bool> fieldWifi();
    coro::Task<bool> checkStoredWifi();
    /// Why @p passphrase cannot be sent to the module ("" when it can).
    static QString passphraseProblem(const QByteArray &passphrase);
    coro::Task<bool> enterEdm();
    coro::Task<bool> dps();
    coro::Task<bool> hub();
    coro::Task<bool> reboot();
    /// options.uploadBaud: the line to that rate with AT+UMRS (and back by restoreLine()).
    coro::Task<bool> fastLine();
    coro::Task<bool> restoreLine();

    // Building blocks.
    /// Opens a peer to @p endpoint; when it does not connect, the station checks the endpoint
    /// itself and fails with what it found (@p refused when the endpoint refused the device).
    coro::Task<std::optional<module::Peer>> connectPeer(azure::UdcpUrlBuilder url, QString what, CloudEndpoint endpoint,
                                                        Cause refused);
    /// The station's own look at @p endpoint (TCP, TLS with the profile's root, MQTT CONNECT).
    coro::Task<azure::EndpointProbe::Verdict> probeEndpoint(CloudEndpoint endpoint);
    /// Fails the step with the cause the probe of @p endpoint finds: broker_unreachable, tls,
    /// @p refused, or @p accepted when the endpoint accepts the device from the station;
    /// @p moduleSaid is what the module reported.
    coro::Task<bool> failFromProbe(CloudEndpoint endpoint, Cause refused, QString moduleSaid,
                                   Cause accepted = Cause::BrokerUnreachable);
    /// Waits for data on @p peer (or its closing); a lost network fails the step as wifi_lost.
    coro::Task<std::optional<module::Event>> awaitCloud(module::Peer peer, std::chrono::milliseconds deadline,
                                                        bool *networkLost);
    bool send(module::Peer peer, const QByteArray &data);
    template<typename T> coro::Task<std::optional<T>> onWorker(std::function<T()> work);
    azure::UdcpUrlBuilder mqttUrl(const CloudEndpoint &endpoint) const;

    void beginStep(Step step, const QString &message);
    void endStep(StepOutcome outcome = StepOutcome::Pass, const QString &message = {});
    bool fail(Cause cause, const QString &message);
    /// Maps a module failure to the cause it means in the current step (the one mapping).
    bool fail(const module::Failure &failure, Cause inStep);
    void finish();
    QByteArray secret(const QString &name) const { return m_secrets.value(name); }
    std::chrono::milliseconds ms(int v) const { return std::chrono::milliseconds(v); }

    JobSetup m_setup;
    const Profile &m_profile;
    module::ModuleClient *m_client = nullptr;
    coro::Task<void> m_task;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_started = false;
    bool m_cancelBeforeStart = false;
    ResultRow m_row;
    ModuleInfo m_module;
    QString m_id;
    QHash<QString, QByteArray> m_secrets;
    pki::Certificate m_ca;
    pki::Key m_caKey;
    QByteArray m_rootPem;
    QByteArray m_certPem;
    QByteArray m_keyPem;
    std::optional<Step> m_step;
    QElapsedTimer m_stepClock;
    QElapsedTimer m_wifiClock; ///< since the Wi-Fi activation (the join's deadline)
    qint32 m_baudBefore = 0;   ///< the line's rate before fastLine() switched it; 0: not switched
    int m_progress = 0;
    QString m_assignedHub;
    QString m_deviceId;
    QString m_derivedKey; // symmetric flows: the device key (derived for groups)
};
