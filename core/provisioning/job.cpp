#include "provisioning/job.h"

#include "azure/dpsresponse.h"
#include "azure/identifiers.h"
#include "azure/mqttnames.h"
#include "azure/sas.h"
#include "common/logging.h"
#include "link/serialtransport.h"
#include "pki/issue.h"
#include "pki/lint.h"
#include "pki/load.h"
#include "pki/trust.h"
#include "provisioning/job_p.h"
#include "provisioning/secretstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QScopeGuard>
#include <QtConcurrent>

using namespace std::chrono_literals;
using module::Event;
using module::Failure;

namespace {

/// MD5 of the DER of the first PEM block: what AT+USECMNG reports for it (protocol §6.4).
QString md5OfPem(const QByteArray &pem)
{
    const auto blocks = pki::pemBlocks(pem);
    if (!blocks || blocks->isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(blocks->first().der, QCryptographicHash::Md5).toHex().toUpper());
}

} // namespace

QList<RetryPolicy> Job::retryPolicies(const Profile &p)
{
    // The one table of retries (docs/link.md "Retries"; RetryTableTest compares the two). Everything
    // else fails at once: a refusal (ERROR, 401, wrong password) does not get better by asking again.
    return {
        {Step::Identify, 1 + p.retries.command, 0, QT_TRANSLATE_NOOP("Job", "a command that got no answer")},
        {Step::Wifi, 1 + p.retries.wifi, 1000,
         QT_TRANSLATE_NOOP("Job",
                           "joining again after no link, no address or a lost link (not after a wrong password)")},
        {Step::Dps, 1 + p.retries.peer, 1000,
         QT_TRANSLATE_NOOP("Job", "opening a peer again after it closed or did not connect")},
        {Step::Dps, 0, p.timeouts.requestMs,
         QT_TRANSLATE_NOOP("Job", "sending a DPS request again when its answer does not come within the request "
                                  "deadline, or after retry-after when throttled, until the DPS deadline")},
        {Step::Hub, 1 + p.retries.peer, 1000,
         QT_TRANSLATE_NOOP("Job", "opening the hub peer again after it closed or did not connect")},
    };
}

Job::Job(JobSetup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_profile(m_setup.profile)
{
    Transport *transport = m_setup.transport ? m_setup.transport() : new SerialTransport({m_setup.port});
    auto *link = new ModuleLink(transport);
    link->setTimings(m_setup.linkTimings);
    module::ModuleClient::Settings settings;
    settings.command = ms(m_profile.timeouts.commandMs);
    settings.upload = ms(m_profile.timeouts.uploadMs);
    settings.boot = ms(m_profile.timeouts.bootMs);
    settings.commandRetries = m_profile.retries.command;
    m_client = new module::ModuleClient(link, m_setup.port, settings, this);
    connect(link, &ModuleLink::traffic, this, &Job::traffic);
    connect(link, &ModuleLink::trafficWithOriginal, this, &Job::trafficWithOriginal);
    connect(m_client, &module::ModuleClient::statusChanged, this, &Job::statusChanged);
}

Job::~Job()
{
    m_task.reset();
}

ResultRow Job::initialRow() const
{
    ResultRow row;
    row.station = m_setup.station;
    row.operatorName = m_setup.operatorName;
    row.port = m_setup.port;
    row.slot = m_setup.slot;
    row.profileName = m_profile.name;
    row.profileHash = m_profile.hash();
    row.flow = Profile::flowName(m_profile.flow);
    row.lineId = m_setup.lineId;
    row.seq = m_setup.seq;
    row.started = QDateTime::currentDateTimeUtc();
    row.outcome = Outcome::Running;
    return row;
}

void Job::start()
{
    // One attempt per Job: a rerun is a new Job (its own result row and traffic).
    if (m_running || m_started)
        return;
    if (m_cancelBeforeStart) {
        refuse(Cause::Cancelled, tr("cancelled by the operator"));
        return;
    }
    m_started = true;
    m_running = true;
    m_row = initialRow();
    m_task = run();
    m_task.start();
}

void Job::refuse(Cause cause, const QString &message)
{
    if (m_running || m_started)
        return;
    m_started = true;
    m_running = true;
    m_row = initialRow();
    fail(cause, message);
    finish();
}

void Job::cancel()
{
    if (!m_started) {
        m_cancelBeforeStart = true;
        return;
    }
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Never destroy the frame from inside it: a slot of ours may be running on its behalf.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_running)
                return;
            m_task.reset();
            if (m_step)
                endStep(StepOutcome::Cancelled);
            fail(Cause::Cancelled, tr("cancelled by the operator"));
            m_client->close();
            finish();
        },
        Qt::QueuedConnection);
}

