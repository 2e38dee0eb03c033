#include "provisioning/simulation.h"

#include "azure/service/cloudsetup.h"
#include "common/logging.h"
#include "pki/issue.h"
#include "pki/key.h"
#include "provisioning/secretstore.h"
#include "provisioning/station.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>

#include <csignal>
#include <sys/prctl.h>

namespace {

/// The environment variable that hands a key to local-azure (--symmetric-key-env).
constexpr char kKeyVariable[] = "LOCAL_AZURE_KEY";

QString randomKey(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64());
}

QString randomPassphrase()
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < 16; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return out;
}

} // namespace

Simulation::Simulation(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(std::make_unique<MemorySecretStore>())
{
    if (m_options.binDir.isEmpty())
        m_options.binDir = QCoreApplication::applicationDirPath();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        setFailed(tr("the simulation did not start within 30 s (local Azure or uxsim did not answer)"));
    });
    // The simulators die with this process, however it ends (a killed demo leaves nothing behind).
    for (QProcess *p : {&m_azureProcess, &m_uxsimProcess})
        p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(&m_azureProcess, &QProcess::readyReadStandardOutput, this, &Simulation::onAzureOutput);
    connect(&m_uxsimProcess, &QProcess::readyReadStandardOutput, this, &Simulation::onUxsimOutput);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        for (QProcess *p : {&m_uxsimProcess, &m_azureProcess})
            if (p->state() != QProcess::NotRunning)
                p->kill();
    });
    for (QProcess *p : {&m_uxsimProcess, &m_azureProcess})
        connect(p, &QProcess::finished, this, &Simulation::onProcessEnded);
    const auto died = [this](const QString &what, QProcess &p) {
        connect(&p, &QProcess::finished, this, [this, what, &p] {
            if (!m_ready)
                setFailed(tr("%1 stopped while starting: %2")
                              .arg(what, QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
        });
        connect(&p, &QProcess::errorOccurred, this, [this, what](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                setFailed(tr("cannot start %1 (is it built and installed?)").arg(what));
        });
    };
    died(QStringLiteral("local-azure"), m_azureProcess);
    died(QStringLiteral("uxsim"), m_uxsimProcess);
}

Simulation::~Simulation()
{
    // Teardown only (the owner waited for stopped() where it has an event loop): what still runs
    // is killed; the processes also die with us (PR_SET_PDEATHSIG).
    for (QProcess *p : {&m_uxsimProcess, &m_azureProcess}) {
        p->disconnect(this);
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(1000); // SIGKILL: immediate; only reaps the process
        }
    }
}

SecretStore *Simulation::secrets() const
{
    return m_secrets.get();
}

QString Simulation::stateDir() const
{
    return m_dir.filePath(QStringLiteral("azure"));
}

QString Simulation::tool(const QString &name) const
{
    const QString beside = QDir(m_options.binDir).filePath(name);
    return QFileInfo::exists(beside) ? beside : name;
}

void Simulation::setFailed(const QString &error)
{
    if (m_failed || m_ready)
        return;
    m_failed = true;
    m_error = error;
    m_deadline.stop();
    stop();
    emit failed(error);
}

void Simulation::start()
{
    if (!m_dir.isValid())
        return setFailed(tr("cannot create a temporary directory"));
    m_deadline.start(30000);
    QDir().mkpath(stateDir());
    m_azureProcess.setProcessChannelMode(QProcess::SeparateChannels);
    m_uxsimProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel); // its warnings reach the log
    m_azureProcess.start(tool(QStringLiteral("local-azure")),
                         {QStringLiteral("run"), QStringLiteral("--state-dir"), stateDir(), QStringLiteral("--json"),
                          QStringLiteral("--assignment-delay-ms"), QString::number(m_options.assignmentDelayMs),
                          QStringLiteral("--retry-after"), QStringLiteral("1")});
}

void Simulation::onAzureOutput()
{
    if (!m_azure.isEmpty()) {
        m_azureProcess.readAllStandardOutput();
        return;
    }
    m_azureBuffer += m_azureProcess.readAllStandardOutput();
    const qsizetype nl = m_azureBuffer.indexOf('\n');
    if (nl < 0)
        return;
    m_azure = QJsonDocument::fromJson(m_azureBuffer.left(nl)).object();
    m_azureBuffer.clear();
    if (m_azure.value(u"x509_port").toInt() <= 0)
        return setFailed(tr("local-azure printed no ports"));
    // The owner policies' connection strings go to the secret store, and nowhere else.
    for (const char *key : {"hub_connection_string", "dps_connection_string"}) {
        const QString name = QLatin1String(key) == QLatin1String("hub_connection_string")
                                 ? m_profile.hub.connectionStringSecret
                                 : m_profile.dps.connectionStringSecret;
        m_secrets->write(name, m_azure.take(QLatin1String(key)).toString().toUtf8())->deleteLater();
    }
    startModules();
}

