// Bounded input and keys at rest in core (issue 12): files::readBounded refuses devices, FIFOs,
// folders and big files without blocking or reading them; the profile loader says what is wrong with
// valid JSON of the wrong shape; Profile::fileProblems finds hostile files a profile names; the
// loaders tell an encrypted key from one in clear, and lint flags a CA key kept in clear.

#include "common/files.h"
#include "pki/issue.h"
#include "pki/key.h"
#include "pki/lint.h"
#include "pki/load.h"
#include "provisioning/profile.h"
#include "testregistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

bool hasCode(const QList<pki::LintFinding> &findings, const QString &code)
{
    return std::any_of(findings.begin(), findings.end(), [&](const pki::LintFinding &f) { return f.code == code; });
}

} // namespace

class BoundedInputTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_fifo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fifo = m_dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
    }

    void readBoundedRefusesWhatIsNotASmallRegularFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("why");
        QTest::newRow("device") << QStringLiteral("/dev/zero") << QStringLiteral("it is a device, not a file");
        QTest::newRow("fifo") << QStringLiteral("{fifo}") << QStringLiteral("it is a pipe (FIFO), not a file");
        QTest::newRow("folder") << QStringLiteral("{dir}") << QStringLiteral("it is a folder, not a file");
        QTest::newRow("missing") << QStringLiteral("{dir}/none") << QStringLiteral("no such file");
        QTest::newRow("too big") << QStringLiteral("{dir}/big") << QStringLiteral("it is 2049 bytes; at most 2048");
    }
    void readBoundedRefusesWhatIsNotASmallRegularFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, why);
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("big")), QByteArray(2049, 'b')));
        path.replace(QLatin1String("{fifo}"), m_fifo).replace(QLatin1String("{dir}"), m_dir.path());
        QString error;
        QVERIFY(!files::readBounded(path, 2048, &error)); // returns at once, even for the FIFO
        QVERIFY2(error.startsWith(QStringLiteral("cannot read %1: ").arg(path)) && error.contains(why),
                 qPrintable(error));
        QCOMPARE(files::whyNotReadable(path, 2048), error);
    }

    void readBoundedReadsASmallFileWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("ok"));
        QVERIFY(writeFile(path, QByteArray(2048, 'o')));
        QString error;
        const auto data = files::readBounded(path, 2048, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->size(), 2048);
        QVERIFY(files::whyNotReadable(path, 2048).isEmpty());
    }

    void validJsonOfTheWrongShapeIsNamedNotCalledNoError()
    {
        const QString path = m_dir.filePath(QStringLiteral("array.json"));
        QVERIFY(writeFile(path, "[1, 2]"));
        QString error;
        QVERIFY(!Profile::load(path, &error));
        QVERIFY2(error.contains(u"is a JSON array, not an object"), qPrintable(error));
        QVERIFY(!error.contains(u"no error", Qt::CaseInsensitive));
    }

    void fileProblemsNamesHostileFilesButLeavesMissingOnesToTheJob()
    {
        Profile p;
        p.flow = Profile::Flow::DpsX509;
        p.certificates.caCertificate = QStringLiteral("/dev/zero");
        p.certificates.caKey = m_fifo;
        p.trust.roots = {QStringLiteral("bundled:digicert-global-root-g2"), m_dir.path(),
                         m_dir.filePath(QStringLiteral("missing.pem"))};
        const QStringList problems = p.fileProblems();
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems[0].startsWith(u"certificates.caCertificate: cannot read /dev/zero"), qPrintable(problems[0]));
        QVERIFY2(problems[1].startsWith(u"certificates.caKey: ") && problems[1].contains(u"FIFO"),
                 qPrintable(problems[1]));
        QVERIFY2(problems[2].startsWith(u"trust.roots: ") && problems[2].contains(u"folder"), qPrintable(problems[2]));
        p.certificates.policy = QStringLiteral("folder");
        p.certificates.folder = QStringLiteral("/dev/zero");
        QVERIFY(p.fileProblems().join(u'\n').contains(u"certificates.folder: /dev/zero is not a folder"));
    }

    void anEncryptedKeyIsToldFromOneInClearWithoutItsPassphrase()
    {
        const auto key = pki::Key::generate(pki::KeyType::EcP256);
        QVERIFY(key);
        QCOMPARE(pki::keyFileEncrypted(key->toPem()), std::optional<bool>(false));
        QCOMPARE(pki::keyFileEncrypted(key->toPem("pass")), std::optional<bool>(true));
        QCOMPARE(pki::keyFileEncrypted("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"), std::nullopt);
        QCOMPARE(pki::keyFileEncrypted(QByteArray(100, '\x01')), std::nullopt);
        pki::CertificateSpec spec;
        spec.commonName = QStringLiteral("P12 CA");
        const auto ca = pki::makeRootCa(*key, spec);
        QVERIFY(ca);
        const auto p12 = pki::makePkcs12(*key, {*ca}, "p12-pass");
        QVERIFY(p12);
        QCOMPARE(pki::keyFileEncrypted(*p12), std::optional<bool>(true));
        QVERIFY(pki::loadBundle(*p12, "p12-pass")->keyEncrypted);
        QVERIFY(pki::loadBundle(key->toPem("pass"), "pass")->keyEncrypted);
        QVERIFY(!pki::loadBundle(key->toPem())->keyEncrypted);
    }

    void lintFlagsACaKeyKeptInClearOnly()
    {
        const auto key = pki::Key::generate(pki::KeyType::EcP256);
        QVERIFY(key);
        pki::CertificateSpec spec;
        spec.commonName = QStringLiteral("Lint CA");
        const auto ca = pki::makeRootCa(*key, spec);
        QVERIFY(ca);
        pki::LintOptions o;
        QVERIFY(!hasCode(pki::lint({*ca}, o), QStringLiteral("ca-key-unencrypted"))); // no key: not checked
        o.privateKey = *key;
        const auto findings = pki::lint({*ca}, o);
        QVERIFY(hasCode(findings, QStringLiteral("ca-key-unencrypted")));
        QVERIFY(!pki::hasErrors(findings)); // a warning: the engineer may have chosen it
        o.privateKeyEncrypted = true;
        QVERIFY(!hasCode(pki::lint({*ca}, o), QStringLiteral("ca-key-unencrypted")));
        // A device certificate's key is not a CA key; a key that is not the CA's is not its key.
        const auto other = pki::Key::generate(pki::KeyType::EcP256);
        o.privateKey = *other;
        o.privateKeyEncrypted = false;
        QVERIFY(!hasCode(pki::lint({*ca}, o), QStringLiteral("ca-key-unencrypted")));
        spec.commonName = QStringLiteral("dev-1");
        const auto device = pki::makeDeviceCertificate(*other, spec, *ca, *key);
        QVERIFY(device);
        QVERIFY(!hasCode(pki::lint({*device, *ca}, o), QStringLiteral("ca-key-unencrypted")));
    }

    void aProfileSaysWhenItsCaKeyIsKeptInClear()
    {
        const auto key = pki::Key::generate(pki::KeyType::EcP256);
        QVERIFY(key);
        const QString clear = m_dir.filePath(QStringLiteral("clear.key.pem"));
        const QString sealed = m_dir.filePath(QStringLiteral("sealed.key.pem"));
        QVERIFY(writeFile(clear, key->toPem()));
        QVERIFY(writeFile(sealed, key->toPem("pass")));
        Profile p;
        p.flow = Profile::Flow::DpsX509;
        p.certificates.caKey = clear;
        QVERIFY2(p.caKeyAtRestWarning().contains(u"ca-key-unencrypted"), qPrintable(p.caKeyAtRestWarning()));
        p.certificates.caKey = sealed;
        QVERIFY(p.caKeyAtRestWarning().isEmpty());
        p.certificates.caKey = QStringLiteral("pkcs11:token=ca;object=k");
        QVERIFY(p.caKeyAtRestWarning().isEmpty());
    }
};

PS_REGISTER_TEST(BoundedInputTest);
#include "tst_boundedinput.moc"
