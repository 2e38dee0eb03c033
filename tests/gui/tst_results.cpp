// ResultsView over a database written with ResultStore, driven as an operator does (typing,
// clicking, keys): rows, sorting by a header click, the word filter, the detail pane of the
// selected attempt, the CSV export; pages loaded as the table is scrolled; a finished attempt
// taken without a reload (issue 13); the line's chart with its station filter (issue 16).

#include "provisioning/resultstore.h"
#include "provisioning/station.h"
#include "results/linestatsview.h"
#include "results/resultsmodel.h"
#include "results/resultsview.h"
#include "simulationsupport.h"
#include "station/stationview.h"
#include "testregistry.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

ResultRow attempt(int n, const QString &outcome, const QString &station = QStringLiteral("bench"))
{
    ResultRow r;
    r.station = station;
    r.port = QStringLiteral("/dev/ttyUSB%1").arg(n);
    r.slot = n;
    r.flow = QStringLiteral("dps-x509");
    r.model = QStringLiteral("NINA-W152");
    r.firmware = QStringLiteral("3.1.0-025");
    r.mac = QStringLiteral("D4CA6E0000%1").arg(n, 2, 10, QChar(u'0'));
    r.registrationId = QStringLiteral("nina-w152-d4ca6e0000%1").arg(n, 2, 10, QChar(u'0'));
    r.outcome = outcome == QLatin1String("pass") ? Outcome::Pass : Outcome::Fail;
    if (outcome == QLatin1String("pass")) {
        r.deviceId = r.registrationId;
        r.assignedHub = QStringLiteral("hub-%1.azure-devices.net").arg(n);
        r.operationId = QStringLiteral("4.op%1").arg(n);
        r.substatus = QStringLiteral("initialAssignment");
    } else {
        r.causeMessage = QStringLiteral("wrong Wi-Fi password or security type");
        r.cause = Cause::WifiAuth;
    }
    r.steps = {{Step::Open, 12, StepOutcome::Pass, {}},
               {Step::Wifi, 3400, r.passed() ? StepOutcome::Pass : StepOutcome::Fail, {}}};
    r.started = QDateTime::currentDateTimeUtc().addSecs(-100 + n);
    r.finished = r.started.addMSecs(5000 + n);
    return r;
}

QString field(QWidget *view, const char *name)
{
    auto *l = view->findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QString();
}

void clearByKeys(QLineEdit *edit)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
}

void clickHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

void clickRow(QTableView *table, int row, int column = 2)
{
    const QRect cell = table->visualRect(table->model()->index(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

/// Every bar of the chart's set @p index (0 passed, 1 failed), summed.
qreal chartTotal(QWidget *view, int index)
{
    auto *chartView = view->findChild<QChartView *>(QStringLiteral("statsChart"));
    if (!chartView || chartView->chart()->series().isEmpty())
        return -1;
    auto *series = qobject_cast<QStackedBarSeries *>(chartView->chart()->series().first());
    if (!series || series->barSets().size() <= index)
        return -1;
    const QBarSet *set = series->barSets().at(index);
    qreal sum = 0;
    for (int i = 0; i < set->count(); ++i)
        sum += set->at(i);
    return sum;
}

/// @p n finished rows in one transaction (a long history, quickly), after the store made the schema.
bool bulkInsert(const QString &path, int n, const QString &station)
{
    {
        ResultStore store;
        if (!store.open(path))
            return false;
    }
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
        db.setDatabaseName(path);
        ok = db.open() && db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO results (station, mac, device_id, outcome, steps, started, finished, "
                                 "duration_ms) VALUES (?, ?, ?, 'pass', '[]', ?, ?, 1000)"));
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-3);
        for (int i = 0; ok && i < n; ++i) {
            q.addBindValue(station);
            q.addBindValue(QStringLiteral("AA%1").arg(i, 10, 16, QChar(u'0')));
            q.addBindValue(QStringLiteral("old-%1").arg(i));
            q.addBindValue(t0.addSecs(i).toString(Qt::ISODateWithMs));
            q.addBindValue(t0.addSecs(i + 1).toString(Qt::ISODateWithMs));
            ok = q.exec();
        }
        ok = ok && db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
    return ok;
}

} // namespace

class ResultsViewTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("results.sqlite"));
        ResultStore store;
        QVERIFY(store.open(m_db));
        for (int i = 0; i < 5; ++i) {
            ResultRow r = attempt(i, i == 3 ? QStringLiteral("fail") : QStringLiteral("pass"),
                                  i < 2 ? QStringLiteral("pc-a") : QStringLiteral("pc-b"));
            r.id = store.begin(r);
            QVERIFY(r.id > 0);
            QVERIFY(store.finish(r));
        }
    }

    void theHistoryLoadsOnAWorkerAndSortsByAHeaderClick()
    {
        ResultsView view(m_db);
        QSignalSpy loaded(&view, &ResultsView::loaded);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = view.findChild<QTableView *>(QStringLiteral("resultsTable"));
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, 10000);
        QCOMPARE(loaded.first().at(0).toInt(), 5);
        // Newest first by default; a click on "#" asks the database for the other order.
        QCOMPARE(table->model()->index(0, 0).data().toLongLong(), 5);
        clickHeader(table, ResultsModel::Id);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, 0).data().toLongLong(), 1, 10000);
        clickHeader(table, ResultsModel::Station);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, ResultsModel::Station).data().toString(),
                                  QStringLiteral("pc-a"), 10000);
        // Refresh (F5) picks up a row another program wrote since.
        {
            ResultStore store;
            QVERIFY(store.open(m_db));
            ResultRow r = attempt(9, QStringLiteral("pass"));
            r.id = store.begin(r);
            QVERIFY(store.finish(r));
        }
        QTest::keyClick(&view, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 6, 10000);
    }

    void theFilterNarrowsTheRowsByEveryWordTyped()
    {
        ResultsView view(m_db);
        view.show();
        auto *table = view.findChild<QTableView *>(QStringLiteral("resultsTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 5, 10000);
        const int all = table->model()->rowCount();
        auto *filter = view.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QTest::keyClicks(filter, QStringLiteral("FAIL")); // the word the operator reads
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        clearByKeys(filter);
        QTest::keyClicks(filter, QStringLiteral("d4ca6e000002"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, ResultsModel::Mac).data().toString(),
                                  QStringLiteral("D4CA6E000002"), 10000);
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::keyClicks(filter, QStringLiteral(" fail"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 10000);
        clearByKeys(filter);
        QTest::keyClicks(filter, QStringLiteral("PC-A"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10000);
        clearByKeys(filter);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), all, 10000);
    }

    void oneClickOnARowShowsItsAssignment()
    {
        ResultsView view(m_db);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = view.findChild<QTableView *>(QStringLiteral("resultsTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 5, 10000);
        auto *filter = view.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QTest::keyClicks(filter, QStringLiteral("D4CA6E000001"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        clickRow(table, 0);
        QCOMPARE(field(&view, "detailAssignedHub"), QStringLiteral("hub-1.azure-devices.net"));
        QCOMPARE(field(&view, "detailDeviceId"), QStringLiteral("nina-w152-d4ca6e000001"));
        QCOMPARE(field(&view, "detailSubstatus"), QStringLiteral("initialAssignment"));
        QCOMPARE(field(&view, "detailOperationId"), QStringLiteral("4.op1"));
        QVERIFY(field(&view, "detailStation").startsWith(u"pc-a"));
        QVERIFY(!field(&view, "detailStarted").isEmpty());
        QVERIFY(field(&view, "detailFinished") != QStringLiteral("–"));
        // The failed attempt shows its cause in words; the keyboard reaches it too.
        clearByKeys(filter);
        QTest::keyClicks(filter, QStringLiteral("wifi_auth"));
        QTRY_VERIFY_WITH_TIMEOUT(
            table->model()->index(0, ResultsModel::CauseColumn).data().toString().contains(u"password"), 10000);
        QCOMPARE(table->model()->rowCount(), 1);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        QVERIFY2(field(&view, "detailCause").contains(u"password"), qPrintable(field(&view, "detailCause")));
    }

    void csvExportGoesThroughTheFileNameHook()
    {
        ResultsView view(m_db);
        auto *table = view.findChild<QTableView *>(QStringLiteral("resultsTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 5, 10000);
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("history.csv"));
        int asked = 0;
        view.setFileNameProvider([&] {
            ++asked;
            return csv;
        });
        QSignalSpy done(&view, &ResultsView::exportFinished);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(asked, 1);
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        const QList<QByteArray> lines = text.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + table->model()->rowCount());
        QVERIFY(lines.first().contains("outcome"));
        // An empty name from the hook is a cancel: nothing is written, nothing reported.
        view.setFileNameProvider([] { return QString(); });
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QCOMPARE(done.size(), 1);
    }

    void aLongHistoryLoadsAPageAtATimeAsItIsScrolled()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("long.sqlite"));
        QVERIFY(bulkInsert(db, 5000, QStringLiteral("pc-old")));
        ResultsView view(db);
        QSignalSpy loaded(&view, &ResultsView::loaded);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = view.findChild<QTableView *>(QStringLiteral("resultsTable"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(table->model()->rowCount(), 200); // one page, not 5,000 rows
        QVERIFY2(field(&view, "statusLabel").contains(u"scroll"), qPrintable(field(&view, "statusLabel")));
        // Ctrl+End goes to the last loaded row: the next page arrives, after it, in order.
        clickRow(table, 0);
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 400, 10000);
        const auto *model = static_cast<const ResultsModel *>(table->model());
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->row(r - 1).id > model->row(r).id);
    }

    void aFinishedAttemptArrivesWithoutAReload()
    {
        // A real station on two simulated modules; the view follows it, as the main window does.
        Simulation::Options options;
        options.modules = 2;
        auto sim = testbed::startSimulation(options);
        QVERIFY(sim);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shift.sqlite"));
        QVERIFY(bulkInsert(db, 1000, QStringLiteral("gui-station")));
        Station station;
        station.setStationName(QStringLiteral("gui-station"));
        station.setProfile(sim->profile());
        station.setSecrets(sim->secrets());
        QVERIFY(station.setPorts(sim->ports()));
        station.openResults(db);
        StationView stationView(&station);
        ResultsView view(db);
        view.follow(&station);
        QSignalSpy loaded(&view, &ResultsView::loaded);
        // Both spies before show(): on a fast machine the statistics can arrive before the next line.
        auto *stats = view.lineStats();
        QSignalSpy statsLoaded(stats, &LineStatsView::loaded);
        view.resize(1100, 700);
        view.show();
        stationView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = view.findChild<QTableView *>(QStringLiteral("resultsTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 200, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(statsLoaded.size(), 1, 10000);
        const int pages = int(loaded.size());
        const qreal passedBefore = chartTotal(&view, 0);
        const qint64 newestBefore = table->model()->index(0, 0).data().toLongLong();

        QSignalSpy finished(&station, &Station::allFinished);
        QTest::mouseClick(stationView.findChild<QPushButton *>(QStringLiteral("startAllButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        // Both rows arrive on their own, at the top, with no page read again and no figure reloaded.
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 202, 10000);
        QCOMPARE(loaded.size(), pages);
        QCOMPARE(statsLoaded.size(), 1);
        QVERIFY(table->model()->index(0, 0).data().toLongLong() > newestBefore);
        QCOMPARE(table->model()->index(0, ResultsModel::Station).data().toString(), QStringLiteral("gui-station"));
        QCOMPARE(chartTotal(&view, 0), passedBefore + 2);
        QVERIFY2(field(&view, "statsSummary").contains(u"2 passed"), qPrintable(field(&view, "statsSummary")));
        auto *steps = view.findChild<QTreeWidget *>(QStringLiteral("statsSteps"));
        QTRY_VERIFY_WITH_TIMEOUT(steps->topLevelItemCount() >= 10, 5000); // the tables follow within a second
        // The operator opens the newest one.
        clickRow(table, 0);
        QVERIFY2(field(&view, "detailOutcome").contains(outcomeText(Outcome::Pass)),
                 qPrintable(field(&view, "detailOutcome")));
    }

    void theChartFollowsTheStationPicked()
    {
        ResultsView view(m_db);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *stats = view.lineStats();
        QSignalSpy statsLoaded(stats, &LineStatsView::loaded);
        QVERIFY(statsLoaded.wait(10000));
        QVERIFY(chartTotal(&view, 0) >= 4); // every station: the passes of the last hours
        QCOMPARE(chartTotal(&view, 1), 1.0);
        auto *combo = view.findChild<QComboBox *>(QStringLiteral("statsStationFilter"));
        QVERIFY(combo->count() >= 3); // all, pc-a, pc-b
        // The operator picks pc-a by typing its name into the focused list.
        combo->setFocus();
        QTest::keyClicks(combo, QStringLiteral("pc-a"));
        QVERIFY(statsLoaded.wait(10000));
        QCOMPARE(stats->station(), QStringLiteral("pc-a"));
        QCOMPARE(chartTotal(&view, 0), 2.0);
        QCOMPARE(chartTotal(&view, 1), 0.0);
        QVERIFY2(field(&view, "statsSummary").startsWith(u"2 attempts"), qPrintable(field(&view, "statsSummary")));
        QTest::keyClick(combo, Qt::Key_Down); // the next station in the list
        QVERIFY(statsLoaded.wait(10000));
        QCOMPARE(stats->station(), QStringLiteral("pc-b"));
        QCOMPARE(chartTotal(&view, 1), 1.0);
        auto *failures = view.findChild<QTreeWidget *>(QStringLiteral("statsFailures"));
        QCOMPARE(failures->topLevelItemCount(), 1);
        QCOMPARE(failures->topLevelItem(0)->text(2), QStringLiteral("wifi_auth"));
        // A new attempt of another station does not count while pc-b is picked.
        view.addRow(attempt(20, QStringLiteral("pass"), QStringLiteral("pc-a")));
        QCOMPARE(chartTotal(&view, 0), 2.0);
        ResultRow late = attempt(21, QStringLiteral("pass"), QStringLiteral("pc-b"));
        late.id = 100;
        late.started = QDateTime::currentDateTimeUtc();
        late.finished = late.started;
        view.addRow(late);
        QCOMPARE(chartTotal(&view, 0), 3.0);
    }

    void anUnreadableDatabaseIsReportedNotFatal()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        ResultsView view(bad);
        QSignalSpy loaded(&view, &ResultsView::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(0).toInt(), -1);
        QVERIFY(field(&view, "statusLabel").contains(u"Cannot read"));
    }
};

PS_REGISTER_TEST(ResultsViewTest);
#include "tst_results.moc"
