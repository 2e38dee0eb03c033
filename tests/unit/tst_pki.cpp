// core/pki: keys, certificates, CSRs, loaders, chains, lint and the trust bundle. Keys and certificates
// are made at run time; the `openssl` command line cross-checks what the station makes.

#include "pki/certificate.h"
#include "pki/issue.h"
#include "pki/key.h"
#include "pki/lint.h"
#include "pki/load.h"
#include "pki/trust.h"
#include "testregistry.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/x509.h>
#include <sys/stat.h>

namespace {

const QString kMozilla = QStringLiteral("/usr/share/ca-certificates/mozilla/");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs openssl with a deadline; input goes to its standard input.
Run openssl(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(1000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A root, an intermediate and a device certificate, EC P-256, made once per test class.
struct Pki
{
    pki::Key rootKey, interKey, deviceKey;
    pki::Certificate root, inter, device;

    static Pki make(const QString &deviceId = QStringLiteral("dev-001"))
    {
        Pki p;
        p.rootKey = *pki::Key::generate(pki::KeyType::EcP256);
        p.interKey = *pki::Key::generate(pki::KeyType::EcP256);
        p.deviceKey = *pki::Key::generate(pki::KeyType::EcP256);
        pki::CertificateSpec s;
        s.commonName = QStringLiteral("Test Root CA");
        s.validityDays = 3650;
        p.root = *pki::makeRootCa(p.rootKey, s);
        s.commonName = QStringLiteral("Test Intermediate CA");
        p.inter = *pki::makeIntermediateCa(p.interKey, s, p.root, p.rootKey);
        s.commonName = deviceId;
        s.validityDays = 365;
        p.device = *pki::makeDeviceCertificate(p.deviceKey, s, p.inter, p.interKey);
        return p;
    }
};

} // namespace

class PkiKeyTest : public QObject
{
    Q_OBJECT
private slots:
    void everyKeyTypeGeneratesAndDescribesItself_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("description");
        QTest::newRow("ec-p256") << int(pki::KeyType::EcP256) << QStringLiteral("EC P-256");
        QTest::newRow("ec-p384") << int(pki::KeyType::EcP384) << QStringLiteral("EC P-384");
        QTest::newRow("rsa-2048") << int(pki::KeyType::Rsa2048) << QStringLiteral("RSA 2048");
        QTest::newRow("rsa-3072") << int(pki::KeyType::Rsa3072) << QStringLiteral("RSA 3072");
        QTest::newRow("rsa-4096") << int(pki::KeyType::Rsa4096) << QStringLiteral("RSA 4096");
    }
    void everyKeyTypeGeneratesAndDescribesItself()
    {
        QFETCH(int, type);
        QFETCH(QString, description);
        const auto t = pki::KeyType(type);
        const auto key = pki::Key::generate(t);
        QVERIFY2(key, qPrintable(key.error()));
        QCOMPARE(key->description(), description);
        QCOMPARE(key->type(), std::optional<pki::KeyType>(t));
        QVERIFY(key->hasPrivateKey());
        QCOMPARE(pki::keyTypeFromName(pki::keyTypeName(t)), std::optional<pki::KeyType>(t));
        // PKCS#8 round trip.
        const QByteArray pem = key->toPem();
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        const auto back = pki::Key::fromPem(pem);
        QVERIFY(back);
        QVERIFY(back->samePublicKey(*key));
    }
    void encryptedKeysNeedTheRightPassphrase()
    {
        const auto key = *pki::Key::generate(pki::KeyType::EcP256);
        const QByteArray pem = key.toPem("correct horse");
        QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(!pem.contains(key.toPem().mid(30, 40)));
        const auto none = pki::Key::fromPem(pem);
        QVERIFY(!none);
        QVERIFY2(none.error().contains(u"passphrase is needed"), qPrintable(none.error()));
        const auto wrong = pki::Key::fromPem(pem, "wrong");
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(u"wrong passphrase"), qPrintable(wrong.error()));
        const auto right = pki::Key::fromPem(pem, "correct horse");
        QVERIFY(right);
        QVERIFY(right->samePublicKey(key));
    }
    void opensslDecryptsOurEncryptedKeyAsAes256()
    {
        QTemporaryDir dir;
        const auto key = *pki::Key::generate(pki::KeyType::EcP256);
        const QString path = write(dir, QStringLiteral("k.pem"), key.toPem("s3cret"));
        const Run info = openssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), path});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains("aes-256-cbc"), info.out.constData());
        const Run r = openssl({QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-passin"),
                               QStringLiteral("pass:s3cret"), QStringLiteral("-pubout")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, key.publicKeyPem());
    }
    void privateFilesAreCreatedOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.pem"));
        QFile::remove(path);
        QVERIFY(pki::writePrivateFile(path, "x"));
        QCOMPARE(modeOf(path), 0600);
        // An existing world-readable file is tightened too.
        const QString other = write(dir, QStringLiteral("open.pem"), "y");
        QFile::setPermissions(other, QFileDevice::Permissions(0x6644));
        QVERIFY(pki::writePrivateFile(other, "z"));
        QCOMPARE(modeOf(other), 0600);
        QCOMPARE(readFile(other), QByteArray("z"));
    }
    void keysGenerateOnWorkerThreadsInParallel()
    {
        QList<QFuture<pki::Result<pki::Key>>> futures;
        for (int i = 0; i < 8; ++i)
            futures.append(QtConcurrent::run([] { return pki::Key::generate(pki::KeyType::EcP256); }));
        QSet<QByteArray> publicKeys;
        for (auto &f : futures) {
            const auto key = f.result();
            QVERIFY(key);
            publicKeys.insert(key->publicKeyDer());
        }
        QCOMPARE(publicKeys.size(), 8);
    }
};

class PkiCertificateTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_pki = Pki::make(); }
    void deviceCertificateCarriesTheAzureProfile()
    {
        const auto &d = m_pki.device;
        QCOMPARE(d.subjectCommonName(), QStringLiteral("dev-001"));
        QCOMPARE(d.issuerCommonName(), QStringLiteral("Test Intermediate CA"));
        QVERIFY(!d.isCa());
        QVERIFY(d.hasClientAuth());
        QVERIFY(!d.subjectKeyId().isEmpty());
        QCOMPARE(d.authorityKeyId(), m_pki.inter.subjectKeyId());
        QCOMPARE(m_pki.inter.authorityKeyId(), m_pki.root.subjectKeyId());
        QVERIFY(d.serialNumberBits() >= 64);
        QVERIFY(d.serialNumberHex() != m_pki.inter.serialNumberHex());
        QVERIFY(qAbs(d.notBefore().daysTo(d.notAfter()) - 365) <= 1);
        QVERIFY(d.matches(m_pki.deviceKey));
        QVERIFY(!d.matches(m_pki.rootKey));
        QVERIFY(d.isSignedBy(m_pki.interKey));
        QVERIFY(m_pki.root.isSelfSigned());
        QVERIFY(m_pki.inter.isCa());
        QVERIFY(!m_pki.inter.isSelfIssued());
    }
    void opensslShowsKeyUsageAndClientAuth()
    {
        QTemporaryDir dir;
        const Run r = openssl({QStringLiteral("x509"), QStringLiteral("-in"),
                               write(dir, QStringLiteral("d.pem"), m_pki.device.toPem()), QStringLiteral("-noout"),
                               QStringLiteral("-text")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("TLS Web Client Authentication"));
        QVERIFY(r.out.contains("Digital Signature"));
        QVERIFY(r.out.contains("X509v3 Subject Key Identifier"));
        QVERIFY(r.out.contains("X509v3 Authority Key Identifier"));
        QVERIFY(r.out.contains("CA:FALSE"));
    }
    void verificationCertificateIsSignedByTheCaKey()
    {
        const auto v = pki::makeVerificationCertificate(
            QStringLiteral("3A1B2C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F"), m_pki.root, m_pki.rootKey);
        QVERIFY2(v, qPrintable(v.error()));
        QCOMPARE(v->subjectCommonName(), QStringLiteral("3A1B2C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F"));
        QVERIFY(v->isSignedBy(m_pki.rootKey));
        QVERIFY(pki::verifyChain(*v, {}, {m_pki.root}));
        QVERIFY(!pki::makeVerificationCertificate(QString(), m_pki.root, m_pki.rootKey));
    }
    void csrRoundTripsThroughSigning()
    {
        const auto key = *pki::Key::generate(pki::KeyType::Rsa2048);
        const auto csr = pki::makeCsr(key, QStringLiteral("csr-device"));
        QVERIFY(csr);
        QVERIFY(csr->signatureValid());
        const auto parsed = pki::Csr::fromPem(csr->toPem());
        QVERIFY(parsed);
        QCOMPARE(parsed->subjectCommonName(), QStringLiteral("csr-device"));
        const auto cert = pki::signCsr(*parsed, {}, m_pki.inter, m_pki.interKey);
        QVERIFY2(cert, qPrintable(cert.error()));
        QCOMPARE(cert->subjectCommonName(), QStringLiteral("csr-device"));
        QVERIFY(cert->matches(key));
        QVERIFY(cert->hasClientAuth());
        QTemporaryDir dir;
        const Run r =
            openssl({QStringLiteral("req"), QStringLiteral("-in"), write(dir, QStringLiteral("r.csr"), csr->toPem()),
                     QStringLiteral("-verify"), QStringLiteral("-noout")});
        QCOMPARE(r.exitCode, 0);
    }
    void aCsrMadeByOpensslIsSigned()
    {
        QTemporaryDir dir;
        const QString keyPath = dir.filePath(QStringLiteral("k.pem"));
        const QString csrPath = dir.filePath(QStringLiteral("r.csr"));
        const Run r =
            openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), keyPath, QStringLiteral("-subj"), QStringLiteral("/CN=made-elsewhere"),
                     QStringLiteral("-out"), csrPath});
        QCOMPARE(r.exitCode, 0);
        const auto bundle = pki::loadFile(csrPath);
        QVERIFY2(bundle, qPrintable(bundle.error()));
        QCOMPARE(bundle->requests.size(), 1);
        const auto cert = pki::signCsr(bundle->requests[0], {}, m_pki.root, m_pki.rootKey);
        QVERIFY(cert);
        QCOMPARE(cert->subjectCommonName(), QStringLiteral("made-elsewhere"));
        QVERIFY(cert->matches(*pki::Key::fromPem(readFile(keyPath))));
    }
    void tamperedCsrIsRefused()
    {
        const auto csr = *pki::makeCsr(*pki::Key::generate(pki::KeyType::EcP256), QStringLiteral("abc"));
        QByteArray der;
        {
            unsigned char *out = nullptr;
            const int n = i2d_X509_REQ(csr.handle(), &out);
            der = QByteArray(reinterpret_cast<char *>(out), n);
            OPENSSL_free(out);
        }
        const qsizetype at = der.indexOf("abc");
        QVERIFY(at > 0);
        der[at] = 'x';
        const auto forged = pki::Csr::fromDer(der);
        QVERIFY(forged);
        const auto cert = pki::signCsr(*forged, {}, m_pki.root, m_pki.rootKey);
        QVERIFY(!cert);
        QVERIFY2(cert.error().contains(u"does not verify"), qPrintable(cert.error()));
    }
    void signingNeedsTheMatchingCaKey()
    {
        pki::CertificateSpec s;
        s.commonName = QStringLiteral("x");
        const auto c = pki::makeDeviceCertificate(m_pki.deviceKey, s, m_pki.root, m_pki.interKey);
        QVERIFY(!c);
        QVERIFY2(c.error().contains(u"does not belong"), qPrintable(c.error()));
        const auto notCa = pki::makeDeviceCertificate(m_pki.deviceKey, s, m_pki.device, m_pki.deviceKey);
        QVERIFY(!notCa);
    }
    void chainVerifiesAndBrokenChainsAreExplained()
    {
        const auto ok = pki::verifyChain(m_pki.device, {m_pki.inter}, {m_pki.root});
        QVERIFY2(ok, qPrintable(ok.error()));
        QCOMPARE(ok->size(), 3);
        const auto missing = pki::verifyChain(m_pki.device, {}, {m_pki.root});
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"issuer"), qPrintable(missing.error()));
        const Pki other = Pki::make();
        QVERIFY(!pki::verifyChain(m_pki.device, {m_pki.inter}, {other.root}));
        const auto later =
            pki::verifyChain(m_pki.device, {m_pki.inter}, {m_pki.root}, QDateTime::currentDateTimeUtc().addYears(2));
        QVERIFY(!later);
        QVERIFY2(later.error().contains(u"expired"), qPrintable(later.error()));
    }
    void opensslVerifyAcceptsEveryChainWeMake_data()
    {
        QTest::addColumn<int>("keyType");
        for (const auto t : {pki::KeyType::EcP256, pki::KeyType::EcP384, pki::KeyType::Rsa2048, pki::KeyType::Rsa3072})
            QTest::newRow(qPrintable(pki::keyTypeName(t))) << int(t);
    }
    void opensslVerifyAcceptsEveryChainWeMake()
    {
        QFETCH(int, keyType);
        const auto key = *pki::Key::generate(pki::KeyType(keyType));
        pki::CertificateSpec s;
        s.commonName = QStringLiteral("Root ") + pki::keyTypeName(pki::KeyType(keyType));
        const auto root = *pki::makeRootCa(key, s);
        s.commonName = QStringLiteral("Inter");
        const auto interKey = *pki::Key::generate(pki::KeyType::EcP256);
        const auto inter = *pki::makeIntermediateCa(interKey, s, root, key);
        s.commonName = QStringLiteral("leaf-1");
        const auto leaf = *pki::makeDeviceCertificate(*pki::Key::generate(pki::KeyType(keyType)), s, inter, interKey);
        const auto verification = *pki::makeVerificationCertificate(QStringLiteral("ABCDEF0123"), root, key);
        QTemporaryDir dir;
        const QString rootPath = write(dir, QStringLiteral("root.pem"), root.toPem());
        const QString interPath = write(dir, QStringLiteral("inter.pem"), inter.toPem());
        const auto verify = [&](const QStringList &extra, const QString &target) {
            return openssl(QStringList{QStringLiteral("verify"), QStringLiteral("-x509_strict"),
                                       QStringLiteral("-purpose"), QStringLiteral("sslclient"),
                                       QStringLiteral("-CAfile"), rootPath} +
                           extra + QStringList{target});
        };
        Run r = verify({QStringLiteral("-untrusted"), interPath}, write(dir, QStringLiteral("leaf.pem"), leaf.toPem()));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = verify({}, interPath);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = openssl({QStringLiteral("verify"), QStringLiteral("-x509_strict"), QStringLiteral("-CAfile"), rootPath,
                     write(dir, QStringLiteral("pop.pem"), verification.toPem())});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Broken: the intermediate left out, and a foreign root.
        r = verify({}, dir.filePath(QStringLiteral("leaf.pem")));
        QVERIFY(r.exitCode != 0);
        const Pki other = Pki::make();
        r = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                     write(dir, QStringLiteral("other.pem"), other.root.toPem()), QStringLiteral("-untrusted"),
                     interPath, dir.filePath(QStringLiteral("leaf.pem"))});
        QVERIFY(r.exitCode != 0);
    }
    void thumbprintsEqualOpensslFingerprints_data()
    {
        QTest::addColumn<QString>("digest");
        QTest::newRow("md5") << QStringLiteral("md5");
        QTest::newRow("sha1") << QStringLiteral("sha1");
        QTest::newRow("sha256") << QStringLiteral("sha256");
    }
    void thumbprintsEqualOpensslFingerprints()
    {
        QFETCH(QString, digest);
        QTemporaryDir dir;
        const Run r = openssl({QStringLiteral("x509"), QStringLiteral("-in"),
                               write(dir, QStringLiteral("d.pem"), m_pki.device.toPem()), QStringLiteral("-noout"),
                               QStringLiteral("-fingerprint"), u'-' + digest});
        QCOMPARE(r.exitCode, 0);
        const QByteArray ours = digest == u"md5"    ? m_pki.device.md5()
                                : digest == u"sha1" ? m_pki.device.sha1()
                                                    : m_pki.device.sha256();
        QCOMPARE(QString::fromLatin1(r.out.trimmed()).section(u'=', 1), pki::fingerprintText(ours));
    }

