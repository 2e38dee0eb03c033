#include "testregistry.h"
#include "traffic/trafficexport.h"
#include "trafficsession.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TrafficExportTest : public QObject
{
    Q_OBJECT

    static void compareRecords(const QList<TrafficRecord> &a, const QList<TrafficRecord> &b, bool withMono)
    {
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].raw, a[i].raw);
            QCOMPARE(b[i].summary, a[i].summary);
            QCOMPARE(b[i].wallMs, a[i].wallMs);
            if (withMono)
                QCOMPARE(b[i].monotonicNs, a[i].monotonicNs);
            QCOMPARE(b[i].direction, a[i].direction);
            QCOMPARE(b[i].kind, a[i].kind);
            QCOMPARE(b[i].edmId, a[i].edmId);
            QCOMPARE(b[i].channel, a[i].channel);
            QCOMPARE(b[i].slot, a[i].slot);
            QCOMPARE(b[i].step, a[i].step);
            QCOMPARE(b[i].redacted, a[i].redacted);
        }
    }

    static QList<TrafficRecord> withSecret()
    {
        // As core/link publishes a Wi-Fi passphrase command: raw already redacted, flag set.
        TrafficRecord r = trafficsession::frame(5, TrafficRecord::Direction::ToModule,
                                                edm::Frame::atRequest("AT+UWSC=0,8,\"********\"\r"));
        r.redacted = true;
        TrafficRecord note;
        note.wallMs = r.wallMs + 1;
        note.summary = QStringLiteral("upload of 1704 bytes (secret, not shown)");
        note.kind = TrafficRecord::Kind::Upload;
        note.direction = TrafficRecord::Direction::ToModule;
        note.redacted = true;
        return {r, note};
    }

    QString m_tshark;

