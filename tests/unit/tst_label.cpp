// Labels without a printer: the template in the profile, targets, label data and placeholders,
// QR codes from libqrencode, the layout and the ZPL it makes. Rendering to PNG/PDF, decoding the
// QR code and printing over TCP are in tests/integration/tst_labels.cpp.

#include "label/labeldata.h"
#include "label/labelrenderer.h"
#include "label/labeltarget.h"
#include "label/labeltemplate.h"
#include "label/qrcode.h"
#include "provisioning/profile.h"
#include "provisioning/result.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

namespace {

label::LabelTemplate templ(QStringList lines, QString qr = QStringLiteral("{device_id}"))
{
    label::LabelTemplate t;
    t.lines = std::move(lines);
    t.qr = std::move(qr);
    return t;
}

} // namespace

class LabelTest : public QObject
{
    Q_OBJECT
private slots:
    void targetsAreReadOrRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("result"); // toString() or the start of the error
        QTest::addColumn<bool>("ok");
        QTest::newRow("tcp") << "tcp://printer-3:9101"
                             << "tcp://printer-3:9101" << true;
        QTest::newRow("tcp default port") << "tcp://10.0.0.7"
                                          << "tcp://10.0.0.7:9100" << true;
        QTest::newRow("file pdf") << "file:labels/{device_id}.pdf"
                                  << "file:labels/{device_id}.pdf" << true;
        QTest::newRow("cups default") << "cups:"
                                      << "cups:" << true;
        QTest::newRow("tcp no host") << "tcp://:9100"
                                     << "tcp://:9100: write a ZPL printer" << false;
        QTest::newRow("tcp bad port") << "tcp://p:99999"
                                      << "tcp://p:99999" << false;
        QTest::newRow("file no suffix") << "file:label.txt"
                                        << "file:label.txt: the file name must end" << false;
        QTest::newRow("file unknown field") << "file:{serial}.zpl"
                                            << "file:{serial}.zpl: unknown placeholder {serial}" << false;
        QTest::newRow("scheme") << "lpt1"
                                << "\"lpt1\" is not a label target" << false;
    }
    void targetsAreReadOrRefusedWithTheReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, result);
        QFETCH(bool, ok);
        const auto t = label::LabelTarget::parse(text);
        QCOMPARE(t.ok(), ok);
        if (ok)
            QCOMPARE(t->toString(), result);
        else
            QVERIFY2(t.error().startsWith(result), qPrintable(t.error()));
    }

    void theFormatFollowsTheTarget()
    {
        QCOMPARE(label::LabelTarget::parse(QStringLiteral("tcp://p"))->format(), label::LabelTarget::Format::Zpl);
        QCOMPARE(label::LabelTarget::parse(QStringLiteral("file:a.PDF"))->format(), label::LabelTarget::Format::Pdf);
        QCOMPARE(label::LabelTarget::parse(QStringLiteral("file:a.png"))->format(), label::LabelTarget::Format::Png);
        QCOMPARE(label::LabelTarget::parse(QStringLiteral("file:a.zpl"))->format(), label::LabelTarget::Format::Zpl);
    }

    void labelDataComesFromTheResultRowByStableNames()
    {
        ResultRow row;
        row.id = 42;
        row.deviceId = QStringLiteral("nina-w152-d4ca6e000001");
        row.registrationId = row.deviceId;
        row.mac = QStringLiteral("D4CA6E000001");
        row.model = QStringLiteral("NINA-W152");
        row.firmware = QStringLiteral("3.1.0");
        row.station = QStringLiteral("line-3");
        row.operatorName = QStringLiteral("kim");
        row.assignedHub = QStringLiteral("hub.example");
        row.certificateSerial = QStringLiteral("0A0B");
        row.certificateThumbprint = QStringLiteral("ABCD");
        row.finished = QDateTime(QDate(2026, 12, 1), QTime(8, 5, 9), Qt::UTC);
        const auto d = label::LabelData::fromResult(row);
        QCOMPARE(d.expand(QStringLiteral("{device_id} / MAC {mac} / {model} {firmware} #{result_id}")),
                 QStringLiteral("nina-w152-d4ca6e000001 / MAC D4CA6E000001 / NINA-W152 3.1.0 #42"));
        QCOMPARE(d.expand(QStringLiteral("{date} {time} {station} {operator} {hub}")),
                 QStringLiteral("2026-12-01 2026-12-01T08:05:09Z line-3 kim hub.example"));
        QCOMPARE(d.expand(QStringLiteral("{nope} stays")), QStringLiteral("{nope} stays"));
        const QJsonObject json = d.toJson();
        QCOMPARE(json.keys().size(), label::LabelData::fieldNames().size());
        QCOMPARE(json.value(u"certificate_serial").toString(), QStringLiteral("0A0B"));
        QCOMPARE(json.value(u"mac").toString(), QStringLiteral("D4CA6E000001"));
        QCOMPARE(label::LabelData::unknownPlaceholders(QStringLiteral("{mac} {Serial} {x-y}")),
                 (QStringList{QStringLiteral("Serial"), QStringLiteral("x-y")}));
    }

    void theTemplateValidatesNamingTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("print") << "print"
                               << "always"
                               << "label.print: must be \"never\" or \"pass\"";
        QTest::newRow("dpi") << "dpi"
                             << "250"
                             << "label.dpi: must be 152, 203, 300 or 600";
        QTest::newRow("width") << "widthMm"
                               << "5"
                               << "label.widthMm: must be 10 to 200";
        QTest::newRow("target") << "target"
                                << "lpt1"
                                << "label.target: \"lpt1\" is not a label target";
        QTest::newRow("pass without target") << "print"
                                             << "pass"
                                             << "label.target: name where labels go";
        QTest::newRow("placeholder") << "qr"
                                     << "{serial}"
                                     << "label: unknown placeholder {serial}";
    }
    void theTemplateValidatesNamingTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, says);
        QJsonObject json = label::LabelTemplate().toJson();
        if (field == QLatin1String("dpi") || field == QLatin1String("widthMm"))
            json[field] = value.toInt();
        else
            json[field] = value;
        QStringList errors;
        const auto t = label::LabelTemplate::fromJson(json, errors);
        QVERIFY(errors.isEmpty());
        const QString problems = t.validate().join(u'\n');
        QVERIFY2(problems.contains(says), qPrintable(problems));
    }

    void wrongTypesAndUnknownFieldsAreRefused()
    {
        QStringList errors;
        label::LabelTemplate::fromJson(QJsonObject{{QStringLiteral("dpi"), QStringLiteral("203")},
                                                   {QStringLiteral("lines"), QJsonArray{1, 2}},
                                                   {QStringLiteral("colour"), QStringLiteral("red")}},
                                       errors);
        const QString all = errors.join(u'\n');
        QVERIFY2(all.contains(u"label.dpi: must be a whole number"), qPrintable(all));
        QVERIFY2(all.contains(u"label.lines: must be a list of strings"), qPrintable(all));
        QVERIFY2(all.contains(u"label.colour: unknown field"), qPrintable(all));
    }

    void theProfileCarriesTheLabelOnlyWhenSet()
    {
        Profile p;
        QVERIFY(!p.toJson().contains(u"label"));
        p.label.print = QStringLiteral("pass");
        p.label.target = QStringLiteral("tcp://printer:9100");
        p.label.lines = {QStringLiteral("{device_id}"), QStringLiteral("{mac}")};
        const QJsonObject json = p.toJson();
        QVERIFY(json.contains(u"label"));
        QString error;
        const auto back = Profile::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->label, p.label);
        QJsonObject bad = json;
        bad[u"label"] = QStringLiteral("big");
        QVERIFY(!Profile::fromJson(bad, &error));
        QVERIFY2(error.contains(u"label: must be an object"), qPrintable(error));
        p.label.dpi = 1;
        QVERIFY(p.validate().join(u'\n').contains(u"label.dpi"));
    }

    void libqrencodeMakesTheSmallestSymbolThatHoldsTheText()
    {
        const auto small = label::QrCode::encode("nina-w152-d4");
        QVERIFY(small);
        QCOMPARE(small->size(), 21); // version 1
        const auto id = label::QrCode::encode("nina-w152-d4ca6e000001");
        QVERIFY(id);
        QCOMPARE(id->size(), 25); // version 2 (22 bytes > 14, the version 1-M limit)
        // The finder pattern: a 7x7 dark ring in the top left corner.
        for (int i = 0; i < 7; ++i) {
            QVERIFY(id->isDark(i, 0));
            QVERIFY(id->isDark(0, i));
            QVERIFY(id->isDark(i, 6));
        }
        QVERIFY(!id->isDark(1, 1));
        QVERIFY(id->isDark(2, 2));
        QVERIFY(!label::QrCode::encode({}));
        const auto tooLong = label::QrCode::encode(QByteArray(3000, 'x'));
        QVERIFY(!tooLong);
        QVERIFY2(tooLong.error().contains(u"too many"), qPrintable(tooLong.error()));
    }

    void theZplHoldsTheTextFieldsAndTheQrCodeAsAGraphic()
    {
        auto data = label::LabelData::sample();
        data.deviceId = QStringLiteral("dev^1_~x");
        const auto r =
            label::LabelRenderer::make(templ({QStringLiteral("{device_id}"), QStringLiteral("MAC {mac}")}), data);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error()));
        const QByteArray zpl = r->zpl();
        QVERIFY(zpl.startsWith("^XA\n^CI28\n"));
        QVERIFY(zpl.endsWith("^XZ\n"));
        // 50 x 25 mm at 203 dpi.
        QVERIFY(zpl.contains("^PW400\n^LL200\n"));
        // ZPL's command characters in a value are written as hex bytes.
        QVERIFY2(zpl.contains("^FH_^FDdev_5E1_5F_7Ex^FS"), zpl.constData());
        QVERIFY(zpl.contains("^FH_^FDMAC D4CA6E0000A1^FS"));
        static const QRegularExpression gf(
            QStringLiteral("\\^FO(\\d+),(\\d+)\\^GFA,(\\d+),(\\d+),(\\d+),([0-9A-F]+)\\^FS"));
        const auto m = gf.match(QString::fromLatin1(zpl));
        QVERIFY(m.hasMatch());
        const int total = m.captured(3).toInt();
        const int perRow = m.captured(5).toInt();
        QCOMPARE(m.captured(4).toInt(), total);
        QCOMPARE(m.captured(6).size(), total * 2);
        QCOMPARE(total / perRow, r->qrRect().height());
        QCOMPARE(perRow, (r->qrRect().width() + 7) / 8);
        // The bitmap's first row starts with the finder pattern: 7 modules of dark dots.
        const QByteArray firstRow = QByteArray::fromHex(m.captured(6).left(perRow * 2).toLatin1());
        QCOMPARE(uchar(firstRow[0]), uchar(0xFF));
        QVERIFY(r->qrModuleDots() >= 2);
        QCOMPARE(r->qrText(), QByteArray("dev^1_~x"));
    }

    void whatDoesNotFitIsRefusedInWords()
    {
        auto tpl =
            templ({QStringLiteral("{device_id}")}, QStringLiteral("{certificate_thumbprint}{certificate_thumbprint}"));
        tpl.heightMm = 10;
        const auto qr = label::LabelRenderer::make(tpl, label::LabelData::sample());
        QVERIFY(!qr);
        QVERIFY2(qr.error().contains(u"make the label taller or the QR text shorter"), qPrintable(qr.error()));
        auto wide = templ({QString(120, u'W')}, {});
        wide.widthMm = 20;
        const auto text = label::LabelRenderer::make(wide, label::LabelData::sample());
        QVERIFY(!text);
        QVERIFY2(text.error().contains(u"does not fit the label"), qPrintable(text.error()));
        const auto invalid = label::LabelRenderer::make(templ({}, {}), label::LabelData::sample());
        QVERIFY(!invalid);
        QVERIFY2(invalid.error().contains(u"empty label"), qPrintable(invalid.error()));
    }
};

PS_REGISTER_TEST(LabelTest);
#include "tst_label.moc"