void Job::beginStep(Step step, const QString &message)
{
    m_step = step;
    m_stepClock.start();
    m_client->link()->setContext(m_setup.slot, stepName(step));
    qCInfo(lcJob) << "slot" << m_setup.slot << "step" << stepName(step) << "-" << message;
    emit stepStarted(step, message);
    // Steps overlap (Wi-Fi around the uploads): the bar never goes back.
    m_progress = qMax(m_progress, int(step) * 100 / kStepCount);
    emit progress(m_progress);
}

void Job::endStep(StepOutcome outcome, const QString &message)
{
    if (!m_step)
        return;
    StepResult r{*m_step, m_stepClock.elapsed(), outcome, message};
    m_row.steps.append(r);
    m_step.reset();
    emit stepFinished(r);
}

bool Job::fail(Cause cause, const QString &message)
{
    if (m_row.cause == Cause::None) {
        m_row.outcome = Outcome::Fail;
        m_row.cause = cause;
        m_row.causeMessage = message;
        m_client->setLastError(message);
    }
    if (m_step)
        endStep(StepOutcome::Fail, message);
    return false;
}

bool Job::fail(const Failure &f, Cause inStep)
{
    switch (f.kind) {
    case Failure::Kind::Link:
        switch (f.link) {
        case LinkError::Code::PortClosed:
            return fail(Cause::PortClosed, f.message);
        case LinkError::Code::ModuleRestarted:
            return fail(Cause::ModuleRestarted, f.message);
        case LinkError::Code::Timeout:
            return fail(Cause::Timeout, f.message);
        case LinkError::Code::PortBusy:
            return fail(Cause::PortBusy, f.message);
        case LinkError::Code::PermissionDenied:
            return fail(Cause::PortPermission, f.message);
        case LinkError::Code::OpenFailed:
            return fail(Cause::PortOpen, f.message);
        default:
            return fail(inStep, f.message);
        }
    case Failure::Kind::NetworkDown:
        return fail(Cause::WifiLost, f.message);
    case Failure::Kind::Configuration:
        return fail(Cause::PeerUrl, f.message);
    case Failure::Kind::Refused:
    case Failure::Kind::BadAnswer:
    case Failure::Kind::Mismatch:
    case Failure::Kind::PeerClosed:
    case Failure::Kind::PeerTimeout:
        return fail(inStep, f.message);
    }
    return fail(inStep, f.message);
}

void Job::finish()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_row.outcome == Outcome::Running)
        m_row.outcome = Outcome::Pass;
    m_row.finished = QDateTime::currentDateTimeUtc();
    // Wipe secrets from memory as soon as they are not needed.
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it->fill('\0');
    m_secrets.clear();
    m_derivedKey.fill(u'\0');
    m_keyPem.fill('\0');
    // Let go of the port now, not when the job object goes: the operator unplugs the module next,
    // and another tool (or the next job on this port) must be able to open it.
    m_client->link()->close();
    if (m_row.passed())
        emit progress(100); // a failed run stays where it stopped
    qCInfo(lcJob) << "slot" << m_setup.slot << "finished:" << outcomeName(m_row.outcome) << causeCode(m_row.cause);
    QMetaObject::invokeMethod(this, &Job::finished, Qt::QueuedConnection);
}

template<typename T> coro::Task<std::optional<T>> Job::onWorker(std::function<T()> work)
{
    QFutureWatcher<T> watcher;
    coro::Waiter<bool> w(120s);
    w.on(&watcher, &QFutureWatcher<T>::finished, [&w] { w.complete(true); });
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    if (!co_await w)
        co_return std::nullopt;
    co_return watcher.result();
}

