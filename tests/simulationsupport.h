#pragma once

// The built-in test bed for tests of every tier: local Azure + uxsim, started with a deadline.

#include "provisioning/simulation.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

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

} // namespace testbed
