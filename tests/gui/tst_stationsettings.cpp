// Settings > Station and results, as an engineer uses it: opened from the menu by keyboard, a
// password in a PostgreSQL URL refused with the reason (OK stays disabled), then a results file,
// a station ID and a line ID typed in and applied: the station writes its next results there.

#include "guitest.h"
#include "testregistry.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QSettings>

using namespace guitest;

class StationSettingsTest : public QObject
{
    Q_OBJECT

    Bed m_bed;

    static void forget()
    {
        QSettings settings;
        for (const char *key : {"results/url", "station/id", "station/line"})
            settings.remove(QLatin1String(key));
    }

private slots:
    void init() { forget(); }
    void cleanup()
    {
        m_bed.reset();
        forget();
    }

    void typedSettingsReachTheStationAndAPasswordInTheUrlIsRefused()
    {
        QVERIFY(m_bed.start());
        QVERIFY(m_bed.show());
        QVERIFY(m_bed.becomeEngineer());

        // Settings menu (Alt+E), then "Station and results…" (S).
        QTest::keyClick(m_bed.window.get(), Qt::Key_E, Qt::AltModifier);
        QMenu *menu = waitForMenu();
        QVERIFY(menu);
        QTest::keyClick(menu, Qt::Key_S);
        auto *dialog = waitForShown<QDialog>(m_bed.window.get(), QStringLiteral("stationSettingsDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog, 5000));
        auto *ok = find<QAbstractButton>(dialog, QStringLiteral("stationSettingsOk"));
        auto *error = find<QLabel>(dialog, QStringLiteral("stationSettingsError"));

        QVERIFY(typeInto(find<QLineEdit>(dialog, QStringLiteral("resultsUrlEdit")),
                         QStringLiteral("postgresql://line:hunter2@db.example/results")));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(error->text().contains(u"password"), qPrintable(error->text()));
        QVERIFY(typeInto(find<QLineEdit>(dialog, QStringLiteral("stationIdEdit")), QStringLiteral("bad id/")));
        QVERIFY2(error->text().contains(u"Station ID"), qPrintable(error->text()));
        QVERIFY2(error->text().contains(u"password"), qPrintable(error->text())); // both, at once

        const QString file = m_bed.sim->workDir() + QStringLiteral("/line7.sqlite");
        QVERIFY(typeInto(find<QLineEdit>(dialog, QStringLiteral("resultsUrlEdit")), file));
        QVERIFY(typeInto(find<QLineEdit>(dialog, QStringLiteral("stationIdEdit")), QStringLiteral("st-9")));
        QVERIFY(typeInto(find<QLineEdit>(dialog, QStringLiteral("lineIdEdit")), QStringLiteral("L7")));
        QVERIFY2(ok->isEnabled(), qPrintable(error->text()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!m_bed.window->findChild<QDialog *>(QStringLiteral("stationSettingsDialog")));

        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("results/url")).toString(), file);
        QCOMPARE(settings.value(QStringLiteral("station/id")).toString(), QStringLiteral("st-9"));
        QCOMPARE(settings.value(QStringLiteral("station/line")).toString(), QStringLiteral("L7"));
        QCOMPARE(m_bed.station->stationName(), QStringLiteral("st-9"));
        QCOMPARE(m_bed.station->lineId(), QStringLiteral("L7"));
        QTRY_COMPARE_WITH_TIMEOUT(m_bed.station->resultsState(), Station::ResultsState::Ready, 10000);
        QCOMPARE(m_bed.station->resultsPath(), file);
        QVERIFY(QFile::exists(file));
    }
};

PS_REGISTER_TEST(StationSettingsTest);
#include "tst_stationsettings.moc"
