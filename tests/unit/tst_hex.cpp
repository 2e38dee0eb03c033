#include "common/hex.h"
#include "testregistry.h"

#include <QTest>

class HexTest : public QObject
{
    Q_OBJECT
private slots:
    void acceptsSpacedCompactAndPrefixedForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("spaced") << QStringLiteral("AA 00 02 00 71 55");
        QTest::newRow("compact lower case") << QStringLiteral("aa0002007155");
        QTest::newRow("0x prefixes with commas") << QStringLiteral("0xAA,0x00,0x02,0x00,0x71,0x55");
        QTest::newRow("colons and new lines") << QStringLiteral("AA:00:02\n00:71:55\n");
    }
    void acceptsSpacedCompactAndPrefixedForms()
    {
        QFETCH(QString, text);
        QString error;
        const auto bytes = hex::parse(text, &error);
        QVERIFY2(bytes.has_value(), qPrintable(error));
        QCOMPARE(*bytes, QByteArray("\xAA\x00\x02\x00\x71\x55", 6));
    }
    void oddDigitCountNamesThePosition()
    {
        QString error;
        QVERIFY(!hex::parse(u"AA 0", &error));
        QVERIFY2(error.contains(u"position 4"), qPrintable(error));
        QVERIFY(!hex::parse(u"A A", &error));
    }
    void nonHexCharacterIsNamed()
    {
        QString error;
        QVERIFY(!hex::parse(u"AA 0G", &error));
        QVERIFY2(error.contains(u"'G'"), qPrintable(error));
    }
    void spacedRoundTrips() { QCOMPARE(hex::spaced(QByteArray("\x00\xff\x10", 3)), QStringLiteral("00 FF 10")); }
};

PS_REGISTER_TEST(HexTest);
#include "tst_hex.moc"
