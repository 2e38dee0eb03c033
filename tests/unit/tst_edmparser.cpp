// The incremental EDM parser: document vectors, any chunking, every truncation point,
// resynchronisation after each kind of damage, and a seeded random-garbage property.

#include "edm/edmparser.h"
#include "testregistry.h"

#include <QRandomGenerator>
#include <QTest>

using edm::Frame;
using edm::ParseError;
using edm::Parser;
using Reason = edm::ParseError::Reason;

namespace {

QByteArray hx(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

// A readable, comparable rendering of parser output: "F@0 0045 0d0a4f4b0d0a" / "E@3 bad_end_byte+1".
QStringList render(const QList<Parser::Item> &items)
{
    QStringList out;
    for (const auto &item : items) {
        if (const Frame *f = item.frame())
            out.append(QStringLiteral("F@%1 %2 %3")
                           .arg(item.offset)
                           .arg(f->id(), 4, 16, QLatin1Char('0'))
                           .arg(QString::fromLatin1(f->payload().toHex())));
        else
            out.append(QStringLiteral("E@%1 %2+%3")
                           .arg(item.error()->offset)
                           .arg(ParseError::reasonName(item.error()->reason))
                           .arg(item.error()->length));
    }
    return out;
}

QList<Parser::Item> parseAll(const QByteArray &bytes)
{
    Parser p;
    auto items = p.feed(bytes);
    items.append(p.finish());
    return items;
}

QList<Parser::Item> parseChunked(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    Parser p;
    QList<Parser::Item> items;
    qsizetype at = 0;
    for (qsizetype cut : cuts) {
        items.append(p.feed(QByteArrayView(bytes).sliced(at, cut - at)));
        at = cut;
    }
    items.append(p.feed(QByteArrayView(bytes).sliced(at)));
    items.append(p.finish());
    return items;
}

// A session-like stream built from the document's vectors (§6.1, §6.3).
QByteArray sessionStream()
{
    return hx("AA 00 08 00 45 0D 0A 4F 4B 0D 0A 55")                              // OK
           + hx("AA 00 11 00 45 0D 0A 2B 55 44 43 50 3A 32 0D 0A 4F 4B 0D 0A 55") // +UDCP:2 OK
           + hx("AA 00 11 00 11 00 02 02 14 2B 2C A4 22 B3 00 00 00 00 00 00 55") // connect ch 0
           + hx("AA 00 2E 00 41 0D 0A 2B 55 55 44 50 43 3A 32 2C 32 2C 36 2C 30 2E 30 2E 30 2E 30 2C 30 2C 32 30 "
                "2E 34 33 2E 34 34 2E 31 36 34 2C 38 38 38 33 0D 0A 55")                         // +UUDPC
           + hx("AA 00 16 00 36 01 67 65 74 20 6F 70 65 72 61 74 69 6F 6E 73 74 61 74 75 73 55") // data ch 1
           + hx("AA 00 02 00 71 55")                                                             // start
           + hx("AA 00 03 00 21 00 55");                                                         // disconnect ch 0
}

} // namespace

class EdmParserTest : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheStartEventVector()
    {
        const auto items = parseAll(hx("AA 00 02 00 71 55"));
        QCOMPARE(render(items), QStringList{QStringLiteral("F@0 0071 ")});
    }

    void parsesASessionOfDocumentVectors()
    {
        const auto items = parseAll(sessionStream());
        QCOMPARE(items.size(), 7);
        for (const auto &i : items)
            QVERIFY(i.frame());
        QCOMPARE(items[0].frame()->text().toByteArray(), QByteArray("\r\nOK\r\n"));
        QCOMPARE(items[1].frame()->text().toByteArray(), QByteArray("\r\n+UDCP:2\r\nOK\r\n"));
        QCOMPARE(items[2].frame()->type(), edm::PacketType::ConnectEvent);
        QCOMPARE(items[3].frame()->text().toByteArray(),
                 QByteArray("\r\n+UUDPC:2,2,6,0.0.0.0,0,20.43.44.164,8883\r\n"));
        QCOMPARE(items[4].frame()->data().toByteArray(), QByteArray("get operationstatus"));
        QCOMPARE(items[4].frame()->channel(), std::optional<quint8>(1));
        QCOMPARE(items[5].frame()->type(), edm::PacketType::StartEvent);
        QCOMPARE(items[6].frame()->channel(), std::optional<quint8>(0));
        // Offsets are stream positions of each start byte.
        QCOMPARE(items[0].offset, 0u);
        QCOMPARE(items[1].offset, 12u);
        QCOMPARE(items[2].offset, 33u);
    }

