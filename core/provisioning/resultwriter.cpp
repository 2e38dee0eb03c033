// ResultWriter: the ResultStore on its own thread, with the journal that keeps results while a
// PostgreSQL server is away (docs/line.md "Lost server").

#include "common/logging.h"
#include "provisioning/resultstore.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <unistd.h>

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Every field of a row, for the journal (rows hold no secret: architecture rule).
QJsonObject journalEntry(const ResultRow &r)
{
    QJsonArray steps;
    for (const StepResult &s : r.steps)
        steps.append(QJsonObject{{QStringLiteral("name"), stepName(s.step)},
                                 {QStringLiteral("ms"), s.elapsedMs},
                                 {QStringLiteral("outcome"), stepOutcomeName(s.outcome)},
                                 {QStringLiteral("message"), s.message}});
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("station"), r.station},
            {QStringLiteral("operator"), r.operatorName},
            {QStringLiteral("port"), r.port},
            {QStringLiteral("slot"), r.slot},
            {QStringLiteral("profile_name"), r.profileName},
            {QStringLiteral("profile_hash"), r.profileHash},
            {QStringLiteral("flow"), r.flow},
            {QStringLiteral("model"), r.model},
            {QStringLiteral("firmware"), r.firmware},
            {QStringLiteral("mac"), r.mac},
            {QStringLiteral("registration_id"), r.registrationId},
            {QStringLiteral("device_id"), r.deviceId},
            {QStringLiteral("assigned_hub"), r.assignedHub},
            {QStringLiteral("operation_id"), r.operationId},
            {QStringLiteral("substatus"), r.substatus},
            {QStringLiteral("certificate_serial"), r.certificateSerial},
            {QStringLiteral("certificate_thumbprint"), r.certificateThumbprint},
            {QStringLiteral("outcome"), outcomeName(r.outcome)},
            {QStringLiteral("cause_code"), causeCode(r.cause)},
            {QStringLiteral("cause"), r.causeMessage},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("started"), timeText(r.started)},
            {QStringLiteral("finished"), timeText(r.finished)},
            {QStringLiteral("line_id"), r.lineId},
            {QStringLiteral("seq"), r.seq},
            {QStringLiteral("cloud_check"), r.cloudCheck}};
}

std::optional<ResultRow> rowFromJournal(const QJsonObject &o)
{
    ResultRow r;
    r.id = o.value(u"id").toInteger();
    if (r.id <= 0)
        return std::nullopt;
    const auto s = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    r.station = s("station");
    r.operatorName = s("operator");
    r.port = s("port");
    r.slot = o.value(u"slot").toInt(-1);
    r.profileName = s("profile_name");
    r.profileHash = s("profile_hash");
    r.flow = s("flow");
    r.model = s("model");
    r.firmware = s("firmware");
    r.mac = s("mac");
    r.registrationId = s("registration_id");
    r.deviceId = s("device_id");
    r.assignedHub = s("assigned_hub");
    r.operationId = s("operation_id");
    r.substatus = s("substatus");
    r.certificateSerial = s("certificate_serial");
    r.certificateThumbprint = s("certificate_thumbprint");
    r.outcome = outcomeFromName(s("outcome")).value_or(Outcome::Interrupted);
    r.cause = causeFromCode(s("cause_code"));
    r.causeMessage = s("cause");
    for (const QJsonValue &v : o.value(u"steps").toArray()) {
        const QJsonObject step = v.toObject();
        if (const auto name = stepFromName(step.value(u"name").toString()))
            r.steps.append({*name, step.value(u"ms").toInteger(),
                            stepOutcomeFromName(step.value(u"outcome").toString()), step.value(u"message").toString()});
    }
    r.started = QDateTime::fromString(s("started"), Qt::ISODateWithMs);
    r.finished = QDateTime::fromString(s("finished"), Qt::ISODateWithMs);
    r.lineId = s("line_id");
    r.seq = o.value(u"seq").toInteger();
    r.cloudCheck = s("cloud_check");
    return r;
}