private slots:
    void initTestCase() { m_tshark = QStandardPaths::findExecutable(QStringLiteral("tshark")); }

    void textFollowsTheSeedLogStyle()
    {
        const QByteArray expected =
            " 0ms -> AT+UFACTORY\n"
            " 382ms <- +STARTUP\n"
            " 14076ms -> 0xAA00100044 'AT+UWSC=0,5,2\\r' 0x55\n"
            " 14089ms AT response: OK\n"
            " 17017ms AT event: +UUWLE:0,802AA8035ADE,11\n"
            " 22100ms -> 0xAA00130044 'AT+UDCP=mqtt://x\\r' 0x55\n"
            " 22440ms AT response: +UDCP:2\nOK\n"
            " 24712ms Connect event IPv4\n        Channel id: 0\n"
            " 25726ms -> 0xAA002C0036 '\\x00{\"payload\":\"\",\"registrationId\":\"ninadps\"}' 0x55\n"
            " 26168ms Data event:\n        Channel id: 0\n"
            "        Data: {\"operationId\":\"5.b08\",\"status\":\"assigning\"}\n\n"
            " 27500ms Disconnect event\n        Channel id: 0\n";
        QCOMPARE(traffic::toText(trafficsession::seedLike()), expected);
    }
    void csvQuotesCommasQuotesAndNewLines()
    {
        TrafficRecord r = trafficsession::line(0, TrafficRecord::Direction::FromModule, "+X:\"a,b\"\r\nOK");
        r.summary = QStringLiteral("say \"hi\", then\nleave");
        const QByteArray csv = traffic::toCsv({r});
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("time_ms,station_slot,direction,kind,channel,summary,hex,step,edm_id,redacted,wall_ms\r"));
        QVERIFY(csv.contains("\"say \"\"hi\"\", then\nleave\""));
        QVERIFY(csv.contains(",2B 58 3A 22 61 2C 62 22 0D 0A 4F 4B,")); // hex is never quoted
        const auto back = traffic::fromCsv(csv);
        QVERIFY(back);
        QCOMPARE(back->size(), 1);
        QCOMPARE(back->first().summary, r.summary);
        QCOMPARE(back->first().raw, r.raw);
    }
    void csvRoundTrip()
    {
        const auto s = trafficsession::seedLike();
        QString error;
        const auto back = traffic::fromCsv(traffic::toCsv(s), &error);
        QVERIFY2(back, qPrintable(error));
        compareRecords(s, *back, false);
        QVERIFY(!traffic::fromCsv("a,b\r\n1,2\r\n", &error));
        QVERIFY(error.contains(u"header"));
    }
    void csvCountsSlotsAsTheStationDoes()
    {
        auto s = trafficsession::seedLike();
        s[0].slot = 0;
        s[1].slot = -1;
        const QByteArray csv = traffic::toCsv(s);
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines.at(1).startsWith("0,1,out,at,")); // slot index 0 is the station's "Slot 1"
        QVERIFY(lines.at(2).startsWith("382,wizard,in,at,"));
        QVERIFY(lines.at(3).startsWith("14076,2,out,edm,"));
        QString error;
        const auto back = traffic::fromCsv(csv, &error);
        QVERIFY2(back, qPrintable(error));
        compareRecords(s, *back, false);
        // Captures written before: "slot" counted from 0, empty for the wizard.
        const auto legacy =
            traffic::fromCsv("time_ms,slot,direction,kind,channel,summary,hex,step,edm_id,redacted,"
                             "wall_ms\r\n0,0,out,at,,AT,41 54,boot,,0,1\r\n1,,in,at,,OK,4F 4B,,,0,2\r\n",
                             &error);
        QVERIFY2(legacy, qPrintable(error));
        QCOMPARE(legacy->at(0).slot, 0);
        QCOMPARE(legacy->at(1).slot, -1);
        QVERIFY(!traffic::fromCsv("time_ms,station_slot,direction,kind,channel,summary,hex,step,edm_id,redacted,"
                                  "wall_ms\r\n0,0,out,at,,AT,41 54,boot,,0,1\r\n",
                                  &error));
        QCOMPARE(error, QStringLiteral("line 2 of the CSV: \"0\" is not a slot number (1, 2, ... or wizard)"));
    }
    void importSaysWhatIsNotACapture()
    {
        QString error;
        QVERIFY(!traffic::importCapture("", &error));
        QCOMPARE(error, QStringLiteral("the file is empty"));
        QVERIFY(!traffic::importCapture("\x89PNG\r\n\x1a\n....", &error));
        QVERIFY2(error.startsWith(u"not a traffic capture: a capture is a pcapng file or a CSV whose first line is "
                                  u"time_ms,station_slot,"),
                 qPrintable(error));
        QVERIFY2(error.endsWith(u"but this file starts with \"\\x89PNG\""), qPrintable(error));
    }
    void pcapngRoundTrip()
    {
        auto s = trafficsession::seedLike();
        s += withSecret();
        const QByteArray file = traffic::toPcapng(s);
        QCOMPARE(file.size() % 4, 0);
        QString error;
        const auto back = traffic::importCapture(file, &error);
        QVERIFY2(back, qPrintable(error));
        compareRecords(s, *back, true);
    }
    void pcapngImportRejectsDamage()
    {
        QByteArray file = traffic::toPcapng(trafficsession::seedLike());
        QString error;
        QVERIFY(!traffic::fromPcapng(file.left(file.size() - 3), &error));
        QVERIFY(!error.isEmpty());
        file[file.size() - 1] = 0x7F; // trailing length differs
        QVERIFY(!traffic::fromPcapng(file, &error));
    }
    void exportsCarryOnlyRedactedBytes()
    {
        const auto s = withSecret();
        for (const QByteArray &out : {traffic::toText(s), traffic::toCsv(s), traffic::toPcapng(s)}) {
            QVERIFY(out.contains("********") || out.contains("2A 2A 2A 2A"));
            QVERIFY(!out.contains("BEGIN PRIVATE KEY"));
        }
        QVERIFY(traffic::toText(s).contains("upload of 1704 bytes (secret, not shown)"));
        QVERIFY(traffic::toCsv(s).contains(",1,")); // redacted column
    }
    void tsharkReadsThePcapng()
    {
        if (m_tshark.isEmpty())
            QFAIL("tshark is required for this test (apt-get install tshark; installer/bootstrap.sh installs it)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("capture.pcapng"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const auto s = trafficsession::seedLike();
        f.write(traffic::toPcapng(s));
        f.close();
        QProcess p;
        p.start(m_tshark, {"-r", path, "-T", "fields", "-E", "separator=|", "-e", "frame.number", "-e", "frame.len",
                           "-e", "frame.p2p_dir", "-e", "frame.comment"});
        QVERIFY(p.waitForFinished(15000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), s.size());
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("3|20|")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).contains(u"provstation kind=edm;slot=1"), qPrintable(lines.at(2)));
    }
    void luaDissectorDecodesEdmFields()
    {
        if (m_tshark.isEmpty())
            QFAIL("tshark is required for this test (apt-get install tshark; installer/bootstrap.sh installs it)");
        const QString lua = QDir(qEnvironmentVariable("PROVSTATION_SOURCE_DIR")).filePath("resources/edm.lua");
        QVERIFY2(QFile::exists(lua), qPrintable(lua));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("capture.pcapng"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(traffic::toPcapng(trafficsession::seedLike()));
        f.close();
        QProcess p;
        p.start(m_tshark, {"-X", "lua_script:" + lua, "-r", path, "-T", "fields", "-E", "separator=|", "-e", "edm.type",
                           "-e", "edm.channel", "-e", "edm.at_text", "-e", "edm.remote_port"});
        QVERIFY(p.waitForFinished(15000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY2(!err.contains(u"Lua"), qPrintable(err));
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 11);
        QCOMPARE(lines.at(2), QStringLiteral("0x0044||AT+UWSC=0,5,2\\r|"));
        QCOMPARE(lines.at(7), QStringLiteral("0x0011|0||8883"));
        QCOMPARE(lines.at(8).section(u'|', 0, 1), QStringLiteral("0x0036|0"));
    }
};

PS_REGISTER_TEST(TrafficExportTest);
#include "tst_trafficexport.moc"
