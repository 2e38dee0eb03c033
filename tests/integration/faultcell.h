#pragma once

// One provisioning run on its own test bed (local Azure + one uxsim module with some options),
// driven without blocking so that several run side by side in one test process: the fault matrix
// and the peer-cause tests use it.

#include "provisioning/simulation.h"
#include "provisioning/station.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QTimer>

namespace faults {

class Cell : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        Simulation::Options options;
        /// Changes to the simulation's profile and secrets before the run (a wrong key, another root).
        std::function<QString(Simulation &sim, Profile &profile)> prepare;
        int deadlineMs = 120000; ///< the whole cell: simulation, run and record
    };

    explicit Cell(Setup setup, QObject *parent = nullptr)
        : QObject(parent)
        , m_setup(std::move(setup))
    {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this,
                [this] { end(QStringLiteral("the cell did not finish in time")); });
    }

    void start()
    {
        m_clock.start();
        m_deadline.start(m_setup.deadlineMs);
        m_setup.options.binDir = qEnvironmentVariable("PROVSTATION_BIN_DIR");
        m_sim = std::make_unique<Simulation>(m_setup.options);
        connect(m_sim.get(), &Simulation::failed, this,
                [this](const QString &e) { end(QStringLiteral("the simulation did not start: ") + e); });
        connect(m_sim.get(), &Simulation::ready, this, &Cell::run);
        m_sim->start();
    }

    bool isDone() const { return m_done; }
    QString error() const { return m_error; }
    const ResultRow &row() const { return m_row; }
    bool recorded() const { return m_recorded; }
    /// After a pass: the hub received the module's test message.
    bool telemetrySeen() const { return m_telemetry; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    Simulation *simulation() const { return m_sim.get(); }

signals:
    void done();

private:
    void run()
    {
        Profile profile = m_sim->profile();
        if (m_setup.prepare) {
            const QString problem = m_setup.prepare(*m_sim, profile);
            if (!problem.isEmpty())
                return end(problem);
        }
        m_station = std::make_unique<Station>();
        m_station->setProfile(profile);
        m_station->setSecrets(m_sim->secrets());
        m_station->setCloudOptions(m_sim->cloudOptions());
        m_station->setProbeRoutes(m_sim->probeRoutes());
        m_station->setStationName(QStringLiteral("matrix"));
        connect(m_station.get(), &Station::resultsStateChanged, this, [this](Station::ResultsState state) {
            if (state == Station::ResultsState::Failed)
                return end(QStringLiteral("the results database did not open: ") + m_station->resultsError());
            if (state != Station::ResultsState::Ready || m_started)
                return;
            m_started = true;
            if (const auto set = m_station->setPorts(m_sim->ports()); !set)
                return end(set.error());
            m_station->startAll();
        });
        connect(m_station.get(), &Station::slotFinished, this, [this](int, const ResultRow &r) { m_row = r; });
        connect(m_station.get(), &Station::resultRecorded, this, [this](const ResultRow &r) { m_recorded = r.id > 0; });
        connect(m_station.get(), &Station::allFinished, this,
                [this] { m_station->whenSettled([this] { m_row.passed() ? askTelemetry() : end({}); }); });
        m_station->openResults(QDir(m_sim->workDir()).filePath(QStringLiteral("results.sqlite")));
    }

    // A pass counts only when the hub received the module's test message (a pass whose message
    // went to a wrong channel would be a lie).
    void askTelemetry()
    {
        auto *p = new QProcess(this);
        connect(p, &QProcess::finished, this, [this, p] {
            const QByteArray out = p->readAllStandardOutput();
            m_telemetry = out.contains(m_row.deviceId.toUtf8()) && out.contains("\"test\":true");
            p->deleteLater();
            end({});
        });
        p->start(
            qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/local-azure"),
            {QStringLiteral("hub"), QStringLiteral("telemetry"), QStringLiteral("--state-dir"), m_sim->stateDir()});
    }

    void end(const QString &error)
    {
        if (m_done)
            return;
        m_done = true;
        m_error = error;
        m_elapsedMs = m_clock.elapsed();
        m_deadline.stop();
        if (m_station)
            m_station->cancelAll();
        if (m_sim)
            m_sim->stop();
        QMetaObject::invokeMethod(this, &Cell::done, Qt::QueuedConnection);
    }

    Setup m_setup;
    std::unique_ptr<Simulation> m_sim;
    std::unique_ptr<Station> m_station;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    ResultRow m_row;
    QString m_error;
    qint64 m_elapsedMs = 0;
    bool m_recorded = false;
    bool m_telemetry = false;
    bool m_started = false;
    bool m_done = false;
};

/// Runs @p cells, at most @p parallel at a time; returns when all are done or @p deadlineMs passed.
inline bool runAll(const QList<Cell *> &cells, int parallel, int deadlineMs)
{
    int next = 0;
    int running = 0;
    std::function<void()> launch = [&] {
        while (running < parallel && next < cells.size()) {
            Cell *c = cells[next++];
            ++running;
            QObject::connect(c, &Cell::done, c, [&] {
                --running;
                launch();
            });
            c->start();
        }
    };
    launch();
    const bool all = QTest::qWaitFor(
        [&] { return std::all_of(cells.begin(), cells.end(), [](const Cell *c) { return c->isDone(); }); }, deadlineMs);
    for (Cell *c : cells)
        c->disconnect();
    return all;
}

} // namespace faults
