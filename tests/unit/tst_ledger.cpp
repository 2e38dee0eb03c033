// The issuance ledger on SQLite (issue 17, docs/ledger.md): the documented canonical encoding and
// hash (checked against a value computed outside the station), 50 real certificates recorded
// through the ResultWriter as one chain, the signed export, and every byte of an export and its
// signature changed in turn: verify names the header, the entry or the signature each time. A
// schema-2 file (tests/unit/data/results-v2.sqlite, made by make-results-v2.sh) is upgraded in place.

#include "ledgersupport.h"
#include "provisioning/resultstore.h"
#include "testregistry.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>

namespace {

using Part = LedgerFile::Problem::Part;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Expected<LedgerFile::Summary, LedgerFile::Problem> verifyBytes(const QByteArray &file, const QByteArray &signature,
                                                               const pki::Certificate &pinned = {})
{
    QByteArray copy = file;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return LedgerFile::verify(buffer, signature, pinned);
}

bool rawExec(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ledger-raw"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ledger-raw"));
    return ok;
}

} // namespace

class LedgerTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ledgertest::Issuer m_issuer;
    QString m_db;      ///< 50 issuances, made once
    pki::Key m_signer; ///< the key that signs the exports (EC P-256)
    pki::Certificate m_signerCert;

    QString exportTo(const QString &name)
    {
        ResultStore store;
        if (!store.open(m_db))
            return {};
        const QString path = m_dir.filePath(name);
        const auto written = LedgerFile::write(store, path, m_signer);
        if (!written) {
            qWarning().noquote() << written.error();
            return {};
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        m_issuer = ledgertest::Issuer::make(QStringLiteral("Ledger Test CA"));
        QVERIFY2(m_issuer.error.isEmpty(), qPrintable(m_issuer.error));
        m_signer = m_issuer.caKey; // the CA's key signs the export
        m_signerCert = m_issuer.ca;
        m_db = m_dir.filePath(QStringLiteral("fifty.sqlite"));
    }

    void theCanonicalEncodingIsTheDocumentedOne()
    {
        // The worked example of docs/ledger.md "The hash".
        LedgerEntry e;
        e.seq = 1;
        e.serial = QStringLiteral("4A3F00C1");
        e.subject = QStringLiteral("CN=line3-000042");
        e.issuer = QStringLiteral("CN=Line 3 CA 2026");
        e.sha256 = QString(QStringLiteral("ab")).repeated(32);
        e.notBefore = QStringLiteral("2026-12-01T06:25:00Z");
        e.notAfter = QStringLiteral("2027-12-01T06:30:00Z");
        e.station = QStringLiteral("line3-pc1");
        e.operatorName = QStringLiteral("Zoë Müller");
        e.issued = QStringLiteral("2026-12-01T06:30:00.125Z");
        e.mac = QStringLiteral("D4CA6E000042");
        e.deviceId = QStringLiteral("line3-000042");
        e.resultId = 17;
        const QByteArray expected = "provstation-ledger/1\nseq=1:1\nserial=8:4A3F00C1\nsubject=15:CN=line3-000042\n"
                                    "issuer=17:CN=Line 3 CA 2026\nsha256=64:" +
                                    QByteArray("ab").repeated(32) +
                                    "\nnot_before=20:2026-12-01T06:25:00Z\nnot_after=20:2027-12-01T06:30:00Z\n"
                                    "station=9:line3-pc1\noperator=12:Zo\xc3\xab M\xc3\xbcller\n"
                                    "issued=24:2026-12-01T06:30:00.125Z\nmac=12:D4CA6E000042\n"
                                    "device_id=12:line3-000042\nresult_id=2:17\n";
        QCOMPARE(e.canonical(), expected);
        // Computed with Python's hashlib over the same bytes (docs/ledger.md shows the command).
        QCOMPARE(e.computeHash(LedgerEntry::genesis()),
                 QStringLiteral("4333fe57112a50909453457610438f03c724bc9ab960e40e601ee82be9435545"));
        // Lengths keep field boundaries: moving a character from one field to the next changes it.
        LedgerEntry moved = e;
        moved.station = QStringLiteral("line3-pc");
        moved.operatorName = QStringLiteral("1Zoë Müller");
        QVERIFY(moved.computeHash(LedgerEntry::genesis()) != e.computeHash(LedgerEntry::genesis()));
        // The previous hash is covered: the same entry after another one hashes differently.
        QVERIFY(e.computeHash(QString(64, u'1')) != e.computeHash(LedgerEntry::genesis()));
        // An export line reads back to the same entry and the same bytes.
        e.prev = LedgerEntry::genesis();
        e.hash = e.computeHash(e.prev);
        QString error;
        const auto back = LedgerEntry::fromJson(QJsonDocument::fromJson(e.toLine()).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, e);
        QCOMPARE(back->toLine(), e.toLine());
    }

    void fiftyIssuancesThroughTheWriterMakeOneChain()
    {
        // 50 attempts on record, then their certificates through the writer's thread.
        QList<qint64> ids;
        {
            ResultStore store;
            QVERIFY(store.open(m_db));
            for (int i = 0; i < 50; ++i) {
                ResultRow r;
                r.station = i % 2 ? QStringLiteral("pc-a") : QStringLiteral("pc-b");
                ids.append(store.begin(r));
                QVERIFY(ids.last() > 0);
            }
        }
        ResultWriter writer(m_db);
        QSignalSpy recorded(&writer, &ResultWriter::issuanceRecorded);
        QList<ResultWriter::Issued> answers;
        for (int i = 0; i < 50; ++i) {
            const auto entry = m_issuer.issue(i, i % 2 ? QStringLiteral("pc-a") : QStringLiteral("pc-b"), ids[i]);
            QVERIFY(entry);
            writer.recordIssuance(*entry, [&answers](const ResultWriter::Issued &a) { answers.append(a); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 50, 30000);
        QCOMPARE(recorded.size(), 50);
        QString previous = LedgerEntry::genesis();
        for (int i = 0; i < 50; ++i) {
            const ResultWriter::Issued &a = answers[i];
            QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
            QVERIFY(!a.journaled);
            QCOMPARE(a.entry.seq, i + 1);
            QCOMPARE(a.entry.prev, previous);
            QCOMPARE(a.entry.hash, a.entry.computeHash(previous));
            QCOMPARE(a.entry.resultId, ids[i]);
            previous = a.entry.hash;
        }
        ResultStore store;
        QVERIFY(store.open(m_db));
        qint64 count = 0;
        QCOMPARE(LedgerFile::checkStore(store, &count), QString());
        QCOMPARE(count, 50);
        // What the store gives back is what was hashed, field by field.
        QList<LedgerEntry> stored;
        QVERIFY(store.forEachIssuance([&stored](const LedgerEntry &e) { stored.append(e); }));
        QCOMPARE(stored.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(stored[i], answers[i].entry);
        QCOMPARE(store.issuancesOf(ids[7]).value(0).seq, 8);
        QVERIFY(stored[7].subject.startsWith(u"CN=pc-a-000007"));
        QCOMPARE(stored[7].issuer, m_issuer.ca.subject());
    }

    void aCertificateRecordedTwiceIsOneEntry()
    {
        ResultStore store;
        QVERIFY(store.open(m_db));
        QList<LedgerEntry> stored;
        QVERIFY(store.forEachIssuance([&stored](const LedgerEntry &e) { stored.append(e); }));
        QCOMPARE(stored.size(), 50);
        // A journal replayed after the server kept it: the same certificate is found, not appended.
        LedgerEntry again = stored[3];
        again.seq = 0;
        again.prev.clear();
        again.hash.clear();
        QVERIFY(store.appendIssuance(again));
        QCOMPARE(again, stored[3]);
        qint64 count = 0;
        QCOMPARE(LedgerFile::checkStore(store, &count), QString());
        QCOMPARE(count, 50);
    }

    void anExportVerifiesAndEveryChangedByteIsNamed()
    {
        const QString path = exportTo(QStringLiteral("ledger.jsonl"));
        QVERIFY(!path.isEmpty());
        const QByteArray file = readAll(path);
        const QByteArray signature = readAll(LedgerFile::signaturePath(path));
        QCOMPARE(file.count('\n'), 51); // the header and 50 entries
        const auto good = verifyBytes(file, signature, m_signerCert);
        QVERIFY2(good, qPrintable(good ? QString() : good.error().text()));
        QCOMPARE(good->entries, 50);
        QCOMPARE(good->signerSubject, m_signerCert.subject());
        QCOMPARE(LedgerFile::verify(path, m_signerCert)->entries, 50);

        // Bytes of the file, one at a time: the line each lies in is named. Every byte of the
        // header, of entries 1-5, 25 and 50 (each field, each quote, each line break), and every
        // 7th byte of the other entries (every byte of all 50 takes minutes on the shared machine).
        QElapsedTimer clock;
        clock.start();
        QList<int> perEntry(51, 0);
        const QSet<qint64> whole{0, 1, 2, 3, 4, 5, 25, 50};
        int changedBytes = 0;
        for (qsizetype pos = 0; pos < file.size(); ++pos) {
            qint64 line = 0;
            ledgertest::partAt(file, pos, &line);
            if (!whole.contains(line) && pos % 7 != 0)
                continue;
            ++changedBytes;
            QByteArray changed = file;
            changed[pos] = char(changed[pos] ^ 0x01);
            const auto r = verifyBytes(changed, signature, m_signerCert);
            qint64 entry = 0;
            const Part expected = ledgertest::partAt(file, pos, &entry);
            QVERIFY2(!r, qPrintable(QStringLiteral("byte %1 changed, still verifies").arg(pos)));
            QVERIFY2(r.error().part == expected && r.error().entry == entry,
                     qPrintable(QStringLiteral("byte %1 (line %2): %3").arg(pos).arg(entry + 1).arg(r.error().text())));
            ++perEntry[int(entry)];
        }
        // Every byte of the signature: the signature is named.
        for (qsizetype pos = 0; pos < signature.size(); ++pos) {
            QByteArray changed = signature;
            changed[pos] = char(changed[pos] ^ 0x01);
            const auto r = verifyBytes(file, changed, m_signerCert);
            QVERIFY2(!r, qPrintable(QStringLiteral("signature byte %1 changed, still verifies").arg(pos)));
            QCOMPARE(r.error().part, Part::Signature);
        }
        // A whole byte replaced, not one bit: a sample of one position in 17, all lines.
        for (qsizetype pos = 0; pos < file.size(); pos += 17) {
            QByteArray changed = file;
            changed[pos] = char(changed[pos] ^ 0xff);
            qint64 entry = 0;
            const Part expected = ledgertest::partAt(file, pos, &entry);
            const auto r = verifyBytes(changed, signature);
            QVERIFY(!r);
            QVERIFY2(r.error().part == expected && r.error().entry == entry, qPrintable(r.error().text()));
        }
        QVERIFY(*std::min_element(perEntry.begin(), perEntry.end()) >= 70); // every line, many times
        for (const qint64 line : whole)                                     // ... and each byte of these
            QCOMPARE(perEntry[int(line)], int(file.split('\n').at(line).size()) + 1);
        qInfo("changed %d of %lld file bytes and all %lld signature bytes, each named; %lld ms", changedBytes,
              qlonglong(file.size()), qlonglong(signature.size()), qlonglong(clock.elapsed()));
    }

    void aShortenedOrLengthenedExportIsNamed()
    {
        const QString path = exportTo(QStringLiteral("cut.jsonl"));
        QVERIFY(!path.isEmpty());
        const QByteArray file = readAll(path);
        const QByteArray signature = readAll(LedgerFile::signaturePath(path));
        const QList<QByteArray> lines = file.split('\n');
        // The last entry removed.
        QByteArray cut = file.left(file.size() - lines.at(50).size() - 1);
        auto r = verifyBytes(cut, signature);
        QVERIFY(!r);
        QCOMPARE(r.error().part, Part::End);
        QCOMPARE(r.error().entry, 50);
        QVERIFY2(r.error().text().contains(u"entry 50 is missing"), qPrintable(r.error().text()));
        // An entry repeated at the end.
        r = verifyBytes(file + lines.at(50) + '\n', signature);
        QVERIFY(!r);
        QCOMPARE(r.error().part, Part::Entry);
        QCOMPARE(r.error().entry, 51);
        // Two entries swapped: the first of them no longer follows the one before it.
        QList<QByteArray> swapped = lines;
        swapped.swapItemsAt(10, 11);
        r = verifyBytes(swapped.join('\n'), signature);
        QVERIFY(!r);
        QCOMPARE(r.error().part, Part::Entry);
        QCOMPARE(r.error().entry, 10);
        // The signature file missing or empty.
        QVERIFY(QFile::remove(LedgerFile::signaturePath(path)));
        r = LedgerFile::verify(path);
        QVERIFY(!r);
        QCOMPARE(r.error().part, Part::Signature);
        r = verifyBytes(file, {});
        QVERIFY(!r);
        QCOMPARE(r.error().part, Part::Signature);
        // Not an export at all.
        r = verifyBytes("{\"hello\":1}\n", signature);
        QVERIFY(!r);
        QCOMPARE(r.error().part, Part::Header);
        r = verifyBytes({}, signature);
        QVERIFY(!r);
        QCOMPARE(r.error().part, Part::File);
    }

    void thePinnedCertificateMustBeTheSigner()
    {
        const QString path = exportTo(QStringLiteral("pinned.jsonl"));
        QVERIFY(!path.isEmpty());
        const auto other = ledgertest::Issuer::make(QStringLiteral("Another CA"));
        const auto r = LedgerFile::verify(path, other.ca);
        QVERIFY(!r);
        QCOMPARE(r.error().part, Part::Signature);
        QVERIFY2(r.error().text().contains(u"CN=Another CA"), qPrintable(r.error().text()));
        // Without a certificate the file's own key is used, and said so (no subject).
        const auto unpinned = LedgerFile::verify(path);
        QVERIFY(unpinned);
        QVERIFY(unpinned->signerSubject.isEmpty());
        QCOMPARE(
            unpinned->signerSha256,
            QString::fromLatin1(QCryptographicHash::hash(m_signer.publicKeyDer(), QCryptographicHash::Sha256).toHex()));
    }

    void anRsaKeySignsTooAndAnEd25519KeyIsRefused()
    {
        ResultStore store;
        QVERIFY(store.open(m_db));
        const auto rsa = pki::Key::generate(pki::KeyType::Rsa2048);
        QVERIFY(rsa);
        const QString path = m_dir.filePath(QStringLiteral("rsa.jsonl"));
        const auto written = LedgerFile::write(store, path, *rsa);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        QCOMPARE(written->signerAlgorithm, QStringLiteral("RSA 2048"));
        QVERIFY(LedgerFile::verify(path));
        QByteArray sig = readAll(LedgerFile::signaturePath(path));
        QCOMPARE(sig.size(), 256);
        sig[100] = char(sig[100] ^ 0x01);
        QCOMPARE(verifyBytes(readAll(path), sig).error().part, Part::Signature);
        const auto ed = pki::Key::adopt(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
        const auto refused = LedgerFile::write(store, m_dir.filePath(QStringLiteral("ed.jsonl")), ed);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"RSA or EC"), qPrintable(refused.error()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("ed.jsonl"))));
    }

    void aBrokenChainInTheDatabaseIsNotSigned()
    {
        const QString copy = m_dir.filePath(QStringLiteral("tampered.sqlite"));
        QVERIFY(QFile::copy(m_db, copy));
        QVERIFY(rawExec(copy, QStringLiteral("UPDATE ledger SET mac = 'D4CA6E999999' WHERE seq = 7")));
        ResultStore store;
        QVERIFY(store.open(copy));
        qint64 count = 0;
        const QString broken = LedgerFile::checkStore(store, &count);
        QVERIFY2(broken.contains(u"entry 7 "), qPrintable(broken));
        const QString path = m_dir.filePath(QStringLiteral("tampered.jsonl"));
        const auto written = LedgerFile::write(store, path, m_signer);
        QVERIFY(!written);
        QVERIFY2(written.error().contains(u"entry 7 "), qPrintable(written.error()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(LedgerFile::signaturePath(path)));
    }

    void aFileOfTheSchemaTwoReleaseIsUpgradedInPlace()
    {
        const QString fixture =
            qEnvironmentVariable("PROVSTATION_SOURCE_DIR") + QStringLiteral("/tests/unit/data/results-v2.sqlite");
        QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
        const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ResultStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 3);
        // The rows of the line, with their numbers and times, an empty cloud check and no ledger.
        const QList<ResultRow> rows = store.list();
        QCOMPARE(rows.size(), 3);
        const ResultRow pass = *store.get(1);
        QCOMPARE(pass.outcome, Outcome::Pass);
        QCOMPARE(pass.lineId, QStringLiteral("line3"));
        QCOMPARE(pass.seq, 1);
        QCOMPARE(pass.operatorName, QStringLiteral("Zoë Müller"));
        QCOMPARE(pass.certificateSerial, QStringLiteral("5B2E00C1"));
        QCOMPARE(pass.started.msecsTo(pass.finished), 26110);
        QCOMPARE(pass.cloudCheck, QString());
        QCOMPARE(store.get(2)->cause, Cause::WifiAuth);
        QCOMPARE(store.get(2)->seq, 2);
        QCOMPARE(store.get(3)->outcome, Outcome::Running);
        qint64 count = -1;
        QCOMPARE(LedgerFile::checkStore(store, &count), QString());
        QCOMPARE(count, 0);
        // The upgraded file takes a cloud check and issuances.
        ResultRow next = pass;
        next.id = 0;
        qint64 seq = 0;
        next.id = store.begin(next, &seq);
        QCOMPARE(seq, 3);
        next.cloudCheck = QStringLiteral("seen");
        QVERIFY(store.finish(next));
        QCOMPARE(store.get(next.id)->cloudCheck, QStringLiteral("seen"));
        auto entry = m_issuer.issue(1, QStringLiteral("line3-pc1"), next.id);
        QVERIFY(entry);
        QVERIFY(store.appendIssuance(*entry));
        QCOMPARE(entry->seq, 1);
        QCOMPARE(entry->prev, LedgerEntry::genesis());
        ResultStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.schemaVersion(), 3);
    }
};

PS_REGISTER_TEST(LedgerTest);
#include "tst_ledger.moc"
