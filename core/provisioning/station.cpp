#include "provisioning/station.h"

#include "common/logging.h"
#include "link/ports.h"
#include "provisioning/resultstore.h"

#include <QFileInfo>
#include <QSettings>
#include <QSysInfo>

Station::Station(QObject *parent)
    : QObject(parent)
    , m_stationName(stationIdFor({}))
    , m_lineId(lineIdFor({}))
{
    qRegisterMetaType<ResultRow>();
    qRegisterMetaType<StepResult>();
    m_labels = new label::LabelPrinter(this);
    connect(m_labels, &label::LabelPrinter::printed, this, &Station::settleOne);
    connect(m_labels, &label::LabelPrinter::failed, this, &Station::settleOne);
    m_hotplug.setInterval(500);
    connect(&m_hotplug, &QTimer::timeout, this, &Station::pollPorts);
}

Station::~Station()
{
    // Jobs are children: they go first; the writer then finishes what is queued.
    for (Job *job : std::as_const(m_running))
        job->disconnect(this);
    qDeleteAll(findChildren<Job *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_results;
}

// -- profile -------------------------------------------------------------------------------------

void Station::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void Station::setProfile(const Profile &profile, const QString &path)
{
    m_profile = profile;
    m_savedProfile = profile;
    m_profilePath = path;
    setModified(false);
    emit profileChanged();
    emit profileReplaced();
}

void Station::editProfile(const std::function<void(Profile &)> &edit)
{
    const QJsonObject before = m_profile.toJson();
    edit(m_profile);
    if (m_profile.toJson() == before)
        return;
    setModified(true);
    emit profileChanged();
}

bool Station::saveProfile(const QString &path, QString *error)
{
    if (!m_profile.save(path, error))
        return false;
    m_profilePath = path;
    m_savedProfile = m_profile;
    setModified(false);
    return true;
}

void Station::revertProfile()
{
    setProfile(m_savedProfile, m_profilePath);
}

// -- services ------------------------------------------------------------------------------------

void Station::setSecrets(SecretStore *secrets)
{
    m_secrets = secrets;
    emit secretsChanged(secrets);
}

// -- results (issue 16: a results URL, a line, a server that can go away) -----------------------

namespace {

QString configured(const char *variable, const char *setting)
{
    const QString env = qEnvironmentVariable(variable).trimmed();
    return env.isEmpty() ? QSettings().value(QLatin1String(setting)).toString().trimmed() : env;
}

} // namespace

QString Station::resultsUrlFor(const QString &given)
{
    return given.trimmed().isEmpty() ? configured("PROVSTATION_RESULTS", "results/url") : given.trimmed();
}

QString Station::stationIdFor(const QString &given)
{
    if (!given.trimmed().isEmpty())
        return given.trimmed();
    const QString id = configured("PROVSTATION_STATION_ID", "station/id");
    return id.isEmpty() ? QSysInfo::machineHostName() : id;
}

QString Station::lineIdFor(const QString &given)
{
    return given.trimmed().isEmpty() ? configured("PROVSTATION_LINE_ID", "station/line") : given.trimmed();
}

QString Station::resultsNotice() const
{
    if (m_resultsState != ResultsState::Lost)
        return {};
    return tr("The results server %1 is unreachable: running modules finish and their results are kept; "
              "new modules start when it is back.")
        .arg(m_resultsPath);
}

void Station::setResultsState(ResultsState state)
{
    if (m_resultsState == state)
        return;
    m_resultsState = state;
    emit resultsStateChanged(state);
}

void Station::openResults(const QString &urlOrPath)
{
    delete m_results;
    m_results = nullptr;
    ++m_resultsGeneration;
    m_resultsError.clear();
    const QString text = resultsUrlFor(urlOrPath);
    const auto url = ResultsUrl::parse(text);
    m_resultsState = ResultsState::Opening;
    if (!url) {
        m_resultsPath = ResultsUrl::mask(text);
        m_resultsError = url.error();
        m_resultsState = ResultsState::Failed;
        emit resultsStateChanged(m_resultsState);
        return;
    }
    m_resultsUrl = *url;
    m_resultsPath = url->display();
    if (url->passwordInUrl && urlOrPath.trimmed().isEmpty() && qEnvironmentVariable("PROVSTATION_RESULTS").isEmpty()) {
        // A settings file is no place for a secret (it is copied, backed up and shown).
        m_resultsError = tr("the setting results/url holds a password: remove it from the URL and keep it as the "
                            "secret \"%1\" or in ~/.pgpass")
                             .arg(QLatin1String(ResultsUrl::kPasswordSecret));
        m_resultsState = ResultsState::Failed;
        emit resultsStateChanged(m_resultsState);
        return;
    }
    emit resultsStateChanged(m_resultsState);
    if (!url->isPostgres() || url->passwordInUrl || !m_secrets) {
        startWriter();
        return;
    }
    // The password first (the keychain answers asynchronously, with its own deadline); no
    // secret means libpq's .pgpass or a server that needs none.
    SecretJob *job = m_secrets->read(QLatin1String(ResultsUrl::kPasswordSecret));
    const auto read = [this, job, generation = m_resultsGeneration] {
        job->deleteLater();
        if (generation != m_resultsGeneration)
            return;
        if (job->isOk())
            m_resultsUrl.password = QString::fromUtf8(job->value());
        else if (job->status() != SecretJob::Status::NotFound)
            qCWarning(lcStore).noquote() << "results password:" << job->errorString() << "- trying without";
        startWriter();
    };
    if (job->isFinished())
        read();
    else
        connect(job, &SecretJob::finished, this, read);
}

void Station::startWriter()
{
    ResultWriter::Options options;
    options.url = m_resultsUrl;
    options.station = m_stationName;
    m_results = new ResultWriter(options, this);
    connect(m_results, &ResultWriter::opened, this, [this](int interrupted) {
        if (interrupted > 0)
            qCInfo(lcStore) << interrupted << "attempts left running by an earlier process are now interrupted";
        m_resultsError.clear();
        setResultsState(ResultsState::Ready);
    });
    connect(m_results, &ResultWriter::error, this, [this](const QString &message) {
        m_resultsError = message;
        if (m_resultsState == ResultsState::Opening)
            setResultsState(ResultsState::Failed);
    });
    connect(m_results, &ResultWriter::connectionLost, this, [this](const QString &reason) {
        m_resultsError = reason;
        qCWarning(lcStore).noquote() << "results server lost; running jobs finish, new ones wait:" << reason;
        setResultsState(ResultsState::Lost);
    });
    connect(m_results, &ResultWriter::connectionRestored, this, [this](int replayed) {
        qCInfo(lcStore) << "results server back;" << replayed << "kept results written";
        m_resultsError.clear();
        setResultsState(ResultsState::Ready);
    });
    connect(m_results, &ResultWriter::recorded, this, &Station::resultRecorded);
}

void Station::whenSettled(std::function<void()> done)
{
    if (m_unsettled == 0)
        QMetaObject::invokeMethod(this, std::move(done), Qt::QueuedConnection);
    else
        m_settledWaiters.append(std::move(done));
}

void Station::setEngineerMode(bool on)
{
    if (m_engineer == on)
        return;
    m_engineer = on;
    for (Job *job : std::as_const(m_running))
        job->link()->setKeepOriginals(on);
    qCInfo(lcUi) << "mode:" << (on ? "engineer" : "operator");
    emit engineerModeChanged(on);
}

std::optional<ModuleInfo> Station::knownModule(const QString &port) const
{
    const auto it = m_known.constFind(port);
    if (it == m_known.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QString> Station::capabilityProblem(const QString &port) const
{
    const std::optional<ModuleInfo> module = knownModule(port);
    if (!module)
        return std::nullopt;
    return m_profile.refusalFor(*module);
}

// -- slots ---------------------------------------------------------------------------------------

int Station::slotOf(const QString &port) const
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].port == port)
            return i;
    }
    return -1;
}