private:
    Pki m_pki;
};

class PkiLoaderTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_pki = Pki::make(); }
    void baltimoreMd5IsWhatTheModuleReported()
    {
        const auto b = pki::loadFile(kMozilla + QStringLiteral("Baltimore_CyberTrust_Root.crt"));
        QVERIFY2(b, qPrintable(b.error()));
        QCOMPARE(b->certificates.size(), 1);
        QCOMPARE(b->certificates[0].moduleMd5(), QStringLiteral("ACB694A59C17E0D791529BB19706A6E4"));
        QCOMPARE(b->certificates[0].toDer().size(), 891);
    }
    void pemDerAndChainsLoad()
    {
        const QByteArray chain = m_pki.device.toPem() + m_pki.inter.toPem() + m_pki.deviceKey.toPem();
        const auto pem = pki::loadBundle(chain);
        QVERIFY2(pem, qPrintable(pem.error()));
        QCOMPARE(pem->format, pki::Bundle::Format::Pem);
        QCOMPARE(pem->certificates.size(), 2);
        QVERIFY(pem->certificates[0].matches(pem->key));
        const auto der = pki::loadBundle(m_pki.device.toDer());
        QVERIFY(der);
        QCOMPARE(der->format, pki::Bundle::Format::Der);
        QCOMPARE(der->certificates[0], m_pki.device);
        const auto derKey = pki::loadBundle(m_pki.deviceKey.toDer());
        QVERIFY(derKey);
        QVERIFY(derKey->key.samePublicKey(m_pki.deviceKey));
    }
    void traditionalAndEncryptedKeysFromOpensslLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ec.pem"));
        Run r = openssl({QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("prime256v1"),
                         QStringLiteral("-genkey"), QStringLiteral("-out"), path});
        QCOMPARE(r.exitCode, 0);
        const auto ec = pki::loadFile(path);
        QVERIFY2(ec, qPrintable(ec.error()));
        QCOMPARE(ec->key.description(), QStringLiteral("EC P-256"));
        const QString enc = dir.filePath(QStringLiteral("rsa.pem"));
        r = openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"), QStringLiteral("-aes256"),
                     QStringLiteral("-pass"), QStringLiteral("pass:pw"), QStringLiteral("-out"), enc});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!pki::loadFile(enc));
        const auto rsa = pki::loadFile(enc, "pw");
        QVERIFY2(rsa, qPrintable(rsa.error()));
        QCOMPARE(rsa->key.description(), QStringLiteral("RSA 2048"));
    }
    void pkcs12FromOpensslLoadsAndAWrongPasswordIsClear()
    {
        QTemporaryDir dir;
        const QString p12 = dir.filePath(QStringLiteral("dev.p12"));
        const Run r = openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                               write(dir, QStringLiteral("k.pem"), m_pki.deviceKey.toPem()), QStringLiteral("-in"),
                               write(dir, QStringLiteral("c.pem"), m_pki.device.toPem()), QStringLiteral("-certfile"),
                               write(dir, QStringLiteral("i.pem"), m_pki.inter.toPem()), QStringLiteral("-passout"),
                               QStringLiteral("pass:p12pass"), QStringLiteral("-out"), p12});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto ok = pki::loadFile(p12, "p12pass");
        QVERIFY2(ok, qPrintable(ok.error()));
        QCOMPARE(ok->format, pki::Bundle::Format::Pkcs12);
        QCOMPARE(ok->certificates.size(), 2);
        QCOMPARE(ok->certificates[0], m_pki.device);
        QVERIFY(ok->key.samePublicKey(m_pki.deviceKey));
        const auto wrong = pki::loadFile(p12, "nope");
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(u"wrong password"), qPrintable(wrong.error()));
        const auto none = pki::loadFile(p12);
        QVERIFY(!none);
        QVERIFY2(none.error().contains(u"password is needed"), qPrintable(none.error()));
    }
    void ourPkcs12LoadsInOpenssl()
    {
        const auto p12 = pki::makePkcs12(m_pki.deviceKey, {m_pki.device, m_pki.inter}, "pw", QStringLiteral("dev-001"));
        QVERIFY(p12);
        QTemporaryDir dir;
        const Run r =
            openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), write(dir, QStringLiteral("o.p12"), *p12),
                     QStringLiteral("-passin"), QStringLiteral("pass:pw"), QStringLiteral("-nokeys")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("BEGIN CERTIFICATE"), 2);
    }
    void junkIsAClearErrorNeverACrash_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        const QByteArray pem = m_pki.device.toPem();
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("binary junk") << QByteArray("\x00\x01\xfe\xff junk \x30\x82", 12)
                                     << QStringLiteral("not a certificate");
        QTest::newRow("PEM without END") << pem.left(pem.indexOf("-----END")) << QStringLiteral("malformed PEM");
        QTest::newRow("PEM with broken base64") << QByteArray(pem).replace(70, 4, "!!!!") << QStringLiteral("PEM");
        QTest::newRow("unknown PEM block")
            << QByteArray("-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n") << QStringLiteral("FOO");
        QTest::newRow("DER header only") << m_pki.device.toDer().left(4) << QStringLiteral("not a certificate");
        QTest::newRow("DER with trailing bytes") << m_pki.device.toDer() + "xx" << QStringLiteral("not a certificate");
    }
    void junkIsAClearErrorNeverACrash()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        const auto b = pki::loadBundle(data);
        QVERIFY(!b);
        QVERIFY2(b.error().contains(mentions), qPrintable(b.error()));
    }
    void everyTruncationOfADerCertificateIsRejected()
    {
        const QByteArray der = m_pki.device.toDer();
        for (qsizetype n = 1; n < der.size(); ++n) {
            const auto b = pki::loadBundle(der.left(n));
            QVERIFY2(!b || b->certificates.isEmpty(), qPrintable(QString::number(n)));
        }
    }
    void missingFileIsNamed()
    {
        const auto b = pki::loadFile(QStringLiteral("/nonexistent/dev.pem"));
        QVERIFY(!b);
        QVERIFY(b.error().contains(u"/nonexistent/dev.pem"));
    }

