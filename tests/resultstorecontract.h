#pragma once

// What every results database does, whatever its driver (issue 16): one test class, run against
// SQLite (tst_unit ResultStoreTest) and a real PostgreSQL 15 server (tst_integration
// ResultStorePgTest). A subclass gives a fresh empty database for each test and a raw SQL hook.

#include "provisioning/resultstore.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

namespace contract {

inline QDateTime utc(int h, int m, int s, int ms)
{
    return QDateTime(QDate(2026, 11, 22), QTime(h, m, s, ms), Qt::UTC);
}

inline ResultRow fullRow()
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
    r.lineId = QStringLiteral("line 3 — hall B");
    r.cloudCheck = QStringLiteral("wrong_auth"); // schema 3
    return r;
}

// RFC 4180 reader for the export test: quoted fields, doubled quotes, CRLF records.
inline QList<QStringList> parseCsv(const QString &text)
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

inline QList<qint64> ids(const QList<ResultRow> &rows)
{
    QList<qint64> out;
    for (const ResultRow &r : rows)
        out.append(r.id);
    return out;
}

} // namespace contract

class ResultStoreContract : public QObject
{
    Q_OBJECT
protected:
    /// A fresh, empty, migrated database for the next test: a path or a URL a station can open.
    virtual QString freshDatabase() = 0;
    /// Runs @p sql on the current database as its owner (outside the store); false on error.
    virtual bool rawExec(const QString &sql) = 0;
    /// The column names of the results table.
    virtual QStringList resultColumns() = 0;

    QString m_url;
    QTemporaryDir m_scratch;

private slots:
    void init()
    {
        m_url = freshDatabase();
        QVERIFY(!m_url.isEmpty());
    }

    void noColumnCanHoldASecret()
    {
        const QStringList columns = resultColumns();
        QVERIFY(columns.contains(QLatin1String("registration_id")));
        QVERIFY(columns.contains(QLatin1String("line_id")));
        QVERIFY(columns.contains(QLatin1String("seq")));
        for (const QString &c : columns) {
            for (const char *word : {"secret", "password", "passphrase", "key", "token", "sas", "connection"})
                QVERIFY2(!c.contains(QLatin1String(word)), qPrintable(c));
        }
    }

    void beginThenFinishRoundTripsEveryField()
    {
        ResultStore store;
        QString error;
        QVERIFY2(store.open(m_url, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), ResultStore::SchemaVersion);
        ResultRow row = contract::fullRow();
        const qint64 id = store.begin(row);
        QVERIFY2(id > 0, qPrintable(store.lastError()));

        auto running = store.get(id);
        QVERIFY(running);
        QCOMPARE(running->outcome, Outcome::Running);
        QCOMPARE(running->started, row.started);
        QCOMPARE(running->mac, row.mac);
        QCOMPARE(running->lineId, row.lineId);
        QCOMPARE(running->seq, 0);
        QVERIFY(!running->finished.isValid());

        row.id = id;
        QVERIFY2(store.finish(row), qPrintable(store.lastError()));
        const auto back = store.get(id);
        QVERIFY(back);
        QCOMPARE(back->steps, row.steps);
        QCOMPARE(back->started.timeSpec(), Qt::UTC);
        QCOMPARE(*back, row);
        // A fresh connection sees exactly the same row; writing it again leaves the same row.
        ResultStore other;
        QVERIFY(other.open(m_url));
        QCOMPARE(*other.get(id), row);
        QVERIFY(other.finish(row));
        QCOMPARE(*other.get(id), row);
        QCOMPARE(other.list().size(), 1);
        QVERIFY(!other.get(id + 100));
    }

    void beginSetsStartedAndFinishKeepsIt()
    {
        ResultStore store;
        QVERIFY(store.open(m_url));
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
        QVERIFY(store.open(m_url));
        ResultRow row = contract::fullRow();
        QVERIFY(!store.finish(row));
        QVERIFY2(store.lastError().contains(QLatin1String("never begun")), qPrintable(store.lastError()));
        row.id = 4711;
        QVERIFY(!store.finish(row));
        QVERIFY2(store.lastError().contains(QLatin1String("4711")), qPrintable(store.lastError()));
        QVERIFY(!store.connectionLost());
    }

