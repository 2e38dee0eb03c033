// The main window as a whole, in each language: no two visible widgets of a page share a mnemonic
// (Alt+letter must reach one thing), every label and button shows its whole text in German at
// 1280×800 and at 150 % on 1600×1000, the window fits that screen, the user guide opens from the Help menu, and an
// unsaved profile is never lost on quit (save / discard / cancel).

#include "common/i18n.h"
#include "guitest.h"
#include "testregistry.h"
#include "wizard/provisioningwizard.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QTabBar>
#include <QTextBrowser>
#include <QTextDocument>

using namespace guitest;

namespace {

/// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; null when none.
QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

/// Whether @p w and all its parents up to @p root are shown (not just not hidden).
bool shown(const QWidget *w)
{
    return w->isVisible() && !w->visibleRegion().isEmpty();
}

/// Every mnemonic of what is on screen in @p window, with who claims it (disabled widgets too:
/// they claim their letter once enabled).
QMultiMap<QChar, QString> mnemonics(QWidget *window)
{
    QMultiMap<QChar, QString> out;
    const auto add = [&out](const QString &text, const QString &who) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            out.insert(c, QStringLiteral("%1 \"%2\"").arg(who, plain(text)));
    };
    for (QLabel *l : window->findChildren<QLabel *>())
        if (shown(l) && l->buddy())
            add(l->text(), QStringLiteral("label"));
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (shown(b)) // disabled ones too: they claim their letter once enabled
            add(b->text(), QStringLiteral("button"));
    for (QGroupBox *g : window->findChildren<QGroupBox *>())
        if (shown(g) && g->isCheckable())
            add(g->title(), QStringLiteral("group"));
    for (QTabBar *t : window->findChildren<QTabBar *>())
        if (shown(t))
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i), QStringLiteral("tab"));
    if (auto *mw = qobject_cast<QMainWindow *>(window); mw && mw->menuBar())
        for (QAction *a : mw->menuBar()->actions())
            add(a->text(), QStringLiteral("menu"));
    return out;
}

QStringList clashes(QWidget *window)
{
    const auto all = mnemonics(window);
    QStringList out;
    for (const QChar &c : all.uniqueKeys())
        if (all.count(c) > 1)
            out << QStringLiteral("Alt+%1: %2").arg(c.toUpper(), QStringList(all.values(c)).join(u", "));
    return out;
}

/// Labels and buttons of @p window that do not show their whole text at their present size.
QStringList clipped(QWidget *window)
{
    QStringList out;
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (!shown(l) || l->text().isEmpty() || !l->pixmap().isNull() || Qt::mightBeRichText(l->text()))
            continue;
        const QString text = l->buddy() ? plain(l->text()) : l->text();
        const QRect room = l->contentsRect();
        if (l->wordWrap()) {
            if (l->heightForWidth(room.width()) > room.height() + 1)
                out << QStringLiteral("label %1 \"%2\": needs %3 px high, has %4")
                           .arg(l->objectName(), text)
                           .arg(l->heightForWidth(room.width()))
                           .arg(room.height());
            continue;
        }
        int needed = 0;
        for (const QString &line : text.split(u'\n'))
            needed = qMax(needed, l->fontMetrics().horizontalAdvance(line));
        if (needed > room.width() + 1)
            out << QStringLiteral("label %1 \"%2\": needs %3 px, has %4")
                       .arg(l->objectName(), text)
                       .arg(needed)
                       .arg(room.width());
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (!shown(b) || b->text().isEmpty() || qobject_cast<QTabBar *>(b->parentWidget()))
            continue;
        // The button's own size hint holds its text, icon and margins in the style.
        if (b->sizeHint().width() > b->width() + 1)
            out << QStringLiteral("button %1 \"%2\": needs %3 px, has %4")
                       .arg(b->objectName(), plain(b->text()))
                       .arg(b->sizeHint().width())
                       .arg(b->width());
    }
    return out;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

    Bed m_bed;
    ProvisioningWizard *wizard() const { return m_bed.window->wizard(); }
    QTabWidget *tabs() const { return m_bed.window->findChild<QTabWidget *>(); }

    /// Visits, as a person does, each tab and each wizard page of the engineer's window, and
    /// calls @p check with a name for what is on screen.
    void visitEverything(const std::function<void(const QString &)> &check)
    {
        QWidget *window = m_bed.window.get();
        // Tabs by their mnemonics in this language.
        const auto toTab = [&](int index) {
            QVERIFY(ensureActive(window));
            QTest::keySequence(window, QKeySequence::mnemonic(tabs()->tabText(index)));
            QTRY_COMPARE(tabs()->currentIndex(), index);
        };
        toTab(0);
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentId(), int(ProvisioningWizard::Page_Hub), 5000);
        for (int id = ProvisioningWizard::Page_Hub; id <= ProvisioningWizard::Page_Provision; ++id) {
            QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentId(), id, 5000);
            check(QStringLiteral("wizard page %1").arg(wizard()->currentPage()->title()));
            if (id < ProvisioningWizard::Page_Provision) {
                QVERIFY(ensureActive(window));
                // Next, by its mnemonic in this language (German: Alt+W).
                const QKeySequence next = QKeySequence::mnemonic(wizard()->buttonText(QWizard::NextButton));
                QTest::keySequence(window, next);
            }
        }
        for (int index : {1, 2}) {
            toTab(index);
            check(QStringLiteral("tab %1").arg(plain(tabs()->tabText(index))));
        }
    }

