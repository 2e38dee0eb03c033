#include "provisioning/resultstore.h"

#include "common/logging.h"

#include <QAtomicInteger>
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

namespace {

// Column order shared by INSERT, UPDATE and SELECT (id is first in SELECT, seq last; begin()
// writes seq, finish() never does).
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
                                "finished",
                                "line_id",
                                "duration_ms",
                                "cloud_check"};
constexpr int kColumnCount = int(std::size(kColumns));

QString columnList()
{
    QStringList names;
    for (const char *c : kColumns)
        names.append(QLatin1String(c));
    return names.join(u", ");
}

QString marks(int n)
{
    QStringList m;
    for (int i = 0; i < n; ++i)
        m.append(QStringLiteral("?"));
    return m.join(u',');
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

QVariant durationValue(const ResultRow &r)
{
    if (!r.started.isValid() || !r.finished.isValid())
        return QVariant(QMetaType::fromType<qint64>()); // NULL
    return r.started.msecsTo(r.finished);
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
            timeValue(r.finished),
            text(r.lineId),
            durationValue(r),
            text(r.cloudCheck)};
}

ResultRow rowFrom(const QSqlQuery &q)
{
    // q: id, then kColumns in order, then seq.
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
    r.lineId = s();
    ++i; // duration_ms: derived from the times
    r.cloudCheck = s();
    Q_ASSERT(i == kColumnCount);
    r.seq = q.value(++i).toLongLong();
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
    QString escaped = word.toLower();
    escaped.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'%', QLatin1String("\\%"))
        .replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

QStringList filterWords(const QString &filterText)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return filterText.split(space, Qt::SkipEmptyParts);
}

QString bareMac(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[:\\-.]"));
    QString bare = text;
    bare.remove(separators);
    return bare;
}

/// One schema step: the statements for SQLite and for PostgreSQL (docs/line.md "Schema").
struct Migration
{
    int version;
    QStringList sqlite;
    QStringList postgres;
};