void Simulation::startModules()
{
    const QString pass = randomPassphrase();
    m_secrets->write(QStringLiteral("wifi-passphrase"), pass.toUtf8())->deleteLater();
    const QString dpsHost = m_azure.value(u"dps_host").toString();
    const QString hubHost = m_azure.value(u"hub_host").toString();
    QString x509 = QStringLiteral("127.0.0.1:") + QString::number(m_azure.value(u"x509_port").toInt());
    QString sas = QStringLiteral("127.0.0.1:") + QString::number(m_azure.value(u"sas_port").toInt());
    if (m_options.unreachableCloud) {
        // A port that was free a moment ago and that nobody listens on: connections are refused.
        QTcpServer reserve;
        if (!reserve.listen(QHostAddress::LocalHost, 0))
            return setFailed(tr("no free loopback port for an unreachable Azure: %1").arg(reserve.errorString()));
        m_deadPort = reserve.serverPort();
        x509 = sas = QStringLiteral("127.0.0.1:") + QString::number(m_deadPort);
    }
    // The passphrase goes through the environment (UXSIM_WIFI), never the command line that ps shows.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("UXSIM_WIFI"), m_options.wifiSsid + u':' + pass);
    m_uxsimProcess.setProcessEnvironment(env);
    QStringList args{QStringLiteral("--link"),        m_dir.filePath(QStringLiteral("tty")),
                     QStringLiteral("--count"),       QString::number(m_options.modules),
                     QStringLiteral("--persona"),     m_options.persona,
                     QStringLiteral("--latency"),     m_options.latency,
                     QStringLiteral("--resolve"),     dpsHost + u'=' + x509,
                     QStringLiteral("--resolve"),     hubHost + u'=' + x509,
                     QStringLiteral("--resolve-sas"), dpsHost + u'=' + sas,
                     QStringLiteral("--resolve-sas"), hubHost + u'=' + sas};
    for (const QString &f : m_options.faults)
        args << QStringLiteral("--fault") << f;
    if (!m_options.moduleStateFile.isEmpty())
        args << QStringLiteral("--state-file") << m_options.moduleStateFile;
    args << m_options.uxsimArgs;
    m_uxsimProcess.start(tool(QStringLiteral("uxsim")), args);
}

void Simulation::onUxsimOutput()
{
    if (m_ready || m_failed) {
        m_uxsimProcess.readAllStandardOutput(); // nothing more to learn: do not let it pile up
        return;
    }
    m_uxsimBuffer += m_uxsimProcess.readAllStandardOutput();
    qsizetype nl;
    while (m_modules.size() < m_options.modules && (nl = m_uxsimBuffer.indexOf('\n')) >= 0) {
        const QJsonObject module = QJsonDocument::fromJson(m_uxsimBuffer.left(nl)).object();
        m_uxsimBuffer.remove(0, nl + 1);
        if (module.value(u"port").toString().isEmpty())
            continue;
        m_modules.append(module);
        m_ports.append(module.value(u"port").toString());
    }
    if (m_modules.size() == m_options.modules && !m_ready && !m_failed)
        finishSetup();
}

QString Simulation::deviceIdFor(const QJsonObject &module)
{
    return (module.value(u"model").toString() + u'-' + module.value(u"mac").toString()).toLower();
}

