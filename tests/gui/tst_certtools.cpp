// CertificateToolsDialog and CertificateSummaryWidget driven by objectName: make a CA and a device
// certificate into a temporary folder, inspect the device certificate (CN, MD5 of the DER), a bad
// file gives a clear error, lint findings (expired, CN mismatch) are shown with their severity.

#include "certs/certificatesummarywidget.h"
#include "certs/certificatetools.h"
#include "guitest.h"
#include "pki/issue.h"
#include "pki/load.h"
#include "testregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

void setKind(QWidget *dialog, CertificateToolsDialog::Kind kind)
{
    QVERIFY(guitest::chooseByKeyboard(child<QComboBox>(dialog, "kindCombo"), int(kind)));
}

void type(QWidget *dialog, const char *name, const QString &text)
{
    QVERIFY(guitest::typeInto(child<QLineEdit>(dialog, name), text));
}

/// Ticks "leave the new CA key unencrypted", clicking its box as a person does.
void tickInClear(QWidget *dialog)
{
    auto *box = child<QCheckBox>(dialog, "unencryptedKeyCheck");
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

QString labelText(QWidget *parent, const char *name)
{
    auto *l = child<QLabel>(parent, name);
    return l ? l->text() : QString();
}

QStringList lintCodes(QWidget *summary)
{
    QStringList out;
    auto *tree = child<QTreeWidget>(summary, "lintList");
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(0) + u'/' + tree->topLevelItem(i)->text(2);
    return out;
}

} // namespace

class CertificateToolsTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// Generates through the widgets; returns {certificate, key} paths or empty on failure.
    QStringList generate(CertificateToolsDialog &dialog)
    {
        QSignalSpy done(&dialog, &CertificateToolsDialog::generated);
        QSignalSpy failed(&dialog, &CertificateToolsDialog::generationFailed);
        QTest::mouseClick(child<QPushButton>(&dialog, "generateButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000) || done.isEmpty()) {
            qWarning() << "generation failed:" << labelText(&dialog, "generateStatus");
            return {};
        }
        return {done.first().at(0).toString(), done.first().at(1).toString()};
    }

    bool inspect(CertificateToolsDialog &dialog, const QString &path)
    {
        if (!guitest::clickTab(child<QTabWidget>(&dialog, "certTabs"), 1))
            return false;
        type(&dialog, "inspectFileEdit", path);
        QSignalSpy done(&dialog, &CertificateToolsDialog::inspected);
        QTest::mouseClick(child<QPushButton>(&dialog, "inspectButton"), Qt::LeftButton);
        return done.wait(10000) && done.first().at(0).toBool();
    }

private slots:
    void aCaAndADeviceCertificateAreMadeThenTheDeviceCertificateIsInspected()
    {
        CertificateToolsDialog dialog;
        dialog.show();
        QVERIFY(!dialog.isModal());
        const QString out = m_dir.filePath(QStringLiteral("pki"));

        setKind(&dialog, CertificateToolsDialog::Kind::RootCa);
        QVERIFY(!child<QWidget>(&dialog, "issuerBox")->isEnabled());
        type(&dialog, "commonNameEdit", QStringLiteral("Test Factory Root CA"));
        type(&dialog, "outputDirEdit", out);
        type(&dialog, "keyPassphraseEdit", QStringLiteral("ca-pass-1")); // a CA key is kept encrypted
        const QStringList ca = generate(dialog);
        QCOMPARE(ca.size(), 2);
        QVERIFY(QFile::exists(ca[0]));
        QCOMPARE(QFile::permissions(ca[1]) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(labelText(&dialog, "generateStatus").contains(u"0600"));
        // The CA just made is offered as the issuer of the next certificate.
        QCOMPARE(child<QLineEdit>(&dialog, "issuerCertEdit")->text(), ca[0]);

        setKind(&dialog, CertificateToolsDialog::Kind::Device);
        QVERIFY(child<QWidget>(&dialog, "issuerBox")->isEnabled());
        type(&dialog, "commonNameEdit", QStringLiteral("nina-w152-d4ca6e000001"));
        type(&dialog, "keyPassphraseEdit", QStringLiteral("s3cret-pass"));
        const QStringList device = generate(dialog);
        QCOMPARE(device.size(), 2);
        QVERIFY(device[0].endsWith(u"nina-w152-d4ca6e000001.pem"));
        QFile keyFile(device[1]);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY"));
        QVERIFY(child<QLineEdit>(&dialog, "keyPassphraseEdit")->text().isEmpty());

        const auto loaded = pki::loadFile(device[0]);
        QVERIFY(loaded);
        const pki::Certificate cert = loaded->certificates.front();
        const auto caLoaded = pki::loadFile(ca[0]);
        QVERIFY(cert.isSignedBy(caLoaded->certificates.front().publicKey()));

        QVERIFY(inspect(dialog, device[0]));
        auto *summary = child<QWidget>(&dialog, "inspectSummary");
        QVERIFY(labelText(summary, "subjectValue").contains(u"CN=nina-w152-d4ca6e000001"));
        QVERIFY(labelText(summary, "issuerValue").contains(u"Test Factory Root CA"));
        QCOMPARE(labelText(summary, "md5Value"), cert.moduleMd5());
        QCOMPARE(labelText(summary, "sha256Value"), pki::fingerprintText(cert.sha256()));
        QCOMPARE(labelText(summary, "sha1Value"), pki::fingerprintText(cert.sha1()));
        QVERIFY(labelText(summary, "keyValue").contains(u"P-256"));
        QVERIFY(labelText(summary, "validityValue").contains(u"valid now"));
        QVERIFY(!child<QLabel>(&dialog, "inspectError")->isVisible());

        // The encrypted key: refused without the password, read with it.
        QVERIFY(!inspect(dialog, device[1]));
        QVERIFY(child<QLabel>(&dialog, "inspectError")->isVisible());
        type(&dialog, "inspectPasswordEdit", QStringLiteral("s3cret-pass"));
        QVERIFY(inspect(dialog, device[1]));
        QVERIFY2(labelText(summary, "contentsLabel").contains(u"private key"),
                 qPrintable(labelText(summary, "contentsLabel")));
    }

    void anIntermediateAndAVerificationCertificateComeFromTheCa()
    {
        CertificateToolsDialog dialog;
        dialog.show();
        const QString out = m_dir.filePath(QStringLiteral("chain"));
        type(&dialog, "commonNameEdit", QStringLiteral("Chain Root"));
        type(&dialog, "outputDirEdit", out);
        tickInClear(&dialog); // in clear, on purpose
        const QStringList root = generate(dialog);
        QCOMPARE(root.size(), 2);
        setKind(&dialog, CertificateToolsDialog::Kind::Verification);
        QVERIFY(!child<QWidget>(&dialog, "keyTypeCombo")->isEnabled());
        type(&dialog, "commonNameEdit", QStringLiteral("0123ABCDEF4567"));
        const QStringList verification = generate(dialog);
        QCOMPARE(verification.size(), 2);
        QVERIFY(verification[1].isEmpty()); // nobody needs its key
        const auto v = pki::loadFile(verification[0]);
        QVERIFY(v);
        QCOMPARE(v->certificates.front().subjectCommonName(), QStringLiteral("0123ABCDEF4567"));
        setKind(&dialog, CertificateToolsDialog::Kind::IntermediateCa);
        type(&dialog, "commonNameEdit", QStringLiteral("Line 1 Intermediate"));
        tickInClear(&dialog);
        const QStringList intermediate = generate(dialog);
        QCOMPARE(intermediate.size(), 2);
        QVERIFY(pki::loadFile(intermediate[0])->certificates.front().isCa());
        // Files are never overwritten.
        setKind(&dialog, CertificateToolsDialog::Kind::RootCa);
        type(&dialog, "commonNameEdit", QStringLiteral("Chain Root"));
        tickInClear(&dialog);
        QVERIFY(generate(dialog).isEmpty());
        QVERIFY2(labelText(&dialog, "generateStatus").contains(u"already exists"),
                 qPrintable(labelText(&dialog, "generateStatus")));
    }

    void aBadFileGivesAClearError()
    {
        CertificateToolsDialog dialog;
        dialog.show();
        const QString junk = m_dir.filePath(QStringLiteral("junk.pem"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        f.close();
        QVERIFY(!inspect(dialog, junk));
        const QString error = labelText(&dialog, "inspectError");
        QVERIFY2(error.startsWith(u"Error:") && error.contains(u"junk.pem"), qPrintable(error));
        QVERIFY(!inspect(dialog, m_dir.filePath(QStringLiteral("missing.pem"))));
        QVERIFY(labelText(&dialog, "inspectError").contains(u"missing.pem"));
        QVERIFY(labelText(child<QWidget>(&dialog, "inspectSummary"), "md5Value").isEmpty());
    }

    void lintFindingsOfAnExpiredOrMismatchedCertificateAreShown()
    {
        const auto key = pki::Key::generate(pki::KeyType::EcP256);
        QVERIFY(key);
        pki::CertificateSpec caSpec;
        caSpec.commonName = QStringLiteral("Lint CA");
        const auto ca = pki::makeRootCa(*key, caSpec);
        QVERIFY(ca);
        pki::CertificateSpec spec;
        spec.commonName = QStringLiteral("old-device");
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
        spec.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
        const auto expired = pki::makeDeviceCertificate(*key, spec, *ca, *key);
        QVERIFY(expired);
        const QString path = m_dir.filePath(QStringLiteral("expired.pem"));
        QVERIFY(pki::writePublicFile(path, expired->toPem()));

        CertificateToolsDialog dialog;
        dialog.show();
        QVERIFY(guitest::clickTab(child<QTabWidget>(&dialog, "certTabs"), 1)); // the Inspect tab holds the field
        type(&dialog, "expectedIdEdit", QStringLiteral("new-device"));
        QVERIFY(inspect(dialog, path));
        auto *summary = child<QWidget>(&dialog, "inspectSummary");
        const QStringList codes = lintCodes(summary);
        QVERIFY2(codes.contains(QStringLiteral("Error/expired")), qPrintable(codes.join(u' ')));
        QVERIFY2(codes.contains(QStringLiteral("Error/cn-mismatch")), qPrintable(codes.join(u' ')));
        QVERIFY(labelText(summary, "validityValue").contains(u"EXPIRED"));

        // The reusable widget on its own.
        CertificateSummaryWidget widget;
        pki::Bundle bundle;
        bundle.certificates = {*expired};
        widget.setBundle(bundle);
        QVERIFY(!widget.findings().isEmpty());
        QCOMPARE(labelText(&widget, "subjectValue").contains(u"old-device"), true);
        widget.clear();
        QVERIFY(labelText(&widget, "subjectValue").isEmpty());
    }
};

PS_REGISTER_TEST(CertificateToolsTest);
#include "tst_certtools.moc"
