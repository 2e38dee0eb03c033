#include "inspector/hexview.h"
#include "inspector/trafficfiltermodel.h"
#include "inspector/trafficinspector.h"
#include "inspector/trafficmodel.h"
#include "testregistry.h"
#include "traffic/trafficexport.h"
#include "unit/trafficsession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

class InspectorWidgetTest : public QObject
{
    Q_OBJECT

    template<typename T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
    static void fill(TrafficInspector &in)
    {
        for (const auto &r : trafficsession::seedLike())
            in.addRecord(r);
        in.model()->flush();
    }
    static QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &name)
    {
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->text(0) == name)
                return *it;
        return nullptr;
    }

private slots:
    void filtersThroughTheWidgets()
    {
        TrafficInspector in;
        in.show();
        fill(in);
        auto *table = child<QTableView>(&in, "trafficTable");
        QCOMPARE(table->model()->rowCount(), 11);
        auto *type = child<QComboBox>(&in, "typeFilterCombo");
        type->setCurrentIndex(type->findData(QStringLiteral("at_confirmation")));
        QCOMPARE(table->model()->rowCount(), 2);
        type->setCurrentIndex(0);
        child<QSpinBox>(&in, "channelFilterSpin")->setValue(0);
        QCOMPARE(table->model()->rowCount(), 4); // connect, data command, data event, disconnect
        child<QSpinBox>(&in, "channelFilterSpin")->setValue(TrafficFilterModel::kAny);
        child<QSpinBox>(&in, "slotFilterSpin")->setValue(2);
        QCOMPARE(table->model()->rowCount(), 1);
        child<QSpinBox>(&in, "slotFilterSpin")->setValue(TrafficFilterModel::kAny);
        QTest::keyClicks(child<QLineEdit>(&in, "textFilterEdit"), QStringLiteral("udcp"));
        QCOMPARE(table->model()->rowCount(), 2);
        child<QLineEdit>(&in, "textFilterEdit")->clear();
        QCOMPARE(table->model()->rowCount(), 11);
    }
    void followAndPause()
    {
        TrafficInspector in;
        in.resize(800, 400);
        in.show();
        auto *pause = child<QToolButton>(&in, "pauseButton");
        pause->click();
        for (int i = 0; i < 5; ++i)
            in.addRecord(trafficsession::line(i, TrafficRecord::Direction::ToModule, "AT\r"));
        in.model()->flush(); // what the batch timer would do: nothing while paused
        QCOMPARE(in.model()->rowCount(), 0);
        pause->click();
        QCOMPARE(in.model()->rowCount(), 5);
        // Follow keeps the newest row in view.
        for (int i = 0; i < 300; ++i)
            in.addRecord(trafficsession::line(i, TrafficRecord::Direction::ToModule, "AT\r"));
        QTRY_COMPARE(in.model()->rowCount(), 305);
        auto *table = child<QTableView>(&in, "trafficTable");
        QTRY_VERIFY(table->rowAt(table->viewport()->height() - 2) >= 290 ||
                    table->rowAt(table->viewport()->height() - 2) == -1);
        QVERIFY(table->indexAt(QPoint(2, 2)).row() > 0);
    }
    void searchSelectsTheNextMatch()
    {
        TrafficInspector in;
        in.show();
        fill(in);
        child<QLineEdit>(&in, "searchEdit")->setText(QStringLiteral("at_confirmation"));
        child<QToolButton>(&in, "findNextButton")->click();
        auto *table = child<QTableView>(&in, "trafficTable");
        QCOMPARE(table->currentIndex().row(), 3);
        QVERIFY(!child<QCheckBox>(&in, "followCheck")->isChecked());
        QVERIFY(in.findNext());
        QCOMPARE(table->currentIndex().row(), 6);
        QVERIFY(in.findNext()); // wraps
        QCOMPARE(table->currentIndex().row(), 3);
    }
    void selectedFieldIsMarkedInTheHexView()
    {
        TrafficInspector in;
        in.resize(900, 600);
        in.show();
        fill(in);
        auto *table = child<QTableView>(&in, "trafficTable");
        table->setCurrentIndex(table->model()->index(7, 0)); // connect event
        auto *tree = child<QTreeWidget>(&in, "detailTree");
        auto *hex = child<HexView>(&in, "hexView");
        QCOMPARE(hex->data(), trafficsession::seedLike().at(7).raw);
        QTreeWidgetItem *port = findItem(tree, QStringLiteral("Remote port"));
        QVERIFY(port);
        QCOMPARE(port->text(1), QStringLiteral("8883"));
        tree->setCurrentItem(port);
        QCOMPARE(hex->markedStart(), 12);
        QCOMPARE(hex->markedLength(), 2);
        QTreeWidgetItem *channel = findItem(tree, QStringLiteral("Channel"));
        tree->setCurrentItem(channel);
        QCOMPARE(hex->markedStart(), 5);
        QCOMPARE(hex->markedLength(), 1);
        // DPS JSON as a tree under the data event.
        table->setCurrentIndex(table->model()->index(9, 0));
        QTreeWidgetItem *status = findItem(tree, QStringLiteral("status"));
        QVERIFY(status);
        QCOMPARE(status->text(1), QStringLiteral("\"assigning\""));
        // Only visible lines are painted.
        hex->setData(QByteArray(64 * 1024, 'x'));
        (void)hex->grab();
        QVERIFY(hex->lastPaintedLines() > 0);
        QVERIFY(hex->lastPaintedLines() < 200);
    }
    void exportAndImportThroughTheHooks()
    {
        QTemporaryDir dir;
        TrafficInspector in;
        fill(in);
        QList<TrafficInspector::FileOperation> asked;
        in.setFileNameHook([&](TrafficInspector::FileOperation op, const QString &suggested) {
            asked << op;
            return op == TrafficInspector::FileOperation::Import ? dir.filePath("traffic.pcapng")
                                                                 : dir.filePath(suggested);
        });
        child<QSpinBox>(&in, "slotFilterSpin")->setValue(1); // exports what is displayed
        child<QAction>(&in, "exportPcapngAction")->trigger();
        child<QAction>(&in, "exportTextAction")->trigger();
        child<QAction>(&in, "exportCsvAction")->trigger();
        QCOMPARE(asked.size(), 3);
        QFile text(dir.filePath("traffic.txt"));
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readAll().startsWith(" 0ms -> AT+UFACTORY\n 382ms <- +STARTUP\n"));
        QVERIFY(QFile::exists(dir.filePath("traffic.csv")));
        child<QSpinBox>(&in, "slotFilterSpin")->setValue(TrafficFilterModel::kAny);
        in.clear();
        child<QToolButton>(&in, "importButton")->click();
        QCOMPARE(in.model()->rowCount(), 10); // slot 2's record was filtered out of the export
        QCOMPARE(in.model()->record(7).raw, trafficsession::seedLike().at(7).raw);
    }
    void secretsOnlyInEngineerModeAndOnlyWhenChosen()
    {
        QTemporaryDir dir;
        TrafficInspector in;
        TrafficRecord r = trafficsession::frame(0, TrafficRecord::Direction::ToModule,
                                                edm::Frame::atRequest("AT+UWSC=0,8,\"********\"\r"));
        r.redacted = true;
        in.addRecordWithOriginal(r, edm::Frame::atRequest("AT+UWSC=0,8,\"hunter22\"\r").encode());
        in.model()->flush();
        auto *reveal = child<QCheckBox>(&in, "revealCheck");
        auto *exportSecrets = child<QAction>(&in, "exportSecretsAction");
        QVERIFY(!reveal->isEnabled());
        QVERIFY(!exportSecrets->isEnabled());
        const auto exported = [&] {
            const QString path = dir.filePath("t.csv");
            in.exportTo(TrafficInspector::FileOperation::ExportCsv, path);
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        };
        QVERIFY(!exported().contains(QByteArray("hunter22").toHex(' ').toUpper()));
        in.setEngineerMode(true);
        reveal->setChecked(true);
        QVERIFY(in.model()->index(0, TrafficModel::SummaryColumn).data().toString().contains(u"hunter22"));
        auto *table = child<QTableView>(&in, "trafficTable");
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(in.hexView()->data().contains("hunter22"));
        QVERIFY(!exported().contains(QByteArray("hunter22").toHex(' ').toUpper())); // reveal alone: still redacted
        exportSecrets->setChecked(true);
        QVERIFY(exported().contains(QByteArray("hunter22").toHex(' ').toUpper()));
        in.setEngineerMode(false);
        QVERIFY(!reveal->isChecked());
        QVERIFY(!in.model()->index(0, TrafficModel::SummaryColumn).data().toString().contains(u"hunter22"));
        QVERIFY(!exported().contains(QByteArray("hunter22").toHex(' ').toUpper()));
    }
    void saturatedLineKeepsFlushesShort()
    {
        TrafficInspector in;
        in.resize(900, 500);
        in.show();
        in.model()->setCapacity(20000);
        const TrafficRecord r = trafficsession::seedLike().at(9);
        // 20 flushes of 2,000 records (far above a 921600-baud line per 50 ms), the later ones trimming.
        for (int batch = 0; batch < 20; ++batch) {
            for (int i = 0; i < 2000; ++i)
                in.addRecord(r);
            in.model()->flush();
            QCoreApplication::processEvents();
            // Bounded at every step; the flush cost itself is measured in bench/bench_traffic.
            QVERIFY(in.model()->rowCount() <= 20000);
        }
        QCOMPARE(in.model()->rowCount(), 20000);
        qInfo("max flush (insert+trim) %.2f ms", double(in.model()->maxFlushNs()) / 1e6);
    }
};

PS_REGISTER_TEST(InspectorWidgetTest);
#include "tst_inspector.moc"
