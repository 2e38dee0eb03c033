// The label preview and template editor, driven as an engineer does: typed lines and QR text show
// in the preview and go into the profile; a wrong placeholder is named and the profile keeps the
// last good template; Save writes a PNG that zbarimg reads; a test label reaches a loopback ZPL
// printer; operator mode shows the template locked. The CUPS path paints through QPrinter.

#include "integration/labelsupport.h"
#include "label/labelrenderer.h"
#include "labels/cupsprinting.h"
#include "labels/labelpreviewdialog.h"
#include "provisioning/station.h"
#include "testregistry.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no %s", name);
    return w;
}

void replaceText(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

QString labelText(QWidget *parent, const char *name)
{
    auto *l = child<QLabel>(parent, name);
    return l ? l->text() : QString();
}

} // namespace

class LabelPreviewTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        const QString missing = labeltest::missingTools();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void typedLinesShowInThePreviewAndGoIntoTheProfile()
    {
        Station station;
        station.setEngineerMode(true);
        LabelPreviewDialog dialog(&station);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *preview = child<QLabel>(&dialog, "labelPreview");
        QVERIFY(!preview->pixmap().isNull());
        const QImage before = preview->pixmap().toImage();
        auto *lines = child<QPlainTextEdit>(&dialog, "labelLinesEdit");
        lines->setFocus();
        QTest::keyClick(lines, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(lines, Qt::Key_Return);
        QTest::keyClicks(lines, QStringLiteral("{station}"));
        QCOMPARE(station.profile().label.lines.size(), 4);
        QCOMPARE(station.profile().label.lines.last(), QStringLiteral("{station}"));
        QVERIFY(station.isProfileModified());
        QVERIFY(preview->pixmap().toImage() != before);
        QVERIFY2(labelText(&dialog, "labelSize").startsWith(u"50 × 25 mm at 203 dpi (400 × 200 dots)"),
                 qPrintable(labelText(&dialog, "labelSize")));
    }

    void aWrongPlaceholderIsNamedAndTheProfileKeepsTheLastGoodTemplate()
    {
        Station station;
        station.setEngineerMode(true);
        LabelPreviewDialog dialog(&station);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        replaceText(&dialog, "labelQrEdit", QStringLiteral("{serial}"));
        QVERIFY2(labelText(&dialog, "labelProblems").contains(u"unknown placeholder {serial}"),
                 qPrintable(labelText(&dialog, "labelProblems")));
        // The profile holds the last text that made a label ("{serial" while it was typed).
        QVERIFY(station.profile().label.qr != QStringLiteral("{serial}"));
        QVERIFY(station.profile().label.validate().isEmpty());
        QCOMPARE(child<QLineEdit>(&dialog, "labelQrEdit")->text(), QStringLiteral("{serial}"));
        replaceText(&dialog, "labelQrEdit", QStringLiteral("{mac}"));
        QVERIFY(labelText(&dialog, "labelProblems").isEmpty());
        QCOMPARE(station.profile().label.qr, QStringLiteral("{mac}"));

        // Print on PASS needs somewhere to print: named until a target is typed.
        QTest::mouseClick(child<QCheckBox>(&dialog, "labelPrintOnPassCheck"), Qt::LeftButton);
        QVERIFY2(labelText(&dialog, "labelProblems").contains(u"label.target: name where labels go"),
                 qPrintable(labelText(&dialog, "labelProblems")));
        QCOMPARE(station.profile().label.print, QStringLiteral("never"));
        replaceText(&dialog, "labelTargetEdit", QStringLiteral("tcp://printer-3:9100"));
        QCOMPARE(station.profile().label.print, QStringLiteral("pass"));
        QCOMPARE(station.profile().label.target, QStringLiteral("tcp://printer-3:9100"));
    }

    void saveWritesAPngWhoseQrCodeReadsAsTheSampleMac()
    {
        Station station;
        station.setEngineerMode(true);
        LabelPreviewDialog dialog(&station);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        replaceText(&dialog, "labelQrEdit", QStringLiteral("{mac}"));
        QSignalSpy printed(&dialog, &LabelPreviewDialog::printed);
        QSignalSpy failed(&dialog, &LabelPreviewDialog::printFailed);
        const QString png = m_dir.filePath(QStringLiteral("preview.png"));
        replaceText(&dialog, "labelSaveEdit", png);
        QTest::mouseClick(child<QPushButton>(&dialog, "labelSaveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!printed.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(labelText(&dialog, "labelStatus")));
        QCOMPARE(labeltest::scan(png), label::LabelData::sample().mac);
        // A file type the station does not write is refused in words.
        replaceText(&dialog, "labelSaveEdit", m_dir.filePath(QStringLiteral("preview.bmp")));
        QTest::keyClick(child<QLineEdit>(&dialog, "labelSaveEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(labelText(&dialog, "labelStatus").contains(u"must end in .zpl, .pdf or .png"),
                 qPrintable(labelText(&dialog, "labelStatus")));
    }

    void aTestLabelGoesToTheTypedZplPrinter()
    {
        Station station;
        station.setEngineerMode(true);
        LabelPreviewDialog dialog(&station);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        labeltest::ZplPrinter printer;
        replaceText(&dialog, "labelTargetEdit", printer.target());
        QTest::mouseClick(child<QPushButton>(&dialog, "labelTestPrintButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(printer.labels.size(), 1, 10000);
        const QStringList fields = labeltest::zplFields(printer.labels.first());
        QCOMPARE(fields.value(0), label::LabelData::sample().deviceId);
        QCOMPARE(fields.value(1), QStringLiteral("MAC ") + label::LabelData::sample().mac);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(&dialog, "labelStatus").startsWith(u"Printed to tcp://127.0.0.1:"), 5000);
    }

    void operatorModeShowsTheTemplateLocked()
    {
        Station station;
        LabelPreviewDialog dialog(&station);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *lines = child<QPlainTextEdit>(&dialog, "labelLinesEdit");
        lines->setFocus();
        QTest::keyClicks(lines, QStringLiteral("typed"));
        QVERIFY(!lines->toPlainText().contains(u"typed"));
        QVERIFY(!child<QCheckBox>(&dialog, "labelPrintOnPassCheck")->isEnabled());
        QVERIFY(!station.isProfileModified());
    }

    void theCupsPathPaintsOnAPrinterAndNamesAMissingQueue()
    {
        const auto data = label::LabelData::sample();
        QPrinter pdf(QPrinter::HighResolution);
        pdf.setOutputFormat(QPrinter::PdfFormat);
        const QString file = m_dir.filePath(QStringLiteral("printer.pdf"));
        pdf.setOutputFileName(file);
        QCOMPARE(labelui::paintOnPrinter(pdf, label::LabelTemplate(), data), QString());
        const QString text =
            QString::fromUtf8(labeltest::run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}));
        QVERIFY2(text.contains(data.deviceId) && text.contains(QStringLiteral("MAC ") + data.mac), qPrintable(text));
        const QString missing = labelui::printToCups(label::LabelTemplate(), data, QStringLiteral("no-such-queue"));
        QVERIFY2(missing.startsWith(u"there is no printer named no-such-queue"), qPrintable(missing));
    }
};

PS_REGISTER_TEST(LabelPreviewTest);
#include "tst_labelpreview.moc"