Expected<void, QString> Station::setPorts(const QStringList &ports)
{
    for (const Slot &s : std::as_const(m_slots)) {
        if (s.job && s.job->isRunning())
            return tr("the slots cannot change while slot %1 (%2) is provisioning").arg(slotOf(s.port) + 1).arg(s.port);
    }
    if (QSet<QString>(ports.begin(), ports.end()).size() != ports.size())
        return tr("a port is listed twice");
    m_slots.clear();
    for (const QString &p : ports)
        m_slots.append(Slot{p, nullptr, {}, QFileInfo::exists(p)});
    emit slotsChanged();
    return {};
}

QStringList Station::ports() const
{
    QStringList out;
    for (const Slot &s : m_slots)
        out << s.port;
    return out;
}

Expected<void, QString> Station::addSlot(const QString &port)
{
    if (port.trimmed().isEmpty())
        return tr("no port given");
    if (const int slot = slotOf(port); slot >= 0)
        return tr("%1 is already slot %2").arg(port).arg(slot + 1);
    m_slots.append(Slot{port, nullptr, {}, QFileInfo::exists(port)});
    emit slotsChanged();
    return {};
}

Expected<void, QString> Station::removeSlot(int index)
{
    if (index < 0 || index >= m_slots.size())
        return tr("there is no slot %1").arg(index + 1);
    if (m_slots[index].job && m_slots[index].job->isRunning())
        return tr("slot %1 is provisioning; stop it first").arg(index + 1);
    m_slots.removeAt(index);
    emit slotsChanged();
    return {};
}