QString resultsTable(bool postgres)
{
    // The columns of schema 1; the types are what each database calls them.
    const QString text = QStringLiteral(" TEXT NOT NULL DEFAULT ''");
    QStringList columns;
    columns << (postgres ? QStringLiteral("id BIGSERIAL PRIMARY KEY")
                         : QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT"));
    for (const char *c : {"station", "operator_name", "port"})
        columns << QLatin1String(c) + text;
    columns << QStringLiteral("slot INTEGER NOT NULL DEFAULT -1");
    for (const char *c :
         {"profile_name", "profile_hash", "flow", "model", "firmware", "mac", "registration_id", "device_id",
          "assigned_hub", "operation_id", "substatus", "certificate_serial", "certificate_thumbprint"})
        columns << QLatin1String(c) + text;
    columns << QStringLiteral("outcome TEXT NOT NULL") << QStringLiteral("cause") + text
            << QStringLiteral("cause_code") + text;
    columns << (postgres ? QStringLiteral("steps JSONB NOT NULL DEFAULT '[]'")
                         : QStringLiteral("steps TEXT NOT NULL DEFAULT '[]'"));
    const QString time = postgres ? QStringLiteral(" TIMESTAMPTZ") : QStringLiteral(" TEXT");
    columns << QStringLiteral("started") + time << QStringLiteral("finished") + time;
    return QStringLiteral("CREATE TABLE results (") + columns.join(QStringLiteral(", ")) + u')';
}

/// Schema 3 (issue 17): the cloud check of each attempt, and the issuance ledger (docs/ledger.md).
QStringList ledgerSchema(bool postgres)
{
    const QString text = QStringLiteral(" TEXT NOT NULL");
    QStringList columns{postgres ? QStringLiteral("seq BIGINT PRIMARY KEY")
                                 : QStringLiteral("seq INTEGER PRIMARY KEY")};
    for (const char *c : {"serial", "subject", "issuer"})
        columns << QLatin1String(c) + text;
    columns << QStringLiteral("sha256 TEXT NOT NULL UNIQUE"); // a certificate is on record once
    for (const char *c : {"not_before", "not_after", "station", "operator_name", "issued", "mac", "device_id"})
        columns << QLatin1String(c) + text;
    columns << (postgres ? QStringLiteral("result_id BIGINT NOT NULL") : QStringLiteral("result_id INTEGER NOT NULL"));
    // Each hash follows exactly one: two entries after the same one (a fork) cannot be stored.
    columns << QStringLiteral("prev TEXT NOT NULL UNIQUE") << QStringLiteral("hash TEXT NOT NULL UNIQUE");
    return {QStringLiteral("ALTER TABLE results ADD COLUMN cloud_check TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE ledger (") + columns.join(QStringLiteral(", ")) + u')',
            QStringLiteral("CREATE INDEX ledger_result ON ledger(result_id)")};
}

QList<Migration> migrations()
{
    const QStringList indexes1 = {QStringLiteral("CREATE INDEX results_outcome ON results(outcome)"),
                                  QStringLiteral("CREATE INDEX results_mac ON results(mac)"),
                                  QStringLiteral("CREATE INDEX results_registration ON results(registration_id)")};
    const QStringList indexes2 = {
        QStringLiteral("CREATE UNIQUE INDEX results_seq ON results(seq)"), // two stations never share a number
        QStringLiteral("CREATE INDEX results_device ON results(device_id, outcome)"),
        QStringLiteral("CREATE INDEX results_station ON results(station, started)"),
        QStringLiteral("CREATE INDEX results_started ON results(started)")};
    return {
        {1, QStringList{resultsTable(false)} + indexes1, QStringList{resultsTable(true)} + indexes1},
        {2,
         QStringList{QStringLiteral("ALTER TABLE results ADD COLUMN line_id TEXT NOT NULL DEFAULT ''"),
                     QStringLiteral("ALTER TABLE results ADD COLUMN seq INTEGER"),
                     QStringLiteral("ALTER TABLE results ADD COLUMN duration_ms INTEGER"),
                     QStringLiteral("UPDATE results SET duration_ms = CAST(ROUND((julianday(finished) - "
                                    "julianday(started)) * 86400000.0) AS INTEGER) WHERE started IS NOT NULL AND "
                                    "finished IS NOT NULL"),
                     QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)")} +
             indexes2,
         QStringList{QStringLiteral("ALTER TABLE results ADD COLUMN line_id TEXT NOT NULL DEFAULT '',"
                                    " ADD COLUMN seq BIGINT, ADD COLUMN duration_ms BIGINT"),
                     QStringLiteral("UPDATE results SET duration_ms = ROUND(EXTRACT(EPOCH FROM (finished - started)) "
                                    "* 1000)::BIGINT WHERE started IS NOT NULL AND finished IS NOT NULL"),
                     QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)")} +
             indexes2},
        {3, ledgerSchema(false), ledgerSchema(true)},
    };
}

QAtomicInteger<quint64> s_connectionCounter;

// pg_advisory_xact_lock key of the schema migration ("provstat" in ASCII): one station migrates.
constexpr qint64 kMigrationLock = 0x70726f7673746174;
// pg_advisory_xact_lock key of ledger appends ("ledger17"): one chain for every station of a line.
constexpr qint64 kLedgerLock = 0x6c65646765723137;

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
    m_lastError = ResultsUrl::mask(message);
    if (error)
        *error = m_lastError;
    qCWarning(lcStore).noquote() << m_lastError;
    return false;
}

