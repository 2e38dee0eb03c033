// The station window of a line when its PostgreSQL server goes away (issue 16), clicked as an
// operator does: the running modules finish, every tile says the server is away, a slot clicked
// meanwhile does not start, and when the server is back the station carries on by itself with
// every result in the database once.

#include "pgserver.h"
#include "provisioning/resultstore.h"
#include "provisioning/secretstore.h"
#include "provisioning/station.h"
#include "simulationsupport.h"
#include "station/stationview.h"
#include "testregistry.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QLabel *notice(QWidget *view, int slot)
{
    auto *tile = view->findChild<QWidget *>(QStringLiteral("slotTile%1").arg(slot));
    return tile ? tile->findChild<QLabel *>(QStringLiteral("noticeLabel")) : nullptr;
}

} // namespace

class LineGuiTest : public QObject
{
    Q_OBJECT
private slots:
    // Longer than 80 lines on purpose: one shift in the order the operator lives it; split up,
    // each part would have to start a server, a simulation and a station again.
    void everyTileSaysTheServerIsAwayAndTheStationResumesByItself()
    {
        // The station's journal goes to a folder of the test, not the user's data folder.
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
        testbed::PgServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        {
            // The line's owner brings the schema (docs/line.md); stations then use their own role.
            ResultsUrl owner = *ResultsUrl::parse(server.url(QLatin1String(testbed::PgServer::kOwner)));
            owner.password = server.password(QLatin1String(testbed::PgServer::kOwner));
            ResultStore store;
            QString error;
            QVERIFY2(store.open(owner, &error), qPrintable(error));
        }
        // The seed latency model: a module takes about half a minute, time for the server to go.
        Simulation::Options options;
        options.modules = 3;
        options.latency = QStringLiteral("seed");
        auto sim = testbed::startSimulation(options);
        QVERIFY(sim);
        // The station's password comes from its secret store (never from the URL).
        MemorySecretStore passwords;
        SecretJob *stored = passwords.write(QLatin1String(ResultsUrl::kPasswordSecret),
                                            server.password(QLatin1String(testbed::PgServer::kStation)).toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(stored->isFinished(), 5000);
        QVERIFY(stored->isOk());
        stored->deleteLater();
        LayeredSecretStore secrets;
        secrets.addLayer(&passwords);
        secrets.addLayer(sim->secrets());
        Station station;
        station.setStationName(QStringLiteral("pc-gui"));
        station.setProfile(sim->profile());
        station.setSecrets(&secrets);
        QVERIFY(station.setPorts(sim->ports().mid(0, 2))); // the third port joins later
        QSignalSpy state(&station, &Station::resultsStateChanged);
        station.openResults(server.url());
        QTRY_COMPARE_WITH_TIMEOUT(station.resultsState(), Station::ResultsState::Ready, 20000);

        StationView view(&station);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int slot = 0; slot < 2; ++slot)
            QVERIFY(notice(&view, slot) && notice(&view, slot)->isHidden());

        // Both slots start; once both upload certificates (their ids are checked), the server goes.
        auto *startAll = view.findChild<QPushButton *>(QStringLiteral("startAllButton"));
        QTest::mouseClick(startAll, Qt::LeftButton);
        QList<Step> reached[2];
        for (int slot = 0; slot < 2; ++slot) {
            Job *job = station.jobOn(station.slotAt(slot).port);
            QVERIFY(job);
            connect(job, &Job::stepStarted, this, [&reached, slot](Step step) { reached[slot].append(step); });
        }
        QTRY_VERIFY_WITH_TIMEOUT(reached[0].contains(Step::Credentials) && reached[1].contains(Step::Credentials),
                                 60000);
        QVERIFY(server.stop());
        // The station notices without waiting for a module, and every tile says so.
        QTRY_COMPARE_WITH_TIMEOUT(station.resultsState(), Station::ResultsState::Lost, 20000);
        // A third module is plugged into a new slot meanwhile: its tile says so too, and it does
        // not start; the operator reads why.
        auto *typed = view.findChild<QLineEdit *>(QStringLiteral("typedPortEdit"));
        QTest::keyClicks(typed, sim->ports().at(2));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("addSlotButton")), Qt::LeftButton);
        QCOMPARE(station.slotCount(), 3);
        for (int slot = 0; slot < 3; ++slot) {
            QTRY_VERIFY_WITH_TIMEOUT(notice(&view, slot)->isVisible(), 5000); // a new tile shows on the next turn
            QVERIFY2(notice(&view, slot)->text().contains(u"unreachable"), qPrintable(notice(&view, slot)->text()));
        }
        QTest::mouseClick(startAll, Qt::LeftButton);
        QVERIFY(!station.jobOn(station.slotAt(2).port));
        auto *message = view.findChild<QLabel *>(QStringLiteral("stationMessage"));
        QVERIFY2(message->text().contains(u"unreachable"), qPrintable(message->text()));
        // The running modules finish (their results are kept).
        QSignalSpy finished(&station, &Station::allFinished);
        QVERIFY(finished.wait(90000));
        QCOMPARE(station.slotAt(0).last.outcome, Outcome::Pass);
        QCOMPARE(station.slotAt(1).last.outcome, Outcome::Pass);
        QVERIFY(station.unsettledRows() > 0); // not in the database yet: in the station's journal
        const auto journals = [&data] {
            return QDir(data.filePath(QStringLiteral("provstation/journal"))).entryList(QDir::Files);
        };
        QTRY_COMPARE_WITH_TIMEOUT(journals().size(), 1, 10000);

        // The server comes back: the station is Ready by itself, the tiles say nothing any more.
        QSignalSpy recorded(&station, &Station::resultRecorded);
        QVERIFY(server.restart());
        QTRY_COMPARE_WITH_TIMEOUT(station.resultsState(), Station::ResultsState::Ready, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(station.unsettledRows(), 0, 10000);
        for (int slot = 0; slot < 3; ++slot)
            QVERIFY(notice(&view, slot)->isHidden());
        ResultsUrl check = station.resultsUrl();
        ResultStore store;
        QVERIFY(store.open(check));
        const QList<ResultRow> rows = store.list();
        QCOMPARE(rows.size(), 2); // each module that ran, once
        for (const ResultRow &r : rows) {
            QCOMPARE(r.outcome, Outcome::Pass);
            QCOMPARE(r.station, QStringLiteral("pc-gui"));
        }
        // And the third slot starts now (with the others, run again), until the operator stops them.
        QTest::mouseClick(startAll, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(station.jobOn(station.slotAt(2).port), 5000);
        QSignalSpy last(&station, &Station::allFinished);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("stopAllButton")), Qt::LeftButton);
        QVERIFY(last.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(station.unsettledRows(), 0, 10000);
        QCOMPARE(store.list().size(), 5); // 2 passes, 3 cancelled attempts: one row each
        QVERIFY(journals().isEmpty());    // all written
    }
};

PS_REGISTER_TEST(LineGuiTest);
#include "tst_linegui.moc"
