#pragma once

#include "provisioning/ledgerentry.h"
#include "provisioning/result.h"
#include "provisioning/resultsurl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <optional>

/// What the line's record says about a device id before a module takes it (issue 16).
struct IdentityCheck
{
    bool checked = false; ///< false: the record could not be asked; error says why
    QString error;
    /// The newest attempt that passed with this device id on another station, if any.
    std::optional<ResultRow> previous;
};

/// One page of the history: rows in an order, after a given row (keyset paging: a page never
/// repeats or skips a row when new rows arrive between pages).
struct ResultQuery
{
    enum class Sort : quint8
    {
        Id,
        Started,
        Outcome,
        Cause,
        Model,
        Mac,
        DeviceId,
        AssignedHub,
        Port,
        Station,
        Duration,
    };
    QString filter;  ///< words, as ResultStore::list()
    QString station; ///< only this station's rows (empty: every station)
    Sort sort = Sort::Id;
    bool descending = true;
    std::optional<ResultRow> after; ///< the last row of the previous page
    int limit = 200;
};

/// The results database on QtSql, one row per attempt: SQLite (QSQLITE, WAL mode; the default,
/// one station) or PostgreSQL (QPSQL; a line of stations sharing one record), chosen by a
/// ResultsUrl. One schema for both, migrated on open (schema_version; docs/line.md "Schema").
///
/// One instance per thread: each instance has its own uniquely named QSqlDatabase connection, and a
/// connection may only be used by the thread that opened it. Readers (the history view) and the
/// writer (ResultWriter's thread) run at the same time.
class ResultStore
{
    Q_DECLARE_TR_FUNCTIONS(ResultStore)
public:
    /// The schema version this build writes; a database with a newer version is refused.
    /// 1: results; 2: line_id, seq, duration_ms, the counters table, indexes for a line;
    /// 3: cloud_check, the issuance ledger (table ledger, docs/ledger.md).
    static constexpr int SchemaVersion = 3;
    /// The counter {seq} takes its numbers from (table counters).
    static constexpr const char *kSequenceCounter = "device";

    ResultStore();
    ~ResultStore();
    ResultStore(const ResultStore &) = delete;
    ResultStore &operator=(const ResultStore &) = delete;

    /// Opens @p urlOrPath (a path, sqlite:// or postgresql:// URL; empty: defaultPath()), creating
    /// the SQLite folder and the schema, migrating older schemas. False with a sentence in @p error /
    /// lastError() that names the database (never its password).
    bool open(const QString &urlOrPath, QString *error = nullptr);
    bool open(const ResultsUrl &url, QString *error = nullptr);
    /// Closes and opens the same database again (after a lost connection).
    bool reopen(QString *error = nullptr);
    bool isOpen() const;
    void close();
    /// The database for people: the SQLite path or the PostgreSQL URL without its password.
    QString path() const { return m_url.display(); }
    const ResultsUrl &url() const { return m_url; }
    bool isPostgres() const { return m_url.isPostgres(); }
    /// QStandardPaths::AppDataLocation + "/results.sqlite".
    static QString defaultPath();

    /// Inserts @p row with outcome "running" (started = now when not set); returns the new id, 0 on
    /// error. With @p seq, the next number of the counter kSequenceCounter is taken in the same
    /// transaction, stored in the row and returned there: two stations never get the same one.
    qint64 begin(const ResultRow &row, qint64 *seq = nullptr);
    /// Updates row.id with every field of @p row (outcome, cause, steps, times...). A started time
    /// that is not set keeps the one stored by begin(); seq is never changed. Writing the same row
    /// twice leaves the same row (a journal replay is safe).
    bool finish(const ResultRow &row);
    /// Rows still "running" (left by a crash or a kill) become "interrupted"; returns how many
    /// (-1 on error). Only @p station's rows when it is given (a shared database: other stations'
    /// running rows are theirs). Call once at start, before any begin() of this process.
    int markInterrupted(const QString &station = {});
    /// The newest passed attempt with @p deviceId recorded by a station other than @p station.
    IdentityCheck checkIdentity(const QString &deviceId, const QString &station) const;

