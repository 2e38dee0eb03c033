#include "inspector/trafficfiltermodel.h"
#include "inspector/trafficmodel.h"
#include "testregistry.h"
#include "unit/trafficsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TrafficModelTest : public QObject
{
    Q_OBJECT

    static TrafficRecord numbered(int i, int slot = 1, int channel = -1)
    {
        TrafficRecord r;
        r.wallMs = 1000 + i;
        r.direction = i % 2 ? TrafficRecord::Direction::FromModule : TrafficRecord::Direction::ToModule;
        r.kind = TrafficRecord::Kind::AtLine;
        r.raw = "AT+N=" + QByteArray::number(i);
        r.summary = QStringLiteral("record %1").arg(i);
        r.slot = slot;
        r.channel = channel;
        return r;
    }

private slots:
    void batchesArrivalsIntoOneInsert()
    {
        TrafficModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 100; ++i)
            model.append(numbered(i));
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 100, 1000); // the 50 ms timer
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 99);
        QCOMPARE(model.index(5, TrafficModel::SummaryColumn).data().toString(), QStringLiteral("record 5"));
        QCOMPARE(model.index(5, TrafficModel::TimeColumn).data().toLongLong(), 5);
        QCOMPARE(model.index(5, TrafficModel::SlotColumn).data().toInt(), 1);
        QCOMPARE(model.index(5, TrafficModel::TypeColumn).data().toString(), QStringLiteral("at"));
    }
    void trimsTheOldestWithOneRemove()
    {
        TrafficModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(50);
        for (int i = 0; i < 40; ++i)
            model.append(numbered(i));
        model.flush();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 40; i < 70; ++i)
            model.append(numbered(i));
        model.flush();
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(removed.first().at(2).toInt(), 19);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 20); // after the trim
        QCOMPARE(inserted.first().at(2).toInt(), 49);
        QCOMPARE(model.index(0, TrafficModel::SummaryColumn).data().toString(), QStringLiteral("record 20"));
        QCOMPARE(model.droppedCount(), quint64(20));
        QCOMPARE(model.index(0, 0).data(TrafficModel::SequenceRole).toULongLong(), quint64(20));
        // A batch larger than the capacity: everything old goes, the newest 50 stay.
        for (int i = 70; i < 200; ++i)
            model.append(numbered(i));
        model.flush();
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.index(49, TrafficModel::SummaryColumn).data().toString(), QStringLiteral("record 199"));
        model.setCapacity(10);
        QCOMPARE(model.rowCount(), 10);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
    void pauseHoldsArrivalsWithinTheBound()
    {
        TrafficModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(10);
        model.setPaused(true);
        for (int i = 0; i < 25; ++i)
            model.append(numbered(i));
        model.flush(); // what the batch timer would do: nothing while paused
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pendingCount(), 10);
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.droppedCount(), quint64(15));
        QCOMPARE(model.index(0, TrafficModel::SummaryColumn).data().toString(), QStringLiteral("record 15"));
    }
    void filteringUnderTheTester()
    {
        TrafficModel model;
        TrafficFilterModel filter;
        filter.setTrafficModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(30);
        for (int i = 0; i < 20; ++i)
            model.append(numbered(i, i % 3, i % 2));
        model.flush();
        filter.setSlotFilter(1);
        QCOMPARE(filter.rowCount(), 7); // 1, 4, 7, 10, 13, 16, 19
        filter.setChannelFilter(0);
        QCOMPARE(filter.rowCount(), 3); // 4, 10, 16
        filter.setTextFilter(QStringLiteral("RECORD 1"));
        QCOMPARE(filter.rowCount(), 2); // 10, 16
        filter.setTextFilter({});
        filter.setChannelFilter(TrafficFilterModel::kAny);
        // Batches while filtered, with trimming.
        for (int i = 20; i < 45; ++i)
            model.append(numbered(i, i % 3, i % 2));
        model.flush();
        QCOMPARE(model.rowCount(), 30);
        int expected = 0;
        for (int i = 15; i < 45; ++i)
            expected += i % 3 == 1;
        QCOMPARE(filter.rowCount(), expected);
        filter.setSlotFilter(TrafficFilterModel::kAny);
        filter.setTypeFilter(QStringLiteral("at_request"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setTypeFilter(QStringLiteral("at"));
        QCOMPARE(filter.rowCount(), 30);
    }
    void latencyColumnAndSession()
    {
        TrafficModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const auto &r : trafficsession::seedLike())
            model.append(r);
        model.flush();
        QCOMPARE(model.index(3, TrafficModel::LatencyColumn).data().toString(), QStringLiteral("13.0"));
        QCOMPARE(model.index(6, TrafficModel::LatencyColumn).data().toString(), QStringLiteral("340.0"));
        QVERIFY(!model.index(2, TrafficModel::LatencyColumn).data().isValid());
        QCOMPARE(model.index(3, TrafficModel::TypeColumn).data().toString(), QStringLiteral("at_confirmation"));
        QCOMPARE(model.index(7, TrafficModel::ChannelColumn).data().toInt(), 0);
    }
    void revealShowsOnlyKeptOriginals()
    {
        TrafficModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TrafficRecord r = trafficsession::frame(0, TrafficRecord::Direction::ToModule,
                                                edm::Frame::atRequest("AT+UWSC=0,8,\"********\"\r"));
        r.redacted = true;
        r.summary = QStringLiteral("at_request AT+UWSC=0,8,\"********\"");
        model.appendWithOriginal(r, edm::Frame::atRequest("AT+UWSC=0,8,\"hunter22\"\r").encode());
        model.append(r);
        model.flush();
        QVERIFY(!model.index(0, TrafficModel::SummaryColumn).data().toString().contains(u"hunter22"));
        model.setRevealSecrets(true);
        QVERIFY(model.index(0, TrafficModel::SummaryColumn).data().toString().contains(u"hunter22"));
        QVERIFY(!model.index(1, TrafficModel::SummaryColumn).data().toString().contains(u"hunter22"));
        QVERIFY(model.record(0, true).raw.contains("hunter22"));
        QVERIFY(!model.record(0, false).raw.contains("hunter22"));
        // The original goes with its row.
        model.setCapacity(1);
        QVERIFY(!model.hasOriginal(0));
    }
};

PS_REGISTER_TEST(TrafficModelTest);
#include "tst_trafficmodel.moc"