bool ResultStore::failQuery(const QString &what, const QSqlQuery &q) const
{
    const QSqlError e = q.lastError();
    // A PostgreSQL error after the server went away does not always say so: ask the connection.
    // A failed statement may have left a transaction aborted: end it before asking.
    if (isPostgres()) {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        m_lost = !db.isOpen();
        if (!m_lost) {
            rollback();
            QSqlQuery ping(db);
            m_lost = !ping.exec(QStringLiteral("SELECT 1"));
        }
    }
    QString message = what.arg(path(), e.text());
    if (e.nativeErrorCode() == QLatin1String("42501"))
        message += u' ' + tr("(this role may not do that: a station's role reads and writes rows; the schema "
                             "belongs to the line's owner role, docs/line.md)");
    return fail(message);
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
    m_version = 0;
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool ResultStore::open(const QString &urlOrPath, QString *error)
{
    const auto url = ResultsUrl::parse(urlOrPath);
    if (!url) {
        close();
        m_url = {};
        return fail(url.error(), error);
    }
    return open(*url, error);
}

bool ResultStore::open(const ResultsUrl &url, QString *error)
{
    close();
    m_url = url;
    m_lastError.clear();
    m_lost = false;
    QString message;
    if (!openConnection(&message)) {
        close();
        return fail(message, error);
    }
    if (!migrate()) {
        const QString m = m_lastError;
        close();
        return fail(m, error);
    }
    qCInfo(lcStore).noquote() << "results database" << path() << "open, schema" << m_version;
    return true;
}

bool ResultStore::reopen(QString *error)
{
    return open(m_url, error);
}

bool ResultStore::openConnection(QString *message)
{
    if (!m_url.isPostgres()) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
            *message = tr("the SQLite driver for Qt (QSQLITE) is missing: install the package libqt6sql6-sqlite");
            return false;
        }
        const QFileInfo info(m_url.path);
        // SQLite would say only "unable to open database file" for a folder, and would try a device.
        if (info.exists() && !info.isFile()) {
            *message = tr("cannot open the results database %1: %2")
                           .arg(QDir::toNativeSeparators(m_url.path),
                                info.isDir() ? tr("it is a folder; name a file, e.g. %1")
                                                   .arg(QDir::toNativeSeparators(
                                                       QDir(m_url.path).filePath(QStringLiteral("results.sqlite"))))
                                             : tr("it is a device or a pipe, not a file"));
            return false;
        }
        if (!QDir().mkpath(info.absolutePath())) {
            *message = tr("cannot create the folder %1 for the results database: check that the path exists "
                          "and is writable, or choose another location")
                           .arg(QDir::toNativeSeparators(info.absolutePath()));
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *message = tr("cannot open the results database %1: %2").arg(path(), db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        // WAL: readers (history view) never block the writer; a crash loses no committed row.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
            q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
            *message = tr("cannot use the results database %1 (the file or its folder is not writable, or the "
                          "file is not an SQLite database): %2")
                           .arg(path(), q.lastError().isValid() ? q.lastError().text() : q.value(0).toString());
            return false;
        }
        q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
        // At most 512 KiB of pages per connection instead of SQLite's 2 MiB: a station holds a few
        // (writer, history pages, line statistics), and their caches grew through a shift's first
        // thousand modules (bench_soak); the OS keeps the file's hot pages anyway (docs/line.md).
        q.exec(QStringLiteral("PRAGMA cache_size=-512"));
        return true;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *message = tr("the PostgreSQL driver for Qt (QPSQL) is missing: install the package libqt6sql6-psql");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!m_url.host.isEmpty())
        db.setHostName(m_url.host);
    db.setPort(m_url.port);
    db.setUserName(m_url.user);
    if (!m_url.password.isEmpty())
        db.setPassword(m_url.password); // else libpq reads ~/.pgpass (or PGPASSFILE)
    db.setDatabaseName(m_url.database);
    // Every wait on the server has a deadline: connecting, and a peer that stops answering
    // (keepalives, TCP user timeout). The URL's own options come last and win.
    QStringList options{QStringLiteral("connect_timeout=5"),      QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=3"),  QStringLiteral("keepalives_count=3"),
                        QStringLiteral("tcp_user_timeout=15000"), QStringLiteral("application_name=provstation")};
    options += m_url.options;
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        *message = tr("cannot connect to the results database %1: %2").arg(path(), db.lastError().text().trimmed());
        m_lost = true; // a server that is not there (yet) is worth trying again
        return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SET client_min_messages TO error")); // no NOTICE/WARNING lines on stderr
    return true;
}

bool ResultStore::ping()
{
    if (!isPostgres())
        return true;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (isOpen() && q.exec(QStringLiteral("SELECT 1")))
        return true;
    m_lost = true;
    m_lastError = tr("the results server %1 does not answer: %2").arg(path(), q.lastError().text());
    return false;
}

bool ResultStore::beginTransaction(QSqlQuery &q) const
{
    // SQLite: take the write lock now, so two writers queue instead of failing at their first write.
    return q.exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
}

void ResultStore::rollback() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return;
    QSqlQuery r(db);
    r.exec(QStringLiteral("ROLLBACK"));
}

bool ResultStore::grantToWriters()
{
    // PostgreSQL: the NOLOGIN role provstation_writer, when the line has one (docs/line.md), may
    // read and write rows and read the rest; station roles are its members. Run after every
    // migration, so a table a later schema adds is granted the same way.
    if (!isPostgres())
        return true;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'provstation_writer') THEN"
                              " GRANT SELECT ON schema_version TO provstation_writer;"
                              " GRANT SELECT, INSERT, UPDATE ON results, counters TO provstation_writer;"
                              " GRANT SELECT, INSERT ON ledger TO provstation_writer;"
                              " GRANT USAGE, SELECT ON SEQUENCE results_id_seq TO provstation_writer;"
                              " END IF; END $$")))
        return true;
    return failQuery(tr("cannot grant the station role its rights in %1: %2"), q);
}

