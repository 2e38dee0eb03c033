// StationView against the built-in test bed: several simulated modules provisioned to PASS, the
// tiles show the verdict and the module; a Wi-Fi fault shows FAIL with the cause and Retry reruns
// the slot. The results history of the same run is checked in ResultsViewTest.

#include "provisioning/resultstore.h"
#include "provisioning/simulation.h"
#include "provisioning/station.h"
#include "simulationsupport.h"
#include "station/stationview.h"
#include "testregistry.h"

#if __has_include("results/resultsview.h")
#include "results/resultsview.h"
#define HAVE_RESULTS_VIEW 1
#endif

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

using testbed::startSimulation;

QWidget *tile(QWidget *view, int slot)
{
    return view->findChild<QWidget *>(QStringLiteral("slotTile%1").arg(slot));
}

QString text(QWidget *tile, const char *name)
{
    auto *label = tile ? tile->findChild<QLabel *>(QLatin1String(name)) : nullptr;
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

} // namespace

class StationViewTest : public QObject
{
    Q_OBJECT
private slots:
    void threeSimulatedModulesPassAndEachTileShowsPassTheModelAndTheMac()
    {
        Simulation::Options options;
        options.modules = 3;
        auto sim = startSimulation(options);
        QVERIFY(sim);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("results.sqlite"));
        {
            ResultWriter writer(db);
            Station station(sim->profile(), sim->secrets(), &writer);
            station.setPorts(sim->ports());
            StationView view(&station);
            view.resize(1200, 700);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            for (int i = 0; i < 3; ++i)
                QVERIFY2(tile(&view, i), "one tile per slot");
            QVERIFY(!tile(&view, 3));
            QCOMPARE(view.columnCount(), 3);

            QSignalSpy done(&station, &Station::allFinished);
            auto *startAll = view.findChild<QPushButton *>(QStringLiteral("startAllButton"));
            QVERIFY(startAll);
            QTest::mouseClick(startAll, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(text(tile(&view, 0), "verdictLabel").contains(u"RUNNING") || !done.isEmpty(),
                                      true, 5000);
            QVERIFY(done.wait(90000));

            for (int i = 0; i < 3; ++i) {
                QWidget *t = tile(&view, i);
                const QString verdict = text(t, "verdictLabel");
                QVERIFY2(verdict.contains(u"PASS"), qPrintable(verdict + u' ' + text(t, "causeLabel")));
                const QJsonObject module = sim->modules().at(i);
                QVERIFY2(text(t, "modelLabel").startsWith(u"NINA"), qPrintable(text(t, "modelLabel")));
                QCOMPARE(text(t, "macLabel").toUpper(), module.value(u"mac").toString().remove(u':').toUpper());
                QVERIFY(text(t, "portLabel").contains(sim->ports().at(i)));
                QVERIFY(text(t, "elapsedLabel").contains(u':'));
                QVERIFY(!t->findChild<QPushButton *>(QStringLiteral("retryButton"))->text().contains(u"Retry"));
            }
            QVERIFY2(view.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().startsWith(u"3 passed"),
                     qPrintable(view.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text()));
            QVERIFY(writer.flush(10000));
        }
#ifdef HAVE_RESULTS_VIEW
        ResultsView results(db);
        results.show();
        results.refresh();
        auto *table = results.findChild<QTableView *>(QStringLiteral("resultsTable"));
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
        // The filter narrows to the one module whose MAC is typed.
        auto *filter = results.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QVERIFY(filter);
        const QString mac = sim->modules().at(1).value(u"mac").toString().remove(u':');
        QTest::keyClicks(filter, mac);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);
        filter->clear();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 5000);
        // CSV export through the file-name hook: a header and one line per attempt.
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("history.csv"));
        results.setFileNameProvider([csv] { return csv; });
        QTest::mouseClick(results.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(csv), 10000);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size() - (lines.last().isEmpty() ? 1 : 0), 4);
#endif
    }

    void aWifiFailureShowsFailWithTheCauseAndRetryRunsTheSlotAgain()
    {
        Simulation::Options options;
        options.modules = 1;
        options.faults = {QStringLiteral("wifi-auth-fail")};
        auto sim = startSimulation(options);
        QVERIFY(sim);
        QTemporaryDir dir;
        ResultWriter writer(dir.filePath(QStringLiteral("results.sqlite")));
        Station station(sim->profile(), sim->secrets(), &writer);
        station.setPorts(sim->ports());
        StationView view(&station);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QSignalSpy started(&station, &Station::slotStarted);
        QSignalSpy finished(&station, &Station::slotFinished);
        QTest::keyClick(&view, Qt::Key_F5); // Start all from the keyboard
        QVERIFY(finished.wait(60000));
        QWidget *t = tile(&view, 0);
        QVERIFY2(text(t, "verdictLabel").contains(u"FAIL"), qPrintable(text(t, "verdictLabel")));
        QVERIFY2(text(t, "causeLabel").contains(u"password"), qPrintable(text(t, "causeLabel")));
        auto *retry = t->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
        QVERIFY(retry->text().contains(u"Retry"));
        QCOMPARE(started.size(), 1);

        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.last().at(0).toInt(), 0);
        QVERIFY2(text(t, "verdictLabel").contains(u"RUNNING"), qPrintable(text(t, "verdictLabel")));
        QVERIFY(text(t, "causeLabel").isEmpty());
        QVERIFY(finished.wait(60000));
        QVERIFY(text(t, "verdictLabel").contains(u"FAIL"));
        QVERIFY(text(t, "causeLabel").contains(u"password"));
        QVERIFY(writer.flush(10000));
    }

    void tilesReflowIntoFourColumnsForEightSlots()
    {
        Profile profile;
        Station station(profile, nullptr);
        QStringList ports;
        for (int i = 0; i < 8; ++i)
            ports << QStringLiteral("/nonexistent/ttyPS%1").arg(i);
        station.setPorts(ports);
        StationView view(&station);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.columnCount(), 4);
        QVERIFY(text(tile(&view, 7), "verdictLabel").contains(u"NO MODULE"));
        view.resize(620, 800);
        QTRY_COMPARE(view.columnCount(), 2);
        // Auto-start is the station's switch.
        view.findChild<QCheckBox *>(QStringLiteral("autoStartCheck"))->click();
        QVERIFY(station.autoStart());
    }
};

PS_REGISTER_TEST(StationViewTest);
#include "tst_station.moc"
