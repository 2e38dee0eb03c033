// Labels as the line gets them: the station prints one for every module that passes (the hook a
// Station does: Station::labels()) to a loopback ZPL printer, each with its device id and
// MAC and a QR code that zbarimg reads back as the device id; PNG and PDF files that a scanner and
// a PDF viewer (pdftoppm, pdftotext) read; `provstation-cli label` reprints a recorded module.

#include "enginehelpers.h"
#include "label/labelprinter.h"
#include "label/labelrenderer.h"
#include "labelsupport.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace engine;
using namespace labeltest;

namespace {

struct Cli
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Cli runCli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/provstation-cli"), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(2000);
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

ResultRow passedRow(const QString &mac)
{
    ResultRow row;
    row.station = QStringLiteral("line-3");
    row.port = QStringLiteral("/dev/ttyUSB0");
    row.flow = QStringLiteral("dps-x509");
    row.model = QStringLiteral("NINA-W152");
    row.firmware = QStringLiteral("3.1.0");
    row.mac = mac;
    row.deviceId = QStringLiteral("nina-w152-") + mac.toLower();
    row.registrationId = row.deviceId;
    row.started = QDateTime::currentDateTimeUtc();
    row.finished = row.started.addSecs(2);
    row.outcome = Outcome::Pass;
    return row;
}

} // namespace

class LabelPrintTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Simulation> m_sim;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        const QString missing = missingTools();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        Simulation::Options options;
        options.modules = 2;
        m_sim = startSimulation(options);
        QVERIFY(m_sim);
    }

    void everyPassedModuleGetsItsZplWithDeviceIdMacAndAQrCodeOfItsId()
    {
        ZplPrinter printer;
        QVERIFY(printer.isListening());
        Profile profile = m_sim->profile();
        profile.label.print = QStringLiteral("pass");
        profile.label.target = printer.target();

        Station station; // it prints a passed module's label itself (Station::labels())
        label::LabelPrinter &labels = *station.labels();
        QSignalSpy printed(&labels, &label::LabelPrinter::printed);
        QSignalSpy failed(&labels, &label::LabelPrinter::failed);
        station.setProfile(profile);
        station.setSecrets(m_sim->secrets());
        station.openResults(m_dir.filePath(QStringLiteral("results.sqlite")));
        QTRY_VERIFY_WITH_TIMEOUT(station.resultsState() == Station::ResultsState::Ready, 10000);
        QVERIFY(station.setPorts(m_sim->ports()));
        QList<ResultRow> results;
        connect(&station, &Station::slotFinished, this, [&](int, const ResultRow &row) { results.append(row); });
        station.startAll();
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 60000);
        for (const ResultRow &r : std::as_const(results))
            QVERIFY2(r.passed(), qPrintable(describe(r)));
        QTRY_COMPARE_WITH_TIMEOUT(printer.labels.size(), 2, 20000);
        QCOMPARE(printed.size(), 2);
        QCOMPARE(failed.size(), 0);

        QStringList expectedIds, scannedIds;
        for (const ResultRow &r : std::as_const(results))
            expectedIds << r.deviceId;
        for (const QByteArray &zpl : std::as_const(printer.labels)) {
            QVERIFY(zpl.startsWith("^XA") && zpl.trimmed().endsWith("^XZ"));
            const QStringList fields = zplFields(zpl);
            QCOMPARE(fields.size(), 3);
            const ResultRow *row = nullptr;
            for (const ResultRow &r : std::as_const(results))
                if (fields.first() == r.deviceId)
                    row = &r;
            QVERIFY2(row, qPrintable(fields.join(u'|')));
            QCOMPARE(fields.at(1), QStringLiteral("MAC ") + row->mac);
            QVERIFY(fields.at(2).startsWith(row->model));
            const QString png = m_dir.filePath(row->mac + QStringLiteral("-qr.png"));
            QVERIFY(zplGraphic(zpl).save(png));
            scannedIds << scan(png);
        }
        expectedIds.sort();
        scannedIds.sort();
        QCOMPARE(scannedIds, expectedIds);
    }

    void aModuleThatFailedGetsNoLabel()
    {
        label::LabelPrinter labels;
        Profile profile;
        profile.label.print = QStringLiteral("pass");
        profile.label.target = QStringLiteral("tcp://127.0.0.1:9");
        ResultRow failed = passedRow(QStringLiteral("D4CA6E0000F0"));
        failed.outcome = Outcome::Fail;
        failed.cause = Cause::WifiAuth;
        labels.jobFinished(profile, failed);
        QCOMPARE(labels.pending(), 0);
        profile.label.print = QStringLiteral("never");
        labels.jobFinished(profile, passedRow(QStringLiteral("D4CA6E0000F1")));
        QCOMPARE(labels.pending(), 0);
        profile.label.print = QStringLiteral("pass");
        labels.jobFinished(profile, passedRow(QStringLiteral("D4CA6E0000F2")));
        QCOMPARE(labels.pending(), 1);
    }

    void aPrinterThatIsNotThereFailsTheLabelInWords()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        label::LabelPrinter labels;
        QSignalSpy failed(&labels, &label::LabelPrinter::failed);
        labels.print(label::LabelTemplate(), label::LabelData::fromResult(passedRow(QStringLiteral("D4CA6E0000A2"))),
                     QStringLiteral("tcp://127.0.0.1:%1").arg(closedPort));
        QVERIFY(failed.wait(15000));
        const QString error = failed.first().at(2).toString();
        QVERIFY2(error.contains(QStringLiteral("cannot print to tcp://127.0.0.1:%1").arg(closedPort)),
                 qPrintable(error));
        QCOMPARE(failed.first().at(1).value<label::LabelData>().mac, QStringLiteral("D4CA6E0000A2"));
    }

    void pngAndPdfFilesAreReadByAScannerAndAPdfViewer()
    {
        label::LabelPrinter labels;
        QSignalSpy printed(&labels, &label::LabelPrinter::printed);
        QSignalSpy failed(&labels, &label::LabelPrinter::failed);
        const auto data = label::LabelData::fromResult(passedRow(QStringLiteral("D4CA6E0000A3")));
        label::LabelTemplate tpl;
        tpl.lines = {QStringLiteral("{device_id}"), QStringLiteral("MAC {mac}")};
        const QString out = m_dir.filePath(QStringLiteral("files"));
        labels.print(tpl, data, QStringLiteral("file:") + out + QStringLiteral("/{device_id}.png"));
        labels.print(tpl, data, QStringLiteral("file:") + out + QStringLiteral("/{device_id}.pdf"));
        labels.print(tpl, data, QStringLiteral("file:") + out + QStringLiteral("/{device_id}.zpl"));
        QTRY_COMPARE_WITH_TIMEOUT(printed.size() + failed.size(), 3, 15000);
        QCOMPARE(failed.size(), 0);
        const QString stem = out + u'/' + data.deviceId;
        QCOMPARE(scan(stem + QStringLiteral(".png")), data.deviceId);
        // The PDF renders (at 300 dpi: 50 x 25 mm is 591 x 295 pixels), its QR code reads as the id
        // and its text holds the id and the MAC.
        int code = -1;
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
             stem + QStringLiteral(".pdf"), stem + QStringLiteral("-pdf")},
            &code);
        QCOMPARE(code, 0);
        const QImage page(stem + QStringLiteral("-pdf.png"));
        QVERIFY(!page.isNull());
        QVERIFY2(qAbs(page.width() - 591) <= 2 && qAbs(page.height() - 295) <= 2,
                 qPrintable(QStringLiteral("%1x%2").arg(page.width()).arg(page.height())));
        QCOMPARE(scan(stem + QStringLiteral("-pdf.png")), data.deviceId);
        const QString text =
            QString::fromUtf8(run(QStringLiteral("pdftotext"), {stem + QStringLiteral(".pdf"), QStringLiteral("-")}));
        QVERIFY2(text.contains(data.deviceId) && text.contains(QStringLiteral("MAC D4CA6E0000A3")), qPrintable(text));
        QFile zpl(stem + QStringLiteral(".zpl"));
        QVERIFY(zpl.open(QIODevice::ReadOnly));
        const QByteArray z = zpl.readAll();
        QCOMPARE(zplFields(z), (QStringList{data.deviceId, QStringLiteral("MAC D4CA6E0000A3")}));
        QVERIFY(zplGraphic(z).save(stem + QStringLiteral("-zpl.png")));
        QCOMPARE(scan(stem + QStringLiteral("-zpl.png")), data.deviceId);
    }

    void cleanupTestCase()
    {
        if (m_sim) {
            QSignalSpy stopped(m_sim.get(), &Simulation::stopped);
            m_sim->stop();
            stopped.wait(10000);
        }
    }
};

class LabelCliTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_passed = 0;
    qint64 m_failed = 0;