bool ResultStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const auto version = [&]() -> int {
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
            return -1;
        return q.value(0).toInt();
    };
    // The common case reads one number and changes nothing: a station's role needs no DDL right.
    m_version = version();
    if (m_version > SchemaVersion)
        return fail(tr("the results database %1 was written by a newer station (schema %2; this one knows %3): "
                       "use the newer station or another database")
                        .arg(path())
                        .arg(m_version)
                        .arg(SchemaVersion));
    if (m_version == SchemaVersion)
        return true;

    // Migrate under a lock, reading the version again inside it: stations starting together
    // apply each step once. PostgreSQL's DDL is transactional, so a failed step leaves nothing.
    if (!beginTransaction(q))
        return failQuery(tr("cannot prepare the results database %1: %2"), q);
    if (isPostgres()) {
        q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        q.addBindValue(kMigrationLock);
        if (!q.exec()) {
            rollback();
            return failQuery(tr("cannot prepare the results database %1: %2"), q);
        }
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")) ||
        (m_version = version()) < 0) {
        const bool r = failQuery(tr("cannot prepare the results database %1: %2"), q);
        rollback();
        return r;
    }
    if (m_version == SchemaVersion) { // another station migrated while we waited for the lock
        q.exec(QStringLiteral("COMMIT"));
        return true;
    }
    const int from = m_version;
    for (int v = m_version + 1; v <= SchemaVersion; ++v) {
        if (!applyMigration(v)) {
            rollback();
            m_version = 0;
            return false;
        }
    }
    if (!grantToWriters()) {
        rollback();
        m_version = 0;
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const bool r = failQuery(tr("cannot prepare the results database %1: %2"), q);
        rollback();
        return r;
    }
    qCInfo(lcStore).noquote() << "results database" << path() << "migrated from schema" << from << "to"
                              << SchemaVersion;
    m_version = SchemaVersion;
    return true;
}

bool ResultStore::applyMigration(int version)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    for (const Migration &m : migrations()) {
        if (m.version != version)
            continue;
        for (const QString &statement : isPostgres() ? m.postgres : m.sqlite) {
            if (!q.exec(statement))
                return failQuery(tr("cannot upgrade the results database %1 to schema %2: %3")
                                     .arg(QStringLiteral("%1"), QString::number(version), QStringLiteral("%2")),
                                 q);
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version(version) VALUES (?)"));
        q.addBindValue(version);
        if (!q.exec())
            return failQuery(tr("cannot prepare the results database %1: %2"), q);
        return true;
    }
    return fail(tr("no migration to schema %1").arg(version));
}

QString ResultStore::timeColumn(const char *name) const
{
    // PostgreSQL keeps TIMESTAMPTZ; hand it back in the one text form the SQLite file holds.
    if (!isPostgres())
        return QLatin1String(name);
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
        .arg(QLatin1String(name));
}

QString ResultStore::selectList() const
{
    QStringList columns{QStringLiteral("id")};
    for (const char *c : kColumns) {
        if (qstrcmp(c, "started") == 0 || qstrcmp(c, "finished") == 0)
            columns.append(timeColumn(c));
        else if (qstrcmp(c, "steps") == 0 && isPostgres())
            columns.append(QStringLiteral("steps::text"));
        else
            columns.append(QLatin1String(c));
    }
    columns.append(QStringLiteral("seq"));
    return columns.join(QStringLiteral(", "));
}