    /// Newest first. Every word of @p filterText must match one of: the row id, registration id,
    /// device id, MAC (with or without separators), outcome, cause or cause code (contained), or the
    /// station or line id (whole); case-insensitive. matches() is the same rule for one row in memory.
    QList<ResultRow> list(const QString &filterText = {}, int limit = 1000) const;
    static bool matches(const ResultRow &row, const QString &filterText);
    /// One page of rows in @p query's order (the history view's lazy loading).
    QList<ResultRow> query(const ResultQuery &query) const;
    /// The value @p row is ordered by under @p sort (the same as the database orders it).
    static QVariant sortValue(const ResultRow &row, ResultQuery::Sort sort);
    /// Calls @p visit for every row started at or after @p since (all when invalid) of @p station
    /// (all when empty), oldest first, without holding them all in memory. False on error.
    bool forEach(const QDateTime &since, const QString &station,
                 const std::function<void(const ResultRow &)> &visit) const;
    /// The station ids in the database, sorted.
    QStringList stations() const;
    std::optional<ResultRow> get(qint64 id) const;
    /// All rows, oldest first: a header line, then one line per row, steps as
    /// "name:ms:outcome;...", RFC 4180 quoting, CRLF line ends, UTF-8. Written atomically.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    /// The CSV header's column names, in order (docs/stores.md explains each).
    static QStringList csvColumns();
    /// Appends @p entry to the issuance ledger as the next link of its one hash chain: seq, prev
    /// and hash are set here, in one transaction that holds the ledger's lock (SQLite: the write
    /// lock; PostgreSQL: an advisory lock), so stations writing to one server make one chain. A
    /// certificate (its SHA-256) already on record is not appended again: @p entry gets the stored
    /// link and the answer is true (a journal replay is safe).
    bool appendIssuance(LedgerEntry &entry);
    /// Calls @p visit for every ledger entry after @p afterSeq, in chain order, a page at a time.
    bool forEachIssuance(const std::function<void(const LedgerEntry &)> &visit, qint64 afterSeq = 0) const;
    /// The entries of the ledger whose result_id is @p resultId.
    QList<LedgerEntry> issuancesOf(qint64 resultId) const;
    /// The schema version of the open database (0 when closed).
    int schemaVersion() const { return m_version; }
    QString lastError() const;
    /// True when the last failure was the database server going away (PostgreSQL): the station
    /// keeps its results in the journal and reconnects (ResultWriter).
    bool connectionLost() const { return m_lost; }
    /// Asks the server whether it is still there (PostgreSQL; SQLite: always true).
    bool ping();

private:
    bool fail(const QString &message, QString *error = nullptr) const;
    bool failQuery(const QString &what, const class QSqlQuery &q) const;
    bool openConnection(QString *message);
    bool migrate();
    bool applyMigration(int version);
    bool grantToWriters();
    bool beginTransaction(class QSqlQuery &q) const;
    void rollback() const;
    qint64 nextSequence(class QSqlQuery &q);
    QString selectList() const;
    bool lastLink(class QSqlQuery &q, qint64 *seq, QString *hash);
    QString timeColumn(const char *name) const;
    QString whereFilter(const QString &filterText, QVariantList &binds) const;

    QString m_connection;
    ResultsUrl m_url;
    int m_version = 0;
    mutable QString m_lastError;
    mutable bool m_lost = false;
};

class QThread;
class ResultWriterWorker;

