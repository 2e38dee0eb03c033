// The operator's path, by keyboard alone: the window opens in operator mode on the Provision page;
// Enter starts, the result page comes by itself, Enter means "Next module" after PASS and "Retry"
// after FAIL; the FAIL page has a Retry and a full-width verdict; a failed run's bar says failed.

#include "guitest.h"
#include "testregistry.h"
#include "wizard/provisioningwizard.h"
#include "wizard/provisionpage.h"

#include <QLabel>
#include <QListWidget>
#include <QProgressBar>

using namespace guitest;

class OperatorPathTest : public QObject
{
    Q_OBJECT

    Bed m_bed;
    ProvisioningWizard *wizard() const { return m_bed.window->wizard(); }

    void pressEnter()
    {
        ensureActive(m_bed.window.get());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_bed.window.get(), Qt::Key_Return);
    }

private slots:
    void cleanup() { m_bed.reset(); }

    void enterStartsThenNextModuleByKeyboardAlone()
    {
        QVERIFY(m_bed.start());
        QVERIFY(m_bed.show());
        // Operators start where the work is.
        QCOMPARE(wizard()->currentId(), int(ProvisioningWizard::Page_Provision));
        auto *port = find<QComboBox>(wizard(), QStringLiteral("portCombo"));
        QCOMPARE(port->currentText(), m_bed.sim->ports().first());
        pressEnter();
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentId(), int(ProvisioningWizard::Page_Result), 60000);
        auto *banner = find<QLabel>(wizard(), QStringLiteral("verdictLabel"));
        QVERIFY2(banner->text().contains(u"PASS"), qPrintable(banner->text()));
        QVERIFY(!find<QAbstractButton>(wizard(), QStringLiteral("retryButton"))->isVisible());
        // Full width: the banner spans the page.
        QVERIFY(banner->width() > wizard()->width() * 3 / 4);
        pressEnter(); // Next module
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentId(), int(ProvisioningWizard::Page_Provision), 5000);
        auto *start = find<QAbstractButton>(wizard(), QStringLiteral("startButton"));
        QVERIFY(start->isEnabled()); // not a dead end
        QCOMPARE(find<QListWidget>(wizard(), QStringLiteral("stepList"))->count(), 0);
        // And again, by F5 this time.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentId(), int(ProvisioningWizard::Page_Result), 60000);
        QVERIFY(find<QLabel>(wizard(), QStringLiteral("verdictLabel"))->text().contains(u"PASS"));
    }

    void afterAFailEnterRetriesAndTheBarSaysFailed()
    {
        Simulation::Options options;
        options.faults = {QStringLiteral("error@AT+UWSCA#1")}; // the first Wi-Fi store is refused, once
        QVERIFY(m_bed.start(options));
        QVERIFY(m_bed.show());
        pressEnter();
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentId(), int(ProvisioningWizard::Page_Result), 60000);
        auto *banner = find<QLabel>(wizard(), QStringLiteral("verdictLabel"));
        QVERIFY2(banner->text().contains(u"FAIL"), qPrintable(banner->text()));
        QVERIFY2(find<QLabel>(wizard(), QStringLiteral("causeLabel"))->text().contains(u"Wi-Fi"),
                 qPrintable(find<QLabel>(wizard(), QStringLiteral("causeLabel"))->text()));
        QVERIFY(find<QAbstractButton>(wizard(), QStringLiteral("retryButton"))->isVisible());
        // The Provision page's bar, left behind: red and "failed", not a full 100 %.
        auto *bar =
            find<QProgressBar>(wizard()->page(ProvisioningWizard::Page_Provision), QStringLiteral("progressBar"));
        QVERIFY(bar->value() < 100);
        QVERIFY2(bar->text().contains(u"failed"), qPrintable(bar->text()));
        pressEnter(); // Retry: the same port again, at once
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentId(), int(ProvisioningWizard::Page_Provision), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentId(), int(ProvisioningWizard::Page_Result), 60000);
        QVERIFY2(find<QLabel>(wizard(), QStringLiteral("verdictLabel"))->text().contains(u"PASS"),
                 qPrintable(find<QLabel>(wizard(), QStringLiteral("causeLabel"))->text()));
    }

    void aBusyPortIsRefusedWithTheReason()
    {
        QVERIFY(m_bed.start());
        QVERIFY(m_bed.show());
        // A station slot takes the port first; the wizard may not run it at the same time.
        QVERIFY(m_bed.station->startSlot(0));
        pressEnter();
        auto *error = find<QLabel>(wizard(), QStringLiteral("startError"));
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 2000);
        QVERIFY2(error->text().contains(u"busy"), qPrintable(error->text()));
        QCOMPARE(wizard()->currentId(), int(ProvisioningWizard::Page_Provision));
        QSignalSpy done(m_bed.station.get(), &Station::allFinished);
        QVERIFY(done.wait(60000));
    }
};

PS_REGISTER_TEST(OperatorPathTest);
#include "tst_operator.moc"