int Simulation::azureTool(QStringList args, QByteArray *out) const
{
    args << QStringLiteral("--state-dir") << stateDir();
    QProcess p;
    p.start(tool(QStringLiteral("local-azure")), args);
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished(1000);
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool Simulation::makeIdentities()
{
    // The local-azure commands run one after the other, without blocking (runNextTool()).
    const auto queue = [this](QStringList args, const QString &what, const QString &key = {}) {
        m_toolQueue.append({std::move(args), what, key});
    };
    const auto flow = m_options.flow;
    if (flow == Profile::Flow::DpsX509 || flow == Profile::Flow::HubX509 || flow == Profile::Flow::DpsX509Individual) {
        const QString caCert = m_dir.filePath(QStringLiteral("station-ca.pem"));
        const QString caKey = m_dir.filePath(QStringLiteral("station-ca.key.pem"));
        const auto key = pki::Key::generate(pki::KeyType::EcP256);
        pki::CertificateSpec spec;
        spec.commonName = QStringLiteral("Provisioning Station Demo CA");
        spec.validityDays = 30;
        const auto ca = key ? pki::makeRootCa(*key, spec) : pki::Result<pki::Certificate>::failure(key.error());
        if (!ca) {
            setFailed(tr("cannot make the demo CA: %1").arg(ca.error()));
            return false;
        }
        const auto w1 = pki::writePublicFile(caCert, ca->toPem());
        const auto w2 = pki::writePrivateFile(caKey, key->toPem());
        if (!w1 || !w2) {
            setFailed(tr("cannot write the demo CA: %1").arg(w1 ? w2.error() : w1.error()));
            return false;
        }
        if (m_options.prepareCloud) {
            // Azure's management plane: upload the CA (verified on upload); CloudSetup does the rest.
            queue(flow == Profile::Flow::HubX509
                      ? QStringList{QStringLiteral("hub"), QStringLiteral("ca"), QStringLiteral("add"),
                                    QStringLiteral("--cert"), caCert}
                      : QStringList{QStringLiteral("dps"), QStringLiteral("ca"), QStringLiteral("add"),
                                    QStringLiteral("--cert"), caCert, QStringLiteral("--verified")},
                  tr("upload and verify the CA"));
            // Each device's identity by its certificate's thumbprint, made by the job itself just
            // before its module is provisioned (the CA stays trusted for the TLS handshake).
            m_profile.hub.x509Auth = QStringLiteral("thumbprint");
            m_profile.options.cloudIdentities = flow == Profile::Flow::HubX509;
        } else if (flow == Profile::Flow::HubX509) {
            queue(
                {QStringLiteral("hub"), QStringLiteral("ca"), QStringLiteral("add"), QStringLiteral("--cert"), caCert},
                tr("add the CA to the hub"));
            for (const QJsonObject &m : m_modules)
                queue({QStringLiteral("hub"), QStringLiteral("device"), QStringLiteral("create"),
                       QStringLiteral("--device-id"), deviceIdFor(m), QStringLiteral("--ca-signed")},
                      tr("create a device"));
            // The devices authenticate by CA: the hub's verdict after the run must expect that.
            m_profile.hub.x509Auth = QStringLiteral("ca");
        } else {
            queue({QStringLiteral("dps"), QStringLiteral("enrollment-group"), QStringLiteral("create"),
                   QStringLiteral("--group-id"), QStringLiteral("station-demo"), QStringLiteral("--ca-cert"), caCert},
                  tr("create the enrollment group"));
        }
        m_profile.certificates.caCertificate = caCert;
        m_profile.certificates.caKey = caKey;
    } else if (m_options.prepareCloud) {
        // CloudSetup makes the group key and keeps it in the secret store; for hub-sas the job makes
        // each device's identity with a key of its own just before its module is provisioned.
        if (flow == Profile::Flow::HubSas) {
            m_profile.hub.deviceKeys = QStringLiteral("per-device");
            m_profile.options.cloudIdentities = true;
        }
    } else if (flow == Profile::Flow::DpsSymmetric) {
        const QString groupKey = randomKey(64);
        m_secrets->write(QStringLiteral("dps-group-key"), groupKey.toUtf8())->deleteLater();
        queue({QStringLiteral("dps"), QStringLiteral("enrollment-group"), QStringLiteral("create"),
               QStringLiteral("--group-id"), QStringLiteral("station-demo"), QStringLiteral("--symmetric-key-env"),
               QString::fromLatin1(kKeyVariable)},
              tr("create the enrollment group"), groupKey);
    } else if (flow == Profile::Flow::HubSas) {
        // One key for every simulated device: a demo; real lines give each device its own.
        const QString deviceKey = randomKey(32);
        m_secrets->write(QStringLiteral("hub-device-key"), deviceKey.toUtf8())->deleteLater();
        for (const QJsonObject &m : m_modules)
            queue({QStringLiteral("hub"), QStringLiteral("device"), QStringLiteral("create"),
                   QStringLiteral("--device-id"), deviceIdFor(m), QStringLiteral("--symmetric-key-env"),
                   QString::fromLatin1(kKeyVariable)},
                  tr("create a device"), deviceKey);
    } else {
        setFailed(tr("the simulation has no set-up for the %1 flow").arg(Profile::flowName(flow)));
        return false;
    }
    return true;
}

void Simulation::runNextTool()
{
    if (m_failed)
        return;
    if (m_toolQueue.isEmpty() && m_options.prepareCloud && !m_cloudPrepared)
        return prepareCloud();
    if (m_toolQueue.isEmpty()) {
        m_deadline.stop();
        m_ready = true;
        qCInfo(lcJob) << "simulation ready:" << m_ports;
        emit ready();
        return;
    }
    // A named step, not a structured binding: clang 14 cannot capture those in a lambda.
    const ToolStep step = m_toolQueue.takeFirst();
    const QString what = step.what;
    auto *p = new QProcess(this);
    p->setProcessChannelMode(QProcess::MergedChannels);
    if (!step.key.isEmpty()) { // a key reaches local-azure through its environment, not its command line
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kKeyVariable), step.key);
        p->setProcessEnvironment(env);
    }
    connect(p, &QProcess::finished, this, [this, p, what](int code, QProcess::ExitStatus status) {
        p->deleteLater();
        if (status != QProcess::NormalExit || code != 0)
            return setFailed(tr("local-azure could not %1: %2").arg(what, QString::fromUtf8(p->readAll()).trimmed()));
        runNextTool();
    });
    connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            p->deleteLater();
            setFailed(tr("cannot start %1 (is it built and installed?)").arg(QStringLiteral("local-azure")));
        }
    });
    p->start(tool(QStringLiteral("local-azure")), step.args + QStringList{QStringLiteral("--state-dir"), stateDir()});
}