/// A connection failure that waiting will not cure (wrong password, no such role or database).
bool isPermanent(const QString &message)
{
    for (const char *word : {"authentication failed", "does not exist", "pg_hba.conf", "no password supplied",
                             "permission denied", "newer station"}) {
        if (message.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

/// Lives on the writer thread; owns the ResultStore (created and destroyed on that thread).
class ResultWriterWorker : public QObject
{
    Q_OBJECT
public:
    ResultWriter::Options options;
    QString openError; ///< the URL did not parse
    std::unique_ptr<ResultStore> store;
    bool opened = false; ///< opened() was emitted
    bool offline = false;
    QTimer *reconnect = nullptr;
    QTimer *heartbeat = nullptr;
    QList<quint64> idleWaiters; ///< whenIdle() answered once the journal is in the database

    void start();
    void finish(const ResultRow &row);
    ResultWriter::Begun begin(const ResultRow &row, bool allocateSeq);
    IdentityCheck check(const QString &deviceId, const QString &station);
    ResultWriter::Issued recordIssuance(const LedgerEntry &entry);
    void whenIdle(quint64 token);

signals:
    void answer(quint64 token, const QVariant &value);
    void failed(const QString &message);
    void wasOpened(int interruptedRows);
    void recorded(const ResultRow &row);
    void issuanceRecorded(const LedgerEntry &entry);
    void lost(const QString &reason);
    void restored(int replayed);

private:
    bool finishOpening();
    void goOffline(const QString &reason);
    void tryReconnect();
    bool appendToJournal(const ResultRow &row);
    bool appendToJournal(const LedgerEntry &entry);
    bool writeJournalLine(const QByteArray &line, const QString &what);
    /// Writes the journal's rows in order; false when the server went away again (the rest stays).
    bool replay(int *replayed);
    void answerIdle();
};

void ResultWriterWorker::start()
{
    store = std::make_unique<ResultStore>();
    reconnect = new QTimer(this);
    reconnect->setInterval(options.reconnectMs);
    connect(reconnect, &QTimer::timeout, this, &ResultWriterWorker::tryReconnect);
    heartbeat = new QTimer(this);
    heartbeat->setInterval(options.heartbeatMs);
    connect(heartbeat, &QTimer::timeout, this, [this] {
        if (!offline && store->isPostgres() && !store->ping())
            goOffline(store->lastError());
    });
    if (!openError.isEmpty()) {
        emit failed(openError);
        return;
    }
    QString message;
    if (store->open(options.url, &message)) {
        finishOpening();
        return;
    }
    // A server that is not up yet is waited for (the station says so); a refusal is final.
    if (store->isPostgres() && store->connectionLost() && !isPermanent(message))
        goOffline(message);
    else
        emit failed(message);
}

bool ResultWriterWorker::finishOpening()
{
    int replayed = 0;
    if (!replay(&replayed))
        return false;
    // SQLite is one station's file: every running row is ours. A shared server: only our rows.
    const int n = store->markInterrupted(store->isPostgres() ? options.station : QString());
    if (n < 0) {
        if (store->connectionLost()) {
            goOffline(store->lastError());
            return false;
        }
        emit failed(store->lastError());
        return false;
    }
    opened = true;
    if (store->isPostgres())
        heartbeat->start();
    emit wasOpened(n);
    return true;
}

void ResultWriterWorker::goOffline(const QString &reason)
{
    if (!offline) {
        offline = true;
        qCWarning(lcStore).noquote() << "results server" << store->path() << "lost:" << reason;
        emit lost(reason);
    }
    heartbeat->stop();
    reconnect->start();
}

void ResultWriterWorker::tryReconnect()
{
    QString message;
    if (!store->reopen(&message)) {
        qCDebug(lcStore).noquote() << "results server still away:" << message;
        return;
    }
    reconnect->stop();
    int replayed = 0;
    if (!opened) {
        offline = false;
        if (finishOpening()) {
            emit restored(0);
            answerIdle();
        }
        return;
    }
    if (!replay(&replayed))
        return;
    offline = false;
    heartbeat->start();
    qCInfo(lcStore).noquote() << "results server" << store->path() << "back;" << replayed << "journal rows written";
    emit restored(replayed);
    answerIdle();
}

void ResultWriterWorker::answerIdle()
{
    for (quint64 token : std::exchange(idleWaiters, {}))
        emit answer(token, {});
}

bool ResultWriterWorker::writeJournalLine(const QByteArray &line, const QString &what)
{
    QFile f(options.journalPath);
    if (!QDir().mkpath(QFileInfo(f).absolutePath()) || !f.open(QIODevice::WriteOnly | QIODevice::Append)) {
        emit failed(ResultWriter::tr("%1 cannot be kept: the journal %2 cannot be written (%3)")
                        .arg(what, QDir::toNativeSeparators(options.journalPath), f.errorString()));
        return false;
    }
    f.write(line + '\n');
    f.flush();
    ::fdatasync(f.handle()); // on disk before the station counts it as kept
    return true;
}

bool ResultWriterWorker::appendToJournal(const ResultRow &row)
{
    if (!writeJournalLine(QJsonDocument(journalEntry(row)).toJson(QJsonDocument::Compact),
                          ResultWriter::tr("the result of attempt %1").arg(row.id)))
        return false;
    qCInfo(lcStore) << "result" << row.id << "kept in the journal until the server is back";
    return true;
}

bool ResultWriterWorker::appendToJournal(const LedgerEntry &entry)
{
    // Its own kind of line: {"issuance": {...}} (a row's line has an "id").
    const QJsonObject line{{QStringLiteral("issuance"), entry.toJson()}};
    if (!writeJournalLine(QJsonDocument(line).toJson(QJsonDocument::Compact),
                          ResultWriter::tr("the ledger entry of certificate %1").arg(entry.serial)))
        return false;
    qCInfo(lcStore).noquote() << "certificate" << entry.serial << "kept in the journal until the server is back";
    return true;
}

bool ResultWriterWorker::replay(int *replayed)
{
    *replayed = 0;
    QFile f(options.journalPath);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        emit failed(ResultWriter::tr("cannot read the journal %1: %2")
                        .arg(QDir::toNativeSeparators(options.journalPath), f.errorString()));
        return true;
    }
    const QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    QList<ResultRow> written;
    QList<LedgerEntry> issued;
    QByteArrayList rest; // lines not written yet (the server went away again)
    QByteArrayList rejected;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        if (!rest.isEmpty()) {
            rest.append(line);
            continue;
        }
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.contains(u"issuance")) {
            QString why;
            auto entry = LedgerEntry::fromJson(object.value(u"issuance").toObject(), &why);
            if (entry && store->appendIssuance(*entry))
                issued.append(*entry);
            else if (entry && store->connectionLost())
                rest.append(line);
            else
                rejected.append(line);
            continue;
        }
        const auto row = rowFromJournal(object);
        if (row && store->finish(*row)) {
            written.append(*row);
        } else if (row && store->connectionLost()) {
            rest.append(line);
        } else {
            rejected.append(line); // cannot ever be written as it is: kept aside, said out loud
        }
    }
    if (!rejected.isEmpty()) {
        QFile aside(options.journalPath + QStringLiteral(".rejected"));
        if (aside.open(QIODevice::WriteOnly | QIODevice::Append))
            aside.write(rejected.join('\n') + '\n');
        emit failed(ResultWriter::tr("%n journal row(s) could not be written to %1 and are kept in %2", nullptr,
                                     int(rejected.size()))
                        .arg(store->path(), QDir::toNativeSeparators(aside.fileName())));
    }
    if (rest.isEmpty()) {
        QFile::remove(options.journalPath);
    } else {
        QFile out(options.journalPath);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            out.write(rest.join('\n') + '\n');
            out.flush();
            ::fdatasync(out.handle());
        }
    }
    *replayed = int(written.size());
    for (const ResultRow &r : std::as_const(written))
        emit recorded(r);
    for (const LedgerEntry &e : std::as_const(issued))
        emit issuanceRecorded(e);
    if (!rest.isEmpty()) {
        goOffline(store->lastError());
        return false;
    }
    return true;
}

