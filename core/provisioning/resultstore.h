#pragma once

#include "provisioning/result.h"

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

/// The results database: SQLite (QSQLITE) in WAL mode, one row per attempt, a schema version
/// table for migrations. One instance per thread: each instance has its own uniquely named
/// QSqlDatabase connection, and a connection may only be used by the thread that opened it.
/// Readers (the history view) and the writer (ResultWriter's thread) can run at the same time.
class ResultStore
{
    Q_DECLARE_TR_FUNCTIONS(ResultStore)
public:
    /// The schema version this build writes; a database with a newer version is refused.
    static constexpr int SchemaVersion = 1;

    ResultStore();
    ~ResultStore();
    ResultStore(const ResultStore &) = delete;
    ResultStore &operator=(const ResultStore &) = delete;

    /// Opens (creating the folder and schema, migrating older schemas) the database at @p path.
    /// WAL mode and a busy timeout are set. False with a sentence in @p error / lastError().
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    void close();
    QString path() const { return m_path; }
    /// QStandardPaths::AppDataLocation + "/results.sqlite".
    static QString defaultPath();

    /// Inserts @p row with outcome "running" (started = now when not set); returns the new id, 0 on error.
    qint64 begin(const ResultRow &row);
    /// Updates row.id with every field of @p row (outcome, cause, steps, times...). A started time
    /// that is not set keeps the one stored by begin().
    bool finish(const ResultRow &row);
    /// Rows still "running" (left by a crash or a kill) become "interrupted"; returns how many
    /// (-1 on error). Call once at start, before any begin() of this process.
    int markInterrupted();
    /// Newest first. Every word of @p filterText must match one of: the row id, registration id,
    /// device id, MAC (with or without separators), outcome, cause or cause code (case-insensitive).
    QList<ResultRow> list(const QString &filterText = {}, int limit = 1000) const;
    std::optional<ResultRow> get(qint64 id) const;
    /// All rows, oldest first: a header line, then one line per row, steps as
    /// "name:ms:outcome;...", RFC 4180 quoting, CRLF line ends, UTF-8. Written atomically.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    /// The CSV header's column names, in order (docs/stores.md explains each).
    static QStringList csvColumns();
    QString lastError() const;

private:
    bool fail(const QString &message, QString *error = nullptr) const;
    bool migrate();

    QString m_connection;
    QString m_path;
    mutable QString m_lastError;
};

class QThread;
class ResultWriterWorker;

/// Runs a ResultStore on its own thread (database writes never block the UI / event loop of
/// jobs). All calls are queued and run in order; results come back as signals or callbacks on
/// the thread that owns the ResultWriter.
class ResultWriter : public QObject
{
    Q_OBJECT
public:
    /// Starts the thread, which opens @p path (empty: ResultStore::defaultPath()) and marks rows
    /// left running by an earlier process as interrupted; see opened() and error().
    explicit ResultWriter(QString path, QObject *parent = nullptr);
    /// Lets queued writes finish, then stops the thread with a bounded wait (never terminate()).
    ~ResultWriter() override;

    /// Inserts @p row as "running"; @p done gets the id (0 on error) on the ResultWriter's thread,
    /// from its event loop. @p done may be empty.
    void begin(const ResultRow &row, std::function<void(qint64 id)> done);
    /// Updates row.id with the final state of the attempt.
    void finish(const ResultRow &row);
    /// Calls @p done on the ResultWriter's thread once every write queued before it is done
    /// (never blocks).
    void whenIdle(std::function<void()> done);
    /// Blocks only the calling thread until all queued writes are done or @p timeoutMs passes;
    /// for the CLI at exit and tests (never a GUI thread: use whenIdle()). True when nothing is left.
    bool flush(int timeoutMs = 5000);

signals:
    void error(const QString &message);
    void opened(int interruptedRows);

private:
    struct Shared
    {
        QMutex mutex;
        QWaitCondition idle;
        int pending = 0;
    };
    void enqueue(std::function<void()> work);
    void onBegun(quint64 token, qint64 id);

    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    ResultWriterWorker *m_worker = nullptr;
    quint64 m_nextToken = 1;
    QHash<quint64, std::function<void(qint64)>> m_callbacks;
};