    void bytewiseFeedingEqualsBulkFeeding()
    {
        const QByteArray stream = hx("00 13") + sessionStream() + hx("AA 00 01 99") + sessionStream() + hx("AA 0F");
        const auto bulk = render(parseAll(stream));
        Parser p;
        QList<Parser::Item> items;
        for (char c : stream)
            items.append(p.feed(QByteArrayView(&c, 1)));
        items.append(p.finish());
        QCOMPARE(render(items), bulk);
    }

    void everySplitPointGivesTheSameResult()
    {
        const QByteArray stream = sessionStream();
        const auto bulk = render(parseAll(stream));
        for (qsizetype a = 1; a < stream.size(); ++a) {
            QCOMPARE(render(parseChunked(stream, {a})), bulk);
            const qsizetype b = (a * 7) % stream.size();
            if (b > a)
                QCOMPARE(render(parseChunked(stream, {a, b})), bulk);
        }
    }

    void everyTruncationPointIsReportedAndNothingIsInvented()
    {
        // Cut a frame at every point: the complete frames before it are kept, the cut one is a
        // truncated span of exactly the bytes that arrived, and no frame is made up.
        const QByteArray ok = hx("AA 00 08 00 45 0D 0A 4F 4B 0D 0A 55");
        const QByteArray udcp = hx("AA 00 11 00 45 0D 0A 2B 55 44 43 50 3A 32 0D 0A 4F 4B 0D 0A 55");
        for (qsizetype cut = 1; cut < udcp.size(); ++cut) {
            const QByteArray stream = ok + udcp.first(cut);
            const auto items = parseAll(stream);
            QVERIFY2(items.size() >= 2, qPrintable(QString::number(cut)));
            QVERIFY(items[0].frame());
            QCOMPARE(items[0].frame()->payload(), hx("0D 0A 4F 4B 0D 0A"));
            QVERIFY(items[1].error());
            QCOMPARE(items[1].error()->reason, Reason::Truncated);
            QCOMPARE(items[1].error()->offset, quint64(ok.size()));
            QCOMPARE(items[1].error()->length, quint64(cut));
            QCOMPARE(items.size(), 2);
        }
    }

    void truncatedFrameFollowedByAGoodOneIsRecovered()
    {
        // A module reset mid-frame: the length announces 17 bytes, a start event arrives instead.
        // The bad candidate costs its start byte only; the start event inside is found.
        const QByteArray stream =
            hx("AA 00 11 00 45 0D 0A") + hx("AA 00 02 00 71 55") + hx("AA 00 08 00 45 0D 0A 4F 4B 0D 0A 55");
        const auto items = parseAll(stream);
        const QStringList r = render(items);
        QVERIFY2(r.contains(QStringLiteral("F@7 0071 ")), qPrintable(r.join(u'|')));
        QVERIFY2(r.contains(QStringLiteral("F@13 0045 0d0a4f4b0d0a")), qPrintable(r.join(u'|')));
        QCOMPARE(r.first(), QStringLiteral("E@0 bad_end_byte+7"));
    }

    void garbageBeforeTheStartByteIsOneSpan()
    {
        const auto r = render(parseAll(hx("00 13 37 0D 0A AA 00 02 00 71 55")));
        QCOMPARE(r, (QStringList{QStringLiteral("E@0 garbage+5"), QStringLiteral("F@5 0071 ")}));
    }

    void lengthBelowTwoResynchronises()
    {
        const auto r = render(parseAll(hx("AA 00 01 55 AA 00 02 00 71 55")));
        QCOMPARE(r, (QStringList{QStringLiteral("E@0 bad_length+4"), QStringLiteral("F@4 0071 ")}));
    }

    void wrongEndByteResynchronises()
    {
        const auto r = render(parseAll(hx("AA 00 02 00 71 54 AA 00 02 00 71 55")));
        QCOMPARE(r, (QStringList{QStringLiteral("E@0 bad_end_byte+6"), QStringLiteral("F@6 0071 ")}));
    }

