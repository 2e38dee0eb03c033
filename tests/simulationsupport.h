#pragma once

// The built-in test bed for tests of every tier: local Azure + uxsim, started with a deadline.

#include "provisioning/secretstore.h"
#include "provisioning/simulation.h"

#include <memory>
#include <QSignalSpy>
#include <QTest>

namespace testbed {

/// Starts a Simulation with the simulators from PROVSTATION_BIN_DIR; nullptr (and a warning with
/// the reason) when it did not come up within 40 s.
inline std::unique_ptr<Simulation> startSimulation(Simulation::Options options = {})
{
    options.binDir = qEnvironmentVariable("PROVSTATION_BIN_DIR");
    auto sim = std::make_unique<Simulation>(options);
    QSignalSpy ready(sim.get(), &Simulation::ready);
    QSignalSpy failed(sim.get(), &Simulation::failed);
    sim->start();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 40000) || !sim->isReady()) {
        qWarning() << "simulation did not start:" << sim->errorString();
        return nullptr;
    }
    return sim;
}

/// The value of a secret in a store, read with a deadline (empty when missing).
inline QByteArray secretValue(SecretStore *store, const QString &name)
{
    SecretJob *job = store->read(name);
    QSignalSpy spy(job, &SecretJob::finished);
    if (!job->isFinished())
        spy.wait(5000);
    const QByteArray value = job->isOk() ? job->value() : QByteArray();
    job->deleteLater();
    return value;
}

} // namespace testbed
