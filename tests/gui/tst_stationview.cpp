// The station view on ports as a factory has them: the port list (the system's enumeration; here the
// simulated modules' pseudo-terminals through the enumeration seam) makes slots, Start all runs them
// to PASS; the same port is never two slots; a port that does not exist yet is said so.

#include "guitest.h"
#include "station/stationtile.h"
#include "station/stationview.h"
#include "testregistry.h"

#include <QLabel>
#include <QListWidget>
#include <QTabBar>

using namespace guitest;

class StationViewTest : public QObject
{
    Q_OBJECT

    Bed m_bed;

    StationView *view() const { return m_bed.window->stationView(); }

    bool chooseListed(const QString &path)
    {
        auto *list = find<QListWidget>(view(), QStringLiteral("portList"));
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == path) {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(i)).center());
                return list->currentRow() == i;
            }
        }
        return false;
    }

private slots:
    void cleanup() { m_bed.reset(); }

    void portsFromTheListBecomeSlotsAndRunToPass()
    {
        Simulation::Options options;
        options.modules = 3;
        QVERIFY(m_bed.start(options, false));
        QVERIFY(m_bed.show());
        QVERIFY(m_bed.becomeEngineer());
        // Alt+T: the Station tab.
        QTest::keyClick(m_bed.window.get(), Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_bed.window->tabs()->currentWidget(), static_cast<QWidget *>(view()), 2000);
        const QStringList ports = m_bed.sim->ports();
        for (const QString &port : ports) {
            QVERIFY2(chooseListed(port), qPrintable(port));
            QVERIFY(click(view(), QStringLiteral("addSlotButton")));
        }
        QCOMPARE(m_bed.station->ports(), ports);
        QCOMPARE(view()->findChildren<StationTile *>().size(), ports.size());
        // The same port again is refused, with the reason.
        QVERIFY(chooseListed(ports.first()));
        QVERIFY(click(view(), QStringLiteral("addSlotButton")));
        auto *message = find<QLabel>(view(), QStringLiteral("stationMessage"));
        QVERIFY2(message->text().contains(u"already slot 1"), qPrintable(message->text()));
        QCOMPARE(m_bed.station->slotCount(), 3);

        QVERIFY(click(view(), QStringLiteral("startAllButton")));
        auto *summary = find<QLabel>(view(), QStringLiteral("summaryLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"3 passed"), 90000);
        for (StationTile *tile : view()->findChildren<StationTile *>())
            QCOMPARE(tile->state(), StationTile::State::Pass);
    }

    void aTypedPortThatDoesNotExistYetIsASlotThatWaits()
    {
        QVERIFY(m_bed.start({}, false));
        QVERIFY(m_bed.show());
        QTest::keyClick(m_bed.window.get(), Qt::Key_T, Qt::AltModifier);
        QVERIFY(typeInto(find<QLineEdit>(view(), QStringLiteral("typedPortEdit")), QStringLiteral("/dev/ttyNotYet7")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *message = find<QLabel>(view(), QStringLiteral("stationMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"does not exist yet"), 2000);
        QCOMPARE(m_bed.station->ports(), QStringList{QStringLiteral("/dev/ttyNotYet7")});
        auto *tile = find<StationTile>(view(), QStringLiteral("slotTile0"));
        QCOMPARE(tile->state(), StationTile::State::Absent);
        // Removed again from the list.
        QVERIFY(chooseListed(QStringLiteral("/dev/ttyNotYet7")));
        QVERIFY(click(view(), QStringLiteral("removeSlotButton")));
        QCOMPARE(m_bed.station->slotCount(), 0);
    }
};

PS_REGISTER_TEST(StationViewTest);
#include "tst_stationview.moc"
