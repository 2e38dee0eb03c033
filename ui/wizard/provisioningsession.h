#pragma once

#include "provisioning/capabilities.h"
#include "provisioning/job.h"
#include "provisioning/profile.h"

#include <functional>
#include <optional>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ResultTracker;
class ResultWriter;
class SecretStore;

/// The one object the wizard's pages edit and the Provision page runs: the profile (the engineer's
/// recipe), where secrets live, the ports on offer, what is already known about the module on a port
/// (a simulated persona), and the current Job. Pages are thin views over it (style-by-example §1, habit 13).
class ProvisioningSession : public QObject
{
    Q_OBJECT
public:
    explicit ProvisioningSession(QObject *parent = nullptr);
    ~ProvisioningSession() override;

    const Profile &profile() const { return m_profile; }
    /// Replaces the whole profile (opened file, simulation); emits profileReplaced().
    void setProfile(const Profile &profile, const QString &path = {});
    /// In-place edits by the pages; emits profileEdited().
    void editProfile(const std::function<void(Profile &)> &edit);
    QString profilePath() const { return m_profilePath; }
    void setProfilePath(const QString &path) { m_profilePath = path; }

    SecretStore *secrets() const { return m_secrets; }
    void setSecrets(SecretStore *secrets)
    {
        m_secrets = secrets;
        emit secretsChanged(secrets);
    }
    ResultWriter *results() const { return m_results; }
    void setResults(ResultWriter *writer) { m_results = writer; }

    QStringList ports() const { return m_ports; }
    void setPorts(const QStringList &ports);
    /// A module known before it is identified (a simulated persona): the capability gate runs early.
    void setKnownModule(const QString &port, const ModuleInfo &module) { m_known.insert(port, module); }
    std::optional<ModuleInfo> knownModule(const QString &port) const;
    /// Why the profile cannot run on the module at @p port, when that module is known; else nullopt.
    std::optional<QString> capabilityProblem(const QString &port) const;

    /// Engineer mode edits everything; operator mode (the default) shows the profile locked.
    bool isEngineerMode() const { return m_engineer; }
    void setEngineerMode(bool on);

    QString stationName() const { return m_stationName; }
    void setStationName(const QString &name) { m_stationName = name; }

    /// Starts a job for @p port with the current profile; the previous job is dropped.
    Job *startJob(const QString &port);
    Job *job() const { return m_job; }
    bool isRunning() const;
    void cancelJob();

signals:
    /// The secret store was replaced (e.g. by the simulation's): every user must follow.
    void secretsChanged(SecretStore *secrets);
    void profileReplaced();
    void profileEdited();
    void portsChanged();
    void engineerModeChanged(bool engineer);
    void jobStarted(Job *job);
    void jobFinished(const ResultRow &row);
    /// Every traffic record of the wizard's jobs (for the inspector).
    void traffic(const TrafficRecord &record);
    /// Engineer mode only: a redacted record with its original bytes, for the reveal switch.
    void trafficWithOriginal(const TrafficRecord &record, const QByteArray &original);

private:
    Profile m_profile;
    QString m_profilePath;
    SecretStore *m_secrets = nullptr;
    ResultWriter *m_results = nullptr;
    ResultTracker *m_tracker = nullptr;
    QStringList m_ports;
    QHash<QString, ModuleInfo> m_known;
    bool m_engineer = false;
    QString m_stationName;
    QPointer<Job> m_job;
};
