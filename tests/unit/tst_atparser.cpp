#include "at/atparser.h"
#include "testregistry.h"

#include <QTest>

using at::Line;
using at::LineKind;

namespace {
QString render(const QList<Line> &lines)
{
    QStringList out;
    for (const auto &l : lines)
        out.append(at::lineKindName(l.kind) + u':' + QString::fromLatin1(l.text));
    return out.join(u'|');
}
} // namespace

class AtParserTest : public QObject
{
    Q_OBJECT
private slots:
    void commandModeExchangeWithEcho()
    {
        at::Parser p;
        // As the seed log shows a NINA-W15 answering with echo on.
        const auto lines = p.feed("AT+UFACTORY\r\r\nOK\r\n");
        QCOMPARE(render(lines), QStringLiteral("echo:AT+UFACTORY|ok:OK"));
    }

    void bootGreetingIsAnUrcAndBootNoiseIsKeptApart()
    {
        at::Parser p;
        const QByteArray boot = QByteArray("ets Jun  8 2016 00:22:57\r\n\r\nrst:0x1 (POWERON_RESET)\r\n") +
                                QByteArray("\x80\xff\x13\xfe", 4) + "\r\n+STARTUP\r\n";
        const auto lines = p.feed(boot);
        QCOMPARE(render(lines),
                 QStringLiteral("info:ets Jun  8 2016 00:22:57|info:rst:0x1 (POWERON_RESET)|"
                                "noise:\x80\xff\x13\xfe|urc:+STARTUP")
                     .replace(QStringLiteral("\x80\xff\x13\xfe"), QString::fromLatin1("\x80\xff\x13\xfe")));
    }

    void informationResponseThenFinalResultInOneChunk()
    {
        at::Parser p;
        QCOMPARE(render(p.feed("\r\n+UDCP:2\r\nOK\r\n")), QStringLiteral("info:+UDCP:2|ok:OK"));
        QCOMPARE(render(p.feed("\r\n\"NINA-W152\"\r\nOK\r\n")), QStringLiteral("info:\"NINA-W152\"|ok:OK"));
        QCOMPARE(render(p.feed("\r\nERROR\r\n")), QStringLiteral("error:ERROR"));
    }

    void urcsAreRecognised()
    {
        at::Parser p;
        QCOMPARE(render(p.feed("\r\n+UUWLE:0,802AA8035ADE,11\r\n\r\n+UUNU:0\r\n")),
                 QStringLiteral("urc:+UUWLE:0,802AA8035ADE,11|urc:+UUNU:0"));
    }

    void promptIsReportedWithoutATerminator()
    {
        at::Parser p;
        QCOMPARE(render(p.feed("AT+USECMNG=0,0,ca.pem,1261\r\r\n>")),
                 QStringLiteral("echo:AT+USECMNG=0,0,ca.pem,1261|prompt:>"));
        QVERIFY(p.pending().isEmpty());
        // The result after the upload arrives normally.
        QCOMPARE(render(p.feed("\r\n+USECMNG:0,0,\"ca.pem\",\"ACB694A59C17E0D791529BB19706A6E4\"\r\nOK\r\n")),
                 QStringLiteral("info:+USECMNG:0,0,\"ca.pem\",\"ACB694A59C17E0D791529BB19706A6E4\"|ok:OK"));
    }

    void promptFollowedByASpaceIsOnePrompt()
    {
        at::Parser p;
        QCOMPARE(render(p.feed("\r\n> ")), QStringLiteral("prompt:>"));
        QCOMPARE(render(p.feed("\r\nOK\r\n")), QStringLiteral("ok:OK"));
    }

    void aLineMaySpanChunksAndAChunkMayHoldManyLines()
    {
        // EDM: one AT packet may hold several lines, a line may span packets.
        at::Parser p;
        QCOMPARE(render(p.feed("\r\n+UMLA:D4CA6E")), QString());
        QCOMPARE(render(p.feed("FD9674\r\nOK\r\n\r\n+UUNU:0\r")),
                 QStringLiteral("info:+UMLA:D4CA6EFD9674|ok:OK|urc:+UUNU:0"));
    }

    void bytewiseEqualsBulk()
    {
        const QByteArray text = "AT+GMM\r\r\n\"NINA-W152\"\r\nOK\r\n+UUDPD:2\r\nAT+USECMNG=0,1,c,5\r\r\n>\r\n"
                                "+USECMNG:0,1,\"c\",\"00112233445566778899AABBCCDDEEFF\"\r\nOK\r\n";
        at::Parser bulk;
        const QString expected = render(bulk.feed(text));
        at::Parser p;
        QList<Line> lines;
        for (char c : text)
            p.feed(QByteArrayView(&c, 1), lines);
        QCOMPARE(render(lines), expected);
    }

    void bareLfAndBareCrEndLines()
    {
        at::Parser p;
        QCOMPARE(render(p.feed("OK\nERROR\r")), QStringLiteral("ok:OK|error:ERROR"));
    }

    void overlongLinesBecomeNoiseAndDoNotGrowWithoutBound()
    {
        at::Parser p;
        const auto lines = p.feed(QByteArray(at::Parser::kMaxLine * 2 + 10, 'x'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].kind, LineKind::Noise);
        QCOMPARE(p.pending().size(), 10);
    }

    void classifyEdgeCases()
    {
        QCOMPARE(at::classify("OK"), LineKind::Ok);
        QCOMPARE(at::classify("OKAY"), LineKind::Info);
        QCOMPARE(at::classify("+UMLA:00"), LineKind::Info);
        QCOMPARE(at::classify("+UUDPD:4"), LineKind::Urc);
        QCOMPARE(at::classify("at+gmm"), LineKind::Echo);
        QCOMPARE(at::classify("\x01x"), LineKind::Noise);
    }
};

PS_REGISTER_TEST(AtParserTest);
#include "tst_atparser.moc"
