// The issuance ledger of a line on a real PostgreSQL 15 server (issue 17, docs/ledger.md): two
// stations, each with its own writer thread and connection, recording at the same time, make one
// chain; the station role may append to the ledger but not change or delete an entry; an issuance
// made while the server is away waits in the journal and joins the chain when it is back; the
// export of the line's ledger verifies.

#include "ledgersupport.h"
#include "pgserver.h"
#include "provisioning/resultstore.h"
#include "testregistry.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class LedgerLineTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<testbed::PgServer> m_server;
    QTemporaryDir m_dir;
    ledgertest::Issuer m_issuer;
    int m_next = 0;

    /// A fresh database migrated by the owner role; the station role's URL.
    QString freshDatabase()
    {
        const QString name = QStringLiteral("ledger%1").arg(++m_next);
        if (!m_server->createDatabase(name))
            return {};
        ResultStore owner;
        if (!owner.open(m_server->url(QLatin1String(testbed::PgServer::kOwner), name)))
            return {};
        return m_server->url(QLatin1String(testbed::PgServer::kStation), name);
    }

    static ResultWriter::Options station(const QString &url, const QString &id, const QString &journal)
    {
        ResultWriter::Options o;
        o.url = *ResultsUrl::parse(url);
        o.station = id;
        o.journalPath = journal;
        o.reconnectMs = 200;
        return o;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<testbed::PgServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        qputenv("PGPASSFILE", m_server->passFile().toLocal8Bit());
        m_issuer = ledgertest::Issuer::make(QStringLiteral("Line 3 CA"));
        QVERIFY2(m_issuer.error.isEmpty(), qPrintable(m_issuer.error));
    }

    void twoStationsWritingTogetherKeepOneChain()
    {
        const QString url = freshDatabase();
        QVERIFY(!url.isEmpty());
        // Certificates first, so both writers then append as fast as their threads go.
        QList<LedgerEntry> a, b;
        for (int i = 0; i < 25; ++i) {
            a.append(*m_issuer.issue(i, QStringLiteral("line3-pc1"), 1000 + i));
            b.append(*m_issuer.issue(i, QStringLiteral("line3-pc2"), 2000 + i));
        }
        ResultWriter pc1(station(url, QStringLiteral("line3-pc1"), m_dir.filePath(QStringLiteral("j1.jsonl"))));
        ResultWriter pc2(station(url, QStringLiteral("line3-pc2"), m_dir.filePath(QStringLiteral("j2.jsonl"))));
        QList<ResultWriter::Issued> answers;
        const auto collect = [&answers](const ResultWriter::Issued &i) { answers.append(i); };
        for (int i = 0; i < 25; ++i) {
            pc1.recordIssuance(a[i], collect);
            pc2.recordIssuance(b[i], collect);
        }
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 50, 60000);
        QSet<qint64> seqs;
        for (const ResultWriter::Issued &i : std::as_const(answers)) {
            QVERIFY2(i.error.isEmpty() && !i.journaled, qPrintable(i.error));
            seqs.insert(i.entry.seq);
        }
        QCOMPARE(seqs.size(), 50);
        ResultStore store;
        QVERIFY(store.open(url));
        qint64 count = 0;
        QCOMPARE(LedgerFile::checkStore(store, &count), QString());
        QCOMPARE(count, 50);
        QList<LedgerEntry> chain;
        QVERIFY(store.forEachIssuance([&chain](const LedgerEntry &e) { chain.append(e); }));
        int first = 0, second = 0;
        for (const LedgerEntry &e : std::as_const(chain))
            (e.station == QLatin1String("line3-pc1") ? first : second)++;
        QCOMPARE(first, 25);
        QCOMPARE(second, 25);
        // The line's ledger, exported by a station's role and verified.
        const auto key = pki::Key::generate(pki::KeyType::EcP256);
        const QString file = m_dir.filePath(QStringLiteral("line.jsonl"));
        const auto written = LedgerFile::write(store, file, *key);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        QCOMPARE(written->entries, 50);
        QVERIFY(LedgerFile::verify(file));
    }

    void theStationRoleAppendsButNeverChangesAnEntry()
    {
        const QString url = freshDatabase();
        ResultStore store;
        QVERIFY(store.open(url));
        auto entry = m_issuer.issue(1, QStringLiteral("line3-pc1"), 1);
        QVERIFY(store.appendIssuance(*entry));
        const QString database = QStringLiteral("ledger%1").arg(m_next);
        const QString station = QLatin1String(testbed::PgServer::kStation);
        QString out;
        QVERIFY(!m_server->psql(QStringLiteral("UPDATE ledger SET mac = 'D4CA6E999999'"), &out, station, database));
        QVERIFY2(out.contains(u"permission denied"), qPrintable(out));
        QVERIFY(!m_server->psql(QStringLiteral("DELETE FROM ledger"), &out, station, database));
        QVERIFY2(out.contains(u"permission denied"), qPrintable(out));
        QVERIFY(m_server->psql(QStringLiteral("SELECT count(*) FROM ledger"), &out, station, database));
        QCOMPARE(out, QStringLiteral("1"));
    }

    void anIssuanceWhileTheServerIsAwayJoinsTheChainWhenItIsBack()
    {
        const QString url = freshDatabase();
        const QString journal = m_dir.filePath(QStringLiteral("away.jsonl"));
        ResultWriter writer(station(url, QStringLiteral("line3-pc1"), journal));
        QSignalSpy opened(&writer, &ResultWriter::opened);
        QVERIFY(opened.wait(30000));
        QList<ResultWriter::Issued> answers;
        const auto collect = [&answers](const ResultWriter::Issued &i) { answers.append(i); };
        writer.recordIssuance(*m_issuer.issue(1, QStringLiteral("line3-pc1"), 1), collect);
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 30000);
        QCOMPARE(answers[0].entry.seq, 1);

        QSignalSpy lost(&writer, &ResultWriter::connectionLost);
        QSignalSpy restored(&writer, &ResultWriter::connectionRestored);
        QSignalSpy recorded(&writer, &ResultWriter::issuanceRecorded);
        QVERIFY2(m_server->stop(), qPrintable(m_server->error()));
        const LedgerEntry away = *m_issuer.issue(2, QStringLiteral("line3-pc1"), 2);
        writer.recordIssuance(away, collect);
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 60000);
        QVERIFY2(answers[1].journaled, qPrintable(answers[1].error));
        QVERIFY(lost.size() >= 1);
        QVERIFY(QFile(journal).size() > 0);
        QVERIFY(readAllText(journal).contains(away.sha256));

        QVERIFY2(m_server->restart(), qPrintable(m_server->error()));
        QTRY_VERIFY_WITH_TIMEOUT(restored.size() >= 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 10000);
        const LedgerEntry back = recorded.first().at(0).value<LedgerEntry>();
        QCOMPARE(back.sha256, away.sha256);
        QCOMPARE(back.seq, 2);
        QVERIFY(!QFile::exists(journal));
        ResultStore store;
        QVERIFY(store.open(url));
        qint64 count = 0;
        QCOMPARE(LedgerFile::checkStore(store, &count), QString());
        QCOMPARE(count, 2);
    }

private:
    static QString readAllText(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
};

PS_REGISTER_TEST(LedgerLineTest);
#include "tst_ledgerline.moc"