coro::Task<void> Job::run()
{
    // Each step returns false after recording its failure. The Wi-Fi join takes the module
    // seconds (association, DHCP) without the host: it is started before the certificates go up
    // and awaited after them, so the uploads and the Wi-Fi store run inside it (issue 13,
    // docs/decisions.md "Wi-Fi while the certificates go up").
    bool ok = co_await prepare();
    ok = ok && co_await openPort();
    ok = ok && co_await identify();
    ok = ok && capabilityGate();
    if (ok && m_profile.options.factoryReset)
        ok = co_await factoryReset();
    ok = ok && co_await makeIdentity();
    ok = ok && co_await fastLine();  // options.uploadBaud: AT+UMRS up before any URC is due
    ok = ok && co_await startWifi(); // configure and activate; the join runs from here
    ok = ok && co_await credentials();
    if (ok && m_profile.options.cloudIdentities &&
        (!m_profile.usesDps() || m_profile.flow == Profile::Flow::DpsX509Individual ||
         m_profile.flow == Profile::Flow::DpsSymmetricIndividual))
        ok = co_await cloudIdentity();
    ok = ok && co_await persist();  // the Wi-Fi store, still inside the join
    ok = ok && co_await wifi();     // link up and an IPv4 address
    ok = ok && co_await enterEdm(); // the line back to its rate first
    if (ok && m_profile.usesDps())
        ok = co_await dps();
    if (ok && m_profile.usesDps() && !m_profile.options.connectHub) {
        beginStep(Step::Hub, tr("not connecting to the IoT Hub %1").arg(m_assignedHub));
        endStep(StepOutcome::Skipped, tr("the job ends at the assignment (options.connectHub is off)"));
    } else {
        ok = ok && co_await hub();
    }
    if (ok && m_profile.stagedWifi())
        ok = co_await fieldWifi(); // the line network goes, the field network is stored
    if (ok && m_profile.options.rebootAtEnd)
        ok = co_await reboot();
    if (ok && m_profile.stagedWifi())
        ok = co_await checkStoredWifi();
    if (!ok && m_baudBefore)
        co_await restoreLine(); // a failed job leaves the module at the rate it found it
    m_client->close();
    if (ok && m_profile.options.cloudCheck)
        co_await verifyInCloud();
    finish();
}

// -- prepare: everything that can fail without a module ----------------------------------------

coro::Task<bool> Job::prepare()
{
    beginStep(Step::Prepare, tr("checking the profile, secrets and certificates"));
    const QStringList problems = m_profile.validate();
    if (!problems.isEmpty())
        co_return fail(Cause::Profile, tr("the profile is incomplete: %1").arg(problems.join(QStringLiteral("; "))));
    if (!co_await readSecrets())
        co_return false;
    if (!loadTrust())
        co_return false;
    if (!co_await loadCa())
        co_return false;
    endStep();
    co_return true;
}

coro::Task<bool> Job::readSecrets()
{
    if (!m_setup.secrets && !m_profile.requiredSecrets().isEmpty())
        co_return fail(Cause::SecretMissing, tr("no secret store is configured"));
    for (const QString &name : m_profile.requiredSecrets()) {
        if (!co_await readSecret(name))
            co_return false;
    }
    co_return true;
}

coro::Task<bool> Job::readSecret(QString name)
{
    if (!m_setup.secrets)
        co_return fail(Cause::SecretMissing, tr("no secret store is configured"));
    SecretJob *job = m_setup.secrets->read(name);
    // Deleted however this frame ends (also when the job is cancelled while waiting).
    const auto dispose = qScopeGuard([job] { job->deleteLater(); });
    coro::Waiter<bool> w(30s);
    w.on(job, &SecretJob::finished, [&w] { w.complete(true); });
    const bool done = (co_await w).has_value();
    if (!done)
        co_return fail(Cause::SecretMissing, tr("reading the secret '%1' took too long").arg(name));
    if (!job->isOk() || job->value().isEmpty())
        co_return fail(Cause::SecretMissing,
                       job->errorString().isEmpty() ? tr("the secret '%1' is not set").arg(name) : job->errorString());
    m_secrets.insert(name, job->value());
    co_return true;
}

