// The operator's path: the engineer's profile is shown locked (no secret, no editable field), the
// operator clicks through to Provision and gets a PASS; engineer mode needs the right password.

#include "testregistry.h"
#include "wizardtesthelpers.h"

#include "mainwindow.h"
#include "settings/engineerlogin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace wizardtest;

class WizardOperatorTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_sim = startSimulation();
        QVERIFY(m_sim);
    }
    void cleanupTestCase() { m_sim.reset(); }

    void anOperatorClicksThroughALockedProfileAndProvisionsToPass()
    {
        QTemporaryDir tmp;
        auto *session = new ProvisioningSession;
        session->setSecrets(m_sim->secrets());
        offerSimulatedModules(session, *m_sim);
        session->setProfile(m_sim->profile());
        MainWindow window(session, tmp.filePath(QStringLiteral("results.sqlite")));
        session->setParent(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProvisioningWizard *wizard = window.wizard();
        QVERIFY(!session->isEngineerMode());
        auto *next = find<QAbstractButton>(wizard, "wizardNext");

        // Hub: shown, locked.
        QCOMPARE(find<QLineEdit>(wizard, "idScopeEdit")->text(), m_sim->profile().dps.idScope);
        QVERIFY(find<QLineEdit>(wizard, "idScopeEdit")->isReadOnly());
        QVERIFY(!find<QComboBox>(wizard, "flowCombo")->isEnabled());
        QVERIFY(!find<QLabel>(wizard, "lockNote")->text().isEmpty());
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        // Certificates: nothing to load or generate.
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::Page_Certificates));
        QVERIFY(!find<QPushButton>(wizard, "caBrowseButton")->isEnabled());
        QVERIFY(!find<QPushButton>(wizard, "caGenerateButton")->isEnabled());
        QVERIFY(find<QLineEdit>(wizard, "caFileEdit")->isReadOnly());
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        // Wi-Fi: no passphrase field at all, only whether one is stored.
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::Page_Wifi));
        QVERIFY(!find<QLineEdit>(wizard, "passphraseEdit")->isVisible());
        QVERIFY(find<QLineEdit>(wizard, "ssidEdit")->isReadOnly());
        QTRY_VERIFY(find<QLabel>(wizard, "passphraseState")->text().contains(QLatin1String("secret store")));
        const QByteArray passphrase = readSecret(m_sim->secrets(), QStringLiteral("wifi-passphrase"));
        QVERIFY(!passphrase.isEmpty());
        for (QLineEdit *e : wizard->findChildren<QLineEdit *>())
            QVERIFY(!e->text().toUtf8().contains(passphrase));
        for (QLabel *l : wizard->findChildren<QLabel *>())
            QVERIFY(!l->text().toUtf8().contains(passphrase));
        QTest::mouseClick(next, Qt::LeftButton);
        // DPS: locked too.
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::Page_Dps));
        QVERIFY(find<QLineEdit>(wizard, "idTemplateEdit")->isReadOnly());
        QTest::mouseClick(next, Qt::LeftButton);

        // Provision: the simulated port is offered; Start runs the job; the result opens by itself.
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::Page_Provision));
        QCOMPARE(find<QComboBox>(wizard, "portCombo")->currentText(), m_sim->ports().first());
        QTRY_VERIFY2(find<QPushButton>(wizard, "startButton")->isEnabled(),
                     qPrintable(find<QLabel>(wizard, "provisionProblems")->text()));
        click(wizard, "startButton");
        QVERIFY(find<QListWidget>(wizard, "stepList")->count() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ProvisioningWizard::Page_Result), 120000);
        QVERIFY2(find<QLabel>(wizard, "verdictLabel")->text() == QLatin1String("PASS"),
                 qPrintable(find<QLabel>(wizard, "causeLabel")->text()));
        QCOMPARE(find<QLabel>(wizard, "assignedHubLabel")->text(), m_sim->profile().hub.host);
        click(wizard, "nextModuleButton");
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::Page_Provision));
    }

    void aWrongEngineerPasswordKeepsTheProfileLocked()
    {
        MemorySecretStore secrets;
        auto *session = new ProvisioningSession;
        session->setSecrets(&secrets);
        session->setProfile(m_sim->profile());
        QTemporaryDir tmp;
        {
            SecretJob *job = secrets.write(QStringLiteral("engineer-password"),
                                           EngineerLoginDialog::digest(QStringLiteral("right-one")));
            QSignalSpy done(job, &SecretJob::finished);
            QVERIFY(done.wait(5000));
        }
        MainWindow window(session, tmp.filePath(QStringLiteral("results.sqlite")));
        session->setParent(&window);
        window.show();
        find<QAction>(&window, "actionEngineerMode")->trigger();
        auto *login = window.findChild<EngineerLoginDialog *>();
        QVERIFY(login);
        QTRY_VERIFY(find<QPushButton>(login, "engineerOk")->isEnabled());
        QVERIFY(!login->isFirstUse());
        QVERIFY(!find<QLineEdit>(login, "engineerConfirmEdit")->isVisible());
        QTest::keyClicks(find<QLineEdit>(login, "engineerPasswordEdit"), QStringLiteral("wrong-one"));
        click(login, "engineerOk");
        QVERIFY(!find<QLabel>(login, "engineerError")->text().isEmpty());
        QVERIFY(!session->isEngineerMode());
        QVERIFY(!find<QAction>(&window, "actionSaveProfile")->isEnabled());
        QTest::keyClicks(find<QLineEdit>(login, "engineerPasswordEdit"), QStringLiteral("right-one"));
        click(login, "engineerOk");
        QTRY_VERIFY(session->isEngineerMode());
        QVERIFY(find<QAction>(&window, "actionSaveProfile")->isEnabled());
        QVERIFY(!find<QLineEdit>(window.wizard(), "idScopeEdit")->isReadOnly());
        find<QAction>(&window, "actionOperatorMode")->trigger();
        QVERIFY(!session->isEngineerMode());
        QVERIFY(find<QLineEdit>(window.wizard(), "idScopeEdit")->isReadOnly());
    }

private:
    std::unique_ptr<Simulation> m_sim;
};

PS_REGISTER_TEST(WizardOperatorTest);
#include "tst_wizardoperator.moc"