private:
    Pki m_pki;
};

class PkiLintTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_pki = Pki::make(QStringLiteral("dev-001")); }
    void aGoodChainIsSilent()
    {
        pki::LintOptions o;
        o.expectedId = QStringLiteral("dev-001");
        o.credentialName = QStringLiteral("dev-001.pem");
        o.pemText = m_pki.device.toPem() + m_pki.inter.toPem();
        o.anchors = {m_pki.root};
        const auto findings = pki::lint({m_pki.device, m_pki.inter}, o);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
        QVERIFY(pki::lint({m_pki.root}).isEmpty());
        QVERIFY(pki::lint({*pki::loadRoot(pki::azureRoots()[0])}).isEmpty());
    }
    void everyRuleFiresOnACertificateMadeToBreakIt_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("severity");
        QTest::newRow("cn against the identifier rules") << QStringLiteral("cn-rules") << int(pki::Severity::Error);
        QTest::newRow("cn not the id it is meant for") << QStringLiteral("cn-mismatch") << int(pki::Severity::Error);
        QTest::newRow("expired") << QStringLiteral("expired") << int(pki::Severity::Error);
        QTest::newRow("not yet valid") << QStringLiteral("not-yet-valid") << int(pki::Severity::Error);
        QTest::newRow("expiring soon") << QStringLiteral("expiring-soon") << int(pki::Severity::Warning);
        QTest::newRow("rsa 1024") << QStringLiteral("key-unsupported") << int(pki::Severity::Error);
        QTest::newRow("curve P-521") << QStringLiteral("key-unsupported") << int(pki::Severity::Error);
        QTest::newRow("pem larger than 8192") << QStringLiteral("pem-too-large") << int(pki::Severity::Error);
        QTest::newRow("name longer than 32") << QStringLiteral("name-too-long") << int(pki::Severity::Error);
        QTest::newRow("intermediate missing") << QStringLiteral("intermediate-missing") << int(pki::Severity::Error);
        QTest::newRow("expired Baltimore root") << QStringLiteral("expired-root") << int(pki::Severity::Error);
        QTest::newRow("cn missing") << QStringLiteral("cn-missing") << int(pki::Severity::Error);
    }
    void everyRuleFiresOnACertificateMadeToBreakIt()
    {
        QFETCH(QString, code);
        QFETCH(int, severity);
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        pki::LintOptions o;
        o.anchors = {m_pki.root};
        QList<pki::Certificate> certs;
        pki::CertificateSpec s;
        s.commonName = QStringLiteral("dev-001");
        const auto device = [&](const pki::Key &key) {
            return *pki::makeDeviceCertificate(key, s, m_pki.inter, m_pki.interKey);
        };
        if (row.startsWith(u"cn against")) {
            s.commonName = QStringLiteral("dev/001");
            certs = {device(m_pki.deviceKey), m_pki.inter};
        } else if (row.startsWith(u"cn not")) {
            o.expectedId = QStringLiteral("dev-002");
            certs = {m_pki.device, m_pki.inter};
        } else if (row == u"expired") {
            s.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
            s.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
            certs = {device(m_pki.deviceKey), m_pki.inter};
        } else if (row.startsWith(u"not yet")) {
            s.notBefore = QDateTime::currentDateTimeUtc().addDays(2);
            certs = {device(m_pki.deviceKey), m_pki.inter};
        } else if (row.startsWith(u"expiring")) {
            s.validityDays = 10;
            certs = {device(m_pki.deviceKey), m_pki.inter};
        } else if (row.startsWith(u"rsa")) {
            certs = {device(*pki::Key::generateRsa(1024)), m_pki.inter};
        } else if (row.startsWith(u"curve")) {
            certs = {device(*pki::Key::generateEc(QStringLiteral("P-521"))), m_pki.inter};
        } else if (row.startsWith(u"pem")) {
            certs = {m_pki.device, m_pki.inter};
            o.pemText = QByteArray(8193, 'A');
        } else if (row.startsWith(u"name")) {
            certs = {m_pki.device, m_pki.inter};
            o.credentialName = QString(33, u'n');
        } else if (row.startsWith(u"intermediate")) {
            certs = {m_pki.device};
        } else if (row.startsWith(u"expired Baltimore")) {
            certs = {pki::loadFile(kMozilla + QStringLiteral("Baltimore_CyberTrust_Root.crt"))->certificates[0]};
            o.now = QDateTime(QDate(2025, 6, 1), QTime(0, 0), QTimeZone::utc());
        } else if (row.startsWith(u"cn missing")) {
            s.commonName = QStringLiteral(" ");
            auto c = device(m_pki.deviceKey);
            // A certificate without CN cannot be made through the API; openssl makes one.
            QTemporaryDir dir;
            const QString csr = dir.filePath(QStringLiteral("r.csr"));
            const QString out = dir.filePath(QStringLiteral("c.pem"));
            Run r = openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                             write(dir, QStringLiteral("k.pem"), m_pki.deviceKey.toPem()), QStringLiteral("-subj"),
                             QStringLiteral("/O=No Common Name"), QStringLiteral("-out"), csr});
            QCOMPARE(r.exitCode, 0);
            r = openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                         QStringLiteral("-CA"), write(dir, QStringLiteral("i.pem"), m_pki.inter.toPem()),
                         QStringLiteral("-CAkey"), write(dir, QStringLiteral("ik.pem"), m_pki.interKey.toPem()),
                         QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-set_serial"),
                         QStringLiteral("12345678901234567"), QStringLiteral("-out"), out});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            certs = {pki::loadFile(out)->certificates[0], m_pki.inter};
            o.expiringSoonDays = 1;
        }
        const auto findings = pki::lint(certs, o);
        const auto it = std::find_if(findings.begin(), findings.end(), [&](const auto &f) { return f.code == code; });
        QVERIFY2(it != findings.end(),
                 qPrintable(QStringLiteral("no %1 among %2 findings").arg(code).arg(findings.size())));
        QCOMPARE(int(it->severity), severity);
        QVERIFY(!it->message.isEmpty());
        if (code == u"expired-root")
            QVERIFY2(it->message.contains(u"Baltimore") && it->message.contains(u"G2"), qPrintable(it->message));
        if (code == u"cn-rules")
            QVERIFY2(it->message.contains(u"'/'"), qPrintable(it->message));
        QVERIFY(pki::hasErrors(findings) == (severity == int(pki::Severity::Error)));
    }