bool Job::loadTrust()
{
    // The server's root the module will trust.
    const QString root = m_profile.trust.roots.first();
    const auto cert = root.startsWith(QLatin1String("bundled:")) ? pki::loadBundledRoot(root)
                                                                 : [&]() -> pki::Result<pki::Certificate> {
        const auto bundle = pki::loadFile(m_profile.resolvePath(root));
        if (!bundle)
            return pki::Result<pki::Certificate>::failure(bundle.error());
        if (bundle->certificates.isEmpty())
            return pki::Result<pki::Certificate>::failure(tr("no certificate in %1").arg(root));
        return bundle->certificates.first();
    }();
    if (!cert)
        return fail(Cause::Certificate, tr("trust.roots: %1").arg(cert.error()));
    m_rootPem = cert->toPem();
    return true;
}

coro::Task<bool> Job::loadCa()
{
    if (!m_profile.usesX509() || m_profile.certificates.policy != QLatin1String("generate"))
        co_return true;
    // The one CA loader, on a worker thread: a CA key on a PKCS#11 token logs in to the token.
    const QString certPath = m_profile.resolvePath(m_profile.certificates.caCertificate);
    const QString keyPath = m_profile.resolvePath(m_profile.certificates.caKey);
    const QByteArray secret = m_secrets.value(m_profile.caKeySecret());
    // A named function, not a lambda temporary in the co_await: GCC 12 destroys such temporaries
    // with non-trivial captures twice.
    std::function<pki::Result<pki::CaPair>()> load = [certPath, keyPath, secret] {
        return pki::loadCa(certPath, keyPath, secret);
    };
    const auto ca = co_await onWorker<pki::Result<pki::CaPair>>(std::move(load));
    if (!ca || !*ca)
        co_return fail(Cause::Certificate, ca ? tr("the CA: %1").arg(ca->error()) : tr("loading the CA took too long"));
    m_ca = ca->value().certificate;
    m_caKey = ca->value().key;
    co_return true;
}

// -- open, identify ------------------------------------------------------------------------------

coro::Task<bool> Job::openPort()
{
    beginStep(Step::Open, tr("opening %1 and finding the module").arg(m_setup.port));
    // What a killed run left on the line (its echo of the Wi-Fi passphrase, say) is read while the
    // link drains: the profile's secrets are masked from the first byte.
    m_client->link()->addKnownSecrets(m_secrets.values());
    const auto opened = co_await m_client->open();
    if (!opened) {
        const Failure &f = opened.error();
        if (f.kind == Failure::Kind::Link && f.link == LinkError::Code::Timeout)
            co_return fail(Cause::NoAnswer, f.message);
        co_return fail(f, Cause::NoAnswer);
    }
    if (m_client->link()->mode() == ModuleLink::Mode::Edm) {
        // Still in EDM from a host that went away mid-job, perhaps with its peers open: a new
        // peer with the same client id would share that MQTT session and its answers would go to
        // the old channel. A restart closes them all and returns to command mode.
        qCInfo(lcJob) << "the module is still in EDM from an earlier session: restarting it";
        const auto restarted = co_await m_client->restart();
        if (!restarted)
            co_return fail(restarted.error(), Cause::NoAnswer);
        endStep(StepOutcome::Pass, tr("it was still in Extended Data Mode from an earlier session and was restarted"));
        co_return true;
    }
    endStep(StepOutcome::Pass, ModuleStatus::modeText(m_client->link()->mode()));
    co_return true;
}

coro::Task<bool> Job::identify()
{
    beginStep(Step::Identify, tr("reading the model, firmware and MAC address"));
    const bool serial = m_profile.identity.idTemplate.contains(QLatin1String("{serial}")) && m_setup.serial.isEmpty();
    const auto info = co_await m_client->identify(serial);
    if (!info)
        co_return fail(info.error(), Cause::IdentifyFailed);
    m_module = *info;
    if (!m_setup.serial.isEmpty())
        m_module.serial = m_setup.serial;
    m_row.model = m_module.model;
    m_row.firmware = m_module.firmware;
    m_row.mac = m_module.mac;
    endStep(StepOutcome::Pass, tr("%1, firmware %2, MAC %3").arg(m_module.model, m_module.firmware, m_module.mac));
    co_return true;
}

