#include "provisioning/resultstore.h"

#include "common/logging.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>

namespace {

// Column order shared by INSERT, UPDATE and SELECT (id is first in SELECT only).
const char *const kColumns[] = {"station",
                                "operator_name",
                                "port",
                                "slot",
                                "profile_name",
                                "profile_hash",
                                "flow",
                                "model",
                                "firmware",
                                "mac",
                                "registration_id",
                                "device_id",
                                "assigned_hub",
                                "operation_id",
                                "substatus",
                                "certificate_serial",
                                "certificate_thumbprint",
                                "outcome",
                                "cause",
                                "cause_code",
                                "steps",
                                "started",
                                "finished"};
constexpr int kColumnCount = int(std::size(kColumns));

QString columnList()
{
    QStringList names;
    for (const char *c : kColumns)
        names.append(QLatin1String(c));
    return names.join(u", ");
}

QVariant timeValue(const QDateTime &t)
{
    if (!t.isValid())
        return QVariant(QMetaType::fromType<QString>()); // NULL
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString stepsToJson(const QList<StepResult> &steps)
{
    QJsonArray a;
    for (const StepResult &s : steps)
        a.append(QJsonObject{{QStringLiteral("name"), stepName(s.step)},
                             {QStringLiteral("ms"), double(s.elapsedMs)},
                             {QStringLiteral("outcome"), stepOutcomeName(s.outcome)},
                             {QStringLiteral("message"), s.message}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<StepResult> stepsFromJson(const QString &json)
{
    QList<StepResult> steps;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        const auto step = stepFromName(o.value(u"name").toString());
        if (!step)
            continue; // a step this build does not know
        steps.append({*step, qint64(o.value(u"ms").toDouble()), stepOutcomeFromName(o.value(u"outcome").toString()),
                      o.value(u"message").toString()});
    }
    return steps;
}

// The SQLite driver binds a null QString as NULL; the text columns are NOT NULL DEFAULT ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariantList rowValues(const ResultRow &r)
{
    return {text(r.station),
            text(r.operatorName),
            text(r.port),
            r.slot,
            text(r.profileName),
            text(r.profileHash),
            text(r.flow),
            text(r.model),
            text(r.firmware),
            text(r.mac),
            text(r.registrationId),
            text(r.deviceId),
            text(r.assignedHub),
            text(r.operationId),
            text(r.substatus),
            text(r.certificateSerial),
            text(r.certificateThumbprint),
            outcomeName(r.outcome),
            text(r.causeMessage),
            causeCode(r.cause),
            stepsToJson(r.steps),
            timeValue(r.started),
            timeValue(r.finished)};
}

ResultRow rowFrom(const QSqlQuery &q)
{
    // q: id, then kColumns in order.
    ResultRow r;
    int i = 0;
    const auto s = [&] { return q.value(++i).toString(); };
    r.id = q.value(0).toLongLong();
    r.station = s();
    r.operatorName = s();
    r.port = s();
    r.slot = q.value(++i).toInt();
    r.profileName = s();
    r.profileHash = s();
    r.flow = s();
    r.model = s();
    r.firmware = s();
    r.mac = s();
    r.registrationId = s();
    r.deviceId = s();
    r.assignedHub = s();
    r.operationId = s();
    r.substatus = s();
    r.certificateSerial = s();
    r.certificateThumbprint = s();
    r.outcome = outcomeFromName(s()).value_or(Outcome::Interrupted);
    r.causeMessage = s();
    r.cause = causeFromCode(s());
    r.steps = stepsFromJson(s());
    r.started = timeFrom(q.value(++i));
    r.finished = timeFrom(q.value(++i));
    Q_ASSERT(i == kColumnCount);
    return r;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'%', QLatin1String("\\%"))
        .replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

QAtomicInteger<quint64> s_connectionCounter;

} // namespace

ResultStore::ResultStore()
    : m_connection(QStringLiteral("provstation.results.%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

ResultStore::~ResultStore()
{
    close();
}

QString ResultStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/results.sqlite");
}

bool ResultStore::fail(const QString &message, QString *error) const
{
    m_lastError = message;
    if (error)
        *error = message;
    qCWarning(lcStore).noquote() << message;
    return false;
}

QString ResultStore::lastError() const
{
    return m_lastError;
}

bool ResultStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void ResultStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool ResultStore::open(const QString &path, QString *error)
{
    close();
    m_path = path.isEmpty() ? defaultPath() : path;
    m_lastError.clear();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("the SQLite driver for Qt (QSQLITE) is missing: install the package libqt6sql6-sqlite"), error);

    const QFileInfo info(m_path);
    // SQLite would say only "unable to open database file" for a folder, and would try a device.
    if (info.exists() && !info.isFile())
        return fail(tr("cannot open the results database %1: %2")
                        .arg(QDir::toNativeSeparators(m_path),
                             info.isDir() ? tr("it is a folder; name a file, e.g. %1")
                                                .arg(QDir::toNativeSeparators(
                                                    QDir(m_path).filePath(QStringLiteral("results.sqlite"))))
                                          : tr("it is a device or a pipe, not a file")),
                    error);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("cannot create the folder %1 for the results database: check that the path exists "
                       "and is writable, or choose another location")
                        .arg(QDir::toNativeSeparators(info.absolutePath())),
                    error);

    bool ok = false;
    QString message;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            message = tr("cannot open the results database %1: %2")
                          .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        } else {
            QSqlQuery q(db);
            // WAL: readers (history view) never block the writer; a crash loses no committed row.
            if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
                q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
                message = tr("cannot use the results database %1 (the file or its folder is not writable, or the "
                             "file is not an SQLite database): %2")
                              .arg(QDir::toNativeSeparators(m_path),
                                   q.lastError().isValid() ? q.lastError().text() : q.value(0).toString());
            } else {
                q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
                ok = true;
            }
        }
    }
    if (!ok) {
        close();
        return fail(message, error);
    }
    if (!migrate()) {
        const QString m = m_lastError;
        close();
        return fail(m, error);
    }
    qCInfo(lcStore).noquote() << "results database" << m_path << "open, schema" << SchemaVersion;
    return true;
}