// The station's own service clients make the cloud match the profile (docs/cloud.md).
void Simulation::prepareCloud()
{
    QStringList ids;
    for (const QJsonObject &m : m_modules)
        ids << deviceIdFor(m);
    auto *setup = new azure::service::CloudSetup(m_profile, m_secrets.get(),
                                                 azure::service::CloudSetup::optionsForLocalAzure(m_azure), this);
    connect(setup, &azure::service::CloudSetup::finished, this, [this, setup](const azure::service::CloudReport &r) {
        setup->deleteLater();
        m_cloudReport = r.toJson();
        if (!r.ok)
            return setFailed(tr("preparing the cloud failed: %1").arg(r.cause));
        m_cloudPrepared = true;
        runNextTool();
    });
    // Hub flows: the job makes each identity (options.cloudIdentities); DPS: the group only.
    setup->startPrepareWithDevices(m_profile.options.cloudIdentities || m_profile.usesDps() ? QStringList() : ids);
}

void Simulation::finishSetup()
{
    m_profile.name = tr("Simulated %1").arg(Profile::flowName(m_options.flow));
    m_profile.flow = m_options.flow;
    m_profile.dps.host = m_azure.value(u"dps_host").toString();
    m_profile.dps.idScope = m_azure.value(u"id_scope").toString();
    m_profile.dps.pollIntervalMs = 500;
    m_profile.hub.host = m_azure.value(u"hub_host").toString();
    m_profile.trust.roots = {m_azure.value(u"ca_file").toString()};
    m_profile.wifi.ssid = m_options.wifiSsid;
    m_profile.timeouts.commandMs = 5000;
    if (!makeIdentities())
        return;
    runNextTool();
}

void Simulation::stop()
{
    m_deadline.stop();
    // SIGTERM to both; SIGKILL for whatever still runs after 5 s. stopped() when both are gone.
    bool running = false;
    for (QProcess *p : {&m_uxsimProcess, &m_azureProcess}) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            running = true;
        }
    }
    if (!running) {
        QMetaObject::invokeMethod(this, &Simulation::stopped, Qt::QueuedConnection);
        return;
    }
    m_killTimer.start(5000);
}

bool Simulation::isRunning() const
{
    return m_uxsimProcess.state() != QProcess::NotRunning || m_azureProcess.state() != QProcess::NotRunning;
}

void Simulation::onProcessEnded()
{
    if (!isRunning()) {
        m_killTimer.stop();
        emit stopped();
    }
}

azure::service::CloudSetupOptions Simulation::cloudOptions() const
{
    return azure::service::CloudSetup::optionsForLocalAzure(m_azure);
}

azure::EndpointProbe::Routes Simulation::probeRoutes() const
{
    const bool x509 = m_profile.usesX509();
    const auto port =
        quint16(m_options.unreachableCloud ? m_deadPort : m_azure.value(x509 ? u"x509_port" : u"sas_port").toInt());
    azure::EndpointProbe::Routes routes;
    for (const char *key : {"dps_host", "hub_host"})
        routes.insert(m_azure.value(QLatin1String(key)).toString(), {QStringLiteral("127.0.0.1"), port});
    return routes;
}

void Simulation::connectStation(Station &station) const
{
    station.setSecrets(secrets());
    station.setCloudOptions(cloudOptions());
    station.setProbeRoutes(probeRoutes());
    for (const QJsonObject &m : m_modules) {
        ModuleInfo info;
        info.model = m.value(u"model").toString();
        info.firmware = m.value(u"firmware").toString();
        info.mac = m.value(u"mac").toString();
        station.setKnownModule(m.value(u"port").toString(), info);
    }
}
