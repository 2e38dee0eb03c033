// The results store on a real PostgreSQL 15 server (issue 16): the contract every results database
// keeps (tests/resultstorecontract.h, also run on SQLite), plus what only a shared server brings:
// least-privilege roles, migrations by stations starting together, a password from outside the
// URL, and a server that goes away and comes back (the writer's journal).

#include "pgserver.h"
#include "resultstorecontract.h"
#include "testregistry.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

class ResultStorePgTest : public ResultStoreContract
{
    Q_OBJECT

    std::unique_ptr<testbed::PgServer> m_server;
    QString m_database;
    int m_next = 0;

protected:
    QString freshDatabase() override
    {
        if (!m_server)
            return {};
        m_database = QStringLiteral("t%1").arg(++m_next);
        if (!m_server->createDatabase(m_database)) {
            qWarning().noquote() << m_server->error();
            return {};
        }
        // The owner role migrates (a station's role may not create tables); stations use their own.
        ResultStore owner;
        QString error;
        if (!owner.open(m_server->url(QLatin1String(testbed::PgServer::kOwner), m_database), &error)) {
            qWarning().noquote() << error;
            return {};
        }
        return m_server->url(QLatin1String(testbed::PgServer::kStation), m_database);
    }
    bool rawExec(const QString &sql) override
    {
        return m_server->psql(sql, nullptr, QLatin1String(testbed::PgServer::kOwner), m_database);
    }
    QStringList resultColumns() override
    {
        QString out;
        m_server->psql(QStringLiteral("SELECT string_agg(column_name, ',') FROM information_schema.columns "
                                      "WHERE table_name = 'results'"),
                       &out, QLatin1String(testbed::PgServer::kOwner), m_database);
        return out.split(u',');
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<testbed::PgServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        // libpq finds the roles' passwords here, never on a command line or in a URL.
        qputenv("PGPASSFILE", m_server->passFile().toLocal8Bit());
    }

    void theSchemaIsPostgresShaped()
    {
        ResultStore store;
        QVERIFY(store.open(m_url));
        QVERIFY(store.isPostgres());
        QString types;
        QVERIFY(m_server->psql(QStringLiteral("SELECT string_agg(column_name || ':' || data_type, ',' ORDER BY "
                                              "column_name) FROM information_schema.columns WHERE table_name = "
                                              "'results' AND column_name IN ('id','started','steps','seq')"),
                               &types, QLatin1String(testbed::PgServer::kOwner), m_database));
        QCOMPARE(types, QStringLiteral("id:bigint,seq:bigint,started:timestamp with time zone,steps:jsonb"));
        // Times are real times on the server: an analyst can group by hour in SQL.
        ResultRow r = contract::fullRow();
        r.id = store.begin(r);
        QString hour;
        QVERIFY(m_server->psql(QStringLiteral("SELECT to_char(date_trunc('hour', started) AT TIME ZONE 'UTC', "
                                              "'HH24:MI') FROM results"),
                               &hour, QLatin1String(testbed::PgServer::kStation), m_database));
        QCOMPARE(hour, QStringLiteral("10:00"));
    }

    void theStationRoleWritesRowsAndNothingElse()
    {
        ResultStore store;
        QString error;
        QVERIFY2(store.open(m_url, &error), qPrintable(error));
        QVERIFY(store.begin(contract::fullRow()) > 0);
        const QString station = QLatin1String(testbed::PgServer::kStation);
        QVERIFY(!m_server->psql(QStringLiteral("DELETE FROM results"), nullptr, station, m_database));
        QVERIFY(!m_server->psql(QStringLiteral("DROP TABLE results"), nullptr, station, m_database));
        QVERIFY(!m_server->psql(QStringLiteral("CREATE TABLE x (a int)"), nullptr, station, m_database));
        QVERIFY(!m_server->psql(QStringLiteral("UPDATE schema_version SET version = 1"), nullptr, station, m_database));
        // A database the owner has not migrated: the station role says why it cannot start.
        QVERIFY(m_server->createDatabase(QStringLiteral("unmigrated")));
        ResultStore early;
        QVERIFY(!early.open(m_server->url(station, QStringLiteral("unmigrated")), &error));
        QVERIFY2(error.contains(QLatin1String("docs/line.md")), qPrintable(error));
    }