qint64 ResultStore::nextSequence(QSqlQuery &q)
{
    // Inside the caller's transaction: the row lock (PostgreSQL) or the write lock (SQLite) makes
    // the read-increment-read one step for every station.
    const QString name = QLatin1String(kSequenceCounter);
    q.prepare(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(name);
    if (!q.exec())
        return 0;
    q.prepare(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return 0;
    q.prepare(QStringLiteral("SELECT value FROM counters WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 ResultStore::begin(const ResultRow &row, qint64 *seq)
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
    const QString what = tr("cannot record the start of an attempt in %1: %2");
    if (!beginTransaction(q)) {
        failQuery(what, q);
        return 0;
    }
    qint64 number = 0;
    if (seq && (number = nextSequence(q)) <= 0) {
        failQuery(tr("cannot take the next {seq} number in %1: %2"), q);
        rollback();
        return 0;
    }
    q.prepare(
        QStringLiteral("INSERT INTO results (%1, seq) VALUES (%2)%3")
            .arg(columnList(), marks(kColumnCount + 1), isPostgres() ? QStringLiteral(" RETURNING id") : QString()));
    for (const QVariant &v : rowValues(r))
        q.addBindValue(v);
    q.addBindValue(number > 0 ? QVariant(number) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec() || (isPostgres() && !q.next())) {
        failQuery(what, q);
        rollback();
        return 0;
    }
    const qint64 id = isPostgres() ? q.value(0).toLongLong() : q.lastInsertId().toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("COMMIT"))) {
        failQuery(what, q);
        rollback();
        return 0;
    }
    if (seq)
        *seq = number;
    qCDebug(lcStore) << "result" << id << "begun on" << r.port << "slot" << r.slot << "seq" << number;
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
        if (qstrcmp(c, "started") == 0 || qstrcmp(c, "duration_ms") == 0)
            sets.append(QStringLiteral("%1 = COALESCE(?, %1)").arg(QLatin1String(c)));
        else
            sets.append(QLatin1String(c) + QLatin1String(" = ?"));
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QString what =
        tr("cannot record the end of attempt %1 in %2: %3").arg(row.id).arg(QStringLiteral("%1"), QStringLiteral("%2"));
    // In a write transaction taken up front: an SQLite writer that only upgrades its read lock
    // when the UPDATE writes can be refused at once ("database is locked") while another station
    // commits; BEGIN IMMEDIATE waits its turn (busy timeout) instead.
    if (!beginTransaction(q))
        return failQuery(what, q);
    q.prepare(QStringLiteral("UPDATE results SET %1 WHERE id = ?").arg(sets.join(u", ")));
    for (const QVariant &v : rowValues(row))
        q.addBindValue(v);
    q.addBindValue(row.id);
    if (!q.exec()) {
        const bool r = failQuery(what, q);
        rollback();
        return r;
    }
    const int affected = q.numRowsAffected();
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const bool r = failQuery(what, q);
        rollback();
        return r;
    }
    if (affected != 1)
        return fail(tr("cannot record the end of attempt %1: there is no such row in %2").arg(row.id).arg(path()));
    qCDebug(lcStore) << "result" << row.id << "finished:" << outcomeName(row.outcome) << causeCode(row.cause);
    return true;
}

int ResultStore::markInterrupted(const QString &station)
{
    if (!isOpen()) {
        fail(tr("the results database is not open"));
        return -1;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE results SET outcome = 'interrupted',"
                             " cause = CASE WHEN cause = '' THEN ? ELSE cause END,"
                             " cause_code = CASE WHEN cause_code = '' THEN 'interrupted' ELSE cause_code END"
                             " WHERE outcome = 'running'%1")
                  .arg(station.isEmpty() ? QString() : QStringLiteral(" AND station = ?")));
    q.addBindValue(tr("the station stopped before this attempt finished (crash, kill or power loss)"));
    if (!station.isEmpty())
        q.addBindValue(station);
    QSqlQuery t(QSqlDatabase::database(m_connection, false));
    if (!beginTransaction(t) || !q.exec()) {
        failQuery(tr("cannot mark interrupted attempts in %1: %2"), q.lastError().isValid() ? q : t);
        rollback();
        return -1;
    }
    const int n = q.numRowsAffected();
    if (!t.exec(QStringLiteral("COMMIT"))) {
        failQuery(tr("cannot mark interrupted attempts in %1: %2"), t);
        rollback();
        return -1;
    }
    if (n > 0)
        qCInfo(lcStore) << n << "attempt(s) left running by an earlier run marked interrupted";
    return n;
}

IdentityCheck ResultStore::checkIdentity(const QString &deviceId, const QString &station) const
{
    IdentityCheck out;
    if (!isOpen()) {
        out.error = tr("the results database is not open");
        return out;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM results WHERE device_id = ? AND outcome = 'pass' AND station <> ?"
                             " ORDER BY id DESC LIMIT 1")
                  .arg(selectList()));
    q.addBindValue(deviceId);
    q.addBindValue(text(station));
    if (!q.exec()) {
        failQuery(tr("cannot look the device ID up in %1: %2"), q);
        out.error = m_lastError;
        return out;
    }
    out.checked = true;
    if (q.next())
        out.previous = rowFrom(q);
    return out;
}

