#include "provisioningsession.h"

#include "provisioning/resulttracker.h"

#include "common/logging.h"
#include "provisioning/resultstore.h"

#include <memory>
#include <QDateTime>
#include <QSysInfo>

ProvisioningSession::ProvisioningSession(QObject *parent)
    : QObject(parent)
    , m_stationName(QSysInfo::machineHostName())
{
}

ProvisioningSession::~ProvisioningSession()
{
    if (m_job)
        m_job->cancel();
}

void ProvisioningSession::setProfile(const Profile &profile, const QString &path)
{
    m_profile = profile;
    m_profilePath = path;
    emit profileReplaced();
}

void ProvisioningSession::editProfile(const std::function<void(Profile &)> &edit)
{
    edit(m_profile);
    emit profileEdited();
}

void ProvisioningSession::setPorts(const QStringList &ports)
{
    m_ports = ports;
    emit portsChanged();
}

std::optional<ModuleInfo> ProvisioningSession::knownModule(const QString &port) const
{
    const auto it = m_known.constFind(port);
    if (it == m_known.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QString> ProvisioningSession::capabilityProblem(const QString &port) const
{
    const std::optional<ModuleInfo> module = knownModule(port);
    if (!module)
        return std::nullopt;
    return Capabilities::of(*module).refuse(m_profile, *module);
}

void ProvisioningSession::setEngineerMode(bool on)
{
    if (m_engineer == on)
        return;
    m_engineer = on;
    qCInfo(lcUi) << "mode:" << (on ? "engineer" : "operator");
    emit engineerModeChanged(on);
}

bool ProvisioningSession::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ProvisioningSession::cancelJob()
{
    if (m_job)
        m_job->cancel();
}

Job *ProvisioningSession::startJob(const QString &port)
{
    if (isRunning())
        return nullptr;
    if (m_job)
        m_job->deleteLater();
    JobSetup setup;
    setup.profile = m_profile;
    setup.port = port;
    setup.slot = 0;
    setup.station = m_stationName;
    setup.secrets = m_secrets;
    auto *job = new Job(std::move(setup), this);
    m_job = job;
    connect(job, &Job::traffic, this, &ProvisioningSession::traffic);
    connect(job, &Job::trafficWithOriginal, this, &ProvisioningSession::trafficWithOriginal);
    job->link()->setKeepOriginals(isEngineerMode());

    if (m_results) {
        // A tracker per writer; an old one keeps finishing its own rows.
        if (!m_tracker || m_tracker->writer() != m_results)
            m_tracker = new ResultTracker(m_results, this);
        ResultRow started;
        started.port = port;
        started.slot = 0;
        started.station = m_stationName;
        started.profileName = m_profile.name;
        started.profileHash = m_profile.hash();
        started.flow = Profile::flowName(m_profile.flow);
        m_tracker->track(job, started);
    }
    connect(job, &Job::finished, this, [this, job] {
        const ResultRow row = job->result();
        qCInfo(lcUi) << "job finished:" << row.outcome << row.causeCode;
        emit jobFinished(row);
    });
    emit jobStarted(job);
    job->start();
    return job;
}
