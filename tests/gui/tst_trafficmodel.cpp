#include "inspector/trafficfiltermodel.h"
#include "inspector/trafficmodel.h"
#include "testregistry.h"
#include "unit/trafficsession.h"

#include <QAbstractItemModelTester>
#include <QPointer>
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
        QCOMPARE(model.index(5, TrafficModel::SourceColumn).data().toString(), QStringLiteral("Slot 2"));
        QCOMPARE(model.index(5, TrafficModel::SourceColumn).data(TrafficModel::SlotRole).toInt(), 1);
        QCOMPARE(model.index(5, TrafficModel::TypeColumn).data().toString(), QStringLiteral("command-mode line"));
        QCOMPARE(model.index(5, TrafficModel::TypeColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("at"));
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
        filter.setTypeFilter(QStringLiteral("no_such_type"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setTypeFilter({});
        // The wizard (-1) is a source of its own, not "any".
        model.append(numbered(45, -1));
        model.flush();
        filter.setSlotFilter(-1);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, TrafficModel::SourceColumn).data().toString(), QStringLiteral("Wizard"));
        filter.setSlotFilter(TrafficFilterModel::kAny);
        QCOMPARE(filter.rowCount(), 30);
    }
    void filterFollowsTrimsAndBatchesByOnlyTheirOwnRows()
    {
        // The filtered rows under the tester through many trims and inserts, with a text filter
        // that matches only some; every shown row maps to the record it names.
        TrafficModel model;
        TrafficFilterModel filter;
        filter.setTrafficModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(100);
        filter.setTextFilter(QStringLiteral("RECORD 1")); // 1, 10-19, 100-199, 1000-...
        QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
        for (int round = 0; round < 30; ++round) {
            for (int i = round * 37; i < (round + 1) * 37; ++i)
                model.append(numbered(i));
            model.flush();
            QVERIFY(model.rowCount() <= 100);
            for (int r = 0; r < filter.rowCount(); ++r) {
                const QString summary = filter.index(r, TrafficModel::SummaryColumn).data().toString();
                QVERIFY2(summary.startsWith(u"record 1"), qPrintable(summary));
                QCOMPARE(filter.mapToSource(filter.index(r, 0)).data(TrafficModel::SequenceRole),
                         filter.index(r, 0).data(TrafficModel::SequenceRole));
            }
        }
        QVERIFY(removed.size() > 0);
        // 1,010 records were made: the newest 100 are 1010..1109, of which 1010..1109 all match.
        QCOMPARE(filter.rowCount(), 100);
        // The horizontal header stays the source's, even with no row shown.
        filter.setTextFilter(QStringLiteral("nothing matches this"));
        QCOMPARE(filter.rowCount(), 0);
        QCOMPARE(filter.headerData(TrafficModel::SummaryColumn, Qt::Horizontal).toString(), QStringLiteral("Summary"));
    }
    void flushesInSlicesThatAdaptToTheirCost()
    {
        TrafficModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy flushed(&model, &TrafficModel::flushed);
        const int total = TrafficModel::kMaxBatch + 2 * TrafficModel::kMinBatch + 17;
        model.setCapacity(total);
        for (int i = 0; i < total; ++i)
            model.append(numbered(i));
        // The timer moves the backlog one slice per event-loop turn, never more than the limit.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), total, 20000);
        QVERIFY(flushed.size() >= 2);
        int sum = 0;
        for (const QList<QVariant> &args : std::as_const(flushed)) {
            QVERIFY(args.at(0).toInt() <= TrafficModel::kMaxBatch);
            sum += args.at(0).toInt();
        }
        QCOMPARE(sum, total);
        QVERIFY(model.batchLimit() >= TrafficModel::kMinBatch);
        QVERIFY(model.batchLimit() <= TrafficModel::kMaxBatch);
        QCOMPARE(model.index(total - 1, TrafficModel::SummaryColumn).data().toString(),
                 QStringLiteral("record %1").arg(total - 1));
        // flush() drains everything now, still slice by slice.
        flushed.clear();
        const int limit = model.batchLimit();
        for (int i = 0; i < limit + 1; ++i)
            model.append(numbered(i));
        model.flush();
        QCOMPARE(model.pendingCount(), 0);
        QVERIFY(flushed.size() >= 2);
        QCOMPARE(flushed.first().at(0).toInt(), limit);
        QCOMPARE(flushed.first().at(1).toInt(), limit); // a full table: as many trimmed as inserted
    }
    void slotsSeenAreListedOnce()
    {
        TrafficModel model;
        QSignalSpy changed(&model, &TrafficModel::slotsSeenChanged);
        for (int slot : {2, 2, 0, -1, 2, 0})
            model.append(numbered(0, slot));
        model.flush();
        QCOMPARE(model.slotsSeen(), QList<int>({-1, 0, 2}));
        QCOMPARE(changed.size(), 3);
        model.clear();
        QVERIFY(model.slotsSeen().isEmpty());
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
        QCOMPARE(model.index(3, TrafficModel::TypeColumn).data().toString(), QStringLiteral("AT confirmation"));
        QCOMPARE(model.index(7, TrafficModel::ChannelColumn).data().toInt(), 0);
        QCOMPARE(model.index(2, TrafficModel::DirectionColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("to the module"));
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
