// A port the user may not open, as a factory PC without the dialout group has it: run as "nobody"
// by tests/run_as_nobody.sh, which makes a root-only pseudo-terminal. The station view says why and
// how to fix it when the port becomes a slot, and a job on it fails with that explanation (cause
// port_permission), before anything else happens.

#include "guitest.h"
#include "station/stationtile.h"
#include "station/stationview.h"
#include "testregistry.h"

#include <QLabel>
#include <QStandardPaths>
#include <unistd.h>

using namespace guitest;

class PortPermissionTest : public QObject
{
    Q_OBJECT

private slots:
    void aForbiddenPortIsExplainedWithItsFix()
    {
        const QString port = qEnvironmentVariable("PS_DENIED_PORT");
        QVERIFY2(!port.isEmpty() && ::geteuid() != 0,
                 "run through tests/run_as_nobody.sh (as nobody, with a root-only port)");
        QTemporaryDir dir;
        MemorySecretStore secrets;
        Station station;
        station.setSecrets(&secrets);
        Profile p;
        p.name = QStringLiteral("permission");
        p.flow = Profile::Flow::HubSas;
        p.hub.host = QStringLiteral("line.azure-devices.net");
        p.wifi.ssid = QStringLiteral("lab");
        p.wifi.security = QStringLiteral("open");
        p.options.cloudCheck = false;
        station.setProfile(p);
        SecretJob *key = secrets.write(p.hub.deviceKeySecret, QByteArray(32, 'k').toBase64());
        QSignalSpy written(key, &SecretJob::finished);
        QVERIFY(key->isFinished() || written.wait(2000));
        station.openResults(dir.filePath(QStringLiteral("results.sqlite")));
        QTRY_COMPARE_WITH_TIMEOUT(station.resultsState(), Station::ResultsState::Ready, 10000);
        MainWindow window(&station);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window, 5000));
        QTest::keyClick(&window, Qt::Key_T, Qt::AltModifier);
        StationView *view = window.stationView();
        QVERIFY(typeInto(find<QLineEdit>(view, QStringLiteral("typedPortEdit")), port));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *message = find<QLabel>(view, QStringLiteral("stationMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"You may not open"), 2000);
        QVERIFY2(message->text().contains(u"dialout"), qPrintable(message->text()));

        QSignalSpy finished(&station, &Station::slotFinished);
        QVERIFY(click(view, QStringLiteral("startAllButton")));
        QVERIFY(finished.wait(20000));
        const auto row = finished.first().at(1).value<ResultRow>();
        QCOMPARE(row.cause, Cause::PortPermission);
        QCOMPARE(exitCodeFor(row.cause), ExitCode::Module);
        auto *tile = find<StationTile>(view, QStringLiteral("slotTile0"));
        QCOMPARE(tile->state(), StationTile::State::Fail);
        auto *cause = find<QLabel>(tile, QStringLiteral("causeLabel"));
        // A pty is owner-only (0600), so the advice is the udev rule; a 0660 dialout node gets "usermod".
        const QString text = cause->text();
        QVERIFY2(text.contains(u"permission denied") &&
                     (text.contains(u"usermod") || (text.contains(u"udev") && text.contains(u"dialout"))),
                 qPrintable(text));
    }
};

PS_REGISTER_TEST(PortPermissionTest);
#include "tst_portpermission.moc"
