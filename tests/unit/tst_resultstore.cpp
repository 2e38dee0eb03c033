// ResultStore (SQLite, WAL, schema version, round trip of every field, interrupted attempts,
// filter, CSV export) and ResultWriter (the same store on its own thread).

#include "provisioning/resultstore.h"
#include "testregistry.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

QDateTime utc(int h, int m, int s, int ms)
{
    return QDateTime(QDate(2026, 11, 22), QTime(h, m, s, ms), Qt::UTC);
}

ResultRow fullRow()
{
    ResultRow r;
    r.station = QStringLiteral("line-3");
    r.operatorName = QStringLiteral("Zoë \"Z\" Müller, shift B");
    r.port = QStringLiteral("/dev/ttyUSB0");
    r.slot = 5;
    r.profileName = QStringLiteral("factory, DPS");
    r.profileHash = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    r.flow = QStringLiteral("dps-x509");
    r.model = QStringLiteral("NINA-W152");
    r.firmware = QStringLiteral("3.1.0-019");
    r.mac = QStringLiteral("D4:D4:DA:12:34:56");
    r.registrationId = QStringLiteral("nina-w15-d4d4da123456");
    r.deviceId = QStringLiteral("nina-w15-d4d4da123456");
    r.assignedHub = QStringLiteral("factory-hub.azure-devices.net");
    r.operationId = QStringLiteral("5.316aac5bdc130deb.b1e02da8-c3a0-4ff2-a121-7ea7b3a3e5a4");
    r.substatus = QStringLiteral("initialAssignment");
    r.certificateSerial = QStringLiteral("4A3F00C1");
    r.certificateThumbprint = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
    r.outcome = Outcome::Fail;
    r.causeMessage = QStringLiteral("wrong Wi-Fi password or security type\nsecond line");
    r.cause = Cause::WifiAuth;
    r.steps = {{Step::Open, 12, StepOutcome::Pass, {}},
               {Step::Identify, 230, StepOutcome::Pass, QStringLiteral("NINA-W152 3.1.0")},
               {Step::Wifi, 15003, StepOutcome::Fail, QStringLiteral("reason 3, \"auth\"")},
               {Step::Dps, 0, StepOutcome::Skipped, {}}};
    r.started = utc(10, 11, 12, 345);
    r.finished = utc(10, 11, 40, 7);
    return r;
}

// RFC 4180 reader for the export test: quoted fields, doubled quotes, CRLF records.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(std::exchange(field, {}));
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            fields.append(std::exchange(field, {}));
            records.append(std::exchange(fields, {}));
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        fields.append(field);
        records.append(fields);
    }
    return records;
}