void ResultWriterWorker::finish(const ResultRow &row)
{
    if (offline) {
        appendToJournal(row);
        return;
    }
    if (!store->isOpen()) {
        emit failed(ResultWriter::tr("the results database is not open"));
        return;
    }
    if (store->finish(row)) {
        emit recorded(row);
        return;
    }
    if (store->connectionLost()) {
        // Whether the server applied it before it went is unknown: the replay writes it again,
        // which leaves the same row.
        goOffline(store->lastError());
        appendToJournal(row);
        return;
    }
    emit failed(store->lastError());
}

ResultWriter::Begun ResultWriterWorker::begin(const ResultRow &row, bool allocateSeq)
{
    ResultWriter::Begun out;
    if (offline) {
        out.error = ResultWriter::tr("the results server %1 is unreachable").arg(store->path());
        return out;
    }
    if (!store->isOpen()) {
        out.error = ResultWriter::tr("the results database is not open");
        emit failed(out.error);
        return out;
    }
    out.id = store->begin(row, allocateSeq ? &out.seq : nullptr);
    if (out.id > 0)
        return out;
    out.error = store->lastError();
    if (store->connectionLost())
        goOffline(out.error);
    else
        emit failed(out.error);
    return out;
}

IdentityCheck ResultWriterWorker::check(const QString &deviceId, const QString &station)
{
    if (offline || !store->isOpen()) {
        IdentityCheck out;
        out.error = ResultWriter::tr("the results server %1 is unreachable").arg(store->path());
        return out;
    }
    IdentityCheck out = store->checkIdentity(deviceId, station);
    if (!out.checked && store->connectionLost())
        goOffline(out.error);
    return out;
}