/// Runs a ResultStore on its own thread (database writes never block the UI / event loop of
/// jobs). All calls are queued and run in order; results come back as signals or callbacks on
/// the thread that owns the ResultWriter.
///
/// A PostgreSQL server that goes away does not lose a result: finishes are appended to a local
/// journal (one JSON row per line, fsync'ed) while the writer reconnects every few seconds;
/// connectionLost() and connectionRestored() say so. The journal is replayed in order on
/// reconnect and on the next open (finish() writes a whole row by id, so a replay never writes a
/// result twice). New attempts cannot begin while the server is away.
class ResultWriter : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        ResultsUrl url;
        QString station;     ///< the station id (journal name; the rows markInterrupted() touches)
        QString journalPath; ///< empty: journalPathFor(url, station)
        int reconnectMs = 2000;
        /// PostgreSQL: how often an idle writer asks whether the server is still there, so the
        /// station says it is gone before the next module needs it.
        int heartbeatMs = 5000;
    };
    /// What recordIssuance() gives back.
    struct Issued
    {
        LedgerEntry entry;      ///< as recorded: seq, prev and hash set (unless kept in the journal)
        bool journaled = false; ///< the server is away: the entry waits in the journal
        QString error;          ///< not recorded, and why
    };
    /// What begin() gives back.
    struct Begun
    {
        qint64 id = 0; ///< 0: the attempt is not on record (error says why)
        qint64 seq = 0;
        QString error;
    };

    /// Starts the thread, which opens the database, replays a journal left by an earlier run and
    /// marks rows left running by an earlier process as interrupted; see opened() and error().
    explicit ResultWriter(Options options, QObject *parent = nullptr);
    /// @p urlOrPath as ResultStore::open() takes it (no password; station id unset).
    explicit ResultWriter(const QString &urlOrPath, QObject *parent = nullptr);
    /// Lets queued writes finish, then stops the thread with a bounded wait (never terminate()).
    ~ResultWriter() override;

    /// The journal of @p station's results for @p url: GenericDataLocation/provstation/journal/.
    static QString journalPathFor(const ResultsUrl &url, const QString &station);
    QString journalPath() const { return m_journalPath; }

    /// Inserts @p row as "running"; @p done gets the id (0 on error) on the ResultWriter's thread,
    /// from its event loop. @p done may be empty.
    void begin(const ResultRow &row, std::function<void(qint64 id)> done);
    /// The same, taking a {seq} number in the same transaction when @p allocateSeq.
    void begin(const ResultRow &row, bool allocateSeq, std::function<void(const Begun &)> done);
    /// Updates row.id with the final state of the attempt (to the journal while the server is away).
    void finish(const ResultRow &row);
    /// Appends a certificate the station issued to the ledger (ResultStore::appendIssuance); while a
    /// PostgreSQL server is away the entry waits in the journal, in order with the rows. @p done
    /// (may be empty) gets the answer on the ResultWriter's thread.
    void recordIssuance(const LedgerEntry &entry, std::function<void(const Issued &)> done = {});
    /// Asks the record whether @p deviceId passed on a station other than @p station.
    void checkIdentity(const QString &deviceId, const QString &station,
                       std::function<void(const IdentityCheck &)> done);
    /// Calls @p done on the ResultWriter's thread once every write queued before it is in the
    /// database: while the server is away, that is after the journal was replayed (never blocks).
    void whenIdle(std::function<void()> done);
    /// Blocks only the calling thread until all queued writes are done (in the database or the
    /// journal) or @p timeoutMs passes; for the CLI at exit and tests (never a GUI thread: use
    /// whenIdle()). True when nothing is left.
    bool flush(int timeoutMs = 5000);
    /// True between connectionLost() and connectionRestored().
    bool isOffline() const { return m_offline; }

signals:
    void error(const QString &message);
    void opened(int interruptedRows);
    /// A finished row is in the database (row.id set); for views that follow the record.
    void recorded(const ResultRow &row);
    /// A certificate is in the ledger (also one replayed from the journal).
    void issuanceRecorded(const LedgerEntry &entry);
    void connectionLost(const QString &reason);
    /// The server is back; @p replayed journal rows were written.
    void connectionRestored(int replayed);

private:
    struct Shared
    {
        QMutex mutex;
        QWaitCondition idle;
        int pending = 0;
    };
    ResultWriter(Options options, const QString &openError, QObject *parent);
    void enqueue(std::function<void()> work);
    void onAnswer(quint64 token, const QVariant &answer);
    quint64 addCallback(std::function<void(const QVariant &)> callback);

    std::shared_ptr<Shared> m_shared;
    QString m_journalPath;
    QThread *m_thread = nullptr;
    ResultWriterWorker *m_worker = nullptr;
    quint64 m_nextToken = 1;
    QHash<quint64, std::function<void(const QVariant &)>> m_callbacks;
    bool m_offline = false;
};

Q_DECLARE_METATYPE(IdentityCheck)
Q_DECLARE_METATYPE(ResultWriter::Begun)
Q_DECLARE_METATYPE(ResultWriter::Issued)
