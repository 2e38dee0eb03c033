// ResultStore on SQLite: the contract every results database keeps (tests/resultstorecontract.h,
// also run against PostgreSQL by tst_integration ResultStorePgTest), plus what only the SQLite file
// does: WAL mode, folders, a file that is not a database, and the in-place upgrade of a file the
// schema-1 release wrote (tests/unit/data/results-v1.sqlite, made by make-results-v1.sh).

#include "resultstorecontract.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Runs one query on its own raw connection (what any other SQLite client sees).
QVariant rawQuery(const QString &path, const QString &sql, bool *ok = nullptr)
{
    const QString name = QStringLiteral("raw-test-connection");
    QVariant value;
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            done = q.exec(sql);
            if (done && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (ok)
        *ok = done;
    return value;
}

} // namespace

class ResultStoreTest : public ResultStoreContract
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

protected:
    QString freshDatabase() override
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("sub/results.sqlite")); // the folder is created
        return m_path;
    }
    bool rawExec(const QString &sql) override
    {
        {
            ResultStore create; // the file exists once a store opened it
            if (!create.open(m_path))
                return false;
        }
        bool ok = false;
        rawQuery(m_path, sql, &ok);
        return ok;
    }
    QStringList resultColumns() override
    {
        ResultStore store;
        if (!store.open(m_path))
            return {};
        return rawQuery(m_path, QStringLiteral("SELECT group_concat(name, ',') FROM pragma_table_info('results')"))
            .toString()
            .split(u',');
    }

