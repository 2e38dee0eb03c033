// The traffic inspector as an engineer uses it: shown windows, clicks into the table, the tree and
// the hex view, typing into the filters and into the real file dialogs, answering the questions.
// Nothing here sets a widget's value from code; records arrive through addRecord() as the station
// hands them over.

#include "common/i18n.h"
#include "guitest.h"
#include "inspector/hexview.h"
#include "inspector/trafficfiltermodel.h"
#include "inspector/trafficinspector.h"
#include "inspector/trafficmodel.h"
#include "testregistry.h"
#include "traffic/trafficexport.h"
#include "unit/trafficsession.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

#include <unistd.h>

using namespace guitest;

class InspectorWidgetTest : public QObject
{
    Q_OBJECT

    template<typename T> static T *child(QObject *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
    static QTableView *table(TrafficInspector &in) { return child<QTableView>(&in, "trafficTable"); }
    static QTreeWidget *tree(TrafficInspector &in) { return child<QTreeWidget>(&in, "detailTree"); }
    static QString message(TrafficInspector &in) { return child<QLabel>(&in, "messageLabel")->text(); }

    /// The seed-like session as the station hands it over, shown once the batch timer flushed it.
    static bool fill(TrafficInspector &in, const QList<TrafficRecord> &records = trafficsession::seedLike())
    {
        const int before = in.model()->rowCount();
        for (const auto &r : records)
            in.addRecord(r);
        return QTest::qWaitFor([&] { return in.model()->rowCount() == before + records.size(); }, 5000);
    }
    static bool show(TrafficInspector &in, QSize size = {1000, 640})
    {
        in.resize(size);
        in.show();
        in.activateWindow();
        return QTest::qWaitForWindowActive(&in, 5000);
    }
    /// Clicks the summary cell of the shown row @p row, as a person picks a record.
    static bool clickRow(QTableView *view, int row)
    {
        const QRect r = view->visualRect(view->model()->index(row, TrafficModel::SummaryColumn));
        if (!r.isValid() || !view->viewport()->rect().contains(r.center())) {
            qWarning("row %d is not on screen", row);
            return false;
        }
        ensureActive(view);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
        return true;
    }
    static bool clickItem(QTreeWidget *view, const QString &name)
    {
        for (QTreeWidgetItemIterator it(view); *it; ++it) {
            if ((*it)->text(0) != name)
                continue;
            const QRect r = view->visualItemRect(*it);
            if (!r.isValid() || !view->viewport()->rect().contains(r.center()))
                break;
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
            return view->currentItem() == *it;
        }
        qWarning("no item %s on screen", qPrintable(name));
        return false;
    }
    static QString field(QTreeWidget *view, const QString &name)
    {
        for (QTreeWidgetItemIterator it(view); *it; ++it)
            if ((*it)->text(0) == name)
                return (*it)->text(1);
        return {};
    }
    static bool chooseRow(QComboBox *combo, int index) { return chooseRowByKeyboard(combo, index); }
    static bool chooseText(QComboBox *combo, const QString &text) { return chooseRow(combo, combo->findText(text)); }
    /// The file dialog @p name the inspector opened, shown and active.
    static QFileDialog *dialog(TrafficInspector &in, const char *name)
    {
        QFileDialog *d = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                d = in.findChild<QFileDialog *>(QLatin1String(name));
                return d && d->isVisible();
            },
            5000);
        if (!shown || !QTest::qWaitForWindowActive(d, 5000)) {
            qWarning("the %s did not open", name);
            return nullptr;
        }
        return d;
    }
    /// Types @p path into the file dialog's name field (after choosing file type @p filter) and
    /// presses Return, as a person does; true once the dialog closed.
    static bool chooseFile(QFileDialog *d, const QString &path, int filter = -1)
    {
        if (!d)
            return false;
        if (filter >= 0 && !chooseRow(d->findChild<QComboBox *>(QStringLiteral("fileTypeCombo")), filter))
            return false;
        auto *edit = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!typeInto(edit, path))
            return false;
        QPointer<QFileDialog> alive(d);
        const auto closed = [&] { return !alive || !alive->isVisible(); };
        QTest::keyClick(edit, Qt::Key_Return);
        return QTest::qWaitFor(closed, 3000);
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static TrafficRecord fromSlot(qint64 ms, int slot, const QByteArray &command)
    {
        TrafficRecord r = trafficsession::frame(ms, TrafficRecord::Direction::ToModule, edm::Frame::atRequest(command));
        r.slot = slot;
        return r;
    }

    std::unique_ptr<QTranslator> m_catalogue;

    /// The station's catalogue for @p language as lrelease built it (the programs embed the same
    /// file; this test executable does not), Qt's own strings and the language's number formats.
    bool useLanguage(const QString &language)
    {
        i18n::install(*qApp, language);
        const QString qm = qEnvironmentVariable("PROVSTATION_BIN_DIR") +
                           QStringLiteral("/../translations/provstation_%1.qm").arg(language);
        m_catalogue = std::make_unique<QTranslator>();
        if (!m_catalogue->load(qm) || !QCoreApplication::installTranslator(m_catalogue.get())) {
            qWarning("cannot load %s: build provstation_lrelease, run with PROVSTATION_BIN_DIR (ctest sets it)",
                     qPrintable(qm));
            return false;
        }
        QLocale::setDefault(QLocale(language));
        return true;
    }

