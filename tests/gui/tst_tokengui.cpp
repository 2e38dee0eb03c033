// "Key on a token" next to "key in a file", driven as an engineer does: the wizard's Certificates
// page loads a CA whose key is on a SoftHSM2 token (a wrong PIN is refused and kept out of the
// secret store; the right one goes into it, never into the profile), and the certificate tools
// make a root CA on the token and sign a device certificate with it. Typed and clicked only.

#include "certs/certificatetools.h"
#include "pki/load.h"
#include "provisioning/secretstore.h"
#include "provisioning/station.h"
#include "simulationsupport.h"
#include "softhsmsupport.h"
#include "testregistry.h"
#include "wizard/certificatespage.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no %s", name);
    return w;
}

/// Types @p text into the line edit @p name, replacing what it held (as a user selects all first).
void typeInto(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

/// Moves the combo box @p name @p steps entries down with the keyboard.
void pickDown(QWidget *parent, const char *name, int steps = 1)
{
    auto *combo = child<QComboBox>(parent, name);
    QVERIFY(combo);
    combo->setFocus();
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

void click(QWidget *parent, const char *name)
{
    auto *b = child<QPushButton>(parent, name);
    QVERIFY(b);
    QVERIFY2(b->isEnabled(), name);
    QTest::mouseClick(b, Qt::LeftButton);
}

QString text(QWidget *parent, const char *name)
{
    auto *l = child<QLabel>(parent, name);
    return l ? l->text() : QString();
}

} // namespace

class TokenGuiTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<softhsm::Token> m_token;
    QTemporaryDir m_dir;
    QString m_rootCert;

    /// An engineer's station with an X.509 profile and an in-memory secret store.
    void setUp(Station &station, MemorySecretStore &secrets)
    {
        Profile p;
        p.flow = Profile::Flow::DpsX509;
        station.setSecrets(&secrets);
        station.setProfile(p);
        station.setEngineerMode(true);
    }

private slots:
    void initTestCase()
    {
        m_token = softhsm::makeToken(QStringLiteral("GUI CA"));
        QVERIFY2(m_token->error.isEmpty(), qPrintable(m_token->error));
        // The root CA is made by another process: this one has not logged in to the token yet.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKEN_PIN"), QString::fromUtf8(m_token->pin));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/provstation-cli"),
                {QStringLiteral("pki"), QStringLiteral("ca"), QStringLiteral("--pkcs11"),
                 m_token->uri(QStringLiteral("root")), QStringLiteral("--pin-env"), QStringLiteral("TOKEN_PIN"),
                 QStringLiteral("--cn"), QStringLiteral("GUI Root"), QStringLiteral("--out-dir"), m_dir.path()});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        m_rootCert = m_dir.filePath(QStringLiteral("GUI_Root.pem"));
    }

    void theCertificatesPageRefusesAWrongPinAndKeepsItOutOfTheStore()
    {
        Station station;
        MemorySecretStore secrets;
        setUp(station, secrets);
        CertificatesPage page(&station);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.initializePage();
        QVERIFY(!child<QLineEdit>(&page, "caKeyUriEdit")->isVisible());
        pickDown(&page, "caKeyStorageCombo");
        QCOMPARE(child<QComboBox>(&page, "caKeyStorageCombo")->currentData().toString(), QStringLiteral("token"));
        QVERIFY(child<QLineEdit>(&page, "caKeyUriEdit")->isVisible());
        QVERIFY(!child<QLineEdit>(&page, "caKeyFileEdit")->isVisible());
        typeInto(&page, "caFileEdit", m_rootCert);
        typeInto(&page, "caKeyUriEdit", m_token->uri(QStringLiteral("root")));
        typeInto(&page, "caPinEdit", QStringLiteral("0000"));
        click(&page, "caLoadButton");
        QTRY_VERIFY_WITH_TIMEOUT(text(&page, "caState").contains(u"refused the PIN"), 20000);
        QVERIFY(!page.isComplete());
        QVERIFY(station.profile().certificates.caKey.isEmpty());
        QVERIFY(!secrets.contains(QStringLiteral("ca-token-pin")));
        // What was typed is still there to correct.
        QCOMPARE(child<QLineEdit>(&page, "caKeyUriEdit")->text(), m_token->uri(QStringLiteral("root")));
    }

    void theCertificatesPageLoadsTheCaWhoseKeyIsOnTheToken()
    {
        Station station;
        MemorySecretStore secrets;
        setUp(station, secrets);
        CertificatesPage page(&station);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.initializePage();
        pickDown(&page, "caKeyStorageCombo");
        typeInto(&page, "caFileEdit", m_rootCert);
        typeInto(&page, "caKeyUriEdit", m_token->uri(QStringLiteral("root")));
        typeInto(&page, "caPinEdit", QString::fromUtf8(m_token->pin));
        // Enter in the PIN field loads, as the Load button does.
        QTest::keyClick(child<QLineEdit>(&page, "caPinEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(station.profile().certificates.caKey, m_token->uri(QStringLiteral("root")), 20000);
        QCOMPARE(station.profile().certificates.caCertificate, m_rootCert);
        QCOMPARE(station.profile().certificates.caKeyPinSecret, QStringLiteral("ca-token-pin"));
        QVERIFY2(text(&page, "caState").contains(u"on the token"), qPrintable(text(&page, "caState")));
        QTRY_COMPARE_WITH_TIMEOUT(testbed::secretValue(&secrets, QStringLiteral("ca-token-pin")), m_token->pin, 5000);
        QVERIFY(child<QLineEdit>(&page, "caPinEdit")->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(page.isComplete(), 5000);
        const QByteArray json = QJsonDocument(station.profile().toJson()).toJson();
        QVERIFY(json.contains("pkcs11:token=GUI%20CA;object=root"));
        QVERIFY(!json.contains(m_token->pin));
        // The profile's requirements now include the PIN's secret, which the store holds.
        QVERIFY(station.profile().requiredSecrets().contains(QStringLiteral("ca-token-pin")));
    }

    void theCertificateToolsMakeARootCaOnTheTokenAndSignADeviceWithIt()
    {
        CertificateToolsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<QLineEdit>(&dialog, "keyUriEdit")->isVisible());
        pickDown(&dialog, "keyStorageCombo");
        QVERIFY(child<QLineEdit>(&dialog, "keyUriEdit")->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "keyPassphraseEdit")->isVisible());
        const QString out = m_dir.filePath(QStringLiteral("tools"));
        typeInto(&dialog, "commonNameEdit", QStringLiteral("Tools Root"));
        typeInto(&dialog, "keyUriEdit", m_token->uri(QStringLiteral("tools-root")));
        typeInto(&dialog, "keyPinEdit", QString::fromUtf8(m_token->pin));
        typeInto(&dialog, "outputDirEdit", out);
        QSignalSpy generated(&dialog, &CertificateToolsDialog::generated);
        QSignalSpy failed(&dialog, &CertificateToolsDialog::generationFailed);
        click(&dialog, "generateButton");
        QTRY_VERIFY_WITH_TIMEOUT(!generated.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(text(&dialog, "generateStatus")));
        const QString rootCert = generated.first().at(0).toString();
        QCOMPARE(generated.first().at(1).toString(), m_token->uri(QStringLiteral("tools-root")));
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{QStringLiteral("Tools_Root.pem")});
        QVERIFY(text(&dialog, "generateStatus").contains(u"the key is on the token"));

        // The next certificate: a device, issued by the CA just made (its key on the token).
        pickDown(&dialog, "kindCombo", 2);
        QCOMPARE(child<QComboBox>(&dialog, "issuerKeyStorageCombo")->currentData().toString(), QStringLiteral("token"));
        QCOMPARE(child<QLineEdit>(&dialog, "issuerKeyEdit")->text(), m_token->uri(QStringLiteral("tools-root")));
        typeInto(&dialog, "commonNameEdit", QStringLiteral("nina-w152-d4ca6e0000c1"));
        generated.clear();
        click(&dialog, "generateButton");
        QTRY_VERIFY_WITH_TIMEOUT(!generated.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(text(&dialog, "generateStatus")));
        const QString device = generated.first().at(0).toString();
        QVERIFY(QFile::exists(generated.first().at(1).toString())); // the device key is a file
        QProcess verify;
        verify.start(QStringLiteral("openssl"),
                     {QStringLiteral("verify"), QStringLiteral("-CAfile"), rootCert, device});
        QVERIFY(verify.waitForFinished(15000));
        QCOMPARE(verify.readAllStandardOutput().trimmed(), (device + QStringLiteral(": OK")).toUtf8());
    }

    void theToolsSayWhatIsMissingForAKeyOnAToken()
    {
        CertificateToolsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        pickDown(&dialog, "keyStorageCombo");
        typeInto(&dialog, "commonNameEdit", QStringLiteral("No PIN Root"));
        typeInto(&dialog, "keyUriEdit", m_token->uri(QStringLiteral("no-pin")));
        typeInto(&dialog, "outputDirEdit", m_dir.filePath(QStringLiteral("nopin")));
        QSignalSpy failed(&dialog, &CertificateToolsDialog::generationFailed);
        click(&dialog, "generateButton");
        QCOMPARE(failed.size(), 1);
        QVERIFY2(text(&dialog, "generateStatus").contains(u"user PIN"), qPrintable(text(&dialog, "generateStatus")));
        typeInto(&dialog, "keyUriEdit", QStringLiteral("pkcs11:object=no-token"));
        typeInto(&dialog, "keyPinEdit", QString::fromUtf8(m_token->pin));
        click(&dialog, "generateButton");
        QCOMPARE(failed.size(), 2);
        QVERIFY2(text(&dialog, "generateStatus").contains(u"name the token"),
                 qPrintable(text(&dialog, "generateStatus")));
    }
};

PS_REGISTER_TEST(TokenGuiTest);
#include "tst_tokengui.moc"