QString ResultStore::whereFilter(const QString &filterText, QVariantList &binds) const
{
    QStringList where;
    for (const QString &word : filterWords(filterText)) {
        const QString mac = bareMac(word).isEmpty() ? word : bareMac(word);
        where.append(QStringLiteral(
            "(CAST(id AS TEXT) = ? OR LOWER(registration_id) LIKE ? ESCAPE '\\' OR LOWER(device_id) LIKE ? ESCAPE '\\'"
            " OR LOWER(REPLACE(REPLACE(REPLACE(mac, ':', ''), '-', ''), '.', '')) LIKE ? ESCAPE '\\'"
            " OR LOWER(outcome) LIKE ? ESCAPE '\\' OR LOWER(cause) LIKE ? ESCAPE '\\'"
            " OR LOWER(cause_code) LIKE ? ESCAPE '\\' OR LOWER(station) = ? OR LOWER(line_id) = ?)"));
        const QString like = likePattern(word);
        binds << word << like << like << likePattern(mac) << like << like << like << word.toLower() << word.toLower();
    }
    return where.join(QStringLiteral(" AND "));
}

bool ResultStore::matches(const ResultRow &r, const QString &filterText)
{
    for (const QString &w : filterWords(filterText)) {
        const QString word = w.toLower();
        const QString mac = (bareMac(w).isEmpty() ? w : bareMac(w)).toLower();
        const auto has = [&word](const QString &field) { return field.toLower().contains(word); };
        const bool hit = QString::number(r.id) == w || has(r.registrationId) || has(r.deviceId) ||
                         bareMac(r.mac).toLower().contains(mac) || has(outcomeName(r.outcome)) || has(r.causeMessage) ||
                         has(causeCode(r.cause)) || r.station.toLower() == word || r.lineId.toLower() == word;
        if (!hit)
            return false;
    }
    return true;
}

namespace {

struct SortColumn
{
    ResultQuery::Sort sort;
    const char *expression;
    bool text;
};

const SortColumn kSortColumns[] = {
    {ResultQuery::Sort::Id, "id", false},
    {ResultQuery::Sort::Started, "started", false},
    {ResultQuery::Sort::Outcome, "outcome", true},
    {ResultQuery::Sort::Cause, "cause", true},
    {ResultQuery::Sort::Model, "model", true},
    {ResultQuery::Sort::Mac, "mac", true},
    {ResultQuery::Sort::DeviceId, "device_id", true},
    {ResultQuery::Sort::AssignedHub, "assigned_hub", true},
    {ResultQuery::Sort::Port, "port", true},
    {ResultQuery::Sort::Station, "station", true},
    {ResultQuery::Sort::Duration, "COALESCE(duration_ms, -1)", false},
};

} // namespace

QVariant ResultStore::sortValue(const ResultRow &r, ResultQuery::Sort sort)
{
    switch (sort) {
    case ResultQuery::Sort::Id:
        return r.id;
    case ResultQuery::Sort::Started:
        return timeValue(r.started);
    case ResultQuery::Sort::Outcome:
        return outcomeName(r.outcome);
    case ResultQuery::Sort::Cause:
        return text(r.causeMessage);
    case ResultQuery::Sort::Model:
        return text(r.model);
    case ResultQuery::Sort::Mac:
        return text(r.mac);
    case ResultQuery::Sort::DeviceId:
        return text(r.deviceId);
    case ResultQuery::Sort::AssignedHub:
        return text(r.assignedHub);
    case ResultQuery::Sort::Port:
        return text(r.port);
    case ResultQuery::Sort::Station:
        return text(r.station);
    case ResultQuery::Sort::Duration:
        return r.started.isValid() && r.finished.isValid() ? r.started.msecsTo(r.finished) : qint64(-1);
    }
    return {};
}

