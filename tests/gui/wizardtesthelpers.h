#pragma once

// Shared by the wizard's GUI tests: start the simulation, find widgets by objectName, walk pages.

#include "provisioning/secretstore.h"
#include "provisioning/simulation.h"
#include "simulationsupport.h"
#include "wizard/provisioningsession.h"
#include "wizard/provisioningwizard.h"

#include <memory>
#include <QAbstractButton>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace wizardtest {

inline std::unique_ptr<Simulation> startSimulation()
{
    return testbed::startSimulation();
}

/// Tells the session what the simulated modules are (the capability gate runs before Start).
inline void offerSimulatedModules(ProvisioningSession *session, const Simulation &sim)
{
    for (const QJsonObject &m : sim.modules()) {
        ModuleInfo info;
        info.model = m.value(u"model").toString();
        info.firmware = m.value(u"firmware").toString();
        info.mac = m.value(u"mac").toString();
        session->setKnownModule(m.value(u"port").toString(), info);
    }
    session->setPorts(sim.ports());
}

template<typename T> T *find(QObject *root, const char *name)
{
    T *w = root->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}

inline void click(QObject *root, const char *name)
{
    auto *b = find<QAbstractButton>(root, name);
    QVERIFY(b);
    QVERIFY2(b->isEnabled(), name);
    QTest::mouseClick(b, Qt::LeftButton);
}

inline QByteArray readSecret(SecretStore *store, const QString &name)
{
    return testbed::secretValue(store, name);
}

} // namespace wizardtest
