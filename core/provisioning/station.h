#pragma once

#include "provisioning/job.h"

#include <QObject>
#include <QTimer>

class ResultTracker;
class ResultWriter;

/// Slots bound to ports; their jobs run in parallel on one event loop. With auto-start on, a port
/// that appears (a module plugged in) starts its slot's job.
class Station : public QObject
{
    Q_OBJECT
public:
    struct Slot
    {
        QString port;
        Job *job = nullptr;   ///< the running or last job
        ResultRow last;       ///< the last finished result
        bool present = false; ///< the port exists now
    };

    Station(Profile profile, SecretStore *secrets, ResultWriter *results = nullptr, QObject *parent = nullptr);
    ~Station() override;

    void setPorts(const QStringList &ports);
    QStringList ports() const;
    void setStationName(const QString &name) { m_stationName = name; }
    void setOperatorName(const QString &name) { m_operatorName = name; }
    void setProfile(const Profile &profile) { m_profile = profile; }
    /// Used by the next jobs started (running ones keep theirs).
    void setSecrets(SecretStore *secrets) { m_secrets = secrets; }
    const Profile &profile() const { return m_profile; }
    void setLinkTimings(const ModuleLink::Timings &timings) { m_timings = timings; }
    void setAutoStart(bool on);
    /// Engineer mode: keep secret originals in memory for the inspector's reveal switch.
    void setRevealSecrets(bool on);
    bool autoStart() const { return m_autoStart; }

    int slotCount() const { return int(m_slots.size()); }
    const Slot &slotAt(int index) const { return m_slots[index]; }
    /// True while any started job has not reported its result yet.
    bool isBusy() const;
    /// Records rows in the results database (null without a writer); wait for its settled()
    /// before flushing the writer at exit.
    ResultTracker *tracker() const { return m_tracker; }

    void start(int slot);
    void startAll();
    void cancel(int slot);
    void cancelAll();

signals:
    void slotStarted(int slot, Job *job);
    void slotFinished(int slot, const ResultRow &result);
    void allFinished();
    void portPresenceChanged(int slot, bool present);
    void traffic(const TrafficRecord &record);
    void trafficWithOriginal(const TrafficRecord &record, const QByteArray &original);

private:
    void pollPorts();

    Profile m_profile;
    SecretStore *m_secrets = nullptr;
    ResultTracker *m_tracker = nullptr;
    int m_unreported = 0;
    QList<Slot> m_slots;
    QString m_stationName;
    QString m_operatorName;
    ModuleLink::Timings m_timings;
    bool m_autoStart = false;
    bool m_revealSecrets = false;
    QTimer m_hotplug;
};

Q_DECLARE_METATYPE(ResultRow)