QList<ResultRow> ResultStore::query(const ResultQuery &query) const
{
    QList<ResultRow> rows;
    if (!isOpen()) {
        fail(tr("the results database is not open"));
        return rows;
    }
    const SortColumn &column = kSortColumns[int(query.sort)];
    // Code-point order in both databases (PostgreSQL would otherwise use the server's locale),
    // so the view can place a new row among loaded ones exactly where a page would put it.
    const QString expr =
        QLatin1String(column.expression) + (column.text && isPostgres() ? QStringLiteral(" COLLATE \"C\"") : QString());
    QVariantList binds;
    QStringList where;
    if (const QString f = whereFilter(query.filter, binds); !f.isEmpty())
        where.append(f);
    if (!query.station.isEmpty()) {
        where.append(QStringLiteral("station = ?"));
        binds << query.station;
    }
    if (query.after) {
        const char *op = query.descending ? "<" : ">";
        where.append(QStringLiteral("(%1 %2 ? OR (%1 = ? AND id %2 ?))").arg(expr, QLatin1String(op)));
        const QVariant key = sortValue(*query.after, query.sort);
        binds << key << key << query.after->id;
    }
    const QString dir = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString sql = QStringLiteral("SELECT %1 FROM results").arg(selectList());
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 %2, id %2").arg(expr, dir);
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds << query.limit;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        failQuery(tr("cannot read the results database %1: %2"), q);
        return rows;
    }
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

QList<ResultRow> ResultStore::list(const QString &filterText, int limit) const
{
    ResultQuery q;
    q.filter = filterText;
    q.limit = limit;
    return query(q);
}

bool ResultStore::forEach(const QDateTime &since, const QString &station,
                          const std::function<void(const ResultRow &)> &visit) const
{
    if (!isOpen())
        return fail(tr("the results database is not open"));
    // Pages by id: memory stays at one page whatever the size of the history.
    constexpr int kPage = 2000;
    qint64 last = 0;
    for (;;) {
        QString sql = QStringLiteral("SELECT %1 FROM results WHERE id > ?").arg(selectList());
        QVariantList binds{last};
        if (since.isValid()) {
            sql += QStringLiteral(" AND started >= ?");
            binds << timeValue(since);
        }
        if (!station.isEmpty()) {
            sql += QStringLiteral(" AND station = ?");
            binds << station;
        }
        sql += QStringLiteral(" ORDER BY id ASC LIMIT %1").arg(kPage);
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : std::as_const(binds))
            q.addBindValue(v);
        if (!q.exec())
            return failQuery(tr("cannot read the results database %1: %2"), q);
        int n = 0;
        while (q.next()) {
            const ResultRow r = rowFrom(q);
            last = r.id;
            visit(r);
            ++n;
        }
        if (n < kPage)
            return true;
    }
}

