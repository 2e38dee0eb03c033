// provstation-cli as scripts use it: the documented forms, their JSON, their exit codes, and a
// one-line error (never a crash) for bad input.

#include "testregistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/provstation-cli"), args);
    if (!p.waitForStarted(5000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(15000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT
private slots:
    void versionOnBothExecutables()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("provstation-cli "));
        QProcess gui;
        gui.start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/provstation"),
                  {QStringLiteral("--version")});
        QVERIFY(gui.waitForFinished(10000));
        QCOMPARE(gui.exitCode(), 0);
        QVERIFY(gui.readAllStandardOutput().startsWith("provstation "));
    }

    void decodeHexPrintsOneObjectPerFrame()
    {
        const Run r = cli({QStringLiteral("edm"), QStringLiteral("decode"), QStringLiteral("--hex"),
                           QStringLiteral("AA 00 02 00 71 55 AA0011001100020214 2B2CA422B3000000000000 55")});
        QCOMPARE(r.code, 0);
        const auto objs = jsonLines(r.out);
        QCOMPARE(objs.size(), 2);
        QCOMPARE(objs[0][u"type"].toString(), QStringLiteral("start_event"));
        QCOMPARE(objs[0][u"id"].toString(), QStringLiteral("0x0071"));
        QCOMPARE(objs[1][u"type"].toString(), QStringLiteral("connect_event"));
        QCOMPARE(objs[1][u"id"].toString(), QStringLiteral("0x0011"));
        QCOMPARE(objs[1][u"channel"].toInt(), 0);
        QCOMPARE(objs[1][u"connect_type"].toString(), QStringLiteral("ipv4"));
        QCOMPARE(objs[1][u"protocol"].toString(), QStringLiteral("mqtt"));
        QCOMPARE(objs[1][u"remote_address"].toString(), QStringLiteral("20.43.44.164"));
        QCOMPARE(objs[1][u"remote_port"].toInt(), 8883);
        QCOMPARE(objs[1][u"local_address"].toString(), QStringLiteral("0.0.0.0"));
        QCOMPARE(objs[1][u"local_port"].toInt(), 0);
    }

    void decodeReadsFilesAndStandardInputAndReportsSkippedBytes()
    {
        QTemporaryDir dir;
        const QByteArray capture = QByteArray::fromHex("1337AA000500310368695500AA0008004500");
        QFile f(dir.filePath(QStringLiteral("cap.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(capture);
        f.close();
        const Run fromFile = cli({QStringLiteral("edm"), QStringLiteral("decode"), f.fileName()});
        const Run fromStdin = cli({QStringLiteral("edm"), QStringLiteral("decode")}, capture);
        QCOMPARE(fromFile.code, 0);
        QCOMPARE(fromStdin.out, fromFile.out);
        const auto objs = jsonLines(fromFile.out);
        QVERIFY(objs.size() >= 3);
        QCOMPARE(objs[0][u"type"].toString(), QStringLiteral("error"));
        QCOMPARE(objs[0][u"reason"].toString(), QStringLiteral("garbage"));
        QCOMPARE(objs[0][u"offset"].toInt(), 0);
        QCOMPARE(objs[1][u"type"].toString(), QStringLiteral("data_event"));
        QCOMPARE(objs[1][u"channel"].toInt(), 3);
        QCOMPARE(objs[1][u"data_hex"].toString(), QStringLiteral("6869"));
        QCOMPARE(objs.last()[u"type"].toString(), QStringLiteral("error"));
        QCOMPARE(objs.last()[u"reason"].toString(), QStringLiteral("truncated"));
    }

    void encodeFormsPrintTheFrame()
    {
        Run r = cli({QStringLiteral("edm"), QStringLiteral("encode"), QStringLiteral("at"), QStringLiteral("AT+GMM")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("AA 00 09 00 44 41 54 2B 47 4D 4D 0D 55"));
        r = cli({QStringLiteral("edm"), QStringLiteral("encode"), QStringLiteral("data"), QStringLiteral("--channel"),
                 QStringLiteral("1"), QStringLiteral("--text"), QStringLiteral("get operationstatus")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(),
                 QByteArray("AA 00 16 00 36 01 67 65 74 20 6F 70 65 72 61 74 69 6F 6E 73 74 61 74 75 73 55"));
        r = cli({QStringLiteral("edm"), QStringLiteral("encode"), QStringLiteral("data"), QStringLiteral("--channel"),
                 QStringLiteral("0"), QStringLiteral("--hex"), QStringLiteral("00ff")});
        QCOMPARE(r.out.trimmed(), QByteArray("AA 00 05 00 36 00 00 FF 55"));
    }

    void badInputGetsOneLineAndANonZeroExit_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("odd hex") << QStringList{"edm", "decode", "--hex", "AA 0"};
        QTest::newRow("non-hex") << QStringList{"edm", "decode", "--hex", "AZ"};
        QTest::newRow("unreadable file") << QStringList{"edm", "decode", "/nonexistent/capture.bin"};
        QTest::newRow("a directory") << QStringList{"edm", "decode", "/"};
        QTest::newRow("channel out of range")
            << QStringList{"edm", "encode", "data", "--channel", "256", "--text", "x"};
        QTest::newRow("both text and hex")
            << QStringList{"edm", "encode", "data", "--channel", "1", "--text", "x", "--hex", "00"};
        QTest::newRow("unknown option") << QStringList{"edm", "decode", "--bogus"};
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("oversized AT text") << QStringList{"edm", "encode", "at", QString(5000, u'A')};
    }
    void badInputGetsOneLineAndANonZeroExit()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QVERIFY2(r.code > 0, qPrintable(QString::number(r.code)));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith("provstation-cli: "));
    }

    void portsListsWithoutFailing()
    {
        const Run r = cli({QStringLiteral("ports"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        for (const QJsonObject &o : jsonLines(r.out))
            QVERIFY(o.contains(u"port"));
    }
};

PS_REGISTER_TEST(CliTest);
#include "tst_cli.moc"
