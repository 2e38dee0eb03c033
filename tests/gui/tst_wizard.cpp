// The engineer's path through the provisioning wizard, end to end against a simulated module:
// engineer password (first use sets it), a DPS X.509 profile typed page by page (the CA loaded
// through the file dialog, a bad registration id refused as it is typed), then Provision and a PASS.

#include "testregistry.h"
#include "wizardtesthelpers.h"

#include "device/devicestatuspanel.h"
#include "mainwindow.h"
#include "provisioning/resultstore.h"
#include "settings/engineerlogin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace wizardtest;

class WizardEngineerTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_sim = startSimulation();
        QVERIFY(m_sim);
    }
    void cleanupTestCase() { m_sim.reset(); }

    void anEngineerWritesADpsX509ProfileAndProvisionsASimulatedModuleToPass()
    {
        QTemporaryDir tmp;
        const Profile simProfile = m_sim->profile();
        auto *session = new ProvisioningSession;
        session->setSecrets(m_sim->secrets());
        offerSimulatedModules(session, *m_sim);
        MainWindow window(session, tmp.filePath(QStringLiteral("results.sqlite")));
        session->setParent(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProvisioningWizard *wizard = window.wizard();
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::Page_Hub));

        // Engineer mode: the first use sets the password (typed twice); only a digest is stored.
        find<QAction>(&window, "actionEngineerMode")->trigger();
        auto *login = window.findChild<EngineerLoginDialog *>();
        QVERIFY(login);
        QTRY_VERIFY(find<QPushButton>(login, "engineerOk")->isEnabled());
        QVERIFY(login->isFirstUse());
        QTest::keyClicks(find<QLineEdit>(login, "engineerPasswordEdit"), QStringLiteral("line-7-secret"));
        QTest::keyClicks(find<QLineEdit>(login, "engineerConfirmEdit"), QStringLiteral("line-7-secret"));
        click(login, "engineerOk");
        QTRY_VERIFY(session->isEngineerMode());
        const QByteArray stored = readSecret(m_sim->secrets(), QStringLiteral("engineer-password"));
        QVERIFY(stored.startsWith("pbkdf2-sha256$"));
        QVERIFY(!stored.contains("line-7-secret"));
        QVERIFY(EngineerLoginDialog::verify(QStringLiteral("line-7-secret"), stored));

        // Hub settings: the ID scope is checked as it is typed.
        auto *next = find<QAbstractButton>(wizard, "wizardNext");
        auto *flow = find<QComboBox>(wizard, "flowCombo");
        flow->setCurrentIndex(flow->findData(QStringLiteral("dps-x509")));
        QTest::keyClicks(find<QLineEdit>(wizard, "profileNameEdit"), QStringLiteral("Line 7"));
        auto *dpsHost = find<QLineEdit>(wizard, "dpsHostEdit");
        dpsHost->clear();
        QTest::keyClicks(dpsHost, simProfile.dps.host);
        auto *scope = find<QLineEdit>(wizard, "idScopeEdit");
        QTest::keyClicks(scope, QStringLiteral("0ne00XYZ"));
        QVERIFY(!find<QLabel>(wizard, "hubProblems")->text().isEmpty());
        QVERIFY(!next->isEnabled());
        scope->clear();
        QTest::keyClicks(scope, simProfile.dps.idScope);
        QTRY_VERIFY2(next->isEnabled(), qPrintable(find<QLabel>(wizard, "hubProblems")->text()));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::Page_Certificates));

        // Certificates: the CA through the file dialog (its key named beside it), inspected and linted.
        QVERIFY(!next->isEnabled()); // no CA yet
        QTest::keyClicks(find<QLineEdit>(wizard, "caKeyFileEdit"),
                         simProfile.resolvePath(simProfile.certificates.caKey));
        click(wizard, "caBrowseButton");
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard->findChild<QFileDialog *>(QStringLiteral("caFileDialog"))));
        dialog->selectFile(simProfile.resolvePath(simProfile.certificates.caCertificate));
        static_cast<QDialog *>(dialog)->accept(); // the public QDialog slot, virtual
        QTRY_VERIFY(!session->profile().certificates.caCertificate.isEmpty());
        QVERIFY2(!find<QLabel>(wizard, "caInfo")->text().isEmpty(), "the CA is described");
        QVERIFY(find<QListWidget>(wizard, "caLintList")->count() > 0);
        auto *trust = find<QListWidget>(wizard, "trustList");
        QCOMPARE(trust->item(0)->checkState(), Qt::Checked); // DigiCert Global Root G2 preselected
        bool baltimoreExpired = false;
        for (int i = 0; i < trust->count(); ++i)
            baltimoreExpired |= trust->item(i)->text().contains(QLatin1String("Baltimore")) &&
                                !(trust->item(i)->flags() & Qt::ItemIsUserCheckable);
        QVERIFY2(baltimoreExpired, "Baltimore is listed, expired and not selectable");
        // The simulated hub's TLS root, in place of the real Azure root.
        QTest::keyClicks(find<QLineEdit>(wizard, "trustFileEdit"), simProfile.trust.roots.first());
        click(wizard, "trustAddButton");
        trust->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(session->profile().trust.roots, simProfile.trust.roots);
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);

        // Wi-Fi: the passphrase the simulation stored is reported as stored, never shown.
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::Page_Wifi));
        QTest::keyClicks(find<QLineEdit>(wizard, "ssidEdit"), simProfile.wifi.ssid);
        QTRY_VERIFY(find<QLabel>(wizard, "passphraseState")->text().contains(QLatin1String("secret store")));
        QVERIFY(find<QLineEdit>(wizard, "passphraseEdit")->text().isEmpty());
        QTest::mouseClick(next, Qt::LeftButton);

        // DPS: a bad registration id is refused while it is typed.
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::Page_Dps));
        auto *idTemplate = find<QLineEdit>(wizard, "idTemplateEdit");
        idTemplate->clear();
        QTest::keyClicks(idTemplate, QStringLiteral("line 7/{mac}"));
        QVERIFY(!find<QLabel>(wizard, "idError")->text().isEmpty());
        QVERIFY(!next->isEnabled());
        idTemplate->clear();
        QTest::keyClicks(idTemplate, QStringLiteral("{model}-{mac}"));
        QCOMPARE(find<QLabel>(wizard, "idExample")->text(), QStringLiteral("nina-w152-d4ca6e0d1234"));
        QVERIFY(find<QLabel>(wizard, "idError")->text().isEmpty());
        QTest::mouseClick(next, Qt::LeftButton);

        // Provision: a real job on the simulated module.
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::Page_Provision));
        auto *port = find<QComboBox>(wizard, "portCombo");
        port->setEditText(m_sim->ports().first());
        QTRY_VERIFY2(find<QPushButton>(wizard, "startButton")->isEnabled(),
                     qPrintable(find<QLabel>(wizard, "provisionProblems")->text()));
        click(wizard, "startButton");
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ProvisioningWizard::Page_Result), 120000);

        QVERIFY2(find<QLabel>(wizard, "verdictLabel")->text() == QLatin1String("PASS"),
                 qPrintable(find<QLabel>(wizard, "causeLabel")->text()));
        QCOMPARE(find<QLabel>(wizard, "assignedHubLabel")->text(), simProfile.hub.host);
        QCOMPARE(find<QLabel>(wizard, "deviceIdLabel")->text(), Simulation::deviceIdFor(m_sim->modules().first()));
        QVERIFY(!find<QLabel>(wizard, "operationIdLabel")->text().isEmpty());

        // The device status panel followed the job: identity, and the MD5 check of the uploads.
        auto *panel = wizard->findChild<DeviceStatusPanel *>();
        QCOMPARE(find<QLabel>(panel, "statusModel")->text(), m_sim->modules().first().value(u"model").toString());
        QCOMPARE(find<QLabel>(panel, "statusPort")->text(), m_sim->ports().first());
        auto *certs = find<QTableWidget>(panel, "statusCertificates");
        QVERIFY(certs->rowCount() >= 2);
        int matched = 0;
        for (int r = 0; r < certs->rowCount(); ++r)
            matched += certs->item(r, 3)->text() == QLatin1String("MD5 matches");
        QVERIFY2(matched >= 2, "the CA and the device certificate were checked");

        // Next module: back at Provision with the same settings.
        click(wizard, "nextModuleButton");
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::Page_Provision));
        QVERIFY(find<QPushButton>(wizard, "startButton")->isEnabled());
        QCOMPARE(find<QListWidget>(wizard, "stepList")->count(), 0);
        QCOMPARE(session->profile().name, QStringLiteral("Line 7"));
    }

private:
    std::unique_ptr<Simulation> m_sim;
};

PS_REGISTER_TEST(WizardEngineerTest);
#include "tst_wizard.moc"