bool Job::capabilityGate()
{
    beginStep(Step::Capability, tr("checking that this module can run the profile"));
    if (const auto why = m_profile.refusalFor(m_module))
        return fail(Cause::Unsupported, *why);
    m_client->setCapabilities(Capabilities::of(m_module));
    endStep();
    return true;
}

coro::Task<bool> Job::factoryReset()
{
    beginStep(Step::Reset, tr("restoring factory settings"));
    const auto done = co_await m_client->factoryReset();
    if (!done)
        co_return fail(done.error(), Cause::ResetFailed);
    endStep();
    co_return true;
}

coro::Task<bool> Job::makeIdentity()
{
    beginStep(Step::Identity, tr("making the device identity"));
    const auto id = m_profile.deviceId(m_module, m_setup.seq);
    if (!id)
        co_return fail(Cause::Identity, id.error());
    m_id = *id;
    m_row.registrationId = m_profile.usesDps() ? m_id : QString();
    m_row.deviceId = m_id;
    if (!co_await checkWithLine(m_id))
        co_return false;
    if (m_step) // checkWithLine() may have closed the step with its own words
        endStep(StepOutcome::Pass, m_id);
    co_return true;
}

// -- issue 16: identities across the stations of a line -----------------------------------------

coro::Task<bool> Job::checkWithLine(QString id)
{
    if (!m_setup.checkIdentity)
        co_return true;
    // The answer comes from the results writer's thread through the station; the context object
    // drops it if this frame is gone by then.
    QObject context;
    QPointer<QObject> alive(&context);
    coro::Waiter<IdentityCheck> answer(30s);
    m_setup.checkIdentity(id, [alive, &answer](const IdentityCheck &c) {
        if (alive)
            answer.complete(c);
    });
    const std::optional<IdentityCheck> check = co_await answer;
    const bool rework = m_profile.identity.onDuplicate == QLatin1String("rework");
    if (!check || !check->checked) {
        const QString why = check ? check->error : tr("no answer within 30 s");
        if (rework) { // a rework is allowed whatever the record says: go on, say it was not asked
            endStep(StepOutcome::Pass, tr("%1 (not checked against the line: %2)").arg(id, why));
            co_return true;
        }
        co_return fail(Cause::ResultsStore,
                       tr("cannot check the device ID %1 against the line's record: %2").arg(id, why));
    }
    if (!check->previous)
        co_return true;
    const ResultRow &p = *check->previous;
    const QString where =
        tr("station %1, attempt #%2 on %3").arg(p.station).arg(p.id).arg(p.finished.toUTC().toString(Qt::ISODate));
    if (!rework)
        co_return fail(Cause::Identity, tr("the device ID %1 already passed on %2: the profile refuses duplicates "
                                           "(identity.onDuplicate is \"refuse\")")
                                            .arg(id, where));
    endStep(StepOutcome::Pass, tr("%1: rework of the device that passed on %2").arg(id, where));
    co_return true;
}

// -- credentials ---------------------------------------------------------------------------------

coro::Task<bool> Job::credentials()
{
    beginStep(Step::Credentials, tr("putting the certificates on the module"));
    QList<Upload> objects{{0, m_profile.certificates.caName, m_rootPem, false}};
    if (m_profile.usesX509()) {
        if (!co_await deviceCertificate())
            co_return false;
        objects.append({1, m_profile.certificates.certName, m_certPem, false});
        objects.append({2, m_profile.certificates.keyName, m_keyPem, true});
    }
    QStringList skipped, sent;
    for (const Upload &o : objects) {
        bool wasThere = false;
        if (!co_await uploadObject(o, &wasThere))
            co_return false;
        (wasThere ? skipped : sent) << o.name;
    }
    // Which objects a rework (or the rerun after a crash) found in place, for the record.
    QStringList said;
    if (!skipped.isEmpty())
        said << tr("already on the module: %1").arg(skipped.join(QStringLiteral(", ")));
    if (!sent.isEmpty())
        said << tr("sent: %1").arg(sent.join(QStringLiteral(", ")));
    endStep(StepOutcome::Pass, said.join(QStringLiteral("; ")));
    co_return true;
}