private:
    Pki m_pki;
};

class PkiTrustTest : public QObject
{
    Q_OBJECT
private slots:
    void shippedRootsHaveTheDocumentedFingerprints_data()
    {
        QTest::addColumn<QString>("debianFile");
        QTest::addColumn<QString>("sha256");
        QTest::addColumn<QString>("sha1");
        QTest::newRow("DigiCert Global Root G2")
            << QStringLiteral("DigiCert_Global_Root_G2.crt")
            << QStringLiteral(
                   "CB:3C:CB:B7:60:31:E5:E0:13:8F:8D:D3:9A:23:F9:DE:47:FF:C3:5E:43:C1:14:4C:EA:27:D4:6A:5A:B1:CB:5F")
            << QStringLiteral("df3c24f9bfd666761b268073fe06d1cc8d4f82a4");
        QTest::newRow("Microsoft RSA Root Certificate Authority 2017")
            << QStringLiteral("Microsoft_RSA_Root_Certificate_Authority_2017.crt")
            << QStringLiteral(
                   "C7:41:F7:0F:4B:2A:8D:88:BF:2E:71:C1:41:22:EF:53:EF:10:EB:A0:CF:A5:E6:4C:FA:20:F4:18:85:30:73:E0")
            << QStringLiteral("73a5e64a3bff8316ff0edccc618a906e4eae4d74");
    }
    void shippedRootsHaveTheDocumentedFingerprints()
    {
        QFETCH(QString, debianFile);
        QFETCH(QString, sha256);
        QFETCH(QString, sha1);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        const auto roots = pki::azureRoots();
        const auto it = std::find_if(roots.begin(), roots.end(), [&](const auto &r) { return r.name == name; });
        QVERIFY(it != roots.end());
        QCOMPARE(it->sha256, sha256);
        const auto cert = pki::loadRoot(*it);
        QVERIFY2(cert, qPrintable(cert.error()));
        QCOMPARE(pki::fingerprintText(cert->sha256()), sha256);
        QCOMPARE(QString::fromLatin1(cert->sha1().toHex()), sha1);
        QCOMPARE(*cert, pki::loadFile(kMozilla + debianFile)->certificates[0]);
    }
    void defaultBundleHoldsOnlyUnexpiredRoots()
    {
        const auto bundle = pki::defaultTrustBundle();
        QVERIFY2(bundle, qPrintable(bundle.error()));
        QCOMPARE(bundle->size(), 2);
        const auto roots = pki::azureRoots();
        const auto baltimore =
            std::find_if(roots.begin(), roots.end(), [](const auto &r) { return r.name.startsWith(u"Baltimore"); });
        QVERIFY(baltimore != roots.end());
        QVERIFY(baltimore->expired);
        const auto b = pki::loadFile(kMozilla + QStringLiteral("Baltimore_CyberTrust_Root.crt"));
        QVERIFY(pki::findKnownRoot(b->certificates[0]));
        QVERIFY(pki::findKnownRoot(b->certificates[0])->expired);
    }
    void certsCImportTurnsCStringsBackIntoPem()
    {
        // A certs.c in the SDK's shape, made from the Debian PEMs: one literal per line, "\r\n"
        // escapes, comments with quotes in them and a character literal.
        QByteArray source = "/* Copyright (c) Microsoft. \"not a string\" */\n#include \"certs.h\"\n"
                            "const char certificates[] =\n";
        QList<pki::Certificate> expected;
        for (const auto *file : {"Baltimore_CyberTrust_Root.crt", "DigiCert_Global_Root_G2.crt",
                                 "Microsoft_RSA_Root_Certificate_Authority_2017.crt"}) {
            const QByteArray pem = readFile(kMozilla + QString::fromLatin1(file));
            expected.append(*pki::Certificate::fromPem(pem));
            source += QByteArray("// ") + file + " \"quoted\"\n";
            for (const QByteArray &line : pem.trimmed().split('\n'))
                source += "\"" + line + "\\r\\n\"\n";
        }
        source += ";\nconst char quote = '\"';\n";
        const auto certs = pki::importCertsC(source);
        QVERIFY2(certs, qPrintable(certs.error()));
        QCOMPARE(certs->size(), 3);
        QCOMPARE(*certs, expected);
    }
    void certsCImportReportsBrokenInput_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no certificate") << QByteArray("const char x[] = \"hello\";") << QStringLiteral("no PEM");
        QTest::newRow("unterminated string")
            << QByteArray("\"-----BEGIN CERTIFICATE-----") << QStringLiteral("unterminated");
        QTest::newRow("no END line") << QByteArray("\"-----BEGIN CERTIFICATE-----\\nAAAA\\n\"")
                                     << QStringLiteral("END");
        QTest::newRow("damaged body") << QByteArray(
                                             "\"-----BEGIN CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE-----\\n\"")
                                      << QStringLiteral("certificate 1");
    }
    void certsCImportReportsBrokenInput()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, mentions);
        const auto certs = pki::importCertsC(source);
        QVERIFY(!certs);
        QVERIFY2(certs.error().contains(mentions), qPrintable(certs.error()));
    }
};

PS_REGISTER_TEST(PkiKeyTest);
PS_REGISTER_TEST(PkiCertificateTest);
PS_REGISTER_TEST(PkiLoaderTest);
PS_REGISTER_TEST(PkiLintTest);
PS_REGISTER_TEST(PkiTrustTest);
#include "tst_pki.moc"