private slots:
    void cleanup()
    {
        m_bed.reset();
        i18n::install(*qApp, QStringLiteral("C"));
    }

    void noTwoWidgetsOfAPageShareAMnemonic_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("C");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void noTwoWidgetsOfAPageShareAMnemonic()
    {
        QFETCH(QString, language);
        i18n::install(*qApp, language);
        QVERIFY(m_bed.start());
        QVERIFY(m_bed.show());
        QVERIFY(m_bed.becomeEngineer());
        QStringList problems;
        visitEverything([&](const QString &where) {
            for (const QString &c : clashes(m_bed.window.get()))
                problems << where + QStringLiteral(": ") + c;
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void everyTextFitsInGermanAt1280x800AndAt150Percent()
    {
        i18n::install(*qApp, QStringLiteral("de"));
        QVERIFY(m_bed.start());
        QVERIFY(m_bed.show());
        QVERIFY(m_bed.becomeEngineer());
        // 1280×800 at 1×, and 1600×1000 at 1.5× (1066×666 logical): less a window manager's frame
        // and a panel, the window must fit 1066×626 and show every text there.
        const QSize room(1066, 626);
        const QSize minimum = m_bed.window->minimumSizeHint();
        QVERIFY2(minimum.width() <= room.width() && minimum.height() <= room.height(),
                 qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));
        m_bed.window->resize(room);
        QTRY_COMPARE(m_bed.window->size(), room);
        QStringList problems;
        visitEverything([&](const QString &where) {
            QCoreApplication::processEvents(); // the layouts of the page just shown
            for (const QString &c : clipped(m_bed.window.get()))
                problems << where + QStringLiteral(": ") + c;
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The two checks above can fail: a clash and a clipped label in a small window are seen.
    void theChecksSeeAClashAndAClippedLabel()
    {
        QMainWindow window;
        auto *central = new QWidget(&window);
        auto *label = new QLabel(QStringLiteral("&Hours of a very long label text:"), central);
        auto *edit = new QLineEdit(central);
        label->setBuddy(edit);
        label->setGeometry(0, 0, 40, 20);
        edit->setGeometry(50, 0, 40, 20);
        window.menuBar()->addMenu(QStringLiteral("&Help"));
        window.setCentralWidget(central);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList c = clashes(&window);
        QCOMPARE(c.size(), 1);
        QVERIFY2(c.first().startsWith(u"Alt+H"), qPrintable(c.first()));
        QCOMPARE(clipped(&window).size(), 1);
    }

    void theUserGuideOpensFromTheHelpMenu()
    {
        QVERIFY(m_bed.start());
        QVERIFY(m_bed.show());
        QTest::keyClick(m_bed.window.get(), Qt::Key_H, Qt::AltModifier);
        QMenu *help = waitForMenu();
        QVERIFY(help);
        QTest::keyClick(help, Qt::Key_U); // "&User guide"
        auto *text = waitForShown<QTextBrowser>(m_bed.window.get(), QStringLiteral("userGuideText"));
        QVERIFY(text);
        const QString guide = text->toPlainText();
        QVERIFY2(guide.contains(u"Operator: one module"), qPrintable(guide.left(200)));
        QVERIFY(guide.contains(u"Keyboard"));
        text->window()->close();
    }

    void quittingWithAnUnsavedProfileAsksAndCancelKeepsIt()
    {
        QVERIFY(m_bed.start());
        QVERIFY(m_bed.show());
        QVERIFY(m_bed.becomeEngineer());
        QTest::keyClick(m_bed.window.get(), Qt::Key_P, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentId(), int(ProvisioningWizard::Page_Hub), 5000);
        auto *name = find<QLineEdit>(wizard(), QStringLiteral("profileNameEdit"));
        QVERIFY(typeInto(name, QStringLiteral("Line 9")));
        QTRY_VERIFY(m_bed.window->isWindowModified());
        QVERIFY2(m_bed.window->windowTitle().startsWith(u"Line 9[*]"), qPrintable(m_bed.window->windowTitle()));

        // Ctrl+Q: the question, Cancel (Escape): the window and the edit stay.
        QTest::keyClick(m_bed.window.get(), Qt::Key_Q, Qt::ControlModifier);
        auto *box = waitForShown<QMessageBox>(m_bed.window.get(), QStringLiteral("saveChangesBox"));
        QVERIFY(box);
        QVERIFY(QTest::qWaitForWindowActive(box, 5000));
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!m_bed.window->findChild<QMessageBox *>(QStringLiteral("saveChangesBox")));
        QVERIFY(m_bed.window->isVisible());
        QCOMPARE(m_bed.station->profile().name, QStringLiteral("Line 9"));
        QVERIFY(m_bed.station->isProfileModified());

        // Again, and Discard: the window closes and the station holds the profile as it was.
        QVERIFY(ensureActive(m_bed.window.get()));
        QTest::keyClick(m_bed.window.get(), Qt::Key_Q, Qt::ControlModifier);
        box = waitForShown<QMessageBox>(m_bed.window.get(), QStringLiteral("saveChangesBox"));
        QVERIFY(box);
        QVERIFY(QTest::qWaitForWindowActive(box, 5000));
        QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
        QTRY_VERIFY(!m_bed.window->isVisible());
        QVERIFY(!m_bed.station->isProfileModified());
        QCOMPARE(m_bed.station->profile().name, m_bed.sim->profile().name);
    }
};

PS_REGISTER_TEST(MainWindowTest);
#include "tst_mainwindow.moc"
