// ResultsView over a database written with ResultStore: rows, sorting, the word filter, the detail
// pane of the selected attempt and the CSV export through the file-name hook.

#include "provisioning/resultstore.h"
#include "results/resultsview.h"
#include "testregistry.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

ResultRow attempt(int n, const QString &outcome)
{
    ResultRow r;
    r.station = QStringLiteral("bench");
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
            ResultRow r = attempt(i, i == 3 ? QStringLiteral("fail") : QStringLiteral("pass"));
            r.id = store.begin(r);
            QVERIFY(r.id > 0);
            QVERIFY(store.finish(r));
        }
    }

    void theHistoryLoadsOnAWorkerAndSortsByAnyColumn()
    {
        ResultsView view(m_db);
        QSignalSpy loaded(&view, &ResultsView::loaded);
        view.show();
        auto *table = view.findChild<QTableView *>(QStringLiteral("resultsTable"));
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, 10000);
        QVERIFY(!loaded.isEmpty());
        QCOMPARE(loaded.first().at(0).toInt(), 5);
        // Newest first by default, then ascending by id when the header is clicked.
        QCOMPARE(table->model()->index(0, 0).data().toLongLong(), 5);
        table->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, 0).data().toLongLong(), 1);
        // refresh() picks up a row written since.
        {
            ResultStore store;
            QVERIFY(store.open(m_db));
            ResultRow r = attempt(9, QStringLiteral("pass"));
            r.id = store.begin(r);
            QVERIFY(store.finish(r));
        }
        view.refresh();
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
        QTest::keyClicks(filter, QStringLiteral("FAIL"));
        QCOMPARE(table->model()->rowCount(), 1);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("d4ca6e000002"));
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::keyClicks(filter, QStringLiteral(" fail"));
        QCOMPARE(table->model()->rowCount(), 0);
        filter->clear();
        QCOMPARE(table->model()->rowCount(), all);
    }

    void oneClickOnARowShowsItsAssignment()
    {
        ResultsView view(m_db);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = view.findChild<QTableView *>(QStringLiteral("resultsTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 5, 10000);
        view.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(QStringLiteral("D4CA6E000001"));
        QCOMPARE(table->model()->rowCount(), 1);
        const QRect cell = table->visualRect(table->model()->index(0, 2));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(field(&view, "detailAssignedHub"), QStringLiteral("hub-1.azure-devices.net"));
        QCOMPARE(field(&view, "detailDeviceId"), QStringLiteral("nina-w152-d4ca6e000001"));
        QCOMPARE(field(&view, "detailSubstatus"), QStringLiteral("initialAssignment"));
        QCOMPARE(field(&view, "detailOperationId"), QStringLiteral("4.op1"));
        QVERIFY(!field(&view, "detailStarted").isEmpty());
        QVERIFY(field(&view, "detailFinished") != QStringLiteral("–"));
        // The failed attempt shows its cause in words.
        view.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(QStringLiteral("wifi_auth"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier); // keyboard selection works too
        table->setCurrentIndex(table->model()->index(0, 0));
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