    void rowsLeftRunningByAnEarlierProcessBecomeInterrupted()
    {
        qint64 left = 0, done = 0, otherStation = 0;
        {
            ResultStore earlier; // the "process" that is killed: begin without finish
            QVERIFY(earlier.open(m_url));
            ResultRow finished = contract::fullRow();
            finished.id = done = earlier.begin(finished);
            finished.outcome = Outcome::Pass;
            QVERIFY(earlier.finish(finished));
            ResultRow r = contract::fullRow();
            r.causeMessage.clear();
            r.cause = Cause::None;
            left = earlier.begin(r);
            QVERIFY(left > 0);
            r.station = QStringLiteral("line-3-pc2"); // another station of the line, still running
            otherStation = earlier.begin(r);
            QVERIFY(otherStation > 0);
        }
        ResultStore now;
        QVERIFY(now.open(m_url));
        QCOMPARE(now.markInterrupted(QStringLiteral("line-3")), 1); // only this station's rows
        const auto r = now.get(left);
        QCOMPARE(r->outcome, Outcome::Interrupted);
        QCOMPARE(r->cause, Cause::Interrupted);
        QVERIFY(!r->causeMessage.isEmpty());
        QCOMPARE(now.get(done)->outcome, Outcome::Pass);
        QCOMPARE(now.get(otherStation)->outcome, Outcome::Running);
        QCOMPARE(now.markInterrupted(QStringLiteral("line-3")), 0);
        QCOMPARE(now.markInterrupted(), 1); // no station: every running row (one station's file)
        QCOMPARE(now.get(otherStation)->outcome, Outcome::Interrupted);
    }

    void listIsNewestFirstAndFilters()
    {
        ResultStore store;
        QVERIFY(store.open(m_url));
        const auto add = [&](const QString &mac, Outcome outcome, Cause cause, const QString &message) {
            ResultRow r = contract::fullRow();
            r.mac = mac;
            r.registrationId = QStringLiteral("dev-") + QString(mac).remove(u':').toLower();
            r.deviceId = r.registrationId;
            r.outcome = outcome;
            r.cause = cause;
            r.causeMessage = message;
            r.id = store.begin(r);
            store.finish(r);
            return r;
        };
        const ResultRow a = add(QStringLiteral("D4:D4:DA:00:00:01"), Outcome::Pass, Cause::None, {});
        const ResultRow b = add(QStringLiteral("D4:D4:DA:00:00:02"), Outcome::Fail, Cause::WifiAuth,
                                QStringLiteral("wrong Wi-Fi password or security type"));
        const ResultRow c = add(QStringLiteral("D4:D4:DA:00:00:03"), Outcome::Fail, Cause::DpsUnauthorized,
                                QStringLiteral("the DPS enrollment refused the device"));
        using contract::ids;
        QCOMPARE(ids(store.list()), (QList<qint64>{c.id, b.id, a.id}));
        QCOMPARE(ids(store.list({}, 2)), (QList<qint64>{c.id, b.id}));
        QCOMPARE(ids(store.list(QStringLiteral("fail"))), (QList<qint64>{c.id, b.id}));
        QCOMPARE(ids(store.list(QStringLiteral("WI-FI password"))), QList<qint64>{b.id});
        QCOMPARE(ids(store.list(QStringLiteral("dps_unauth"))), QList<qint64>{c.id});
        QCOMPARE(ids(store.list(QStringLiteral("d4d4da000001"))), QList<qint64>{a.id}); // MAC without separators
        QCOMPARE(ids(store.list(QStringLiteral("DA:00:00:03"))), QList<qint64>{c.id});
        QCOMPARE(ids(store.list(QStringLiteral("DEV-D4D4DA000002"))), QList<qint64>{b.id}); // any case
        QCOMPARE(ids(store.list(QString::number(a.id))), QList<qint64>{a.id});
        QCOMPARE(ids(store.list(QStringLiteral("fail 000003"))), QList<qint64>{c.id}); // every word must match
        QCOMPARE(ids(store.list(QStringLiteral("LINE-3"))).size(), 3);                 // the station id, whole
        QVERIFY(store.list(QStringLiteral("line")).isEmpty());                         // not a part of it
        QVERIFY(store.list(QStringLiteral("100%_")).isEmpty());                        // LIKE wildcards are literal
        // matches() is the same rule in memory (the history view filters arriving rows with it).
        for (const QString &f :
             {QStringLiteral("fail"), QStringLiteral("WI-FI password"), QStringLiteral("d4d4da000001"),
              QStringLiteral("DA:00:00:03"), QStringLiteral("fail 000003"), QStringLiteral("100%_"),
              QStringLiteral("line-3"), QString::number(b.id)}) {
            QList<qint64> inMemory;
            for (const ResultRow &r : {c, b, a}) {
                if (ResultStore::matches(r, f))
                    inMemory.append(r.id);
            }
            QCOMPARE(inMemory, ids(store.list(f)));
        }
    }