bool ResultStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const auto sqlFail = [&](const QSqlQuery &failed) {
        return fail(tr("cannot prepare the results database %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), failed.lastError().text()));
    };
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return sqlFail(q);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
        return sqlFail(q);
    const int version = q.value(0).toInt();
    if (version > SchemaVersion)
        return fail(tr("the results database %1 was written by a newer station (schema %2; this one knows %3): "
                       "use the newer station or another file")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(version)
                        .arg(SchemaVersion));
    if (version == SchemaVersion)
        return true;

    // One step per schema version, each in its own transaction.
    if (version < 1) {
        db.transaction();
        const QStringList statements = {
            QStringLiteral("CREATE TABLE results ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " station TEXT NOT NULL DEFAULT '', operator_name TEXT NOT NULL DEFAULT '',"
                           " port TEXT NOT NULL DEFAULT '', slot INTEGER NOT NULL DEFAULT -1,"
                           " profile_name TEXT NOT NULL DEFAULT '', profile_hash TEXT NOT NULL DEFAULT '',"
                           " flow TEXT NOT NULL DEFAULT '', model TEXT NOT NULL DEFAULT '',"
                           " firmware TEXT NOT NULL DEFAULT '', mac TEXT NOT NULL DEFAULT '',"
                           " registration_id TEXT NOT NULL DEFAULT '', device_id TEXT NOT NULL DEFAULT '',"
                           " assigned_hub TEXT NOT NULL DEFAULT '', operation_id TEXT NOT NULL DEFAULT '',"
                           " substatus TEXT NOT NULL DEFAULT '', certificate_serial TEXT NOT NULL DEFAULT '',"
                           " certificate_thumbprint TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL,"
                           " cause TEXT NOT NULL DEFAULT '', cause_code TEXT NOT NULL DEFAULT '',"
                           " steps TEXT NOT NULL DEFAULT '[]', started TEXT, finished TEXT)"),
            QStringLiteral("CREATE INDEX results_outcome ON results(outcome)"),
            QStringLiteral("CREATE INDEX results_mac ON results(mac)"),
            QStringLiteral("CREATE INDEX results_registration ON results(registration_id)"),
            QStringLiteral("INSERT INTO schema_version(version) VALUES (1)")};
        for (const QString &s : statements) {
            if (!q.exec(s)) {
                const bool r = sqlFail(q);
                db.rollback();
                return r;
            }
        }
        if (!db.commit())
            return fail(tr("cannot prepare the results database %1: %2")
                            .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    return true;
}

qint64 ResultStore::begin(const ResultRow &row)
{
    if (!isOpen()) {
        fail(tr("the results database is not open"));
        return 0;
    }
    ResultRow r = row;
    r.outcome = Outcome::Running;
    r.finished = {};
    if (!r.started.isValid())
        r.started = QDateTime::currentDateTimeUtc();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QStringList marks;
    for (int i = 0; i < kColumnCount; ++i)
        marks.append(QStringLiteral("?"));
    q.prepare(QStringLiteral("INSERT INTO results (%1) VALUES (%2)").arg(columnList(), marks.join(u',')));
    for (const QVariant &v : rowValues(r))
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("cannot record the start of an attempt in %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    qCDebug(lcStore) << "result" << id << "begun on" << r.port << "slot" << r.slot;
    return id;
}

bool ResultStore::finish(const ResultRow &row)
{
    if (!isOpen())
        return fail(tr("the results database is not open"));
    if (row.id <= 0)
        return fail(tr("cannot record the end of an attempt that was never begun (no result id)"));
    QStringList sets;
    for (const char *c : kColumns) {
        if (qstrcmp(c, "started") == 0)
            sets.append(QStringLiteral("started = COALESCE(?, started)"));
        else
            sets.append(QLatin1String(c) + QLatin1String(" = ?"));
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE results SET %1 WHERE id = ?").arg(sets.join(u", ")));
    for (const QVariant &v : rowValues(row))
        q.addBindValue(v);
    q.addBindValue(row.id);
    if (!q.exec())
        return fail(tr("cannot record the end of attempt %1 in %2: %3")
                        .arg(row.id)
                        .arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return fail(tr("cannot record the end of attempt %1: there is no such row in %2")
                        .arg(row.id)
                        .arg(QDir::toNativeSeparators(m_path)));
    qCDebug(lcStore) << "result" << row.id << "finished:" << outcomeName(row.outcome) << causeCode(row.cause);
    return true;
}

int ResultStore::markInterrupted()
{
    if (!isOpen()) {
        fail(tr("the results database is not open"));
        return -1;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE results SET outcome = 'interrupted',"
                             " cause = CASE WHEN cause = '' THEN ? ELSE cause END,"
                             " cause_code = CASE WHEN cause_code = '' THEN 'interrupted' ELSE cause_code END"
                             " WHERE outcome = 'running'"));
    q.addBindValue(tr("the station stopped before this attempt finished (crash, kill or power loss)"));
    if (!q.exec()) {
        fail(tr("cannot mark interrupted attempts in %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
        return -1;
    }
    const int n = q.numRowsAffected();
    if (n > 0)
        qCInfo(lcStore) << n << "attempt(s) left running by an earlier run marked interrupted";
    return n;
}

QList<ResultRow> ResultStore::list(const QString &filterText, int limit) const
{
    QList<ResultRow> rows;
    if (!isOpen()) {
        fail(tr("the results database is not open"));
        return rows;
    }
    QStringList where;
    QVariantList binds;
    const QStringList words = filterText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QString bareMac = word;
        bareMac.remove(QRegularExpression(QStringLiteral("[:\\-.]")));
        if (bareMac.isEmpty())
            bareMac = word;
        where.append(QStringLiteral(
            "(CAST(id AS TEXT) = ? OR registration_id LIKE ? ESCAPE '\\' OR device_id LIKE ? ESCAPE '\\'"
            " OR REPLACE(REPLACE(REPLACE(mac, ':', ''), '-', ''), '.', '') LIKE ? ESCAPE '\\'"
            " OR outcome LIKE ? ESCAPE '\\' OR cause LIKE ? ESCAPE '\\' OR cause_code LIKE ? ESCAPE '\\')"));
        const QString like = likePattern(word);
        binds << word << like << like << likePattern(bareMac) << like << like << like;
    }
    QString sql = QStringLiteral("SELECT id, %1 FROM results").arg(columnList());
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds << (limit > 0 ? limit : -1);

    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("cannot read the results database %1: %2").arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
        return rows;
    }
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

std::optional<ResultRow> ResultStore::get(qint64 id) const
{
    if (!isOpen()) {
        fail(tr("the results database is not open"));
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id, %1 FROM results WHERE id = ?").arg(columnList()));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(tr("cannot read the results database %1: %2").arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return rowFrom(q);
}

QStringList ResultStore::csvColumns()
{
    return {QStringLiteral("id"),
            QStringLiteral("started"),
            QStringLiteral("finished"),
            QStringLiteral("duration_ms"),
            QStringLiteral("station"),
            QStringLiteral("operator"),
            QStringLiteral("port"),
            QStringLiteral("slot"),
            QStringLiteral("profile_name"),
            QStringLiteral("profile_hash"),
            QStringLiteral("flow"),
            QStringLiteral("model"),
            QStringLiteral("firmware"),
            QStringLiteral("mac"),
            QStringLiteral("registration_id"),
            QStringLiteral("device_id"),
            QStringLiteral("assigned_hub"),
            QStringLiteral("operation_id"),
            QStringLiteral("substatus"),
            QStringLiteral("certificate_serial"),
            QStringLiteral("certificate_thumbprint"),
            QStringLiteral("outcome"),
            QStringLiteral("cause_code"),
            QStringLiteral("cause"),
            QStringLiteral("steps")};
}

bool ResultStore::exportCsv(const QString &path, QString *error) const
{
    if (!isOpen())
        return fail(tr("the results database is not open"), error);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, %1 FROM results ORDER BY id ASC").arg(columnList())))
        return fail(
            tr("cannot read the results database %1: %2").arg(QDir::toNativeSeparators(m_path), q.lastError().text()),
            error);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write the export %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    error);
    const auto line = [&file](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        file.write((quoted.join(u',') + QLatin1String("\r\n")).toUtf8());
    };
    line(csvColumns());
    const auto time = [](const QDateTime &t) { return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString(); };
    while (q.next()) {
        const ResultRow r = rowFrom(q);
        QStringList steps;
        for (const StepResult &s : r.steps)
            steps.append(
                QStringLiteral("%1:%2:%3").arg(stepName(s.step)).arg(s.elapsedMs).arg(stepOutcomeName(s.outcome)));
        const QString duration =
            r.started.isValid() && r.finished.isValid() ? QString::number(r.started.msecsTo(r.finished)) : QString();
        line({QString::number(r.id),
              time(r.started),
              time(r.finished),
              duration,
              r.station,
              r.operatorName,
              r.port,
              r.slot >= 0 ? QString::number(r.slot) : QString(),
              r.profileName,
              r.profileHash,
              r.flow,
              r.model,
              r.firmware,
              r.mac,
              r.registrationId,
              r.deviceId,
              r.assignedHub,
              r.operationId,
              r.substatus,
              r.certificateSerial,
              r.certificateThumbprint,
              outcomeName(r.outcome),
              causeCode(r.cause),
              r.causeMessage,
              steps.join(u';')});
    }
    if (!file.commit())
        return fail(tr("cannot write the export %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    error);
    return true;
}

// --- ResultWriter ---------------------------------------------------------------------------

/// Lives on the writer thread; owns the ResultStore (created and destroyed on that thread).
class ResultWriterWorker : public QObject
{
    Q_OBJECT
public:
    std::unique_ptr<ResultStore> store;

signals:
    void begun(quint64 token, qint64 id);
    void failed(const QString &message);
    void opened(int interruptedRows);
};

ResultWriter::ResultWriter(QString path, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_thread(new QThread) // no parent: its lifetime is managed by the destructor
    , m_worker(new ResultWriterWorker)
{
    m_thread->setObjectName(QStringLiteral("results writer"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ResultWriterWorker::begun, this, &ResultWriter::onBegun);
    connect(m_worker, &ResultWriterWorker::failed, this, &ResultWriter::error);
    connect(m_worker, &ResultWriterWorker::opened, this, &ResultWriter::opened);
    m_thread->start();
    ResultWriterWorker *w = m_worker;
    enqueue([w, path] {
        w->store = std::make_unique<ResultStore>();
        QString message;
        if (!w->store->open(path, &message)) {
            emit w->failed(message);
            return;
        }
        const int n = w->store->markInterrupted();
        if (n < 0)
            emit w->failed(w->store->lastError());
        else
            emit w->opened(n);
    });
}

ResultWriter::~ResultWriter()
{
    // Queued after every pending write, so those are done first; then the thread's loop ends.
    ResultWriterWorker *w = m_worker;
    enqueue([w] {
        w->store.reset(); // closes the connection on the thread that opened it
        QThread::currentThread()->quit();
    });
    constexpr int stopMs = 10000;
    if (m_thread->wait(QDeadlineTimer(stopMs))) {
        delete m_thread;
    } else {
        // Never terminate(): a write cut in half is worse than a thread that ends later.
        qCWarning(lcStore) << "the results writer did not stop within" << stopMs << "ms; it will finish on its own";
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    }
}

void ResultWriter::enqueue(std::function<void()> work)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        ++m_shared->pending;
    }
    std::shared_ptr<Shared> shared = m_shared;
    QMetaObject::invokeMethod(
        m_worker,
        [work = std::move(work), shared] {
            work();
            QMutexLocker lock(&shared->mutex);
            if (--shared->pending == 0)
                shared->idle.wakeAll();
        },
        Qt::QueuedConnection);
}

void ResultWriter::begin(const ResultRow &row, std::function<void(qint64)> done)
{
    const quint64 token = m_nextToken++;
    if (done)
        m_callbacks.insert(token, std::move(done));
    ResultWriterWorker *w = m_worker;
    enqueue([w, row, token] {
        qint64 id = 0;
        if (!w->store)
            emit w->failed(tr("the results database is not open"));
        else if ((id = w->store->begin(row)) == 0)
            emit w->failed(w->store->lastError());
        emit w->begun(token, id);
    });
}

void ResultWriter::finish(const ResultRow &row)
{
    ResultWriterWorker *w = m_worker;
    enqueue([w, row] {
        if (!w->store)
            emit w->failed(tr("the results database is not open"));
        else if (!w->store->finish(row))
            emit w->failed(w->store->lastError());
    });
}

void ResultWriter::whenIdle(std::function<void()> done)
{
    const quint64 token = m_nextToken++;
    m_callbacks.insert(token, [done = std::move(done)](qint64) { done(); });
    ResultWriterWorker *w = m_worker;
    enqueue([w, token] { emit w->begun(token, 0); });
}

void ResultWriter::onBegun(quint64 token, qint64 id)
{
    if (auto done = m_callbacks.take(token))
        done(id);
}

bool ResultWriter::flush(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_shared->mutex);
    while (m_shared->pending > 0) {
        if (!m_shared->idle.wait(&m_shared->mutex, deadline))
            return m_shared->pending == 0;
    }
    return true;
}

#include "resultstore.moc"
