#pragma once

// Shared by the engine's end-to-end tests: start the built-in test bed (local Azure + uxsim),
// run a station over its ports to completion, and collect everything that could leak a secret.

#include "provisioning/resultstore.h"
#include "provisioning/resulttracker.h"
#include "provisioning/secretstore.h"
#include "provisioning/simulation.h"
#include "provisioning/station.h"
#include "simulationsupport.h"

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
inline Run provision(const Profile &profile, const QStringList &ports, SecretStore *secrets, const QString &db,
                     int deadlineMs = 60000)
{
    Run run;
    capturedLog().clear();
    // Log everything (debug included) so a secret that reaches any category is caught.
    QLoggingCategory::setFilterRules(QStringLiteral("station.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    {
        ResultWriter writer(db);
        Station station(profile, secrets, &writer);
        station.setPorts(ports);
        run.results.resize(ports.size());
        QObject::connect(&station, &Station::slotFinished,
                         [&](int slot, const ResultRow &row) { run.results[slot] = row; });
        QObject::connect(&station, &Station::traffic, [&](const TrafficRecord &r) { run.traffic.append(r); });
        QSignalSpy done(&station, &Station::allFinished);
        station.startAll();
        if (!done.wait(deadlineMs))
            qWarning("the station did not finish in time");
        if (station.tracker()->pending() > 0 && !QSignalSpy(station.tracker(), &ResultTracker::settled).wait(10000))
            qWarning("the results were not all recorded in time");
        writer.flush(10000);
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
    return QStringLiteral("%1 %2: %3").arg(r.outcome, r.causeCode, r.cause);
}

} // namespace engine