    void pagesFollowTheOrderWithoutRepeatsWhileRowsArrive()
    {
        ResultStore store;
        QVERIFY(store.open(m_url));
        QList<ResultRow> all;
        for (int i = 0; i < 25; ++i) {
            ResultRow r = contract::fullRow();
            r.model = i % 2 ? QStringLiteral("ODIN-W262") : QStringLiteral("NINA-W152");
            r.station = QStringLiteral("st-%1").arg(i % 3);
            r.started = contract::utc(8, 0, i, 0);
            r.finished = r.started.addMSecs(1000 + (i * 7919) % 5000);
            r.id = store.begin(r);
            QVERIFY(store.finish(r));
            all.append(r);
        }
        for (const ResultQuery::Sort sort : {ResultQuery::Sort::Id, ResultQuery::Sort::Model,
                                             ResultQuery::Sort::Duration, ResultQuery::Sort::Started}) {
            for (const bool descending : {true, false}) {
                ResultQuery q;
                q.sort = sort;
                q.descending = descending;
                q.limit = 7;
                QList<ResultRow> seen;
                for (int page = 0; page < 10; ++page) {
                    const QList<ResultRow> rows = store.query(q);
                    if (rows.isEmpty())
                        break;
                    seen += rows;
                    q.after = rows.last();
                    if (page == 1) { // a row arrives between pages: it is not repeated or lost
                        ResultRow late = contract::fullRow();
                        late.started = contract::utc(9, 0, 0, 0);
                        late.id = store.begin(late);
                        all.append(*store.get(late.id));
                    }
                }
                QSet<qint64> unique;
                for (const ResultRow &r : std::as_const(seen))
                    unique.insert(r.id);
                QCOMPARE(unique.size(), seen.size());
                // The order is the one sortValue() gives (then id), as the view relies on.
                for (int i = 1; i < seen.size(); ++i) {
                    const QVariant a = ResultStore::sortValue(seen[i - 1], sort);
                    const QVariant b = ResultStore::sortValue(seen[i], sort);
                    const int cmp = QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                                    : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                                           : 0;
                    const bool ordered = descending ? (cmp > 0 || (cmp == 0 && seen[i - 1].id > seen[i].id))
                                                    : (cmp < 0 || (cmp == 0 && seen[i - 1].id < seen[i].id));
                    QVERIFY2(ordered, qPrintable(QStringLiteral("sort %1 at %2").arg(int(sort)).arg(i)));
                }
            }
        }
        ResultQuery byStation;
        byStation.station = QStringLiteral("st-1");
        byStation.limit = 0;
        QCOMPARE(store.query(byStation).size(), 8);
    }

    void forEachVisitsOldestFirstFromATimeAndStation()
    {
        ResultStore store;
        QVERIFY(store.open(m_url));
        for (int i = 0; i < 30; ++i) {
            ResultRow r = contract::fullRow();
            r.station = i % 2 ? QStringLiteral("pc-b") : QStringLiteral("pc-a");
            r.started = contract::utc(6 + i / 10, i % 10, 0, 0);
            r.id = store.begin(r);
        }
        QList<qint64> visited;
        QVERIFY(store.forEach({}, {}, [&](const ResultRow &r) { visited.append(r.id); }));
        QCOMPARE(visited.size(), 30);
        QVERIFY(std::is_sorted(visited.begin(), visited.end()));
        int fromEight = 0;
        QVERIFY(store.forEach(contract::utc(8, 0, 0, 0), QStringLiteral("pc-a"), [&](const ResultRow &r) {
            QVERIFY(r.started >= contract::utc(8, 0, 0, 0));
            QCOMPARE(r.station, QStringLiteral("pc-a"));
            ++fromEight;
        }));
        QCOMPARE(fromEight, 5);
        QCOMPARE(store.stations(), (QStringList{QStringLiteral("pc-a"), QStringLiteral("pc-b")}));
    }