private slots:
    void cleanup()
    {
        if (m_catalogue)
            QCoreApplication::removeTranslator(m_catalogue.get());
        m_catalogue.reset();
        i18n::install(*qApp, QStringLiteral("C"));
        QLocale::setDefault(QLocale::c());
    }

    void filtersThroughTheWidgets()
    {
        TrafficInspector in;
        QVERIFY(show(in));
        QVERIFY(fill(in));
        QAbstractItemModel *rows = table(in)->model();
        QCOMPARE(rows->rowCount(), 11);
        auto *type = child<QComboBox>(&in, "typeFilterCombo");
        QVERIFY(chooseByKeyboard(type, QStringLiteral("at_confirmation")));
        QCOMPARE(type->currentText(), QStringLiteral("AT confirmation")); // words, not the id
        QCOMPARE(rows->rowCount(), 2);
        QVERIFY(chooseRow(type, 0));
        auto *channel = child<QSpinBox>(&in, "channelFilterSpin");
        QVERIFY(typeNumber(channel, 0));
        QCOMPARE(rows->rowCount(), 4); // connect, data command, data event, disconnect
        QVERIFY(typeInto(channel, QStringLiteral("0")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // one below channel 0: all channels
        QCOMPARE(channel->text(), QStringLiteral("All channels"));
        QCOMPARE(rows->rowCount(), 11);
        QVERIFY(chooseText(child<QComboBox>(&in, "slotFilterCombo"), QStringLiteral("Slot 3")));
        QCOMPARE(rows->rowCount(), 1); // the disconnect event of slot index 2
        QVERIFY(chooseRow(child<QComboBox>(&in, "slotFilterCombo"), 0));
        QVERIFY(typeInto(child<QLineEdit>(&in, "textFilterEdit"), QStringLiteral("udcp")));
        QCOMPARE(rows->rowCount(), 2);
        QVERIFY(typeInto(child<QLineEdit>(&in, "textFilterEdit"), QStringLiteral("data event"))); // type words
        QCOMPARE(rows->rowCount(), 1);
        QVERIFY(typeInto(child<QLineEdit>(&in, "textFilterEdit"), QString()));
        QCOMPARE(rows->rowCount(), 11);
    }

    void sourcesAreNamedAsTheStationNamesThem()
    {
        TrafficInspector in;
        QVERIFY(show(in));
        QVERIFY(fill(in, {fromSlot(0, 0, "AT+GMM\r"), fromSlot(5, 1, "AT+GMM\r"), fromSlot(9, -1, "AT+CGMR\r")}));
        QAbstractItemModel *rows = table(in)->model();
        // Slot index 0 is the tile "Slot 1"; -1 is the wizard, its own source.
        QCOMPARE(rows->index(0, TrafficModel::SourceColumn).data().toString(), QStringLiteral("Slot 1"));
        QCOMPARE(rows->index(1, TrafficModel::SourceColumn).data().toString(), QStringLiteral("Slot 2"));
        QCOMPARE(rows->index(2, TrafficModel::SourceColumn).data().toString(), QStringLiteral("Wizard"));
        auto *sources = child<QComboBox>(&in, "slotFilterCombo");
        QStringList listed;
        for (int i = 0; i < sources->count(); ++i)
            listed << sources->itemText(i);
        QCOMPARE(listed, QStringList({"All sources", "Wizard", "Slot 1", "Slot 2"}));
        QVERIFY(chooseText(sources, QStringLiteral("Wizard")));
        QCOMPARE(rows->rowCount(), 1);
        QVERIFY(rows->index(0, TrafficModel::SummaryColumn).data().toString().contains(u"AT+CGMR"));
        QVERIFY(chooseText(sources, QStringLiteral("Slot 1")));
        QCOMPARE(rows->rowCount(), 1);
        QVERIFY(clickRow(table(in), 0));
        QCOMPARE(field(tree(in), QStringLiteral("Source")), QStringLiteral("Slot 1"));
        // A source that shows up later joins the list; the chosen one stays chosen.
        QVERIFY(fill(in, {fromSlot(20, 4, "AT\r")}));
        QCOMPARE(sources->currentText(), QStringLiteral("Slot 1"));
        QVERIFY(sources->findText(QStringLiteral("Slot 5")) > 0);
    }

    void followAndPause()
    {
        TrafficInspector in;
        QVERIFY(show(in, {800, 400}));
        QVERIFY(click(&in, QStringLiteral("pauseButton")));
        QCOMPARE(child<QToolButton>(&in, "pauseButton")->text(), QStringLiteral("Resume"));
        for (int i = 0; i < 5; ++i)
            in.addRecord(trafficsession::line(i, TrafficRecord::Direction::ToModule, "AT\r"));
        // Paused: the batch timer moves nothing; the status line says what waits.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&in, "statusLabel")->text().contains(u"paused with 5 waiting"), 2000);
        QCOMPARE(in.model()->rowCount(), 0);
        QVERIFY(click(&in, QStringLiteral("pauseButton")));
        QCOMPARE(in.model()->rowCount(), 5);
        // Follow keeps the newest row in view.
        for (int i = 0; i < 300; ++i)
            in.addRecord(trafficsession::line(i, TrafficRecord::Direction::ToModule, "AT\r"));
        QTRY_COMPARE(in.model()->rowCount(), 305);
        QTableView *view = table(in);
        QTRY_VERIFY(view->rowAt(view->viewport()->height() - 2) >= 290 ||
                    view->rowAt(view->viewport()->height() - 2) == -1);
        QVERIFY(view->indexAt(QPoint(2, 2)).row() > 0);
    }

    void searchSelectsTheNextMatch()
    {
        TrafficInspector in;
        QVERIFY(show(in));
        QVERIFY(fill(in));
        auto *search = child<QLineEdit>(&in, "searchEdit");
        QVERIFY(typeInto(search, QStringLiteral("at_confirmation")));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(table(in)->currentIndex().row(), 3);
        QVERIFY(!child<QCheckBox>(&in, "followCheck")->isChecked());
        QVERIFY(click(&in, QStringLiteral("findNextButton")));
        QCOMPARE(table(in)->currentIndex().row(), 6);
        QVERIFY(click(&in, QStringLiteral("findNextButton"))); // wraps
        QCOMPARE(table(in)->currentIndex().row(), 3);
        QCOMPARE(field(tree(in), QStringLiteral("Kind")), QStringLiteral("EDM frame"));
        QVERIFY(typeInto(search, QStringLiteral("no such thing")));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(message(in), QStringLiteral("No shown record contains \"no such thing\"."));
    }

    void selectedFieldIsMarkedInTheHexView()
    {
        TrafficInspector in;
        QVERIFY(show(in, {1000, 800}));
        QVERIFY(fill(in));
        QVERIFY(clickRow(table(in), 7)); // connect event
        auto *hex = child<HexView>(&in, "hexView");
        QCOMPARE(hex->data(), trafficsession::seedLike().at(7).raw);
        QCOMPARE(field(tree(in), QStringLiteral("Remote port")), QStringLiteral("8883"));
        QCOMPARE(field(tree(in), QStringLiteral("Direction")), QStringLiteral("from the module"));
        QVERIFY(clickItem(tree(in), QStringLiteral("Remote port")));
        QCOMPARE(hex->markedStart(), 12);
        QCOMPARE(hex->markedLength(), 2);
        QVERIFY(clickItem(tree(in), QStringLiteral("Channel")));
        QCOMPARE(hex->markedStart(), 5);
        QCOMPARE(hex->markedLength(), 1);
        // DPS JSON as a tree under the data event.
        QVERIFY(clickRow(table(in), 9));
        QCOMPARE(field(tree(in), QStringLiteral("status")), QStringLiteral("\"assigning\""));
        // Only visible lines are painted.
        in.addRecord(trafficsession::frame(30000, TrafficRecord::Direction::FromModule,
                                           edm::Frame::dataEvent(0, QByteArray(4000, 'x'))));
        QTRY_COMPARE(in.model()->rowCount(), 12);
        QVERIFY(clickRow(table(in), 11));
        (void)hex->grab();
        QVERIFY(hex->lastPaintedLines() > 0);
        QVERIFY(hex->lastPaintedLines() < 200);
    }

    void detailPaneClearsWhenTheFilterHidesTheRecord()
    {
        TrafficInspector in;
        QVERIFY(show(in));
        QVERIFY(fill(in));
        QVERIFY(clickRow(table(in), 7)); // the connect event
        QVERIFY(tree(in)->topLevelItemCount() > 0);
        // A filter that keeps it: the record stays selected and shown.
        QVERIFY(typeInto(child<QLineEdit>(&in, "textFilterEdit"), QStringLiteral("connect")));
        QCOMPARE(table(in)->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(field(tree(in), QStringLiteral("Remote port")), QStringLiteral("8883"));
        // One that hides it: nothing selected, nothing in the tree and the hex view.
        QVERIFY(typeInto(child<QLineEdit>(&in, "textFilterEdit"), QStringLiteral("UWSC")));
        QCOMPARE(table(in)->model()->rowCount(), 1);
        QVERIFY(table(in)->selectionModel()->selectedRows().isEmpty());
        QCOMPARE(tree(in)->topLevelItemCount(), 0);
        QVERIFY(child<HexView>(&in, "hexView")->data().isEmpty());
        // The type filter too.
        QVERIFY(typeInto(child<QLineEdit>(&in, "textFilterEdit"), QString()));
        QVERIFY(clickRow(table(in), 3));
        QVERIFY(tree(in)->topLevelItemCount() > 0);
        QVERIFY(chooseByKeyboard(child<QComboBox>(&in, "typeFilterCombo"), QStringLiteral("at_event")));
        QCOMPARE(tree(in)->topLevelItemCount(), 0);
    }

    void exportPicksTheFormatFromTheDialogFilter()
    {
        QTemporaryDir dir;
        TrafficInspector in;
        QVERIFY(show(in));
        QVERIFY(fill(in));
        QVERIFY(chooseText(child<QComboBox>(&in, "slotFilterCombo"), QStringLiteral("Slot 2"))); // what is shown
        QVERIFY(click(&in, QStringLiteral("exportButton")));
        QFileDialog *d = dialog(in, "exportDialog");
        QVERIFY(d);
        QCOMPARE(d->nameFilters(), QStringList({"Text in the style of u-blox's log (*.txt)", "CSV (*.csv)",
                                                "pcapng for Wireshark (*.pcapng)"}));
        // No suffix typed: the chosen filter gives both the format and the suffix.
        QVERIFY(chooseFile(d, dir.filePath("capture"), 2));
        const QByteArray pcapng = read(dir.filePath("capture.pcapng"));
        QVERIFY(pcapng.startsWith(QByteArray("\x0A\x0D\x0D\x0A", 4)));
        QCOMPARE(traffic::importCapture(pcapng)->size(), 10); // slot 3's record was filtered out
        QCOMPARE(message(in), QStringLiteral("Exported 10 records to %1.").arg(dir.filePath("capture.pcapng")));
        QVERIFY(click(&in, QStringLiteral("exportButton")));
        QVERIFY(chooseFile(dialog(in, "exportDialog"), dir.filePath("log"), 0));
        QVERIFY(read(dir.filePath("log.txt")).startsWith(" 0ms -> AT+UFACTORY\n 382ms <- +STARTUP\n"));
        QVERIFY(click(&in, QStringLiteral("exportButton")));
        QVERIFY(chooseFile(dialog(in, "exportDialog"), dir.filePath("table"), 1));
        QVERIFY(read(dir.filePath("table.csv")).startsWith("time_ms,station_slot,direction,kind,"));
        QVERIFY(read(dir.filePath("table.csv")).contains("\r\n382,2,in,at,"));
        QCOMPARE(message(in), QStringLiteral("Exported 10 records to %1.").arg(dir.filePath("table.csv")));
        QVERIFY(!child<QLabel>(&in, "messageLabel")->property("error").toBool());
    }

    void exportToAnUnwritablePathSaysWhichFileAndWhy()
    {
        QTemporaryDir dir;
        TrafficInspector in;
        QVERIFY(show(in));
        QVERIFY(fill(in));
        QSignalSpy errors(&in, &TrafficInspector::errorOccurred);
        const QString missing = dir.filePath("no-such-folder/traffic.csv");
        QVERIFY(click(&in, QStringLiteral("exportButton")));
        QVERIFY(chooseFile(dialog(in, "exportDialog"), missing, 1));
        QCOMPARE(message(in), QStringLiteral("Cannot export to %1: the folder %2 does not exist")
                                  .arg(missing, dir.filePath("no-such-folder")));
        QVERIFY(child<QLabel>(&in, "messageLabel")->property("error").toBool());
        QCOMPARE(errors.size(), 1);
        // A folder this user may not write into (root may write anywhere but into sysfs).
        const QString locked = dir.filePath("locked");
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        const QString target = (geteuid() == 0 ? QStringLiteral("/sys") : locked) + QStringLiteral("/traffic.csv");
        QVERIFY(click(&in, QStringLiteral("exportButton")));
        QVERIFY(chooseFile(dialog(in, "exportDialog"), target, 1));
        QVERIFY2(message(in).startsWith(QStringLiteral("Cannot export to %1: ").arg(target)), qPrintable(message(in)));
        QVERIFY2(message(in).contains(u"permission", Qt::CaseInsensitive) ||
                     message(in).contains(u"read-only", Qt::CaseInsensitive),
                 qPrintable(message(in)));
        QCOMPARE(errors.size(), 2);
        QVERIFY(!QFile::exists(target));
    }

    void importOfANonCaptureSaysWhichFileAndWhy()
    {
        QTemporaryDir dir;
        TrafficInspector in;
        QVERIFY(show(in));
        QVERIFY(fill(in));
        const QString profile = dir.filePath("line3.json");
        QFile f(profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"name\": \"Line 3\", \"version\": 3}\n");
        f.close();
        QSignalSpy errors(&in, &TrafficInspector::errorOccurred);
        QVERIFY(click(&in, QStringLiteral("importButton")));
        QVERIFY(chooseFile(dialog(in, "importDialog"), profile));
        QVERIFY(errors.wait(5000));
        QVERIFY2(message(in).startsWith(QStringLiteral("Cannot import %1: not a traffic capture").arg(profile)),
                 qPrintable(message(in)));
        QVERIFY2(message(in).endsWith(u"but this file starts with \"{\"name\": \"Line 3\", \"version\": 3}\""),
                 qPrintable(message(in)));
        // Nothing lost: still the live traffic.
        QVERIFY(!in.isShowingCapture());
        QCOMPARE(in.model()->rowCount(), 11);
        QCOMPARE(child<QLabel>(&in, "sourceLabel")->text(), QStringLiteral("Showing the live traffic"));
    }

    void importAsksBeforeTheCaptureTakesTheLiveTrafficsPlace()
    {
        QTemporaryDir dir;
        TrafficInspector in;
        QVERIFY(show(in));
        QVERIFY(fill(in, {fromSlot(0, 0, "AT+GMM\r"), fromSlot(5, 0, "AT+GMR\r")}));
        const QString capture = dir.filePath("colleague.pcapng");
        QFile f(capture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(traffic::toPcapng(trafficsession::seedLike()));
        f.close();
        QSignalSpy messages(&in, &TrafficInspector::statusMessage);
        const auto askAndAnswer = [&](const char *button) {
            if (!click(&in, QStringLiteral("importButton")) || !chooseFile(dialog(in, "importDialog"), capture))
                return false;
            QMessageBox *box = nullptr;
            if (!QTest::qWaitFor(
                    [&] {
                        box = in.findChild<QMessageBox *>(QStringLiteral("replaceLiveQuestion"));
                        return box && box->isVisible();
                    },
                    5000))
                return false;
            if (!box->text().contains(u"colleague.pcapng (11 records)") ||
                !box->informativeText().contains(u"2 records of live traffic")) {
                qWarning("the question says: %s / %s", qPrintable(box->text()), qPrintable(box->informativeText()));
                return false;
            }
            if (!QTest::qWaitForWindowActive(box, 2000))
                return false;
            QAbstractButton *answer = qstrcmp(button, "cancel") == 0 ? box->button(QMessageBox::Cancel)
                                                                     : box->findChild<QPushButton *>(button);
            QTest::mouseClick(answer, Qt::LeftButton);
            return true;
        };
        QVERIFY(askAndAnswer("cancel"));
        QTRY_COMPARE(message(in), QStringLiteral("Not imported: the table still shows the live traffic."));
        QVERIFY(!in.isShowingCapture());
        QCOMPARE(in.model()->rowCount(), 2);

        QVERIFY(askAndAnswer("showCaptureButton"));
        QTRY_VERIFY(in.isShowingCapture());
        QTRY_COMPARE(table(in)->model()->rowCount(), 11);
        QCOMPARE(message(in), QStringLiteral("Imported 11 records from %1.").arg(capture));
        QCOMPARE(child<QLabel>(&in, "sourceLabel")->text(), QStringLiteral("Showing the capture colleague.pcapng"));
        QCOMPARE(table(in)->model()->index(0, TrafficModel::SourceColumn).data().toString(), QStringLiteral("Slot 2"));
        // Live records keep arriving, kept aside; back to live shows them all.
        in.addRecord(fromSlot(9, 0, "AT+CGMR\r"));
        QTRY_COMPARE(in.liveModel()->rowCount(), 3);
        QCOMPARE(table(in)->model()->rowCount(), 11);
        QTRY_VERIFY(child<QLabel>(&in, "statusLabel")->text().contains(u"live traffic meanwhile: 3 records"));
        QVERIFY(click(&in, QStringLiteral("liveButton")));
        QVERIFY(!in.isShowingCapture());
        QCOMPARE(table(in)->model()->rowCount(), 3);
        QCOMPARE(child<QLabel>(&in, "sourceLabel")->text(), QStringLiteral("Showing the live traffic"));
        // An empty live table asks nothing.
        QVERIFY(click(&in, QStringLiteral("clearButton")));
        QVERIFY(click(&in, QStringLiteral("importButton")));
        QVERIFY(chooseFile(dialog(in, "importDialog"), capture));
        QTRY_VERIFY(in.isShowingCapture());
        const auto *asked = in.findChild<QMessageBox *>(QStringLiteral("replaceLiveQuestion"));
        QVERIFY(!asked || !asked->isVisible());
    }

    void secretsOnlyInEngineerModeAndOnlyWhenChosen()
    {
        QTemporaryDir dir;
        TrafficInspector in;
        QVERIFY(show(in));
        TrafficRecord r = trafficsession::frame(0, TrafficRecord::Direction::ToModule,
                                                edm::Frame::atRequest("AT+UWSC=0,8,\"********\"\r"));
        r.redacted = true;
        in.addRecordWithOriginal(r, edm::Frame::atRequest("AT+UWSC=0,8,\"hunter22\"\r").encode());
        QTRY_COMPARE(in.model()->rowCount(), 1);
        auto *reveal = child<QCheckBox>(&in, "revealCheck");
        auto *exportSecrets = child<QCheckBox>(&in, "exportSecretsCheck");
        QVERIFY(!reveal->isEnabled());
        QVERIFY(!exportSecrets->isEnabled());
        int n = 0;
        const auto exported = [&] {
            const QString path = dir.filePath(QStringLiteral("t%1").arg(++n));
            if (!click(&in, QStringLiteral("exportButton")) || !chooseFile(dialog(in, "exportDialog"), path, 1))
                return QByteArray("(export failed)");
            return read(path + QStringLiteral(".csv"));
        };
        const QByteArray secret = QByteArray("hunter22").toHex(' ').toUpper();
        QVERIFY(!exported().contains(secret));
        in.setEngineerMode(true); // what the station does when the engineer password was typed
        QVERIFY(click(&in, QStringLiteral("revealCheck")));
        QVERIFY(in.model()->index(0, TrafficModel::SummaryColumn).data().toString().contains(u"hunter22"));
        QVERIFY(clickRow(table(in), 0));
        QVERIFY(in.hexView()->data().contains("hunter22"));
        const QByteArray revealedOnly = exported();
        QVERIFY(revealedOnly.startsWith("time_ms"));
        QVERIFY(!revealedOnly.contains(secret)); // reveal alone: still redacted
        QVERIFY(click(&in, QStringLiteral("exportSecretsCheck")));
        QVERIFY(exported().contains(secret));
        in.setEngineerMode(false);
        QVERIFY(!reveal->isChecked());
        QVERIFY(!in.model()->index(0, TrafficModel::SummaryColumn).data().toString().contains(u"hunter22"));
        QVERIFY(!exported().contains(secret));
    }

    void germanWordsAndNumbers()
    {
        QVERIFY(useLanguage(QStringLiteral("de")));
        TrafficInspector in;
        QVERIFY(show(in));
        QVERIFY(fill(in));
        QAbstractItemModel *rows = table(in)->model();
        QStringList headers;
        for (int c = 0; c < rows->columnCount(); ++c)
            headers << rows->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers,
                 QStringList({"Zeit (ms)", "Quelle", "Richtung", "Typ", "Kanal", "Zusammenfassung", "Latenz (ms)"}));
        QCOMPARE(rows->index(2, TrafficModel::TypeColumn).data().toString(), QStringLiteral("AT-Anfrage"));
        QCOMPARE(rows->index(2, TrafficModel::SourceColumn).data().toString(), QStringLiteral("Platz 2"));
        QCOMPARE(rows->index(2, TrafficModel::DirectionColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("zum Modul"));
        QCOMPARE(rows->index(6, TrafficModel::LatencyColumn).data().toString(), QStringLiteral("340,0"));
        QVERIFY(clickRow(table(in), 7));
        QCOMPARE(field(tree(in), QStringLiteral("Richtung")), QStringLiteral("vom Modul"));
        QCOMPARE(field(tree(in), QStringLiteral("Art")), QStringLiteral("EDM-Frame"));
        QCOMPARE(field(tree(in), QStringLiteral("Quelle")), QStringLiteral("Platz 2"));
        QCOMPARE(field(tree(in), QStringLiteral("EDM-Frame")),
                 QStringLiteral("%1 Bytes").arg(trafficsession::seedLike().at(7).raw.size()));
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(trafficsession::seedLike().at(7).wallMs).toLocalTime();
        QCOMPARE(field(tree(in), QStringLiteral("Zeit")),
                 QLocale(QStringLiteral("de_DE")).toString(t.date(), QLocale::ShortFormat) +
                     t.time().toString(QStringLiteral(" HH:mm:ss.zzz")));
        QList<TrafficRecord> more;
        for (int i = 0; i < 1200; ++i)
            more << trafficsession::line(40000 + i, TrafficRecord::Direction::FromModule, "+UUWLD:0,1\r\n");
        QVERIFY(fill(in, more));
        QCOMPARE(child<QLabel>(&in, "statusLabel")->text(), QStringLiteral("1.211 Einträge, 1.211 angezeigt"));
        QCOMPARE(child<QComboBox>(&in, "typeFilterCombo")->itemText(0), QStringLiteral("Alle Typen"));
    }

    void nothingClippedAt1280x800_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }
    void nothingClippedAt1280x800()
    {
        QFETCH(QString, language);
        QVERIFY(useLanguage(language));
        Station station;
        MainWindow window(&station);
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window, 5000));
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        auto *in = window.findChild<TrafficInspector *>();
        QTRY_VERIFY(in->isVisible());
        QVERIFY(fill(*in));
        QVERIFY(click(in, QStringLiteral("pauseButton"))); // the longer of its two texts
        QTRY_COMPARE(window.size(), QSize(1280, 800));     // the dock did not push the window wider
        QVERIFY(in->minimumSizeHint().width() <= 1280);
        // Every named widget of ours (not Qt's inner parts) at least as wide as its text needs,
        // once the layouts have settled after the last change.
        const auto clipped = [in] {
            QStringList out;
            for (QWidget *w : in->findChildren<QWidget *>()) {
                if (!w->isVisibleTo(in) || w->objectName().isEmpty() || w->objectName().startsWith(u"qt_"))
                    continue;
                const auto *label = qobject_cast<QLabel *>(w);
                if (label && label->wordWrap())
                    continue; // wraps instead
                if ((label || qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                     qobject_cast<QSpinBox *>(w)) &&
                    w->width() < w->sizeHint().width())
                    out << QStringLiteral("%1 (%2 px for %3)")
                               .arg(w->objectName())
                               .arg(w->width())
                               .arg(w->sizeHint().width());
            }
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(clipped().isEmpty(), 2000);
        QVERIFY2(clipped().isEmpty(), qPrintable(clipped().join(u", ")));
        QHeaderView *header = table(*in)->horizontalHeader();
        for (int c = 0; c < header->count(); ++c)
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                     qPrintable(header->model()->headerData(c, Qt::Horizontal).toString()));
        // The widest type words fit their column.
        const int typeWidth = header->sectionSize(TrafficModel::TypeColumn);
        for (int i = 1; i < child<QComboBox>(in, "typeFilterCombo")->count(); ++i)
            QVERIFY(table(*in)->fontMetrics().horizontalAdvance(child<QComboBox>(in, "typeFilterCombo")->itemText(i)) <
                    typeWidth);
    }

    void opensAtAUsableSizeOrInItsOwnWindow()
    {
        Station station;
        MainWindow window(&station);
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window, 5000));
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        auto *in = window.findChild<TrafficInspector *>();
        QTRY_VERIFY(dock->isVisible());
        QTRY_VERIFY(dock->height() >= 800 / 4);
        QVERIFY(fill(*in));
        QTableView *view = table(*in);
        QTRY_VERIFY(view->viewport()->height() >= 5 * view->verticalHeader()->defaultSectionSize());
        // Its own window: floating, at least its size hint (as far as the screen allows).
        auto *own = child<QToolButton>(in, "ownWindowButton");
        QVERIFY(own->isVisible());
        QCOMPARE(own->text(), QStringLiteral("Open in its own window"));
        QVERIFY(click(in, QStringLiteral("ownWindowButton")));
        QTRY_VERIFY(dock->isFloating());
        const QSize screen = dock->screen()->availableGeometry().size();
        QVERIFY(dock->width() >= std::min(in->sizeHint().width(), screen.width()));
        QVERIFY(dock->height() >= std::min(in->sizeHint().height(), screen.height()));
        QCOMPARE(own->text(), QStringLiteral("Back into the main window"));
        QVERIFY(click(in, QStringLiteral("ownWindowButton")));
        QTRY_VERIFY(!dock->isFloating());
    }
};

PS_REGISTER_TEST(InspectorWidgetTest);
#include "tst_inspector.moc"
