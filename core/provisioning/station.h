#pragma once

#include "common/expected.h"
#include "label/labelprinter.h"
#include "provisioning/job.h"
#include "provisioning/resultsurl.h"
#include "provisioning/secretstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ResultWriter;

/// THE owner of a station's state: the profile (with its modified flag), the secret store, the
/// results writer, the slots of the line (port <-> slot) and every job. The wizard, the station
/// view, the CLI and the benches are its faces: they ask it to run a port and render what it says.
///
/// Rules it keeps (docs/architecture.md):
/// - one job per port at a time, whoever asks (a slot, the wizard, a script);
/// - a job copies the profile when it starts: an edit made while jobs run is used by the next job
///   and never by the running ones, and never dropped;
/// - nothing is provisioned without a record: a job starts only after its result row is written;
///   until the results store is open no job starts.
class Station : public QObject
{
    Q_OBJECT
public:
    struct Slot
    {
        QString port;
        QPointer<Job> job;    ///< the running or last job of this slot
        ResultRow last;       ///< the last finished result
        bool present = false; ///< the port exists now
    };
    enum class ResultsState : quint8
    {
        None,    ///< no results store: jobs are refused
        Opening, ///< the writer is opening it
        Ready,
        Failed, ///< see resultsError()
        /// The PostgreSQL server went away (issue 16): running jobs finish into the writer's
        /// journal, new ones are refused with resultsNotice(); Ready again by itself when it is back.
        Lost,
    };

    explicit Station(QObject *parent = nullptr);
    ~Station() override;

    // -- the profile
    const Profile &profile() const { return m_profile; }
    QString profilePath() const { return m_profilePath; }
    bool isProfileModified() const { return m_modified; }
    /// Replaces the profile (opened file, simulation); not modified afterwards.
    void setProfile(const Profile &profile, const QString &path = {});
    /// An edit; marks the profile modified. Running jobs keep the profile they started with.
    void editProfile(const std::function<void(Profile &)> &edit);
    /// Saves the profile to @p path and remembers the path; not modified afterwards.
    bool saveProfile(const QString &path, QString *error);
    /// Back to the profile as it was last opened or saved (drops the edits).
    void revertProfile();

    // -- services
    SecretStore *secrets() const { return m_secrets; }
    /// The store the next jobs read secrets from (not owned; null: profiles that need none only).
    void setSecrets(SecretStore *secrets);
    /// Opens the results store at @p urlOrPath (a path or results URL; empty: resultsUrlFor()) on
    /// the writer's thread; resultsStateChanged() tells when it is ready or failed. A PostgreSQL
    /// password comes from the secret store (ResultsUrl::kPasswordSecret) or libpq's .pgpass.
    void openResults(const QString &urlOrPath);
    ResultsState resultsState() const { return m_resultsState; }
    QString resultsError() const { return m_resultsError; }
    /// The results database for people: a path, or a URL without its password.
    QString resultsPath() const { return m_resultsPath; }
    /// The results database with its password, for other readers of it (the history view).
    ResultsUrl resultsUrl() const { return m_resultsUrl; }
    /// What every tile says while the results are Lost (empty otherwise).
    QString resultsNotice() const;
    /// The results URL when none is given: PROVSTATION_RESULTS, else the setting "results/url",
    /// else the default SQLite file ("").
    static QString resultsUrlFor(const QString &given);
    /// The station id when none is given: PROVSTATION_STATION_ID, else the setting "station/id",
    /// else the host name. The line id likewise: PROVSTATION_LINE_ID, "station/line", else "".
    static QString stationIdFor(const QString &given);
    static QString lineIdFor(const QString &given);
    ResultWriter *results() const { return m_results; }
    /// Result rows started but not finished in the store yet.
    int unsettledRows() const { return m_unsettled; }
    /// Calls @p done once every row is finished in the store and every label printed or failed
    /// (never blocks).
    void whenSettled(std::function<void()> done);
    /// Prints each passed module's label when its profile says so (label.print "pass"); the GUI
    /// installs the CUPS handler and shows failed() to the operator.
    label::LabelPrinter *labels() const { return m_labels; }

    /// The station id recorded with every row (unique on a line; docs/line.md).
    QString stationName() const { return m_stationName; }
    void setStationName(const QString &name) { m_stationName = name; }
    QString lineId() const { return m_lineId; }
    void setLineId(const QString &line) { m_lineId = line; }
    QString operatorName() const { return m_operatorName; }
    void setOperatorName(const QString &name) { m_operatorName = name; }
    void setLinkTimings(const ModuleLink::Timings &timings) { m_timings = timings; }
    /// How jobs reach the Azure service APIs (local Azure: Simulation::cloudOptions()).
    void setCloudOptions(const azure::service::CloudSetupOptions &options) { m_cloudOptions = options; }
    const azure::service::CloudSetupOptions &cloudOptions() const { return m_cloudOptions; }
    /// Where a job's own check of a failed peer dials a host name (local Azure: Simulation::probeRoutes()).
    void setProbeRoutes(const azure::EndpointProbe::Routes &routes) { m_probeRoutes = routes; }