    void seqNumbersAreUniqueAcrossConcurrentWriters()
    {
        // Four "stations", each with its own connection on its own thread, take numbers at once.
        constexpr int kThreads = 4, kEach = 25;
        QList<QList<std::pair<qint64, qint64>>> got(kThreads); // (row id, seq)
        QList<QString> errors(kThreads);
        QList<QThread *> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.append(QThread::create([this, t, &got, &errors] {
                ResultStore store;
                if (!store.open(m_url, &errors[t]))
                    return;
                for (int i = 0; i < kEach; ++i) {
                    ResultRow r = contract::fullRow();
                    r.station = QStringLiteral("pc-%1").arg(t);
                    qint64 seq = 0;
                    const qint64 id = store.begin(r, &seq);
                    if (id <= 0) {
                        errors[t] = store.lastError();
                        return;
                    }
                    got[t].append({id, seq});
                }
            }));
            threads.last()->start();
        }
        for (QThread *th : std::as_const(threads)) {
            QVERIFY(th->wait(QDeadlineTimer(120000)));
            delete th;
        }
        QSet<qint64> numbers;
        ResultStore store;
        QVERIFY(store.open(m_url));
        for (int t = 0; t < kThreads; ++t) {
            QVERIFY2(errors[t].isEmpty(), qPrintable(errors[t]));
            QCOMPARE(got[t].size(), kEach);
            for (const auto &[id, seq] : std::as_const(got[t])) {
                numbers.insert(seq);
                QCOMPARE(store.get(id)->seq, seq); // recorded with its row
            }
        }
        QCOMPARE(numbers.size(), kThreads * kEach);
        QCOMPARE(*std::min_element(numbers.begin(), numbers.end()), 1);
        QCOMPARE(*std::max_element(numbers.begin(), numbers.end()), kThreads * kEach);
        // The database itself refuses a number twice.
        QVERIFY(!rawExec(QStringLiteral("UPDATE results SET seq = 1 WHERE seq = 2")));
    }

    void aDeviceIdThatPassedOnAnotherStationIsFound()
    {
        ResultStore store;
        QVERIFY(store.open(m_url));
        ResultRow r = contract::fullRow();
        r.station = QStringLiteral("pc-a");
        r.deviceId = QStringLiteral("line3-000042");
        r.outcome = Outcome::Fail;
        r.id = store.begin(r);
        QVERIFY(store.finish(r));
        IdentityCheck c = store.checkIdentity(r.deviceId, QStringLiteral("pc-b"));
        QVERIFY(c.checked);
        QVERIFY(!c.previous); // a failure does not own the id
        r.outcome = Outcome::Pass;
        r.cause = Cause::None;
        QVERIFY(store.finish(r));
        c = store.checkIdentity(r.deviceId, QStringLiteral("pc-b"));
        QVERIFY(c.checked);
        QVERIFY(c.previous);
        QCOMPARE(c.previous->id, r.id);
        QCOMPARE(c.previous->station, QStringLiteral("pc-a"));
        // The same station reworking its own module is its own business.
        QVERIFY(!store.checkIdentity(r.deviceId, QStringLiteral("pc-a")).previous);
        QVERIFY(!store.checkIdentity(QStringLiteral("line3-000043"), QStringLiteral("pc-b")).previous);
    }

    void csvExportParsesBackWithQuoting()
    {
        ResultStore store;
        QVERIFY(store.open(m_url));
        ResultRow first = contract::fullRow(); // commas, quotes, a newline, umlauts
        qint64 seq = 0;
        first.id = store.begin(first, &seq);
        first.seq = seq;
        QVERIFY(store.finish(first));
        ResultRow second;
        second.port = QStringLiteral("/dev/pts/9");
        second.started = contract::utc(11, 0, 0, 0);
        second.id = store.begin(second); // still running: no finish time, no slot

        const QString csv = m_scratch.filePath(QStringLiteral("export.csv"));
        QString error;
        QVERIFY2(store.exportCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> records = contract::parseCsv(QString::fromUtf8(bytes));
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
        QCOMPARE(field(1, "line_id"), first.lineId);
        QCOMPARE(field(1, "seq"), QStringLiteral("1"));
        QCOMPARE(field(2, "id"), QString::number(second.id));
        QCOMPARE(field(2, "outcome"), QStringLiteral("running"));
        QCOMPARE(field(2, "slot"), QString());
        QCOMPARE(field(2, "finished"), QString());
        QCOMPARE(field(2, "steps"), QString());
        QCOMPARE(field(2, "seq"), QString());
        // The quoting itself, as a spreadsheet expects it.
        QVERIFY(bytes.contains("\"Zo\xc3\xab \"\"Z\"\" M\xc3\xbcller, shift B\""));
    }

    void aDatabaseFromANewerStationIsRefused()
    {
        QVERIFY(rawExec(QStringLiteral("INSERT INTO schema_version(version) VALUES (99)")));
        ResultStore store;
        QString error;
        QVERIFY(!store.open(m_url, &error));
        QVERIFY2(error.contains(QLatin1String("newer station")), qPrintable(error));
        QVERIFY(!store.isOpen());
    }

    void writerWorksOnItsOwnThread()
    {
        ResultRow left = contract::fullRow();
        {
            ResultStore earlier;
            QVERIFY(earlier.open(m_url));
            QVERIFY(earlier.begin(left) > 0); // left running: the writer marks it interrupted
        }
        ResultWriter::Options options;
        options.url = *ResultsUrl::parse(m_url);
        options.station = left.station;
        options.journalPath = m_scratch.filePath(QStringLiteral("journal.jsonl"));
        ResultWriter writer(options);
        QSignalSpy opened(&writer, &ResultWriter::opened);
        QSignalSpy errors(&writer, &ResultWriter::error);
        QSignalSpy recorded(&writer, &ResultWriter::recorded);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.at(0).at(0).toInt(), 1);

        ResultRow row = contract::fullRow();
        ResultWriter::Begun begun;
        QThread *calledOn = nullptr;
        bool answered = false;
        writer.begin(row, true, [&](const ResultWriter::Begun &b) {
            begun = b;
            answered = true;
            calledOn = QThread::currentThread();
        });
        QVERIFY(!answered); // never synchronously
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
        QVERIFY2(begun.id > 0, qPrintable(begun.error));
        QCOMPARE(begun.seq, 1);
        QCOMPARE(calledOn, QThread::currentThread());
        row.id = begun.id;
        row.seq = begun.seq;
        row.outcome = Outcome::Pass;
        writer.finish(row);
        bool idle = false;
        writer.whenIdle([&] { idle = true; });
        QVERIFY(QTest::qWaitFor([&] { return idle; }, 10000));
        QCOMPARE(errors.size(), 0);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.at(0).at(0).value<ResultRow>(), row);

        ResultStore fresh;
        QVERIFY(fresh.open(m_url));
        const auto back = fresh.get(begun.id);
        QVERIFY(back);
        QCOMPARE(*back, row);

        IdentityCheck check;
        bool checked = false;
        writer.checkIdentity(row.deviceId, QStringLiteral("another-pc"), [&](const IdentityCheck &c) {
            check = c;
            checked = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return checked; }, 10000));
        QVERIFY(check.checked);
        QVERIFY(check.previous);
        QCOMPARE(check.previous->id, begun.id);

        ResultRow unknown = contract::fullRow();
        unknown.id = 999999;
        writer.finish(unknown);
        QVERIFY(errors.wait(10000));
        QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("999999")),
                 qPrintable(errors.at(0).at(0).toString()));
        QVERIFY(!QFile::exists(options.journalPath)); // a refused row is an error, not a journal entry
    }

    void writerDestructorLetsQueuedWritesFinish()
    {
        qint64 id = 0;
        {
            ResultStore store;
            QVERIFY(store.open(m_url));
            id = store.begin(contract::fullRow());
        }
        {
            ResultWriter writer(m_url);
            ResultRow row = contract::fullRow();
            row.id = id;
            row.outcome = Outcome::Pass;
            writer.finish(row); // no flush: the destructor drains the queue
        }
        ResultStore store;
        QVERIFY(store.open(m_url));
        // The writer marked the open row interrupted first, then finish() set the final state.
        QCOMPARE(store.get(id)->outcome, Outcome::Pass);
    }
};
