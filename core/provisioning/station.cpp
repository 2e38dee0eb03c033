#include "provisioning/station.h"

#include "provisioning/resultstore.h"
#include "provisioning/resulttracker.h"

#include <memory>
#include <QFileInfo>
#include <QHostInfo>
#include <QPointer>

Station::Station(Profile profile, SecretStore *secrets, ResultWriter *results, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secrets(secrets)
    , m_tracker(results ? new ResultTracker(results, this) : nullptr)
    , m_stationName(QHostInfo::localHostName())
{
    m_hotplug.setInterval(500);
    connect(&m_hotplug, &QTimer::timeout, this, &Station::pollPorts);
}

Station::~Station()
{
    for (Slot &s : m_slots)
        delete s.job;
}

void Station::setPorts(const QStringList &ports)
{
    for (Slot &s : m_slots)
        delete s.job;
    m_slots.clear();
    for (const QString &p : ports)
        m_slots.append(Slot{p, nullptr, {}, QFileInfo::exists(p)});
}

QStringList Station::ports() const
{
    QStringList out;
    for (const Slot &s : m_slots)
        out << s.port;
    return out;
}

void Station::setAutoStart(bool on)
{
    m_autoStart = on;
    if (on)
        m_hotplug.start();
    else
        m_hotplug.stop();
}

void Station::setRevealSecrets(bool on)
{
    m_revealSecrets = on;
    for (Slot &s : m_slots) {
        if (s.job)
            s.job->link()->setKeepOriginals(on);
    }
}

bool Station::isBusy() const
{
    return m_unreported > 0;
}

void Station::start(int index)
{
    if (index < 0 || index >= m_slots.size())
        return;
    Slot &slot = m_slots[index];
    if (slot.job && slot.job->isRunning())
        return;
    if (slot.job)
        slot.job->deleteLater();
    JobSetup setup;
    setup.profile = m_profile;
    setup.port = slot.port;
    setup.slot = index;
    setup.station = m_stationName;
    setup.operatorName = m_operatorName;
    setup.secrets = m_secrets;
    setup.linkTimings = m_timings;
    slot.job = new Job(std::move(setup), this);
    Job *job = slot.job;
    connect(job, &Job::traffic, this, &Station::traffic);
    connect(job, &Job::trafficWithOriginal, this, &Station::trafficWithOriginal);
    job->link()->setKeepOriginals(m_revealSecrets);
    if (m_tracker) {
        ResultRow started;
        started.port = slot.port;
        started.slot = index;
        started.station = m_stationName;
        started.operatorName = m_operatorName;
        started.profileName = m_profile.name;
        started.profileHash = m_profile.hash();
        started.flow = Profile::flowName(m_profile.flow);
        m_tracker->track(job, started);
    }
    // A job's finished() is queued; "all finished" waits until every started job has reported.
    ++m_unreported;
    connect(job, &Job::finished, this, [this, index, job] {
        --m_unreported;
        if (index < m_slots.size() && m_slots[index].job == job) {
            m_slots[index].last = job->result();
            emit slotFinished(index, job->result());
        }
        if (m_unreported == 0)
            emit allFinished();
    });
    emit slotStarted(index, job);
    job->start();
}

void Station::startAll()
{
    for (int i = 0; i < m_slots.size(); ++i)
        start(i);
}

void Station::cancel(int index)
{
    if (index >= 0 && index < m_slots.size() && m_slots[index].job)
        m_slots[index].job->cancel();
}

void Station::cancelAll()
{
    for (int i = 0; i < m_slots.size(); ++i)
        cancel(i);
}

void Station::pollPorts()
{
    for (int i = 0; i < m_slots.size(); ++i) {
        const bool present = QFileInfo::exists(m_slots[i].port);
        if (present == m_slots[i].present)
            continue;
        m_slots[i].present = present;
        emit portPresenceChanged(i, present);
        if (present && m_autoStart)
            start(i);
    }
}