    /// Engineer mode edits the profile and keeps secret originals in memory for the inspector's
    /// reveal switch; operator mode (the default) shows the profile locked.
    bool isEngineerMode() const { return m_engineer; }
    void setEngineerMode(bool on);

    /// A module known before it is identified (a simulated persona): the capability gate runs early.
    void setKnownModule(const QString &port, const ModuleInfo &module) { m_known.insert(port, module); }
    std::optional<ModuleInfo> knownModule(const QString &port) const;
    /// Why the profile cannot run on the module at @p port, when that module is known; else nullopt.
    std::optional<QString> capabilityProblem(const QString &port) const;

    // -- the line's slots
    int slotCount() const { return int(m_slots.size()); }
    const Slot &slotAt(int index) const { return m_slots[index]; }
    int slotOf(const QString &port) const;
    /// Replaces the slots; refused (with the reason) while a slot's job runs or a port repeats.
    Expected<void, QString> setPorts(const QStringList &ports);
    QStringList ports() const;
    Expected<void, QString> addSlot(const QString &port);
    Expected<void, QString> removeSlot(int index);
    /// With auto-start, a slot's port that appears (a module plugged in) starts its job, when its
    /// USB VID:PID matches the profile's line.usbFilter (an empty filter: any port).
    void setAutoStart(bool on);
    bool autoStart() const { return m_autoStart; }

    // -- jobs
    /// Starts the job of slot @p index; refused with the reason (busy port, no results store...).
    Expected<Job *, QString> startSlot(int index, const QString &serial = {});
    /// Runs one port outside the slots (the wizard, a script); @p serial fills {serial}.
    Expected<Job *, QString> startPort(const QString &port, const QString &serial = {});
    void startAll();
    void cancelSlot(int index);
    void cancelAll();
    /// The job running on @p port, or null.
    Job *jobOn(const QString &port) const { return m_running.value(port); }
    /// True while any started job has not reported its result yet.
    bool isBusy() const { return !m_running.isEmpty(); }

signals:
    void profileChanged();  ///< edited or replaced
    void profileReplaced(); ///< replaced as a whole (after profileChanged)
    void modifiedChanged(bool modified);
    void secretsChanged(SecretStore *secrets);
    void engineerModeChanged(bool engineer);
    void resultsStateChanged(Station::ResultsState state);
    void slotsChanged();
    void portPresenceChanged(int slot, bool present);
    /// A job started: @p slot is its slot, -1 for the wizard or a script.
    void jobStarted(Job *job, int slot);
    void jobFinished(Job *job, const ResultRow &result);
    void slotFinished(int slot, const ResultRow &result);
    /// A finished attempt is in the results database (row.id set): the history takes it from here.
    void resultRecorded(const ResultRow &row);
    void allFinished();
    void traffic(const TrafficRecord &record);
    void trafficWithOriginal(const TrafficRecord &record, const QByteArray &original);

private:
    Expected<Job *, QString> launch(const QString &port, int slot, const QString &serial);
    void onJobFinished(Job *job, int slot, qint64 rowId);
    void settleOne();
    void startWriter();
    void setResultsState(ResultsState state);
    void pollPorts();
    /// Whether @p port's USB ids match the profile's line.usbFilter (an empty filter matches all).
    bool matchesUsbFilter(const QString &port) const;
    void setModified(bool modified);

    Profile m_profile;
    Profile m_savedProfile; ///< as last opened or saved
    QString m_profilePath;
    bool m_modified = false;
    SecretStore *m_secrets = nullptr;
    ResultWriter *m_results = nullptr;
    ResultsState m_resultsState = ResultsState::None;
    QString m_resultsError;
    QString m_resultsPath;
    label::LabelPrinter *m_labels = nullptr;
    ResultsUrl m_resultsUrl;
    quint64 m_resultsGeneration = 0; ///< a password read for an earlier openResults() is dropped
    int m_unsettled = 0;             ///< rows not yet finished in the store, labels not yet printed
    QList<std::function<void()>> m_settledWaiters;
    QString m_stationName;
    QString m_lineId;
    QString m_operatorName;
    ModuleLink::Timings m_timings;
    azure::service::CloudSetupOptions m_cloudOptions;
    azure::EndpointProbe::Routes m_probeRoutes;
    bool m_engineer = false;
    QHash<QString, ModuleInfo> m_known;
    QList<Slot> m_slots;
    QHash<QString, Job *> m_running; ///< port -> its running job
    bool m_autoStart = false;
    QTimer m_hotplug;
};