private slots:
    void initTestCase()
    {
        const QString missing = missingTools();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        m_db = m_dir.filePath(QStringLiteral("results.sqlite"));
        ResultStore store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        ResultRow pass = passedRow(QStringLiteral("D4CA6E0000B1"));
        m_passed = store.begin(pass);
        pass.id = m_passed;
        QVERIFY(store.finish(pass));
        ResultRow fail = passedRow(QStringLiteral("D4CA6E0000B2"));
        fail.outcome = Outcome::Fail;
        fail.cause = Cause::WifiAuth;
        m_failed = store.begin(fail);
        fail.id = m_failed;
        QVERIFY(store.finish(fail));
    }

    void theIdFromResultsListReprintsToAZplPrinter()
    {
        const Cli list = runCli({QStringLiteral("results"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--filter"), QStringLiteral("D4CA6E0000B1"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const qint64 id = QJsonDocument::fromJson(list.out.trimmed()).object().value(u"id").toInteger();
        QCOMPARE(id, m_passed);
        ZplPrinter printer;
        QProcess p;
        p.start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/provstation-cli"),
                {QStringLiteral("label"), QStringLiteral("--result"), QString::number(id), QStringLiteral("--to"),
                 printer.target(), QStringLiteral("--db"), m_db});
        // The listener lives on this event loop: wait for the label and the process together.
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning && !printer.labels.isEmpty(), 30000);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("printed the label of nina-w152-d4ca6e0000b1 (MAC D4CA6E0000B1)"));
        QCOMPARE(zplFields(printer.labels.first()).value(1), QStringLiteral("MAC D4CA6E0000B1"));
        const QString png = m_dir.filePath(QStringLiteral("cli-qr.png"));
        QVERIFY(zplGraphic(printer.labels.first()).save(png));
        QCOMPARE(scan(png), QStringLiteral("nina-w152-d4ca6e0000b1"));
    }

    void aPdfFileWithTheProfilesTemplateRenders()
    {
        Profile profile;
        profile.label.lines = {QStringLiteral("ID {device_id}"), QStringLiteral("{station} #{result_id}")};
        profile.label.qr = QStringLiteral("{mac}");
        profile.label.widthMm = 60;
        profile.label.heightMm = 30;
        const QString profilePath = m_dir.filePath(QStringLiteral("line.json"));
        QVERIFY(profile.save(profilePath));
        const Cli r =
            runCli({QStringLiteral("label"), QStringLiteral("--result"), QString::number(m_passed),
                    QStringLiteral("--to"), QStringLiteral("file:") + m_dir.path() + QStringLiteral("/{mac}.pdf"),
                    QStringLiteral("--profile"), profilePath, QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString pdf = m_dir.filePath(QStringLiteral("D4CA6E0000B1.pdf"));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"printed_to").toString(), pdf);
        const QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
        QVERIFY2(text.contains(QStringLiteral("ID nina-w152-d4ca6e0000b1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line-3 #%1").arg(m_passed)), qPrintable(text));
        int code = -1;
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf,
             m_dir.filePath(QStringLiteral("cli-pdf"))},
            &code);
        QCOMPARE(code, 0);
        QCOMPARE(scan(m_dir.filePath(QStringLiteral("cli-pdf.png"))), QStringLiteral("D4CA6E0000B1"));
    }

    void badRequestsAreRefusedInWords_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("no result") << QStringList{"--to", "file:x.zpl"} << 2 << "label needs --result ID";
        QTest::newRow("unknown id") << QStringList{"--result", "999", "--to", "file:x.zpl"} << 1
                                    << "there is no result 999";
        QTest::newRow("bad target") << QStringList{"--result", "1", "--to", "lpt1"} << 2 << "is not a label target";
        QTest::newRow("cups") << QStringList{"--result", "1", "--to", "cups:zebra"} << 2 << "station window";
        QTest::newRow("no target") << QStringList{"--result", "1"} << 2 << "label needs --to";
    }
    void badRequestsAreRefusedInWords()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        const Cli r = runCli(QStringList{QStringLiteral("label"), QStringLiteral("--db"), m_db} + args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    }

    void aModuleThatFailedIsNotLabelled()
    {
        const Cli r = runCli({QStringLiteral("label"), QStringLiteral("--result"), QString::number(m_failed),
                              QStringLiteral("--to"), QStringLiteral("file:") + m_dir.filePath(QStringLiteral("f.zpl")),
                              QStringLiteral("--db"), m_db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("did not pass (fail)"), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("f.zpl"))));
    }
};

PS_REGISTER_TEST(LabelPrintTest);
PS_REGISTER_TEST(LabelCliTest);
#include "tst_labels.moc"