ResultWriter::Issued ResultWriterWorker::recordIssuance(const LedgerEntry &entry)
{
    ResultWriter::Issued out;
    out.entry = entry;
    if (offline) {
        out.journaled = appendToJournal(entry);
        if (!out.journaled)
            out.error = ResultWriter::tr("the results server %1 is unreachable and the journal cannot be written")
                            .arg(store->path());
        return out;
    }
    if (!store->isOpen()) {
        out.error = ResultWriter::tr("the results database is not open");
        emit failed(out.error);
        return out;
    }
    if (store->appendIssuance(out.entry)) {
        emit issuanceRecorded(out.entry);
        return out;
    }
    if (store->connectionLost()) {
        // Whether the server kept it is unknown: a replay finds it by its SHA-256 if it did.
        goOffline(store->lastError());
        out.journaled = appendToJournal(entry);
        if (out.journaled)
            return out;
    }
    out.error = store->lastError();
    emit failed(out.error);
    return out;
}

void ResultWriterWorker::whenIdle(quint64 token)
{
    if (offline)
        idleWaiters.append(token);
    else
        emit answer(token, {});
}

// --- ResultWriter -------------------------------------------------------------------------------

QString ResultWriter::journalPathFor(const ResultsUrl &url, const QString &station)
{
    const QByteArray id =
        QCryptographicHash::hash((url.key() + u'\n' + station).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/provstation/journal/") + QString::fromLatin1(id) + QStringLiteral(".jsonl");
}

ResultWriter::ResultWriter(const QString &urlOrPath, QObject *parent)
    : ResultWriter(
          [&urlOrPath] {
              Options o;
              if (const auto url = ResultsUrl::parse(urlOrPath))
                  o.url = *url;
              return o;
          }(),
          [&urlOrPath] {
              const auto url = ResultsUrl::parse(urlOrPath);
              return url ? QString() : url.error();
          }(),
          parent)
{
}

ResultWriter::ResultWriter(Options options, QObject *parent)
    : ResultWriter(std::move(options), QString(), parent)
{
}

ResultWriter::ResultWriter(Options options, const QString &openError, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_thread(new QThread) // no parent: its lifetime is managed by the destructor
    , m_worker(new ResultWriterWorker)
{
    qRegisterMetaType<ResultRow>();
    qRegisterMetaType<IdentityCheck>();
    qRegisterMetaType<ResultWriter::Begun>();
    qRegisterMetaType<ResultWriter::Issued>();
    qRegisterMetaType<LedgerEntry>();
    m_worker->openError = openError;
    if (options.journalPath.isEmpty())
        options.journalPath = journalPathFor(options.url, options.station);
    m_journalPath = options.journalPath;
    m_worker->options = std::move(options);
    m_thread->setObjectName(QStringLiteral("results writer"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ResultWriterWorker::answer, this, &ResultWriter::onAnswer);
    connect(m_worker, &ResultWriterWorker::failed, this, &ResultWriter::error);
    connect(m_worker, &ResultWriterWorker::wasOpened, this, &ResultWriter::opened);
    connect(m_worker, &ResultWriterWorker::recorded, this, &ResultWriter::recorded);
    connect(m_worker, &ResultWriterWorker::issuanceRecorded, this, &ResultWriter::issuanceRecorded);
    connect(m_worker, &ResultWriterWorker::lost, this, [this](const QString &reason) {
        m_offline = true;
        emit connectionLost(reason);
    });
    connect(m_worker, &ResultWriterWorker::restored, this, [this](int replayed) {
        m_offline = false;
        emit connectionRestored(replayed);
    });
    m_thread->start();
    ResultWriterWorker *w = m_worker;
    enqueue([w] { w->start(); });
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

quint64 ResultWriter::addCallback(std::function<void(const QVariant &)> callback)
{
    const quint64 token = m_nextToken++;
    if (callback)
        m_callbacks.insert(token, std::move(callback));
    return token;
}

void ResultWriter::begin(const ResultRow &row, std::function<void(qint64)> done)
{
    begin(row, false, [done = std::move(done)](const Begun &b) {
        if (done)
            done(b.id);
    });
}

void ResultWriter::begin(const ResultRow &row, bool allocateSeq, std::function<void(const Begun &)> done)
{
    const quint64 token = addCallback([done = std::move(done)](const QVariant &v) {
        if (done)
            done(v.value<Begun>());
    });
    ResultWriterWorker *w = m_worker;
    enqueue([w, row, allocateSeq, token] {
        Begun b;
        if (!w->store)
            b.error = tr("the results database is not open");
        else
            b = w->begin(row, allocateSeq);
        emit w->answer(token, QVariant::fromValue(b));
    });
}

void ResultWriter::finish(const ResultRow &row)
{
    ResultWriterWorker *w = m_worker;
    enqueue([w, row] {
        if (!w->store)
            emit w->failed(tr("the results database is not open"));
        else
            w->finish(row);
    });
}

void ResultWriter::recordIssuance(const LedgerEntry &entry, std::function<void(const Issued &)> done)
{
    const quint64 token = addCallback([done = std::move(done)](const QVariant &v) {
        if (done)
            done(v.value<Issued>());
    });
    ResultWriterWorker *w = m_worker;
    enqueue([w, entry, token] {
        Issued i;
        i.entry = entry;
        if (!w->store)
            i.error = tr("the results database is not open");
        else
            i = w->recordIssuance(entry);
        emit w->answer(token, QVariant::fromValue(i));
    });
}

void ResultWriter::checkIdentity(const QString &deviceId, const QString &station,
                                 std::function<void(const IdentityCheck &)> done)
{
    const quint64 token = addCallback([done = std::move(done)](const QVariant &v) {
        if (done)
            done(v.value<IdentityCheck>());
    });
    ResultWriterWorker *w = m_worker;
    enqueue([w, deviceId, station, token] {
        IdentityCheck c;
        if (!w->store)
            c.error = tr("the results database is not open");
        else
            c = w->check(deviceId, station);
        emit w->answer(token, QVariant::fromValue(c));
    });
}

void ResultWriter::whenIdle(std::function<void()> done)
{
    const quint64 token = addCallback([done = std::move(done)](const QVariant &) { done(); });
    ResultWriterWorker *w = m_worker;
    enqueue([w, token] {
        if (!w->store)
            emit w->answer(token, {});
        else
            w->whenIdle(token);
    });
}

void ResultWriter::onAnswer(quint64 token, const QVariant &answer)
{
    if (auto done = m_callbacks.take(token))
        done(answer);
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

#include "resultwriter.moc"