private slots:
    void createsSchemaInWalMode()
    {
        {
            ResultStore store;
            QString error;
            QVERIFY2(store.open(m_path, &error), qPrintable(error));
            QVERIFY(store.isOpen());
            QVERIFY(QFile::exists(m_path));
            QVERIFY(!store.isPostgres());
        }
        QCOMPARE(rawQuery(m_path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(rawQuery(m_path, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(),
                 ResultStore::SchemaVersion);
        // Reopening an existing database neither fails nor adds a version row.
        ResultStore again;
        QVERIFY(again.open(m_path));
        QCOMPARE(rawQuery(m_path, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
                 ResultStore::SchemaVersion);
        // The same file through a sqlite:// URL.
        ResultStore byUrl;
        QVERIFY(byUrl.open(QStringLiteral("sqlite://") + m_path));
        QCOMPARE(byUrl.path(), m_path);
    }

    void aFileOfTheSchemaOneReleaseIsUpgradedInPlace()
    {
        // A copy of what the release before this one wrote: 3 rows, one left running.
        const QString fixture =
            qEnvironmentVariable("PROVSTATION_SOURCE_DIR") + QStringLiteral("/tests/unit/data/results-v1.sqlite");
        QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QVERIFY(QFile::copy(fixture, m_path));
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(rawQuery(m_path, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), 1);

        ResultStore store;
        QString error;
        QVERIFY2(store.open(m_path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), ResultStore::SchemaVersion);
        QCOMPARE(rawQuery(m_path, QStringLiteral("SELECT group_concat(version, ',') FROM schema_version")).toString(),
                 QStringLiteral("1,2,3"));
        // Every old row is there, with its values, now with a duration and an empty line.
        const QList<ResultRow> rows = store.list();
        QCOMPARE(rows.size(), 3);
        const ResultRow pass = *store.get(1);
        QCOMPARE(pass.outcome, Outcome::Pass);
        QCOMPARE(pass.station, QStringLiteral("line1-pc2"));
        QCOMPARE(pass.operatorName, QStringLiteral("Zoë Müller"));
        QCOMPARE(pass.deviceId, QStringLiteral("nina-w15-d4ca6e000001"));
        QCOMPARE(pass.started, QDateTime(QDate(2026, 11, 20), QTime(8, 0, 0, 125), Qt::UTC));
        QCOMPARE(pass.started.msecsTo(pass.finished), 27480);
        QCOMPARE(pass.steps.size(), 3);
        QCOMPARE(pass.steps.at(2).step, Step::Dps);
        QCOMPARE(pass.lineId, QString());
        QCOMPARE(pass.seq, 0);
        QCOMPARE(rawQuery(m_path, QStringLiteral("SELECT duration_ms FROM results WHERE id = 1")).toLongLong(), 27480);
        QCOMPARE(rawQuery(m_path, QStringLiteral("SELECT duration_ms FROM results WHERE id = 2")).toLongLong(), 15100);
        const ResultRow fail = *store.get(2);
        QCOMPARE(fail.cause, Cause::WifiAuth);
        QCOMPARE(fail.causeMessage, QStringLiteral("wrong Wi-Fi password, \"lab\"\nsecond line"));
        QCOMPARE(store.get(3)->outcome, Outcome::Running);
        QCOMPARE(store.markInterrupted(), 1);
        // The upgraded file takes new rows, with numbers, and sorts by duration.
        qint64 seq = 0;
        ResultRow next = pass;
        next.lineId = QStringLiteral("line1");
        const qint64 id = store.begin(next, &seq);
        QVERIFY(id > 3);
        QCOMPARE(seq, 1);
        ResultQuery longest;
        longest.sort = ResultQuery::Sort::Duration;
        longest.limit = 1;
        QCOMPARE(store.query(longest).value(0).id, 1);
        // Opened again: nothing more to do.
        ResultStore again;
        QVERIFY(again.open(m_path));
        QCOMPARE(rawQuery(m_path, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 3);
    }

    void defaultPathIsInAppData() { QVERIFY(ResultStore::defaultPath().endsWith(QLatin1String("/results.sqlite"))); }

    void exportToAnUnwritablePlaceFailsClearly()
    {
        ResultStore store;
        QVERIFY(store.open(m_path));
        QString error;
        QVERIFY(!store.exportCsv(m_path + QStringLiteral("/not-a-dir/x.csv"), &error));
        QVERIFY2(error.contains(QLatin1String("x.csv")), qPrintable(error));
    }

    void badPathGivesAClearError()
    {
        // A folder that cannot be created: its parent is a regular file (works as root too).
        QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = m_dir->filePath(QStringLiteral("blocker/db/results.sqlite"));
        ResultStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY(!store.isOpen());
        QVERIFY2(error.contains(QLatin1String("cannot create the folder")), qPrintable(error));
        QVERIFY2(error.contains(m_dir->filePath(QStringLiteral("blocker/db"))), qPrintable(error));
        QCOMPARE(store.lastError(), error);
        QCOMPARE(store.begin(contract::fullRow()), 0);
        QVERIFY(store.lastError().contains(QLatin1String("not open")));

        // A file that is not a database.
        QFile junk(m_dir->filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        QVERIFY(!store.open(junk.fileName(), &error));
        QVERIFY2(error.contains(QLatin1String("junk.sqlite")), qPrintable(error));

        // A URL of a kind the station does not speak.
        QVERIFY(!store.open(QStringLiteral("mysql://root:hunter2@db/line"), &error));
        QVERIFY2(error.contains(QLatin1String("mysql")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error));
    }

    void writerReportsABadPathAndStillAnswers()
    {
        QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ResultWriter writer(m_dir->filePath(QStringLiteral("blocker/results.sqlite")));
        QSignalSpy errors(&writer, &ResultWriter::error);
        QVERIFY(errors.wait(5000));
        QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("cannot create the folder")),
                 qPrintable(errors.at(0).at(0).toString()));
        qint64 id = -1;
        writer.begin(contract::fullRow(), [&](qint64 newId) { id = newId; });
        QVERIFY(QTest::qWaitFor([&] { return id != -1; }, 5000));
        QCOMPARE(id, 0);
        QVERIFY(!writer.isOffline()); // a file that cannot be written is an error, not a lost server
    }
};

PS_REGISTER_TEST(ResultStoreTest);
#include "tst_resultstore.moc"