    void stationsStartingTogetherMigrateOnce()
    {
        QVERIFY(m_server->createDatabase(QStringLiteral("together")));
        const QString url = m_server->url(QLatin1String(testbed::PgServer::kOwner), QStringLiteral("together"));
        std::atomic<int> opened{0};
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i) {
            threads.append(QThread::create([&] {
                ResultStore store;
                if (store.open(url))
                    ++opened;
            }));
            threads.last()->start();
        }
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(QDeadlineTimer(60000)));
            delete t;
        }
        QCOMPARE(opened.load(), 4);
        QString versions;
        QVERIFY(m_server->psql(QStringLiteral("SELECT string_agg(version::text, ',' ORDER BY version) FROM "
                                              "schema_version"),
                               &versions, QLatin1String(testbed::PgServer::kOwner), QStringLiteral("together")));
        QCOMPARE(versions, QStringLiteral("1,2,3"));
    }

    void thePasswordComesFromOutsideTheUrlAndNeverShows()
    {
        // No .pgpass: the password given to the store (the station reads it from the secret store).
        const QByteArray passFile = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", "/nonexistent");
        auto url = *ResultsUrl::parse(m_url);
        ResultStore store;
        QString error;
        QVERIFY(!store.open(url, &error)); // no password at all
        QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
        url.password = m_server->password(QLatin1String(testbed::PgServer::kStation));
        QVERIFY2(store.open(url, &error), qPrintable(error));
        // A wrong password in a URL: refused, and the message shows the URL masked.
        ResultStore wrong;
        const QString withPassword = QStringLiteral("postgresql://%1:hunter2@127.0.0.1:%2/%3")
                                         .arg(QLatin1String(testbed::PgServer::kStation))
                                         .arg(m_server->port())
                                         .arg(m_database);
        QVERIFY(!wrong.open(withPassword, &error));
        QVERIFY2(error.contains(QLatin1String("****")) && !error.contains(QLatin1String("hunter2")), qPrintable(error));
        // The writer does not retry a refusal forever: it is an error, not a lost server.
        ResultWriter writer(withPassword);
        QSignalSpy errors(&writer, &ResultWriter::error);
        QSignalSpy lost(&writer, &ResultWriter::connectionLost);
        QVERIFY(errors.wait(15000));
        QCOMPARE(lost.size(), 0);
        QVERIFY(!errors.at(0).at(0).toString().contains(QLatin1String("hunter2")));
        qputenv("PGPASSFILE", passFile);
    }

    void aLostServerKeepsResultsInTheJournalAndWritesThemOnceWhenItIsBack()
    {
        ResultWriter::Options options;
        options.url = *ResultsUrl::parse(m_url);
        options.station = QStringLiteral("pc-journal");
        options.journalPath = m_scratch.filePath(QStringLiteral("journal-lost.jsonl"));
        options.reconnectMs = 300;
        ResultWriter writer(options);
        QSignalSpy opened(&writer, &ResultWriter::opened);
        QSignalSpy lost(&writer, &ResultWriter::connectionLost);
        QSignalSpy restored(&writer, &ResultWriter::connectionRestored);
        QSignalSpy recorded(&writer, &ResultWriter::recorded);
        QVERIFY(opened.wait(15000));
        // Three attempts begin while the server is there.
        QList<ResultRow> rows;
        for (int i = 0; i < 3; ++i) {
            ResultRow r = contract::fullRow();
            r.station = options.station;
            r.mac = QStringLiteral("D4CA6E00000%1").arg(i);
            bool answered = false;
            writer.begin(r, true, [&](const ResultWriter::Begun &b) {
                r.id = b.id;
                r.seq = b.seq;
                answered = true;
            });
            QVERIFY(QTest::qWaitFor([&] { return answered; }, 15000));
            QVERIFY(r.id > 0);
            rows.append(r);
        }
        QVERIFY(m_server->stop());
        // The first finish finds the server gone: it and the next go to the journal.
        for (ResultRow &r : rows) {
            r.outcome = Outcome::Pass;
            r.cause = Cause::None;
            r.finished = r.started.addSecs(27);
        }
        writer.finish(rows[0]);
        QVERIFY(lost.wait(20000));
        QVERIFY(writer.isOffline());
        writer.finish(rows[1]);
        bool idle = false;
        writer.whenIdle([&] { idle = true; }); // answered only once the rows are in the database
        QVERIFY(writer.flush(15000));
        QFile journal(options.journalPath);
        QVERIFY(journal.open(QIODevice::ReadOnly));
        QCOMPARE(journal.readAll().count('\n'), 2);
        journal.close();
        QVERIFY(!idle);
        // No new attempt begins while the server is away.
        ResultWriter::Begun refused;
        bool answered = false;
        writer.begin(contract::fullRow(), true, [&](const ResultWriter::Begun &b) {
            refused = b;
            answered = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 15000));
        QCOMPARE(refused.id, 0);
        QVERIFY2(refused.error.contains(QLatin1String("unreachable")), qPrintable(refused.error));

        QVERIFY(m_server->restart());
        QVERIFY(restored.wait(30000));
        QCOMPARE(restored.at(0).at(0).toInt(), 2);
        QVERIFY(QTest::qWaitFor([&] { return idle; }, 10000));
        QVERIFY(!QFile::exists(options.journalPath));
        writer.finish(rows[2]); // and on as usual
        QVERIFY(writer.flush(15000));
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 3, 10000);

        ResultStore check;
        QVERIFY(check.open(m_url));
        const QList<ResultRow> stored = check.list();
        QCOMPARE(stored.size(), 3); // once each
        for (const ResultRow &r : rows) {
            const auto back = check.get(r.id);
            QVERIFY(back);
            QCOMPARE(back->outcome, Outcome::Pass);
            QCOMPARE(back->seq, r.seq);
        }
    }

    void aJournalLeftByAnEarlierRunIsWrittenWhenTheStationOpens()
    {
        ResultStore store;
        QVERIFY(store.open(m_url));
        ResultRow r = contract::fullRow();
        r.station = QStringLiteral("pc-crashed");
        r.id = store.begin(r);
        ResultRow other = r;
        other.id = store.begin(other); // a second row, left running without a journal entry
        // What a station killed while its server was away leaves behind.
        r.outcome = Outcome::Pass;
        r.cause = Cause::None;
        const QString path = m_scratch.filePath(QStringLiteral("journal-crashed.jsonl"));
        {
            ResultWriter::Options options;
            options.url = *ResultsUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
            options.station = r.station;
            options.journalPath = path;
            options.reconnectMs = 60000;
            ResultWriter offline(options); // never reaches a server: its finishes go to the journal
            QSignalSpy lost(&offline, &ResultWriter::connectionLost);
            QVERIFY(lost.wait(15000));
            offline.finish(r);
            QVERIFY(offline.flush(10000));
        }
        QVERIFY(QFile::exists(path));
        ResultWriter::Options options;
        options.url = *ResultsUrl::parse(m_url);
        options.station = r.station;
        options.journalPath = path;
        ResultWriter writer(options);
        QSignalSpy opened(&writer, &ResultWriter::opened);
        QVERIFY(opened.wait(15000));
        QCOMPARE(opened.at(0).at(0).toInt(), 1); // the other row: interrupted, after the replay
        QVERIFY(!QFile::exists(path));
        QCOMPARE(store.get(r.id)->outcome, Outcome::Pass);
        QCOMPARE(store.get(other.id)->outcome, Outcome::Interrupted);
    }
};

PS_REGISTER_TEST(ResultStorePgTest);
#include "tst_linestore.moc"
