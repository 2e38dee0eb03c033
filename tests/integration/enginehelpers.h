#pragma once

// Shared by the engine's end-to-end tests: start the built-in test bed (local Azure + uxsim),
// run a station over its ports to completion, and collect everything that could leak a secret.

#include "provisioning/resultstore.h"
#include "provisioning/secretstore.h"
#include "provisioning/simulation.h"
#include "provisioning/station.h"
#include "simulationsupport.h"

#include <functional>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

namespace engine {

using testbed::startSimulation;

struct Run
{
    QList<ResultRow> results; ///< in slot order
    QList<TrafficRecord> traffic;
    QStringList log; ///< every message logged while it ran
};

inline QStringList &capturedLog()
{
    static QStringList log;
    return log;
}

inline void captureMessages(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
{
    capturedLog().append(QString::fromLatin1(ctx.category ? ctx.category : "") + u' ' + msg);
}

/// Runs a station over @p ports; returns when every slot finished (or after @p deadlineMs).
/// @p setup, when given, is called on the station before it starts (Simulation::connectStation,
/// say, for the cloud options a cloud check needs).
inline Run provision(const Profile &profile, const QStringList &ports, SecretStore *secrets, const QString &db,
                     int deadlineMs = 60000, const std::function<void(Station &)> &setup = {})
{
    Run run;
    capturedLog().clear();
    // Log everything (debug included) so a secret that reaches any category is caught.
    QLoggingCategory::setFilterRules(QStringLiteral("station.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    {
        Station station;
        station.setProfile(profile);
        station.setSecrets(secrets);
        if (setup)
            setup(station);
        station.openResults(db);
        if (!QTest::qWaitFor([&] { return station.resultsState() == Station::ResultsState::Ready; }, 10000))
            qWarning("the results database did not open: %s", qPrintable(station.resultsError()));
        if (!station.setPorts(ports))
            qWarning("the ports were refused");
        run.results.resize(ports.size());
        QObject::connect(&station, &Station::slotFinished,
                         [&](int slot, const ResultRow &row) { run.results[slot] = row; });
        QObject::connect(&station, &Station::traffic, [&](const TrafficRecord &r) { run.traffic.append(r); });
        QSignalSpy done(&station, &Station::allFinished);
        station.startAll();
        if (!done.wait(deadlineMs))
            qWarning("the station did not finish in time");
        bool settled = false;
        station.whenSettled([&settled] { settled = true; });
        if (!QTest::qWaitFor([&] { return settled; }, 10000))
            qWarning("the results were not all recorded in time");
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("station.*.info=false"));
    run.log = capturedLog();
    return run;
}

using testbed::secretValue;

inline void putSecret(SecretStore *store, const QString &name, const QByteArray &value)
{
    SecretJob *job = store->write(name, value);
    QSignalSpy spy(job, &SecretJob::finished);
    if (!job->isFinished())
        spy.wait(5000);
    job->deleteLater();
}

inline QString describe(const ResultRow &r)
{
    return QStringLiteral("%1 %2: %3").arg(outcomeName(r.outcome), causeCode(r.cause), r.causeMessage);
}

} // namespace engine
