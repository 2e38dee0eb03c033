#include "provisioningsession.h"

#include "common/logging.h"
#include "provisioning/resultstore.h"

#include <QDateTime>
#include <QSysInfo>
#include <memory>

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

    // The database row is created on the writer's thread; whichever of "id known" and "job
    // finished" happens second writes the final row.
    struct Record
    {
        qint64 id = 0;
        std::optional<ResultRow> done;
    };
    auto record = std::make_shared<Record>();
    QPointer<ResultWriter> writer(m_results);
    if (writer) {
        ResultRow started;
        started.port = port;
        started.slot = 0;
        started.station = m_stationName;
        started.profileName = m_profile.name;
        started.profileHash = m_profile.hash();
        started.flow = Profile::flowName(m_profile.flow);
        started.outcome = QStringLiteral("running");
        started.started = QDateTime::currentDateTimeUtc();
        writer->begin(started, [record, writer](qint64 id) {
            record->id = id;
            if (record->done && writer && id > 0) {
                record->done->id = id;
                writer->finish(*record->done);
            }
        });
    }
    connect(job, &Job::finished, this, [this, job, record, writer] {
        ResultRow row = job->result();
        row.id = record->id;
        if (writer) {
            if (row.id > 0)
                writer->finish(row);
            else
                record->done = row;
        }
        qCInfo(lcUi) << "job finished:" << row.outcome << row.causeCode;
        emit jobFinished(row);
    });
    emit jobStarted(job);
    job->start();
    return job;
}
