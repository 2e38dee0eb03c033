#include "testregistry.h"
#include "traffic/trafficdecode.h"
#include "traffic/trafficlog.h"
#include "trafficsession.h"

#include <QTest>

using traffic::TrafficLog;

class TrafficLogTest : public QObject
{
    Q_OBJECT

    static TrafficRecord numbered(int i)
    {
        TrafficRecord r;
        r.wallMs = i;
        r.raw = QByteArray::number(i);
        r.summary = QStringLiteral("record %1").arg(i);
        r.slot = i % 4;
        r.step = QStringLiteral("step");
        return r;
    }

private slots:
    void roundTripsEveryField()
    {
        TrafficLog log(10);
        const TrafficRecord in = trafficsession::seedLike().at(7); // connect event
        log.append(in);
        const TrafficRecord out = log.at(0);
        QCOMPARE(out.raw, in.raw);
        QCOMPARE(out.summary, in.summary);
        QCOMPARE(out.wallMs, in.wallMs);
        QCOMPARE(out.monotonicNs, in.monotonicNs);
        QCOMPARE(out.direction, in.direction);
        QCOMPARE(out.kind, in.kind);
        QCOMPARE(out.edmId, in.edmId);
        QCOMPARE(out.channel, in.channel);
        QCOMPARE(out.slot, in.slot);
        QCOMPARE(out.step, in.step);
        QCOMPARE(log.summaryUtf8(0), in.summary.toUtf8());
        QCOMPARE(log.raw(0), in.raw);
    }
    void evictsTheOldestWithStableSequences()
    {
        TrafficLog log(5);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(log.append(numbered(i)), quint64(i));
        QCOMPARE(log.size(), 5);
        QCOMPARE(log.droppedCount(), quint64(7));
        QCOMPARE(log.firstSequence(), quint64(7));
        for (int r = 0; r < 5; ++r)
            QCOMPARE(log.at(r).summary, QStringLiteral("record %1").arg(7 + r));
        QCOMPARE(log.rowOf(9), 2);
        QCOMPARE(log.rowOf(3), -1);
        QCOMPARE(log.rowOf(12), -1);
    }
    void dropOldestAndAppendKeepOrderAcrossTheWrap()
    {
        TrafficLog log(4);
        for (int i = 0; i < 4; ++i)
            log.append(numbered(i));
        log.dropOldest(3);
        QCOMPARE(log.size(), 1);
        for (int i = 4; i < 7; ++i)
            log.append(numbered(i));
        QStringList got;
        for (int r = 0; r < log.size(); ++r)
            got << log.at(r).summary;
        QCOMPARE(got, QStringList({"record 3", "record 4", "record 5", "record 6"}));
        log.setCapacity(2);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).summary, QStringLiteral("record 5"));
        log.append(numbered(7));
        QCOMPARE(log.at(1).summary, QStringLiteral("record 7"));
    }
    void clearKeepsSequencesGoing()
    {
        TrafficLog log(4);
        log.append(numbered(0));
        log.append(numbered(1));
        log.clear();
        QVERIFY(log.isEmpty());
        QCOMPARE(log.append(numbered(2)), quint64(2));
        QCOMPARE(log.droppedCount(), quint64(0));
    }
    void measuresLatencyPerSlot()
    {
        TrafficLog log;
        const auto s = trafficsession::seedLike();
        for (const auto &r : s)
            log.append(r);
        QCOMPARE(log.latencyNs(0), -1);                    // request
        QCOMPARE(log.latencyNs(3), qint64(13) * 1000000);  // OK for AT+UWSC: 14089 - 14076
        QCOMPARE(log.latencyNs(4), -1);                    // URC
        QCOMPARE(log.latencyNs(6), qint64(340) * 1000000); // +UDCP:2 OK
        // "+STARTUP" is not a final result; AT+UFACTORY never got one and was replaced by AT+UWSC.
        QCOMPARE(log.latencyNs(1), -1);
    }
    void latencyIsPerSlot()
    {
        using D = TrafficRecord::Direction;
        TrafficLog log;
        log.append(trafficsession::line(0, D::ToModule, "AT\r", 1));
        log.append(trafficsession::line(5, D::ToModule, "AT\r", 2));
        log.append(trafficsession::line(7, D::FromModule, "OK", 2));
        log.append(trafficsession::line(20, D::FromModule, "OK", 1));
        QCOMPARE(log.latencyNs(2), qint64(2) * 1000000);
        QCOMPARE(log.latencyNs(3), qint64(20) * 1000000);
    }
    void decodesEdmFieldsWithOffsets()
    {
        const TrafficRecord ce = trafficsession::seedLike().at(7);
        const QList<traffic::Field> top = traffic::decode(ce);
        QCOMPARE(top.size(), 2);
        const traffic::Field &frame = top.at(1);
        QCOMPARE(frame.length, 21);
        QMap<QString, QPair<int, int>> at;
        QMap<QString, QString> value;
        for (const auto &f : frame.children) {
            at[f.name] = {f.offset, f.length};
            value[f.name] = f.value;
        }
        QCOMPARE(at.value("Start byte"), qMakePair(0, 1));
        QCOMPARE(at.value("Length"), qMakePair(1, 2));
        QCOMPARE(at.value("Identifier"), qMakePair(3, 2));
        QCOMPARE(at.value("Channel"), qMakePair(5, 1));
        QCOMPARE(at.value("Connect type"), qMakePair(6, 1));
        QCOMPARE(value.value("Connect type"), QStringLiteral("IPv4"));
        QCOMPARE(value.value("Protocol"), QStringLiteral("MQTT"));
        QCOMPARE(at.value("Remote address"), qMakePair(8, 4));
        QCOMPARE(value.value("Remote address"), QStringLiteral("20.43.44.164"));
        QCOMPARE(value.value("Remote port"), QStringLiteral("8883"));
        QCOMPARE(at.value("Local port"), qMakePair(18, 2));
        QCOMPARE(at.value("End byte"), qMakePair(20, 1));
    }
    void decodesDpsJsonAsATree()
    {
        const TrafficRecord data = trafficsession::seedLike().at(9);
        const traffic::Field frame = traffic::decode(data).at(1);
        const auto it = std::find_if(frame.children.begin(), frame.children.end(),
                                     [](const traffic::Field &f) { return f.name == QLatin1String("Data"); });
        QVERIFY(it != frame.children.end());
        QCOMPARE(it->offset, 6);
        QCOMPARE(it->length, data.raw.size() - 7);
        QCOMPARE(it->children.size(), 1);
        const traffic::Field &json = it->children.first();
        QCOMPARE(json.children.size(), 2);
        QCOMPARE(json.children.at(1).name, QStringLiteral("status"));
        QCOMPARE(json.children.at(1).value, QStringLiteral("\"assigning\""));
    }
    void typeNamesAndFinalResults()
    {
        QCOMPARE(traffic::typeName(TrafficRecord::Kind::EdmFrame, 0x0045), QStringLiteral("at_confirmation"));
        QCOMPARE(traffic::typeName(TrafficRecord::Kind::EdmFrame, 0x1234), QStringLiteral("0x1234"));
        QCOMPARE(traffic::typeName(TrafficRecord::Kind::AtLine, 0), QStringLiteral("at"));
        const auto s = trafficsession::seedLike();
        QVERIFY(traffic::isFinalResult(s.at(6)));
        QVERIFY(!traffic::isFinalResult(s.at(4)));
        QVERIFY(traffic::isAtRequest(s.at(2)));
        QVERIFY(!traffic::isAtRequest(s.at(8)));
    }
};

PS_REGISTER_TEST(TrafficLogTest);
#include "tst_trafficlog.moc"