coro::Task<bool> Job::deviceCertificate()
{
    if (m_profile.certificates.policy == QLatin1String("generate")) {
        const auto type = pki::keyTypeFromName(m_profile.certificates.keyType).value_or(pki::KeyType::EcP256);
        pki::CertificateSpec spec;
        spec.commonName = m_id;
        spec.validityDays = m_profile.certificates.validityDays;
        // Key generation and signing run on a worker thread: RSA-4096 takes seconds, and a CA key
        // on a token signs on the token (a round trip to the hardware).
        using Made = pki::Result<std::pair<pki::Key, pki::Certificate>>;
        // Named, not a temporary in the co_await (see loadCa()).
        std::function<Made()> make = [type, spec, ca = m_ca, caKey = m_caKey]() -> Made {
            const auto key = pki::Key::generate(type);
            if (!key)
                return Made::failure(key.error());
            const auto cert = pki::makeDeviceCertificate(*key, spec, ca, caKey);
            if (!cert)
                return Made::failure(cert.error());
            return std::pair{*key, *cert};
        };
        const auto made = co_await onWorker<Made>(std::move(make));
        if (!made || !*made)
            co_return fail(Cause::Certificate,
                           made ? made->error() : tr("making the device certificate took too long"));
        m_certPem = made->value().second.toPem();
        m_keyPem = made->value().first.toPem();
        if (m_setup.recordIssuance) // issue 17: every certificate the station signs is in the ledger
            m_setup.recordIssuance(made->value().second, m_row);
    } else {
        const QString folder = m_profile.resolvePath(m_profile.certificates.folder);
        const auto loaded = pki::loadDeviceCredentials(folder, m_id);
        if (!loaded)
            co_return fail(Cause::Certificate, loaded.error());
        m_certPem = loaded->first;
        m_keyPem = loaded->second;
    }
    const auto certs = pki::Certificate::listFromPem(m_certPem);
    if (!certs || certs->isEmpty())
        co_return fail(Cause::Certificate, tr("the device certificate cannot be read"));
    pki::LintOptions lo;
    lo.expectedId = m_id;
    lo.credentialName = m_profile.certificates.certName;
    lo.pemText = m_certPem;
    if (!m_ca.isNull())
        lo.anchors = {m_ca};
    for (const pki::LintFinding &f : pki::lint(*certs, lo)) {
        if (f.severity == pki::Severity::Error)
            co_return fail(Cause::Certificate, tr("the device certificate: %1").arg(f.message));
    }
    m_row.certificateSerial = certs->first().serialNumberHex();
    m_row.certificateThumbprint = QString::fromLatin1(certs->first().sha256().toHex());
    co_return true;
}

coro::Task<bool> Job::uploadObject(Upload o, bool *wasThere)
{
    const QString md5 = md5OfPem(o.pem);
    if (md5.isEmpty())
        co_return fail(Cause::Certificate, tr("%1 is not PEM").arg(o.name));
    // Rework is idempotent: an identical object already on the module is not sent again.
    const auto have = co_await m_client->storedMd5(o.type, o.name, md5);
    if (!have)
        co_return fail(have.error(), Cause::Upload);
    if (have->has_value() && have->value().compare(md5, Qt::CaseInsensitive) == 0) {
        qCInfo(lcJob) << o.name << "already on the module";
        *wasThere = true;
        co_return true;
    }
    const auto stored = co_await m_client->importObject(o.type, o.name, o.pem, md5, o.secret);
    if (!stored) {
        if (stored.error().kind == Failure::Kind::Refused)
            co_return fail(Cause::Upload,
                           tr("the module refused %1 (store full, name or size not accepted)").arg(o.name));
        co_return fail(stored.error(), Cause::Upload);
    }
    co_return true;
}

// -- the cloud side ------------------------------------------------------------------------------