void Station::setAutoStart(bool on)
{
    m_autoStart = on;
    if (on)
        m_hotplug.start();
    else
        m_hotplug.stop();
}

void Station::pollPorts()
{
    for (int i = 0; i < m_slots.size(); ++i) {
        const bool present = QFileInfo::exists(m_slots[i].port);
        if (present == m_slots[i].present)
            continue;
        m_slots[i].present = present;
        emit portPresenceChanged(i, present);
        if (present && m_autoStart && !m_running.contains(m_slots[i].port) && matchesUsbFilter(m_slots[i].port))
            startSlot(i);
    }
}

bool Station::matchesUsbFilter(const QString &port) const
{
    const QString filter = m_profile.line.usbFilter;
    if (filter.trimmed().isEmpty())
        return true;
    // A slot named by a udev link (/dev/serial/by-path/...) is the device it points to.
    const QString device = QFileInfo(port).canonicalFilePath();
    const QList<PortInfo> present = ports::available();
    const auto it = std::find_if(present.cbegin(), present.cend(), [&](const PortInfo &p) {
        return p.path == port || (!device.isEmpty() && QFileInfo(p.path).canonicalFilePath() == device);
    });
    return it != present.cend() && it->matches(filter);
}

// -- jobs ----------------------------------------------------------------------------------------

Expected<Job *, QString> Station::startSlot(int index, const QString &serial)
{
    if (index < 0 || index >= m_slots.size())
        return tr("there is no slot %1").arg(index + 1);
    return launch(m_slots[index].port, index, serial);
}

Expected<Job *, QString> Station::startPort(const QString &port, const QString &serial)
{
    if (port.trimmed().isEmpty())
        return tr("choose or type the module's port");
    return launch(port.trimmed(), -1, serial);
}

void Station::startAll()
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (!m_running.contains(m_slots[i].port))
            startSlot(i);
    }
}

void Station::cancelSlot(int index)
{
    if (index >= 0 && index < m_slots.size())
        if (Job *job = m_running.value(m_slots[index].port))
            job->cancel();
}

void Station::cancelAll()
{
    for (Job *job : std::as_const(m_running))
        job->cancel();
}

