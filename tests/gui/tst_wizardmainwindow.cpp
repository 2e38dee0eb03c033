// The main window around the wizard: menus reachable by keyboard, the inspector dock, the language
// switch (remembered in QSettings; German shows Qt's and our own translated strings).

#include "testregistry.h"
#include "wizardtesthelpers.h"

#include "mainwindow.h"

#include <QDockWidget>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>

using namespace wizardtest;

class MainWindowTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Never touch the user's settings.
        QCoreApplication::setOrganizationName(QStringLiteral("ProvisioningStationTests"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void everyMenuHasAMnemonicAndTheWizardIsTheFirstTab()
    {
        QTemporaryDir tmp;
        MainWindow window(nullptr, tmp.filePath(QStringLiteral("r.sqlite")));
        window.show();
        QCOMPARE(window.tabs()->widget(0), static_cast<QWidget *>(window.wizard()));
        QCOMPARE(window.tabs()->count(), 3);
        const QList<QAction *> menus = window.menuBar()->actions();
        QCOMPARE(menus.size(), 6); // File, Mode, Tools, View, Settings, Help
        for (QAction *menu : menus)
            QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text()));
        for (const char *name : {"actionOpenProfile", "actionSaveProfile", "actionQuit", "actionEngineerMode",
                                 "actionOperatorMode", "actionCertificateTools", "actionInspector"})
            QVERIFY2(!find<QAction>(&window, name)->shortcut().isEmpty(), name);
    }

    void theInspectorDockOpensFromTheViewMenu()
    {
        QTemporaryDir tmp;
        MainWindow window(nullptr, tmp.filePath(QStringLiteral("r.sqlite")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.inspectorDock()->isVisible());
        find<QAction>(&window, "actionInspector")->trigger();
        QVERIFY(window.inspectorDock()->isVisible());
        QVERIFY(window.inspectorDock()->widget());
    }

    void switchingToGermanIsRememberedAndShowsGermanStrings()
    {
        QTemporaryDir tmp;
        MainWindow window(nullptr, tmp.filePath(QStringLiteral("r.sqlite")));
        window.show();
        find<QAction>(&window, "actionLanguage_de")->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QVERIFY(find<QAction>(&window, "actionLanguage_de")->isChecked());

        // The test executable does not embed :/i18n, so it loads the same files the app embeds:
        // Qt's own qtbase_de.qm (qt6-translations-l10n) and our build/translations/provstation_de.qm.
        QTranslator qt, ours;
        QVERIFY(qt.load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        const QString qm =
            qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/../translations/provstation_de.qm");
        const bool haveOurs = ours.load(qm);
        QCoreApplication::installTranslator(&qt);
        if (haveOurs)
            QCoreApplication::installTranslator(&ours);

        auto *next = find<QAbstractButton>(window.wizard(), "wizardNext");
        QTRY_VERIFY2(next->text().contains(QLatin1String("Weiter")), qPrintable(next->text()));
        const QString german = ours.translate("HubPage", "Hub settings");
        QVERIFY2(!german.isEmpty() && german != QLatin1String("Hub settings"),
                 "no German for HubPage \"Hub settings\"");
        QCOMPARE(window.wizard()->page(ProvisioningWizard::Page_Hub)->title(), german);

        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&ours);
        find<QAction>(&window, "actionLanguage_en")->trigger();
        QTRY_VERIFY(!next->text().contains(QLatin1String("Weiter")));
        QCOMPARE(window.wizard()->page(ProvisioningWizard::Page_Hub)->title(), QStringLiteral("Hub settings"));
    }
};

PS_REGISTER_TEST(MainWindowTest);
#include "tst_wizardmainwindow.moc"
