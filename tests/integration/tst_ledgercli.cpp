// provstation-cli ledger, run as built (issue 17, docs/ledger.md): a ledger of 50 real issuances
// exported and verified; openssl checks the signature on its own, as docs/ledger.md shows; over
// 200 changed bytes spread over every line and the signature are each named by `ledger verify`;
// demo runs record every certificate they issue; a key on a SoftHSM token signs an export; bad
// input gets a clear error.

#include "ledgersupport.h"
#include "provisioning/resultstore.h"
#include "softhsmsupport.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Ran
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Ran run(const QString &program, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Ran cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return run(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/provstation-cli"), args, env);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QProcessEnvironment withEnv(const QString &name, const QByteArray &value)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(name, QString::fromUtf8(value));
    return env;
}

} // namespace

class LedgerCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ledgertest::Issuer m_issuer;
    QString m_db;
    QString m_key;  ///< the station's signing key (EC P-256, PEM)
    QString m_cert; ///< its certificate
    QString m_export;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
                 "openssl is missing: install Debian's openssl (installer/bootstrap.sh installs it)");
        m_issuer = ledgertest::Issuer::make(QStringLiteral("Line 3 CA"));
        QVERIFY2(m_issuer.error.isEmpty(), qPrintable(m_issuer.error));
        // 50 attempts, each with the certificate issued for it.
        m_db = path(QStringLiteral("results.sqlite"));
        ResultStore store;
        QVERIFY(store.open(m_db));
        for (int i = 0; i < 50; ++i) {
            ResultRow row;
            row.station = i < 25 ? QStringLiteral("line3-pc1") : QStringLiteral("line3-pc2");
            const qint64 id = store.begin(row);
            auto entry = m_issuer.issue(i, row.station, id);
            QVERIFY(entry);
            QVERIFY2(store.appendIssuance(*entry), qPrintable(store.lastError()));
        }
        // The station's own key and a certificate for it, from the station's PKI code.
        const auto key = pki::Key::generate(pki::KeyType::EcP256);
        QVERIFY(key);
        pki::CertificateSpec spec;
        spec.commonName = QStringLiteral("line3-pc1 ledger");
        const auto cert = pki::makeRootCa(*key, spec);
        QVERIFY(cert);
        m_key = path(QStringLiteral("station.key.pem"));
        m_cert = path(QStringLiteral("station.pem"));
        QVERIFY(pki::writePrivateFile(m_key, key->toPem()));
        QVERIFY(pki::writePublicFile(m_cert, cert->toPem()));
    }

    void anExportVerifiesAndOpensslAgrees()
    {
        m_export = path(QStringLiteral("ledger.jsonl"));
        const Ran e = cli({QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("--signed"), m_export,
                           QStringLiteral("--key"), m_key, QStringLiteral("--results"), m_db});
        QVERIFY2(e.code == 0, e.err.constData());
        QVERIFY2(e.out.contains("exported 50 ledger entries"), e.out.constData());
        QVERIFY(QFile::exists(m_export + QStringLiteral(".sig")));
        const Ran v =
            cli({QStringLiteral("ledger"), QStringLiteral("verify"), m_export, QStringLiteral("--cert"), m_cert});
        QVERIFY2(v.code == 0, v.err.constData());
        QVERIFY2(v.out.contains("50 entries, the chain is whole and the signature matches"), v.out.constData());
        QVERIFY2(v.out.contains("signed by CN=line3-pc1 ledger"), v.out.constData());
        // docs/ledger.md: the public key from the certificate, then openssl dgst checks the signature.
        const QString pub = path(QStringLiteral("station.pub.pem"));
        const Ran x = run(QStringLiteral("openssl"),
                          {QStringLiteral("x509"), QStringLiteral("-in"), m_cert, QStringLiteral("-pubkey"),
                           QStringLiteral("-noout"), QStringLiteral("-out"), pub});
        QVERIFY2(x.code == 0, x.err.constData());
        const QStringList dgst{QStringLiteral("dgst"),
                               QStringLiteral("-sha256"),
                               QStringLiteral("-verify"),
                               pub,
                               QStringLiteral("-signature"),
                               m_export + QStringLiteral(".sig"),
                               m_export};
        const Ran ok = run(QStringLiteral("openssl"), dgst);
        QCOMPARE(ok.code, 0);
        QCOMPARE(ok.out.trimmed(), QByteArray("Verified OK"));
        // One byte changed: openssl says no as well.
        QByteArray changed = readAll(m_export);
        changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x01);
        const QString copy = path(QStringLiteral("changed.jsonl"));
        QVERIFY(writeAll(copy, changed));
        QVERIFY(QFile::copy(m_export + QStringLiteral(".sig"), copy + QStringLiteral(".sig")));
        QStringList bad = dgst;
        bad[5] = copy + QStringLiteral(".sig");
        bad[6] = copy;
        const Ran no = run(QStringLiteral("openssl"), bad);
        QCOMPARE(no.code, 1);
        QCOMPARE(no.out.trimmed(), QByteArray("Verification failure"));
        // The station's own words for the same file: the entry that broke.
        const Ran named = cli({QStringLiteral("ledger"), QStringLiteral("verify"), copy});
        QCOMPARE(named.code, 1);
        QVERIFY2(named.err.contains("does not verify: entry "), named.err.constData());
    }

    void overTwoHundredChangedBytesAreEachNamed()
    {
        QVERIFY(!m_export.isEmpty());
        const QByteArray file = readAll(m_export);
        const QByteArray signature = readAll(m_export + QStringLiteral(".sig"));
        // Four positions in every line (its start, a third, two thirds, its line break) and 16 in
        // the signature: 220 runs of the built program.
        QList<qsizetype> positions;
        qsizetype start = 0;
        while (start < file.size()) {
            const qsizetype end = file.indexOf('\n', start);
            const qsizetype length = end - start;
            positions << start << start + length / 3 << start + 2 * length / 3 << end;
            start = end + 1;
        }
        QCOMPARE(positions.size(), 51 * 4);
        const QString copy = path(QStringLiteral("flip.jsonl"));
        QVERIFY(writeAll(copy + QStringLiteral(".sig"), signature));
        int runs = 0;
        for (const qsizetype pos : std::as_const(positions)) {
            QByteArray changed = file;
            changed[pos] = char(changed[pos] ^ 0x01);
            QVERIFY(writeAll(copy, changed));
            const Ran r = cli({QStringLiteral("ledger"), QStringLiteral("verify"), copy, QStringLiteral("--cert"),
                               m_cert, QStringLiteral("--json")});
            qint64 entry = 0;
            const auto part = ledgertest::partAt(file, pos, &entry);
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QVERIFY2(r.code == 1 && !o.value(u"ok").toBool(), qPrintable(QStringLiteral("byte %1").arg(pos)));
            const QString expected =
                part == LedgerFile::Problem::Part::Header ? QStringLiteral("header") : QStringLiteral("entry");
            QVERIFY2(o.value(u"part").toString() == expected && o.value(u"entry").toInteger() == entry,
                     qPrintable(QStringLiteral("byte %1: %2").arg(pos).arg(o.value(u"error").toString())));
            ++runs;
        }
        QVERIFY(writeAll(copy, file));
        for (int i = 0; i < 16; ++i) {
            QByteArray changed = signature;
            const qsizetype pos = i * (signature.size() - 1) / 15;
            changed[pos] = char(changed[pos] ^ 0x01);
            QVERIFY(writeAll(copy + QStringLiteral(".sig"), changed));
            const Ran r = cli({QStringLiteral("ledger"), QStringLiteral("verify"), copy, QStringLiteral("--json")});
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(r.code, 1);
            QCOMPARE(o.value(u"part").toString(), QStringLiteral("signature"));
            ++runs;
        }
        QCOMPARE(runs, 220);
    }

    void badInputGetsAClearErrorAndWritesNothing()
    {
        const QString out = path(QStringLiteral("nothing.jsonl"));
        Ran r = cli({QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("--signed"), out,
                     QStringLiteral("--results"), m_db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("needs one signing key: --key FILE"), r.err.constData());
        r = cli({QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("--signed"), out,
                 QStringLiteral("--key"), m_cert, QStringLiteral("--results"), m_db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--key " + m_cert.toUtf8()), r.err.constData());
        r = cli({QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("--signed"), out,
                 QStringLiteral("--key"), m_key, QStringLiteral("--results"), path(QStringLiteral("none.sqlite"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("no results database at"), r.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("none.sqlite"))));
        QVERIFY(!QFile::exists(out));
        // An encrypted key needs its passphrase, from the environment.
        const auto key = pki::Key::fromPem(readAll(m_key));
        QVERIFY(key);
        const QString locked = path(QStringLiteral("locked.key.pem"));
        QVERIFY(pki::writePrivateFile(locked, key->toPem("s3cret-phrase")));
        r = cli({QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("--signed"), out,
                 QStringLiteral("--key"), locked, QStringLiteral("--passphrase-env"), QStringLiteral("LEDGER_PW"),
                 QStringLiteral("--results"), m_db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("LEDGER_PW"), r.err.constData());
        r = cli({QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("--signed"), out,
                 QStringLiteral("--key"), locked, QStringLiteral("--passphrase-env"), QStringLiteral("LEDGER_PW"),
                 QStringLiteral("--results"), m_db},
                withEnv(QStringLiteral("LEDGER_PW"), "s3cret-phrase"));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!r.out.contains("s3cret") && !r.err.contains("s3cret"));
        QVERIFY(cli({QStringLiteral("ledger"), QStringLiteral("verify"), out, QStringLiteral("--cert"), m_cert}).code ==
                0);
        // verify: no file, no signature, no action.
        r = cli({QStringLiteral("ledger"), QStringLiteral("verify"), path(QStringLiteral("missing.jsonl"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("cannot read"), r.err.constData());
        QVERIFY(QFile::remove(out + QStringLiteral(".sig")));
        r = cli({QStringLiteral("ledger"), QStringLiteral("verify"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("the signature: there is no readable signature file"), r.err.constData());
        r = cli({QStringLiteral("ledger")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("ledger needs export or verify"), r.err.constData());
    }

    void demoRunsRecordEveryCertificateTheyIssue()
    {
        // Two runs of eight simulated modules (the same MACs each run), numbered by the line.
        const QString db = path(QStringLiteral("demo.sqlite"));
        for (int run = 0; run < 2; ++run) {
            const Ran d = cli({QStringLiteral("demo"), QStringLiteral("--modules"), QStringLiteral("8"),
                               QStringLiteral("--results"), db, QStringLiteral("--station-id"),
                               QStringLiteral("line3-pc%1").arg(run + 1), QStringLiteral("--id-template"),
                               QStringLiteral("line3-{seq:6}"), QStringLiteral("--json")});
            QVERIFY2(d.code == 0, d.err.constData());
        }
        ResultStore store;
        QVERIFY(store.open(db));
        const QList<ResultRow> rows = store.list();
        QCOMPARE(rows.size(), 16);
        QList<LedgerEntry> entries;
        QVERIFY(store.forEachIssuance([&entries](const LedgerEntry &e) { entries.append(e); }));
        QCOMPARE(entries.size(), 16);
        qint64 count = 0;
        QCOMPARE(LedgerFile::checkStore(store, &count), QString());
        // Each passed attempt's certificate is in the ledger with its row, module and station.
        for (const ResultRow &row : rows) {
            QVERIFY(row.passed());
            const QList<LedgerEntry> of = store.issuancesOf(row.id);
            QCOMPARE(of.size(), 1);
            const LedgerEntry &e = of.first();
            QCOMPARE(e.sha256, row.certificateThumbprint.toLower());
            QCOMPARE(e.serial, row.certificateSerial);
            QCOMPARE(e.mac, row.mac);
            QCOMPARE(e.deviceId, row.deviceId);
            QCOMPARE(e.station, row.station);
            QCOMPARE(e.subject, QStringLiteral("CN=") + row.deviceId);
            QVERIFY(!row.cloudCheck.isEmpty()); // the hub was asked, and its answer is on record
        }
        // results list --json shows the cloud check read back from the database.
        const Ran list = cli({QStringLiteral("results"), QStringLiteral("list"), QStringLiteral("--json"),
                              QStringLiteral("--results"), db});
        QCOMPARE(list.code, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 16);
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(u"cloud_check").toString(), store.get(o.value(u"id").toInteger())->cloudCheck);
        }
        const QString out = path(QStringLiteral("demo.jsonl"));
        const Ran e = cli({QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("--signed"), out,
                           QStringLiteral("--key"), m_key, QStringLiteral("--results"), db, QStringLiteral("--json")});
        QVERIFY2(e.code == 0, e.err.constData());
        QCOMPARE(QJsonDocument::fromJson(e.out).object().value(u"entries").toInteger(), 16);
        QCOMPARE(cli({QStringLiteral("ledger"), QStringLiteral("verify"), out, QStringLiteral("--cert"), m_cert}).code,
                 0);
    }

    void aKeyOnATokenSignsTheExport()
    {
        auto token = softhsm::makeToken(QStringLiteral("Ledger CA"));
        QVERIFY2(token->error.isEmpty(), qPrintable(token->error));
        const QProcessEnvironment env = withEnv(QStringLiteral("TOKEN_PIN"), token->pin);
        const QString out = path(QStringLiteral("token"));
        const Ran ca = cli({QStringLiteral("pki"), QStringLiteral("ca"), QStringLiteral("--pkcs11"),
                            token->uri(QStringLiteral("ledger-ca")), QStringLiteral("--pin-env"),
                            QStringLiteral("TOKEN_PIN"), QStringLiteral("--cn"), QStringLiteral("Ledger Token CA"),
                            QStringLiteral("--out-dir"), out, QStringLiteral("--json")},
                           env);
        QVERIFY2(ca.code == 0, ca.err.constData());
        const QString caCert = QJsonDocument::fromJson(ca.out).object().value(u"certificate_file").toString();
        const QString file = path(QStringLiteral("token.jsonl"));
        const Ran e = cli({QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("--signed"), file,
                           QStringLiteral("--pkcs11"), token->uri(QStringLiteral("ledger-ca")),
                           QStringLiteral("--pin-env"), QStringLiteral("TOKEN_PIN"), QStringLiteral("--results"), m_db},
                          env);
        QVERIFY2(e.code == 0, e.err.constData());
        QVERIFY(!e.out.contains(token->pin) && !e.err.contains(token->pin));
        const Ran v = cli({QStringLiteral("ledger"), QStringLiteral("verify"), file, QStringLiteral("--cert"), caCert});
        QVERIFY2(v.code == 0, v.err.constData());
        QVERIFY2(v.out.contains("signed by CN=Ledger Token CA"), v.out.constData());
        // Without the PIN: said, nothing written.
        const QString nopin = path(QStringLiteral("nopin.jsonl"));
        const Ran n = cli({QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("--signed"), nopin,
                           QStringLiteral("--pkcs11"), token->uri(QStringLiteral("ledger-ca")),
                           QStringLiteral("--results"), m_db});
        QCOMPARE(n.code, 2);
        QVERIFY2(n.err.contains("--pin-env VAR"), n.err.constData());
        QVERIFY(!QFile::exists(nopin));
    }
};

PS_REGISTER_TEST(LedgerCliTest);
#include "tst_ledgercli.moc"