    void reservedLengthBitsAreMasked()
    {
        // Upper nibble of the length set: the frame still parses (u-blox hosts mask it).
        const auto items = parseAll(hx("AA F0 02 00 71 55"));
        QCOMPARE(render(items), QStringList{QStringLiteral("F@0 0071 ")});
    }

    void payloadMayContainStartAndEndBytes()
    {
        const auto items = parseAll(hx("AA 00 06 00 36 02 AA 55 AA 55"));
        QCOMPARE(render(items), QStringList{QStringLiteral("F@0 0036 02aa55aa")});
    }

    void largestFrameParses()
    {
        const QByteArray frame = Frame::dataEvent(0, QByteArray(4092, 'z')).encode();
        QCOMPARE(frame.size(), 4092 + 7);
        const auto items = parseChunked(frame, {1, 2, 3, 100, 4098});
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].frame()->data().size(), 4092);
    }

    void unknownIdsAreDeliveredAsFrames()
    {
        const auto items = parseAll(hx("AA 00 03 0F F1 01 55"));
        QCOMPARE(render(items), QStringList{QStringLiteral("F@0 0ff1 01")});
    }

    void randomGarbageBetweenFramesNeverLosesAFrame()
    {
        // Property, seeded so that it is deterministic: between valid frames insert random garbage
        // (no 0xAA, or 0xAA followed by a length that fails inside the garbage). Every valid frame
        // must come out, in order, at its offset; every garbage run is reported as skipped spans
        // that exactly cover it; byte-wise feeding gives the same answer.
        for (quint32 seed = 1; seed <= 40; ++seed) {
            QRandomGenerator rng(seed);
            QByteArray stream;
            QStringList expectedFrames;
            quint64 garbageBytes = 0;
            for (int n = 0; n < 30; ++n) {
                if (rng.bounded(3) == 0) {
                    QByteArray g;
                    const int len = int(rng.bounded(1, 40));
                    for (int i = 0; i < len; ++i) {
                        char c = char(rng.bounded(256));
                        if (quint8(c) == 0xAA)
                            c = 0x2A;
                        g.append(c);
                    }
                    if (rng.bounded(2) == 0 && g.size() >= 6) {
                        // a decoy start whose announced length ends inside the garbage, wrong end byte
                        g[0] = char(0xAA);
                        g[1] = 0;
                        g[2] = char(qMin(2, g.size() - 4));
                        if (quint8(g[g[2] + 3]) == 0x55)
                            g[g[2] + 3] = 0x54;
                    }
                    garbageBytes += quint64(g.size());
                    stream.append(g);
                }
                const int len = int(rng.bounded(0, 300));
                QByteArray data(len, Qt::Uninitialized);
                for (auto &c : data)
                    c = char(rng.bounded(256));
                const Frame f = (n % 2) ? Frame::dataEvent(quint8(n), data) : Frame::atConfirmation(data);
                expectedFrames.append(QStringLiteral("F@%1 %2 %3")
                                          .arg(stream.size())
                                          .arg(f.id(), 4, 16, QLatin1Char('0'))
                                          .arg(QString::fromLatin1(f.payload().toHex())));
                stream.append(f.encode());
            }
            const auto items = parseAll(stream);
            QStringList frames;
            quint64 skipped = 0;
            for (const auto &i : items) {
                if (i.frame())
                    frames.append(render({i}).first());
                else
                    skipped += i.error()->length;
            }
            QCOMPARE(frames, expectedFrames);
            QCOMPARE(skipped, garbageBytes);
            Parser bytewise;
            QList<Parser::Item> b;
            for (char c : stream)
                b.append(bytewise.feed(QByteArrayView(&c, 1)));
            b.append(bytewise.finish());
            QCOMPARE(render(b), render(items));
        }
    }

    void streamOffsetCountsEveryByte()
    {
        Parser p;
        p.feed(hx("00 AA 00"));
        QVERIFY(p.hasPendingBytes());
        p.feed(hx("02 00 71 55"));
        QVERIFY(!p.hasPendingBytes());
        QCOMPARE(p.streamOffset(), 7u);
    }
};

PS_REGISTER_TEST(EdmParserTest);
#include "tst_edmparser.moc"