// Runs one query on its own raw connection (what any other SQLite client sees).
QVariant rawQuery(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-test-connection");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class ResultStoreTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("sub/results.sqlite")); // the folder is created
    }

    void createsSchemaInWalMode()
    {
        {
            ResultStore store;
            QString error;
            QVERIFY2(store.open(m_path, &error), qPrintable(error));
            QVERIFY(store.isOpen());
            QVERIFY(QFile::exists(m_path));
        }
        QCOMPARE(rawQuery(m_path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(rawQuery(m_path, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(),
                 ResultStore::SchemaVersion);
        // Reopening an existing database neither fails nor adds a second version row.
        ResultStore again;
        QVERIFY(again.open(m_path));
        QCOMPARE(rawQuery(m_path, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);
    }

    void defaultPathIsInAppData() { QVERIFY(ResultStore::defaultPath().endsWith(QLatin1String("/results.sqlite"))); }

    void noColumnCanHoldASecret()
    {
        ResultStore store;
        QVERIFY(store.open(m_path));
        const QString columns = rawQuery(m_path, QStringLiteral("SELECT group_concat(name, ',') FROM "
                                                                "pragma_table_info('results')"))
                                    .toString();
        QVERIFY(columns.contains(QLatin1String("registration_id")));
        for (const char *word : {"secret", "password", "passphrase", "key", "token", "sas", "connection"})
            QVERIFY2(!columns.contains(QLatin1String(word)), word);
    }

    void beginThenFinishRoundTripsEveryField()
    {
        ResultStore store;
        QVERIFY(store.open(m_path));
        ResultRow row = fullRow();
        const qint64 id = store.begin(row);
        QVERIFY2(id > 0, qPrintable(store.lastError()));

        auto running = store.get(id);
        QVERIFY(running);
        QCOMPARE(running->outcome, Outcome::Running);
        QCOMPARE(running->started, row.started);
        QCOMPARE(running->mac, row.mac);
        QVERIFY(!running->finished.isValid());

        row.id = id;
        QVERIFY2(store.finish(row), qPrintable(store.lastError()));
        const auto back = store.get(id);
        QVERIFY(back);
        QCOMPARE(back->steps, row.steps);
        QCOMPARE(back->started.timeSpec(), Qt::UTC);
        QCOMPARE(*back, row);
        // A fresh connection sees exactly the same row.
        ResultStore other;
        QVERIFY(other.open(m_path));
        QCOMPARE(*other.get(id), row);
        QVERIFY(!other.get(id + 100));
    }

    void beginSetsStartedAndFinishKeepsIt()
    {
        ResultStore store;
        QVERIFY(store.open(m_path));
        ResultRow row;
        row.port = QStringLiteral("/dev/pts/3");
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        row.id = store.begin(row);
        QVERIFY(row.id > 0);
        const QDateTime started = store.get(row.id)->started;
        QVERIFY(started >= before && started <= QDateTime::currentDateTimeUtc());
        row.outcome = Outcome::Pass;
        row.finished = QDateTime::currentDateTimeUtc();
        QVERIFY(store.finish(row)); // row.started is not set: the stored one stays
        QCOMPARE(store.get(row.id)->started, started);
    }

    void finishOfAnUnknownRowFailsClearly()
    {
        ResultStore store;
        QVERIFY(store.open(m_path));
        ResultRow row = fullRow();
        QVERIFY(!store.finish(row));
        QVERIFY2(store.lastError().contains(QLatin1String("never begun")), qPrintable(store.lastError()));
        row.id = 4711;
        QVERIFY(!store.finish(row));
        QVERIFY2(store.lastError().contains(QLatin1String("4711")), qPrintable(store.lastError()));
    }

    void rowsLeftRunningByAnEarlierProcessBecomeInterrupted()
    {
        qint64 left = 0, done = 0;
        {
            ResultStore earlier; // the "process" that is killed: begin without finish
            QVERIFY(earlier.open(m_path));
            ResultRow finished = fullRow();
            finished.id = done = earlier.begin(finished);
            finished.outcome = Outcome::Pass;
            QVERIFY(earlier.finish(finished));
            ResultRow r = fullRow();
            r.causeMessage.clear();
            r.cause = Cause::None;
            left = earlier.begin(r);
            QVERIFY(left > 0);
        }
        ResultStore now;
        QVERIFY(now.open(m_path));
        QCOMPARE(now.markInterrupted(), 1);
        const auto r = now.get(left);
        QCOMPARE(r->outcome, Outcome::Interrupted);
        QCOMPARE(r->cause, Cause::Interrupted);
        QVERIFY(!r->causeMessage.isEmpty());
        QCOMPARE(now.get(done)->outcome, Outcome::Pass);
        QCOMPARE(now.markInterrupted(), 0);
    }

    void listIsNewestFirstAndFilters()
    {
        ResultStore store;
        QVERIFY(store.open(m_path));
        const auto add = [&](const QString &mac, Outcome outcome, Cause cause, const QString &message) {
            ResultRow r = fullRow();
            r.mac = mac;
            r.registrationId = QStringLiteral("dev-") + QString(mac).remove(u':').toLower();
            r.deviceId = r.registrationId;
            r.outcome = outcome;
            r.cause = cause;
            r.causeMessage = message;
            r.id = store.begin(r);
            store.finish(r);
            return r.id;
        };
        const qint64 a = add(QStringLiteral("D4:D4:DA:00:00:01"), Outcome::Pass, Cause::None, {});
        const qint64 b = add(QStringLiteral("D4:D4:DA:00:00:02"), Outcome::Fail, Cause::WifiAuth,
                             QStringLiteral("wrong Wi-Fi password or security type"));
        const qint64 c = add(QStringLiteral("D4:D4:DA:00:00:03"), Outcome::Fail, Cause::DpsUnauthorized,
                             QStringLiteral("the DPS enrollment refused the device"));

        const auto ids = [](const QList<ResultRow> &rows) {
            QList<qint64> out;
            for (const ResultRow &r : rows)
                out.append(r.id);
            return out;
        };
        QCOMPARE(ids(store.list()), (QList<qint64>{c, b, a}));
        QCOMPARE(ids(store.list({}, 2)), (QList<qint64>{c, b}));
        QCOMPARE(ids(store.list(QStringLiteral("fail"))), (QList<qint64>{c, b}));
        QCOMPARE(ids(store.list(QStringLiteral("WI-FI password"))), QList<qint64>{b});
        QCOMPARE(ids(store.list(QStringLiteral("dps_unauth"))), QList<qint64>{c});
        QCOMPARE(ids(store.list(QStringLiteral("d4d4da000001"))), QList<qint64>{a}); // MAC without separators
        QCOMPARE(ids(store.list(QStringLiteral("DA:00:00:03"))), QList<qint64>{c});
        QCOMPARE(ids(store.list(QStringLiteral("dev-d4d4da000002"))), QList<qint64>{b});
        QCOMPARE(ids(store.list(QString::number(a))), QList<qint64>{a});
        QCOMPARE(ids(store.list(QStringLiteral("fail 000003"))), QList<qint64>{c}); // every word must match
        QVERIFY(store.list(QStringLiteral("100%_")).isEmpty());                     // LIKE wildcards are literal
    }

    void csvExportParsesBackWithQuoting()
    {
        ResultStore store;
        QVERIFY(store.open(m_path));
        ResultRow first = fullRow(); // commas, quotes, a newline, umlauts
        first.id = store.begin(first);
        QVERIFY(store.finish(first));
        ResultRow second;
        second.port = QStringLiteral("/dev/pts/9");
        second.started = utc(11, 0, 0, 0);
        second.id = store.begin(second); // still running: no finish time, no slot
        second.outcome = Outcome::Running;

        const QString csv = m_dir->filePath(QStringLiteral("export.csv"));
        QString error;
        QVERIFY2(store.exportCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(records.size(), 3);
        const QStringList header = records.at(0);
        QCOMPARE(header, ResultStore::csvColumns());
        for (const QStringList &r : records)
            QCOMPARE(r.size(), header.size());
        const auto field = [&](int record, const char *column) {
            return records.at(record).at(header.indexOf(QLatin1String(column)));
        };
        QCOMPARE(field(1, "id"), QString::number(first.id));
        QCOMPARE(field(1, "operator"), first.operatorName);
        QCOMPARE(field(1, "profile_name"), first.profileName);
        QCOMPARE(field(1, "cause"), first.causeMessage);
        QCOMPARE(field(1, "slot"), QStringLiteral("5"));
        QCOMPARE(field(1, "mac"), first.mac);
        QCOMPARE(field(1, "certificate_thumbprint"), first.certificateThumbprint);
        QCOMPARE(field(1, "outcome"), QStringLiteral("fail"));
        QCOMPARE(field(1, "cause_code"), QStringLiteral("wifi_auth"));
        QCOMPARE(QDateTime::fromString(field(1, "started"), Qt::ISODateWithMs), first.started);
        QCOMPARE(QDateTime::fromString(field(1, "finished"), Qt::ISODateWithMs), first.finished);
        QCOMPARE(field(1, "duration_ms"), QString::number(first.started.msecsTo(first.finished)));
        QCOMPARE(field(1, "steps"), QStringLiteral("open:12:pass;identify:230:pass;wifi:15003:fail;dps:0:skipped"));
        QCOMPARE(field(2, "id"), QString::number(second.id));
        QCOMPARE(field(2, "outcome"), QStringLiteral("running"));
        QCOMPARE(field(2, "slot"), QString());
        QCOMPARE(field(2, "finished"), QString());
        QCOMPARE(field(2, "steps"), QString());
        // The quoting itself, as a spreadsheet expects it.
        QVERIFY(bytes.contains("\"Zo\xc3\xab \"\"Z\"\" M\xc3\xbcller, shift B\""));
    }

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
        QCOMPARE(store.begin(fullRow()), 0);
        QVERIFY(store.lastError().contains(QLatin1String("not open")));

        // A file that is not a database.
        QFile junk(m_dir->filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        QVERIFY(!store.open(junk.fileName(), &error));
        QVERIFY2(error.contains(QLatin1String("junk.sqlite")), qPrintable(error));
    }

    void aDatabaseFromANewerStationIsRefused()
    {
        {
            ResultStore store;
            QVERIFY(store.open(m_path));
        }
        rawQuery(m_path, QStringLiteral("INSERT INTO schema_version(version) VALUES (99)"));
        ResultStore store;
        QString error;
        QVERIFY(!store.open(m_path, &error));
        QVERIFY2(error.contains(QLatin1String("newer station")), qPrintable(error));
    }

    void writerWorksOnItsOwnThread()
    {
        ResultRow left = fullRow();
        {
            ResultStore earlier;
            QVERIFY(earlier.open(m_path));
            QVERIFY(earlier.begin(left) > 0); // left running: the writer marks it interrupted
        }
        ResultWriter writer(m_path);
        QSignalSpy opened(&writer, &ResultWriter::opened);
        QSignalSpy errors(&writer, &ResultWriter::error);
        QVERIFY(opened.wait(5000));
        QCOMPARE(opened.at(0).at(0).toInt(), 1);

        ResultRow row = fullRow();
        qint64 id = 0;
        QThread *calledOn = nullptr;
        writer.begin(row, [&](qint64 newId) {
            id = newId;
            calledOn = QThread::currentThread();
        });
        QVERIFY(id == 0); // never synchronously
        QVERIFY(QTest::qWaitFor([&] { return id != 0; }, 5000));
        QCOMPARE(calledOn, QThread::currentThread());
        row.id = id;
        row.outcome = Outcome::Pass;
        writer.finish(row);
        QVERIFY(writer.flush(5000));
        QCOMPARE(errors.size(), 0);

        ResultStore fresh;
        QVERIFY(fresh.open(m_path));
        const auto back = fresh.get(id);
        QVERIFY(back);
        QCOMPARE(*back, row);

        ResultRow unknown = fullRow();
        unknown.id = 999999;
        writer.finish(unknown);
        QVERIFY(errors.wait(5000));
        QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("999999")),
                 qPrintable(errors.at(0).at(0).toString()));
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
        writer.begin(fullRow(), [&](qint64 newId) { id = newId; });
        QVERIFY(QTest::qWaitFor([&] { return id != -1; }, 5000));
        QCOMPARE(id, 0);
    }

    void writerDestructorLetsQueuedWritesFinish()
    {
        qint64 id = 0;
        {
            ResultStore store;
            QVERIFY(store.open(m_path));
            id = store.begin(fullRow());
        }
        {
            ResultWriter writer(m_path);
            ResultRow row = fullRow();
            row.id = id;
            row.outcome = Outcome::Pass;
            writer.finish(row); // no flush: the destructor drains the queue
        }
        ResultStore store;
        QVERIFY(store.open(m_path));
        // The writer marked the open row interrupted first, then finish() set the final state.
        QCOMPARE(store.get(id)->outcome, Outcome::Pass);
    }
};

PS_REGISTER_TEST(ResultStoreTest);
#include "tst_resultstore.moc"
