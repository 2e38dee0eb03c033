// Reprint label from the History view (issue 17), as an operator does it: a real station
// provisions a simulated module, the History follows it, the operator picks the attempt and
// reprints its label with the button, the row's context menu and Ctrl+P; a loopback "ZPL printer"
// (tests/integration/labelsupport.h) receives each label with the module's device id and MAC, from
// the profile's template. The detail pane shows the hub's cloud check read from the database.

#include "integration/labelsupport.h"
#include "provisioning/station.h"
#include "results/resultsview.h"
#include "simulationsupport.h"
#include "station/stationview.h"
#include "testregistry.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

class ReprintGuiTest : public QObject
{
    Q_OBJECT

    static QString field(QWidget *view, const char *name)
    {
        auto *l = view->findChild<QLabel *>(QLatin1String(name));
        return l ? l->text() : QString();
    }
    static QPoint cellCenter(QTableView *table, int row)
    {
        return table->visualRect(table->model()->index(row, 2)).center();
    }

private slots:
    // Reason: one operator's session (provision, then three ways to reprint and a missing printer)
    // reads as one story; split, each part would provision a module again.
    void theOperatorReprintsAPassedModulesLabelThreeWays()
    {
        labeltest::ZplPrinter printer;
        QVERIFY(printer.isListening());
        Simulation::Options options;
        options.modules = 1;
        auto sim = testbed::startSimulation(options);
        QVERIFY(sim);
        QTemporaryDir dir;
        Station station;
        station.setStationName(QStringLiteral("gui-station"));
        Profile profile = sim->profile();
        profile.label.print = QStringLiteral("never"); // only the reprints print
        profile.label.target = printer.target();
        station.setProfile(profile);
        station.setSecrets(sim->secrets());
        QVERIFY(station.setPorts(sim->ports()));
        station.openResults(dir.filePath(QStringLiteral("results.sqlite")));
        StationView stationView(&station);
        ResultsView view(dir.filePath(QStringLiteral("results.sqlite")));
        view.follow(&station);
        view.resize(1100, 700);
        view.show();
        stationView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = view.findChild<QTableView *>(QStringLiteral("resultsTable"));
        auto *reprint = view.findChild<QPushButton *>(QStringLiteral("reprintButton"));
        QVERIFY(table && reprint);
        QVERIFY(!reprint->isEnabled()); // nothing selected yet

        // The record first: Start all starts nothing while the results database is still opening.
        QTRY_VERIFY_WITH_TIMEOUT(station.resultsState() == Station::ResultsState::Ready, 30000);
        QSignalSpy finished(&station, &Station::allFinished);
        QTest::mouseClick(stationView.findChild<QPushButton *>(QStringLiteral("startAllButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        const ResultRow done = station.slotAt(0).last;
        QVERIFY(done.passed());
        QVERIFY(printer.labels.isEmpty());

        // The operator clicks the attempt: its details, and the button is there for it.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellCenter(table, 0));
        QTRY_VERIFY_WITH_TIMEOUT(reprint->isEnabled(), 5000);
        QVERIFY2(field(&view, "detailCloudCheck").contains(u'(' + done.cloudCheck + u')'),
                 qPrintable(field(&view, "detailCloudCheck")));
        QSignalSpy reprinted(&view, &ResultsView::reprintFinished);

        // 1. The button.
        QTest::mouseClick(reprint, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(printer.labels.size(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(reprinted.size(), 1, 5000);
        QVERIFY(reprinted.first().at(0).toBool());
        const QStringList fields = labeltest::zplFields(printer.labels.first());
        QVERIFY2(fields.join(u'|').contains(done.deviceId), qPrintable(fields.join(u'|')));
        QVERIFY2(fields.join(u'|').contains(done.mac), qPrintable(fields.join(u'|')));
        QVERIFY2(field(&view, "statusLabel").contains(done.deviceId), qPrintable(field(&view, "statusLabel")));

        // 2. The row's context menu: a right click into the window (through the window system,
        // which makes the context menu event as a real click does), then its action clicked.
        const QPoint inWindow = table->viewport()->mapTo(&view, cellCenter(table, 0));
        QTest::mouseClick(view.windowHandle(), Qt::RightButton, {}, inWindow);
        auto *menu = view.findChild<QMenu *>(QStringLiteral("resultsRowMenu"));
        QVERIFY(menu);
        QTRY_VERIFY_WITH_TIMEOUT(menu->isVisible(), 5000);
        auto *action = menu->actions().value(0);
        QVERIFY(action && action->isEnabled());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        QTRY_COMPARE_WITH_TIMEOUT(printer.labels.size(), 2, 15000);
        QVERIFY(!menu->isVisible());

        // 3. The keyboard: Ctrl+P in the table of the active history window.
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        table->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(table->hasFocus(), 5000);
        QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(printer.labels.size(), 3, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(reprinted.size(), 3, 5000);
        QCOMPARE(printer.labels.at(2), printer.labels.at(0)); // the same label each time

        // A profile that names no printer: said, nothing sent.
        station.editProfile([](Profile &p) { p.label.target.clear(); });
        QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(reprinted.size(), 4, 5000);
        QVERIFY(!reprinted.last().at(0).toBool());
        QVERIFY2(field(&view, "statusLabel").contains(u"label.target"), qPrintable(field(&view, "statusLabel")));
        QCOMPARE(printer.labels.size(), 3);
    }
};

PS_REGISTER_TEST(ReprintGuiTest);
#include "tst_reprint.moc"