azure::service::CloudSetup::DeviceCredential Job::cloudCredential() const
{
    azure::service::CloudSetup::DeviceCredential credential;
    if (m_profile.usesX509()) {
        credential.thumbprint = m_row.certificateThumbprint;
        credential.certificate = m_certPem;
    }
    return credential;
}

coro::Task<bool> Job::cloudIdentity()
{
    beginStep(Step::Cloud, tr("making the device's identity in Azure"));
    // A named local: GCC 12 destroys a temporary with captures inside co_await twice.
    azure::service::CloudSetup cloud(m_profile, m_setup.secrets, m_setup.cloudOptions);
    const auto report = co_await cloud.ensureDevice(m_id, cloudCredential());
    if (!report.ok)
        co_return fail(report.causeCode == QLatin1String("secret_missing") ? Cause::SecretMissing : Cause::Hub,
                       tr("Azure did not make the identity of %1: %2").arg(m_id, report.cause));
    QStringList done;
    for (const azure::service::CloudItem &item : report.items)
        done << QStringLiteral("%1 %2").arg(item.id, azure::service::CloudItem::actionName(item.action));
    endStep(StepOutcome::Pass, done.join(QStringLiteral(", ")));
    co_return true;
}

coro::Task<bool> Job::verifyInCloud()
{
    beginStep(Step::Verify, tr("asking the hub whether it saw the device"));
    const QString device = m_profile.usesDps() ? m_deviceId : m_id;
    azure::service::CloudSetup cloud(m_profile, m_setup.secrets, m_setup.cloudOptions);
    const auto check = co_await cloud.verifyDevice(device, cloudCredential(), m_row.started);
    m_row.cloudCheck = azure::service::DeviceCheck::verdictName(check.verdict);
    if (check.isFailure())
        co_return fail(Cause::CloudUnknownDevice, check.cause);
    if (check.verdict == azure::service::DeviceCheck::Verdict::Unknown) {
        // No hub connection string, or the hub could not be asked: recorded, not a failure.
        endStep(StepOutcome::Skipped, check.cause);
        co_return true;
    }
    endStep(StepOutcome::Pass, check.connectionState.isEmpty()
                                   ? m_row.cloudCheck
                                   : QStringLiteral("%1, %2").arg(m_row.cloudCheck, check.connectionState));
    co_return true;
}

// -- EDM, the line's rate, reboot ------------------------------------------------------------

coro::Task<bool> Job::enterEdm()
{
    beginStep(Step::Edm, tr("switching to Extended Data Mode"));
    // Wi-Fi is up: no URC is due, so the line can go back to its rate (AT+UMRS acts in command
    // mode only).
    if (m_baudBefore && !co_await restoreLine())
        co_return false;
    const auto done = co_await m_client->enterEdm();
    if (!done)
        co_return fail(done.error(), Cause::EdmFailed);
    endStep();
    co_return true;
}

coro::Task<bool> Job::fastLine()
{
    const qint32 baud = m_profile.options.uploadBaud;
    if (baud <= 0 || baud == m_client->link()->transport()->baudRate())
        co_return true;
    // Not a step of its own. A firmware or port that cannot take the rate stays at the one it has.
    const auto before = co_await m_client->switchBaudRate(baud);
    if (!before) {
        if (before.error().kind != Failure::Kind::Refused)
            co_return fail(before.error(), Cause::Upload);
        qCInfo(lcJob) << "staying at" << m_client->link()->transport()->baudRate() << "baud:" << before.error().message;
    } else if (*before != baud) {
        m_baudBefore = *before;
    }
    co_return true;
}

coro::Task<bool> Job::restoreLine()
{
    const qint32 baud = std::exchange(m_baudBefore, 0);
    const auto back = co_await m_client->switchBaudRate(baud);
    if (!back)
        co_return fail(back.error(), Cause::EdmFailed);
    co_return true;
}

coro::Task<bool> Job::reboot()
{
    beginStep(Step::Reboot, tr("restarting the module"));
    const auto restarted = co_await m_client->restart();
    if (!restarted)
        co_return fail(restarted.error(), Cause::RebootFailed);
    endStep();
    co_return true;
}