Expected<Job *, QString> Station::launch(const QString &port, int slot, const QString &serial)
{
    if (Job *busy = m_running.value(port)) {
        const int owner = busy->setup().slot;
        return owner >= 0 ? tr("%1 is busy: slot %2 is provisioning it").arg(port).arg(owner + 1)
                          : tr("%1 is busy: the wizard is provisioning it").arg(port);
    }
    switch (m_resultsState) {
    case ResultsState::None:
        return tr("there is no results database: nothing is provisioned without a record");
    case ResultsState::Opening:
        return tr("the results database is still opening");
    case ResultsState::Failed:
        return tr("the results database cannot be written: %1").arg(m_resultsError);
    case ResultsState::Lost:
        return tr("the results server %1 is unreachable: the modules that are running finish, new ones start "
                  "when it is back")
            .arg(m_resultsPath);
    case ResultsState::Ready:
        break;
    }
    JobSetup setup;
    setup.profile = m_profile; // a copy: later edits are for later jobs
    setup.port = port;
    setup.slot = slot;
    setup.station = m_stationName;
    setup.operatorName = m_operatorName;
    setup.serial = serial;
    setup.secrets = m_secrets;
    setup.linkTimings = m_timings;
    setup.cloudOptions = m_cloudOptions;
    setup.probeRoutes = m_probeRoutes;
    setup.lineId = m_lineId;
    // Issue 16: the line's record is asked before a module takes a device id.
    setup.checkIdentity = [writer = QPointer<ResultWriter>(m_results), station = m_stationName](
                              const QString &id, std::function<void(const IdentityCheck &)> answer) {
        if (!writer) {
            IdentityCheck closed;
            closed.error = tr("the results database was closed");
            answer(closed);
            return;
        }
        writer->checkIdentity(id, station, std::move(answer));
    };
    // Issue 17: each certificate the job issues goes to the ledger with its attempt's row id.
    auto rowId = std::make_shared<qint64>(0);
    setup.recordIssuance = [writer = QPointer<ResultWriter>(m_results), rowId](const pki::Certificate &certificate,
                                                                               const ResultRow &row) {
        if (writer)
            writer->recordIssuance(LedgerEntry::issuedFor(certificate, row, *rowId));
    };
    auto *job = new Job(std::move(setup), this);
    connect(job, &Job::traffic, this, &Station::traffic);
    connect(job, &Job::trafficWithOriginal, this, &Station::trafficWithOriginal);
    job->link()->setKeepOriginals(m_engineer);
    m_running.insert(port, job);
    if (slot >= 0) {
        if (m_slots[slot].job && !m_slots[slot].job->isRunning())
            m_slots[slot].job->deleteLater();
        m_slots[slot].job = job;
    }
    emit jobStarted(job, slot);
    // The row first: no module is touched before its attempt is on record.
    ++m_unsettled;
    QPointer<Job> guard(job);
    // A {seq} number is taken in the same transaction as the row (issue 16).
    m_results->begin(
        job->initialRow(), m_profile.usesSequence(), [this, guard, slot, rowId](const ResultWriter::Begun &b) {
            if (!guard)
                return;
            const qint64 id = b.id;
            *rowId = id;
            connect(guard, &Job::finished, this,
                    [this, job = guard.data(), slot, id] { onJobFinished(job, slot, id); });
            if (id > 0) {
                guard->setSequence(b.seq);
                guard->start();
            } else {
                guard->refuse(
                    Cause::ResultsStore,
                    tr("the attempt could not be recorded: %1").arg(b.error.isEmpty() ? m_resultsError : b.error));
            }
        });
    return job;
}

void Station::onJobFinished(Job *job, int slot, qint64 rowId)
{
    ResultRow result = job->result();
    result.id = rowId; // a label's {result_id}, the history's new row
    m_running.remove(job->setup().port);
    if (slot >= 0 && slot < m_slots.size() && m_slots[slot].job == job) {
        m_slots[slot].last = result;
        emit slotFinished(slot, result);
    }
    emit jobFinished(job, result);
    if (rowId > 0)
        m_results->finish(result);
    m_results->whenIdle([this] { settleOne(); });
    const int labelsBefore = m_labels->pending();
    m_labels->jobFinished(job->setup().profile, result);
    if (m_labels->pending() > labelsBefore)
        ++m_unsettled; // settled when the label is printed or has failed
    if (slot < 0)
        job->deleteLater(); // the wizard keeps what it needs from jobFinished
    if (m_running.isEmpty())
        emit allFinished();
}

void Station::settleOne()
{
    if (--m_unsettled > 0)
        return;
    for (const auto &done : std::exchange(m_settledWaiters, {}))
        done();
}