QStringList ResultStore::stations() const
{
    QStringList out;
    if (!isOpen()) {
        fail(tr("the results database is not open"));
        return out;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT DISTINCT station FROM results ORDER BY station"))) {
        failQuery(tr("cannot read the results database %1: %2"), q);
        return out;
    }
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

std::optional<ResultRow> ResultStore::get(qint64 id) const
{
    if (!isOpen()) {
        fail(tr("the results database is not open"));
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM results WHERE id = ?").arg(selectList()));
    q.addBindValue(id);
    if (!q.exec()) {
        failQuery(tr("cannot read the results database %1: %2"), q);
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
            QStringLiteral("steps"),
            QStringLiteral("line_id"),
            QStringLiteral("seq"),
            QStringLiteral("cloud_check")};
}

bool ResultStore::exportCsv(const QString &path, QString *error) const
{
    if (!isOpen())
        return fail(tr("the results database is not open"), error);
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
    const bool read = forEach({}, {}, [&](const ResultRow &r) {
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
              steps.join(u';'),
              r.lineId,
              r.seq > 0 ? QString::number(r.seq) : QString(),
              r.cloudCheck});
    });
    if (!read) {
        file.cancelWriting();
        if (error)
            *error = m_lastError;
        return false;
    }
    if (!file.commit())
        return fail(tr("cannot write the export %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    error);
    return true;
}

// -- the issuance ledger (issue 17, docs/ledger.md) ----------------------------------------------

namespace {

const char *const kLedgerColumns[] = {"seq",        "serial",    "subject",   "issuer",        "sha256",
                                      "not_before", "not_after", "station",   "operator_name", "issued",
                                      "mac",        "device_id", "result_id", "prev",          "hash"};

QString ledgerColumnList()
{
    QStringList names;
    for (const char *c : kLedgerColumns)
        names.append(QLatin1String(c));
    return names.join(u", ");
}

LedgerEntry entryFrom(const QSqlQuery &q)
{
    LedgerEntry e;
    int i = 0;
    const auto s = [&] { return q.value(i++).toString(); };
    e.seq = q.value(i++).toLongLong();
    e.serial = s();
    e.subject = s();
    e.issuer = s();
    e.sha256 = s();
    e.notBefore = s();
    e.notAfter = s();
    e.station = s();
    e.operatorName = s();
    e.issued = s();
    e.mac = s();
    e.deviceId = s();
    e.resultId = q.value(i++).toLongLong();
    e.prev = s();
    e.hash = s();
    return e;
}

} // namespace

bool ResultStore::lastLink(QSqlQuery &q, qint64 *seq, QString *hash)
{
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1")))
        return false;
    *seq = 0;
    *hash = LedgerEntry::genesis();
    if (q.next()) {
        *seq = q.value(0).toLongLong();
        *hash = q.value(1).toString();
    }
    return true;
}

bool ResultStore::appendIssuance(LedgerEntry &entry)
{
    if (!isOpen())
        return fail(tr("the results database is not open"));
    const QString what = tr("cannot record the certificate %1 in the ledger of %2: %3")
                             .arg(entry.serial, QStringLiteral("%1"), QStringLiteral("%2"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!beginTransaction(q))
        return failQuery(what, q);
    const auto failed = [&] {
        const bool r = failQuery(what, q);
        rollback();
        return r;
    };
    if (isPostgres()) { // SQLite's BEGIN IMMEDIATE already holds the file's one write lock
        q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        q.addBindValue(kLedgerLock);
        if (!q.exec())
            return failed();
    }
    q.prepare(QStringLiteral("SELECT %1 FROM ledger WHERE sha256 = ?").arg(ledgerColumnList()));
    q.addBindValue(entry.sha256);
    if (!q.exec())
        return failed();
    if (q.next()) {
        entry = entryFrom(q);
        q.finish();
        q.exec(QStringLiteral("COMMIT"));
        qCDebug(lcStore) << "certificate" << entry.serial << "already in the ledger as entry" << entry.seq;
        return true;
    }
    qint64 last = 0;
    QString prev;
    if (!lastLink(q, &last, &prev))
        return failed();
    LedgerEntry e = entry;
    e.seq = last + 1;
    e.prev = prev;
    e.hash = e.computeHash(prev);
    q.prepare(QStringLiteral("INSERT INTO ledger (%1) VALUES (%2)")
                  .arg(ledgerColumnList(), marks(int(std::size(kLedgerColumns)))));
    for (const QVariant &v : QVariantList{e.seq, text(e.serial), text(e.subject), text(e.issuer), text(e.sha256),
                                          text(e.notBefore), text(e.notAfter), text(e.station), text(e.operatorName),
                                          text(e.issued), text(e.mac), text(e.deviceId), e.resultId, e.prev, e.hash})
        q.addBindValue(v);
    if (!q.exec() || !q.exec(QStringLiteral("COMMIT")))
        return failed();
    entry = e;
    qCInfo(lcStore).noquote() << "certificate" << e.serial << "recorded as ledger entry" << e.seq;
    return true;
}

bool ResultStore::forEachIssuance(const std::function<void(const LedgerEntry &)> &visit, qint64 afterSeq) const
{
    if (!isOpen())
        return fail(tr("the results database is not open"));
    constexpr int kPage = 2000;
    qint64 last = afterSeq;
    for (;;) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM ledger WHERE seq > ? ORDER BY seq ASC LIMIT %2")
                      .arg(ledgerColumnList())
                      .arg(kPage));
        q.addBindValue(last);
        if (!q.exec())
            return failQuery(tr("cannot read the ledger of %1: %2"), q);
        int n = 0;
        while (q.next()) {
            const LedgerEntry e = entryFrom(q);
            last = e.seq;
            visit(e);
            ++n;
        }
        if (n < kPage)
            return true;
    }
}

QList<LedgerEntry> ResultStore::issuancesOf(qint64 resultId) const
{
    QList<LedgerEntry> out;
    if (!isOpen()) {
        fail(tr("the results database is not open"));
        return out;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM ledger WHERE result_id = ? ORDER BY seq").arg(ledgerColumnList()));
    q.addBindValue(resultId);
    if (!q.exec()) {
        failQuery(tr("cannot read the ledger of %1: %2"), q);
        return out;
    }
    while (q.next())
        out.append(entryFrom(q));
    return out;
}
