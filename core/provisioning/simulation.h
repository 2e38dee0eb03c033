#pragma once

#include "azure/endpointprobe.h"
#include "azure/service/cloudsetup.h"
#include "provisioning/profile.h"

#include <memory>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

class MemorySecretStore;
class SecretStore;
class Station;

/// The built-in test bed: local Azure (Mosquitto + the DPS/IoT Hub plugin) and N uxsim modules in a
/// temporary directory, with the CA, enrollment or device identities the chosen flow needs, a
/// matching profile and an in-memory secret store. Used by `provstation-cli demo`,
/// `provstation --simulate` and the end-to-end tests. Everything it started stops with it.
class Simulation : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Profile::Flow flow = Profile::Flow::DpsX509;
        int modules = 1;
        QString binDir; ///< where local-azure and uxsim are (default: next to this program)
        QString persona = QStringLiteral("nina-w15-3");
        QString latency = QStringLiteral("fast");
        QStringList faults;          ///< uxsim --fault values, applied to every module
        QStringList uxsimArgs;       ///< further uxsim options (e.g. --urcs-during-upload hold)
        int assignmentDelayMs = 200; ///< local Azure's DPS assignment delay
        QString wifiSsid = QStringLiteral("station-lab");
        /// Make the enrollment group / device identities through the station's own service clients
        /// (CloudSetup) instead of local-azure's commands; only the CA upload and verification, Azure's
        /// management-plane step, stays a local-azure command.
        bool prepareCloud = false;
        /// uxsim --state-file: the modules' stored Wi-Fi configurations, kept in this file (FILE.i
        /// with several modules) for a test to read back; empty: none.
        QString moduleStateFile;
        /// The module's peers (and the station's own check, probeRoutes()) go to a loopback port
        /// where nothing listens: Azure is unreachable.
        bool unreachableCloud = false;
    };

    explicit Simulation(Options options, QObject *parent = nullptr);
    ~Simulation() override;

    /// Starts everything; emits ready() or failed() (with a sentence) within about 30 s.
    void start();
    /// Stops the simulators without blocking: SIGTERM, SIGKILL after 5 s; stopped() when both
    /// are gone. Idempotent.
    void stop();
    bool isRunning() const;

    bool isReady() const { return m_ready; }
    Profile profile() const { return m_profile; }
    QStringList ports() const { return m_ports; }
    SecretStore *secrets() const;
    QString stateDir() const;
    QString workDir() const { return m_dir.path(); }
    QJsonObject azure() const { return m_azure; }
    /// How the station's service clients reach this local Azure (its service port, its test root).
    azure::service::CloudSetupOptions cloudOptions() const;
    /// Where the station's check of a failed peer dials DPS and the hub: the listener the
    /// modules' --resolve names for this flow (X.509 or SAS), as Station::setProbeRoutes() takes it.
    azure::EndpointProbe::Routes probeRoutes() const;
    QList<QJsonObject> modules() const { return m_modules; }
    /// Once ready: gives @p station what it needs to reach this test bed (secrets, the service
    /// APIs, where its own peer checks dial, each simulated module's model for the capability
    /// gate). Ports and profile stay the caller's choice.
    void connectStation(Station &station) const;
    QString errorString() const { return m_error; }
    /// With Options::prepareCloud: what CloudSetup reported (CloudReport::toJson()).
    QJsonObject cloudReport() const { return m_cloudReport; }

    /// Runs `local-azure <args> --state-dir <dir>` and waits for it (for tests and the CLI, not
    /// for a window's thread); returns its exit code, output in @p out.
    int azureTool(QStringList args, QByteArray *out = nullptr) const;
    /// The device id the default template gives a simulated module.
    static QString deviceIdFor(const QJsonObject &module);

signals:
    void ready();
    void failed(const QString &error);
    void stopped();

private:
    void onAzureOutput();
    void onProcessEnded();
    void onUxsimOutput();
    void startModules();
    bool makeIdentities();
    void finishSetup();
    void runNextTool();
    void prepareCloud();
    void setFailed(const QString &error);
    QString tool(const QString &name) const;

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_azureProcess;
    QProcess m_uxsimProcess;
    QByteArray m_azureBuffer;
    QByteArray m_uxsimBuffer;
    QJsonObject m_azure;
    QList<QJsonObject> m_modules;
    QStringList m_ports;
    Profile m_profile;
    std::unique_ptr<MemorySecretStore> m_secrets;
    struct ToolStep
    {
        QStringList args;
        QString what;
        QString key; ///< handed over in the environment (LOCAL_AZURE_KEY), never in args
    };
    QList<ToolStep> m_toolQueue;
    QTimer m_deadline;
    QTimer m_killTimer;
    QJsonObject m_cloudReport;
    bool m_cloudPrepared = false;
    bool m_ready = false;
    bool m_failed = false;
    QString m_error;
    quint16 m_deadPort = 0; ///< Options::unreachableCloud: a loopback port nothing listens on
};
