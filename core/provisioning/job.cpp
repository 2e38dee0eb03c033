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

bool isNetworkLoss(const Event &e)
{
    return e.kind == Event::Kind::WifiDown || e.kind == Event::Kind::NetworkDown;
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
    ok = ok && co_await hub();
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

// -- Wi-Fi ---------------------------------------------------------------------------------------

coro::Task<bool> Job::startWifi()
{
    const bool staged = m_profile.stagedWifi();
    beginStep(Step::Wifi, staged
                              ? tr("starting to join the line network %1 for the test (it is not left on the module)")
                                    .arg(m_profile.wifi.ssid)
                              : tr("starting to join the Wi-Fi network %1").arg(m_profile.wifi.ssid));
    const bool open = m_profile.wifi.security == QLatin1String("open");
    if (!open) {
        if (const QString problem = passphraseProblem(secret(m_profile.wifi.passphraseSecret)); !problem.isEmpty())
            co_return fail(Cause::SecretInvalid, problem);
    }
    // The field passphrase is checked before the line is joined: a bad one found after the cloud
    // steps would waste the registration.
    if (staged && m_profile.wifi.field.security != QLatin1String("open")) {
        if (const QString problem = passphraseProblem(secret(m_profile.wifi.field.passphraseSecret));
            !problem.isEmpty())
            co_return fail(Cause::SecretInvalid, tr("the field network's passphrase: %1").arg(problem));
    }
    // A module provisioned before joins its stored network at start-up; a configuration can only
    // be activated when none is active, so take the old one down first (with a field network, the
    // one activated at start-up is the field configuration).
    const auto active = co_await m_client->wifiActive();
    if (active && *active) {
        m_client->dropEvents([](const Event &) { return true; });
        bool down = bool(co_await m_client->deactivateWifi(Profile::kLineWifiConfigId));
        if (!down && staged)
            down = bool(co_await m_client->deactivateWifi(m_profile.wifi.field.configId));
        if (down)
            co_await m_client->nextEvent([](const Event &e) { return e.kind == Event::Kind::WifiDown; },
                                         ms(qMin(m_profile.timeouts.wifiMs, 5000)));
    }
    module::WifiSettings s;
    s.configId = Profile::kLineWifiConfigId;
    s.ssid = m_profile.wifi.ssid;
    s.open = open;
    // The line network is never activated at start-up when a field network takes its place; it is
    // stored by persist(), while the module joins, and never when staged.
    s.autoJoin = staged ? false : m_profile.wifi.autoJoin;
    s.store = false;
    if (!open)
        s.passphrase = secret(m_profile.wifi.passphraseSecret);
    const auto configured = co_await m_client->configureWifi(s);
    s.passphrase.fill('\0');
    if (!configured)
        co_return fail(configured.error(), Cause::Wifi);
    const auto activated = co_await m_client->activateWifi();
    if (!activated)
        co_return fail(activated.error(), Cause::Wifi);
    m_wifiClock.start();
    endStep(StepOutcome::Pass, tr("joining while the certificates go up"));
    co_return true;
}

coro::Task<bool> Job::persist()
{
    // Staged Wi-Fi stores the field network instead, after the cloud steps (fieldWifi()).
    if (!m_profile.options.persist || m_profile.stagedWifi())
        co_return true;
    // The Wi-Fi configuration (with auto-join) is what the module must keep; AT&W would store
    // nothing else the station set, and must not store a faster line (docs/profile.md).
    beginStep(Step::Persist, tr("saving the Wi-Fi settings on the module"));
    const auto stored = co_await m_client->storeWifi();
    if (!stored)
        co_return fail(stored.error(), Cause::Wifi);
    endStep();
    co_return true;
}

coro::Task<bool> Job::wifi()
{
    beginStep(Step::Wifi, tr("joining the Wi-Fi network %1").arg(m_profile.wifi.ssid));
    const int attempts = 1 + m_profile.retries.wifi;
    for (int attempt = 1;; ++attempt) {
        QString failure;
        Cause cause = Cause::None;
        // The first attempt was activated by startWifi(); its deadline runs from then.
        if (co_await joinWifi(attempt > 1, &failure, &cause)) {
            // A network-down URC that came while joining (during the uploads, say) is history now
            // that the module has an address: it must not be taken for a loss at the next peer.
            m_client->dropEvents(isNetworkLoss);
            co_return true;
        }
        if (cause == Cause::None) // the step failed for good (port gone, refused)
            co_return false;
        if (cause == Cause::WifiAuth || attempt >= attempts)
            co_return fail(cause, failure);
        qCInfo(lcJob) << "Wi-Fi attempt" << attempt << "failed:" << failure << "- retrying";
        co_await m_client->deactivateWifi();
        co_await coro::delay(1s);
    }
}

QString Job::passphraseProblem(const QByteArray &passphrase)
{
    if (passphrase.contains('"') || passphrase.size() < 8 || passphrase.size() > 64)
        return tr("the Wi-Fi passphrase must be 8 to 63 characters (or 64 hex digits) without a double quote, "
                  "which the module's AT syntax cannot carry");
    return {};
}

/// One activation (made here when @p activate): link up, then a real IPv4 address. False with
/// @p cause set when it may be retried, false with Cause::None after recording a failure that
/// may not.
coro::Task<bool> Job::joinWifi(bool activate, QString *failure, Cause *cause)
{
    if (activate) {
        const auto activated = co_await m_client->activateWifi();
        if (!activated)
            co_return fail(activated.error(), Cause::Wifi);
        m_wifiClock.start();
    }
    QDeadlineTimer until(qMax<qint64>(1, m_profile.timeouts.wifiMs - m_wifiClock.elapsed()));
    bool linked = false;
    for (;;) {
        const auto e = co_await m_client->nextEvent(
            [](const Event &e) {
                return e.kind == Event::Kind::WifiUp || e.kind == Event::Kind::WifiDown ||
                       e.kind == Event::Kind::NetworkUp;
            },
            std::chrono::milliseconds(qMax<qint64>(1, until.remainingTime())));
        if (!e) {
            if (m_client->link()->mode() == ModuleLink::Mode::Closed)
                co_return fail(Cause::PortClosed, tr("the module went away while joining Wi-Fi"));
            *cause = linked ? Cause::Network : Cause::WifiTimeout;
            *failure = linked ? tr("joined %1 but got no IPv4 address within %2 s")
                                    .arg(m_profile.wifi.ssid)
                                    .arg(m_profile.timeouts.wifiMs / 1000)
                              : tr("could not join %1 within %2 s (network not in range?)")
                                    .arg(m_profile.wifi.ssid)
                                    .arg(m_profile.timeouts.wifiMs / 1000);
            co_return false;
        }
        if (e->kind == Event::Kind::WifiDown) {
            *cause = e->reason == at::WifiLinkDown::SecurityProblem ? Cause::WifiAuth : Cause::WifiLost;
            *failure = at::WifiLinkDown::reasonText(e->reason);
            co_return false;
        }
        if (e->kind == Event::Kind::WifiUp) {
            linked = true;
            continue;
        }
        // +UUNU: is there a real address yet? (the module reports it more than once)
        const auto address = co_await m_client->ipv4Address();
        if (address && !address->isEmpty()) {
            endStep(StepOutcome::Pass, tr("IPv4 %1").arg(*address));
            co_return true;
        }
    }
}

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

// -- peers ---------------------------------------------------------------------------------------

azure::UdcpUrlBuilder Job::mqttUrl(const CloudEndpoint &e) const
{
    azure::UdcpUrlBuilder b(QStringLiteral("mqtt"), e.host, quint16(e.port));
    b.add(QStringLiteral("client"), e.clientId);
    b.add(QStringLiteral("user"), e.user);
    if (!e.password.isEmpty())
        b.add(QStringLiteral("passwd"), e.password, true);
    return b;
}

coro::Task<std::optional<module::Peer>> Job::connectPeer(azure::UdcpUrlBuilder url, QString what,
                                                         CloudEndpoint endpoint, Cause refused)
{
    url.add(QStringLiteral("encr"), QStringLiteral("3"));
    url.add(QStringLiteral("keepAlive"), QStringLiteral("60"));
    url.add(QStringLiteral("ca"), m_profile.certificates.caName);
    if (m_profile.usesX509()) {
        url.add(QStringLiteral("cert"), m_profile.certificates.certName);
        url.add(QStringLiteral("privKey"), m_profile.certificates.keyName);
    }
    const int attempts = 1 + m_profile.retries.peer;
    for (int attempt = 1;; ++attempt) {
        const auto peer = co_await m_client->connectPeer(url, what, endpoint.display(), ms(m_profile.timeouts.peerMs));
        if (peer)
            co_return *peer;
        const Failure &f = peer.error();
        const bool retryable = f.kind == Failure::Kind::PeerClosed || f.kind == Failure::Kind::PeerTimeout;
        if (!retryable) {
            fail(f, Cause::PeerConnect);
            co_return std::nullopt;
        }
        if (attempt >= attempts) {
            // The module only says that the peer did not connect: the station looks for itself.
            co_await failFromProbe(endpoint, refused, f.message);
            co_return std::nullopt;
        }
        qCInfo(lcJob) << "peer attempt" << attempt << "failed:" << f.message << "- retrying";
        co_await coro::delay(1s);
    }
}

coro::Task<azure::EndpointProbe::Verdict> Job::probeEndpoint(CloudEndpoint endpoint)
{
    azure::EndpointProbe::Target t;
    t.host = endpoint.host;
    t.port = quint16(endpoint.port);
    if (const auto route = m_setup.probeRoutes.constFind(endpoint.host); route != m_setup.probeRoutes.cend()) {
        t.dialAddress = route->first;
        t.dialPort = route->second;
    }
    t.clientId = endpoint.clientId;
    t.user = endpoint.user;
    t.password = endpoint.password.toUtf8();
    t.roots = QSslCertificate::fromData(m_rootPem, QSsl::Pem);
    if (m_profile.usesX509()) {
        t.clientCertificate = QSslCertificate::fromData(m_certPem, QSsl::Pem).value(0);
        t.clientKeyPem = m_keyPem;
    }
    t.deadline = ms(qBound(1000, m_profile.timeouts.peerMs, 10000));
    azure::EndpointProbe probe;
    coro::Waiter<azure::EndpointProbe::Verdict> w(t.deadline + 5s);
    w.on(&probe, &azure::EndpointProbe::finished, [&w](const azure::EndpointProbe::Verdict &v) { w.complete(v); });
    probe.start(std::move(t));
    const auto verdict = co_await w;
    co_return verdict
        ? *verdict
        : azure::EndpointProbe::Verdict{azure::EndpointProbe::Verdict::Kind::Unreachable,
                                        tr("the station's check of %1 did not finish").arg(endpoint.display())};
}

coro::Task<bool> Job::failFromProbe(CloudEndpoint endpoint, Cause refused, QString moduleSaid, Cause accepted)
{
    using Kind = azure::EndpointProbe::Verdict::Kind;
    const azure::EndpointProbe::Verdict v = co_await probeEndpoint(endpoint);
    switch (v.kind) {
    case Kind::Unreachable:
        co_return fail(Cause::BrokerUnreachable, tr("%1; the station checked: %2").arg(moduleSaid, v.detail));
    case Kind::Untrusted:
        co_return fail(Cause::Tls, tr("%1; the station checked: %2").arg(moduleSaid, v.detail));
    case Kind::Refused:
        co_return fail(refused, tr("%1; the station checked: %2").arg(moduleSaid, v.detail));
    case Kind::Accepted:
        break;
    }
    if (accepted != Cause::BrokerUnreachable)
        co_return fail(
            accepted,
            tr("%1, although %2 accepts the device when the station connects").arg(moduleSaid, endpoint.display()));
    co_return fail(Cause::BrokerUnreachable,
                   tr("%1, but %2 accepts the device from the station: the module's network does not reach it "
                      "(a firewall or proxy between the module's Wi-Fi and Azure?)")
                       .arg(moduleSaid, endpoint.display()));
}

bool Job::send(module::Peer peer, const QByteArray &data)
{
    const auto sent = m_client->send(peer, data);
    if (!sent)
        return fail(sent.error(), Cause::EdmFailed);
    return true;
}

coro::Task<std::optional<Event>> Job::awaitCloud(module::Peer peer, std::chrono::milliseconds deadline,
                                                 bool *networkLost)
{
    const auto e = co_await m_client->nextEvent(
        [peer](const Event &e) {
            return (e.kind == Event::Kind::Data && e.channel == peer.channel) ||
                   (e.kind == Event::Kind::PeerDown && e.handle == peer.handle) || isNetworkLoss(e);
        },
        deadline);
    *networkLost = e && isNetworkLoss(*e);
    co_return e;
}

// -- DPS -----------------------------------------------------------------------------------------

coro::Task<bool> Job::dps()
{
    beginStep(Step::Dps, tr("registering with the Device Provisioning Service"));
    const QString scope = m_profile.dps.idScope;
    const qint64 expiry = QDateTime::currentSecsSinceEpoch() + m_profile.hub.sasValiditySeconds;
    QString token;
    if (m_profile.usesSymmetricKey()) {
        QString error;
        if (m_profile.flow == Profile::Flow::DpsSymmetric) {
            const auto derived =
                azure::deriveDeviceKey(QString::fromUtf8(secret(m_profile.dps.groupKeySecret)), m_id, &error);
            if (!derived)
                co_return fail(Cause::SecretInvalid, tr("the DPS group key: %1").arg(error));
            m_derivedKey = *derived;
        } else {
            m_derivedKey = QString::fromUtf8(secret(m_profile.dps.enrollmentKeySecret));
        }
        const auto t = azure::dpsSasToken(scope, m_id, m_derivedKey, expiry, &error);
        if (!t)
            co_return fail(Cause::SecretInvalid, tr("the DPS token: %1").arg(error));
        token = *t;
    }
    const CloudEndpoint endpoint{m_profile.dps.host, m_profile.dps.port, azure::dpsClientId(m_id),
                                 azure::dpsUsername(scope, m_id, m_profile.dps.apiVersion), token};
    const QString rid = QStringLiteral("1");
    azure::UdcpUrlBuilder reg = mqttUrl(endpoint);
    reg.add(QStringLiteral("pt"), azure::dpsRegisterTopic(rid));
    reg.add(QStringLiteral("st"), azure::dpsResponseFilter());
    const auto regPeer = co_await connectPeer(reg, tr("the DPS registration peer"), endpoint, Cause::DpsUnauthorized);
    if (!regPeer)
        co_return false;
    const QByteArray payload = azure::dpsRegisterPayload(m_id);
    if (!send(*regPeer, payload))
        co_return false;

    QDeadlineTimer until(m_profile.timeouts.dpsMs);
    std::optional<module::Peer> pollPeer;
    // The request on the wire, sent again when its answer does not come within the request
    // deadline (a lost or damaged frame must not cost the whole DPS deadline).
    module::Peer requestPeer = *regPeer;
    QByteArray request = payload;
    const auto timedOut = [&] {
        return fail(Cause::DpsTimeout,
                    tr("DPS did not assign the device within %1 s").arg(m_profile.timeouts.dpsMs / 1000));
    };
    for (;;) {
        if (until.hasExpired())
            co_return timedOut();
        bool networkLost = false;
        const auto e = co_await awaitCloud(
            *regPeer, ms(int(qMin<qint64>(m_profile.timeouts.requestMs, qMax<qint64>(1, until.remainingTime())))),
            &networkLost);
        if (networkLost)
            co_return fail(Cause::WifiLost, tr("the module lost its Wi-Fi connection during the DPS registration"));
        if (!e) {
            if (m_client->link()->mode() == ModuleLink::Mode::Closed)
                co_return fail(Cause::PortClosed, tr("the module went away during the DPS registration"));
            if (until.hasExpired())
                co_return timedOut();
            qCInfo(lcJob) << "no DPS answer within the request deadline: asking again";
            if (!send(requestPeer, request))
                co_return false;
            continue;
        }
        if (e->kind == Event::Kind::PeerDown)
            co_return co_await failFromProbe(endpoint, Cause::DpsUnauthorized,
                                             tr("DPS closed the connection before it answered"), Cause::DpsFailed);
        QString error;
        const auto answer = azure::parseDpsResponse(e->data, &error);
        if (!answer)
            co_return fail(Cause::DpsFailed, tr("DPS answered something unreadable: %1").arg(error));
        if (!answer->operationId.isEmpty())
            m_row.operationId = answer->operationId;
        using S = azure::DpsResponse::Status;
        if (answer->status == S::Assigned) {
            m_assignedHub = answer->assignedHub;
            m_deviceId = answer->deviceId.isEmpty() ? m_id : answer->deviceId;
            m_row.assignedHub = m_assignedHub;
            m_row.deviceId = m_deviceId;
            m_row.substatus = answer->substatus;
            break;
        }
        if (answer->isTerminal() && !answer->isTransient()) {
            const int http = answer->httpStatus ? answer->httpStatus : answer->errorCode / 1000;
            const Cause cause = answer->status == S::Disabled ? Cause::DpsDisabled
                                : http == 401                 ? Cause::DpsUnauthorized
                                : http == 404                 ? Cause::DpsNotFound
                                                              : Cause::DpsFailed;
            co_return fail(cause, answer->summary());
        }
        // Still assigning, or throttled: ask again after the wait, counted from this answer. The
        // module hides retry-after (no topic in data events) unless the body carries it, so the
        // profile's interval stands for it. The status peer's topic carries the operationId of
        // this answer, so it cannot be opened earlier; it is opened now, inside the wait
        // (docs/decisions.md "The DPS status peer").
        const int waitMs =
            answer->retryAfterSeconds ? answer->retryDelaySeconds() * 1000 : m_profile.dps.pollIntervalMs;
        if (until.remainingTime() < waitMs)
            co_return timedOut();
        QDeadlineTimer pollAt(waitMs);
        if (m_row.operationId.isEmpty() || answer->isTransient()) {
            // Throttled before an operation existed: register again.
            requestPeer = *regPeer;
            request = payload;
        } else {
            if (!pollPeer) {
                // As the seed log does: a second peer, same client id, publishing the status topic.
                azure::UdcpUrlBuilder poll = mqttUrl(endpoint);
                poll.add(QStringLiteral("pt"), azure::dpsPollTopic(rid, m_row.operationId));
                pollPeer = co_await connectPeer(poll, tr("the DPS status peer"), endpoint, Cause::DpsUnauthorized);
                if (!pollPeer)
                    co_return false;
            }
            requestPeer = *pollPeer;
            request = "get operationstatus";
        }
        if (!pollAt.hasExpired())
            co_await coro::delay(ms(int(pollAt.remainingTime())));
        if (!send(requestPeer, request))
            co_return false;
    }
    if (pollPeer)
        co_await m_client->closePeer(*pollPeer);
    co_await m_client->closePeer(*regPeer);
    endStep(StepOutcome::Pass, tr("assigned to %1 as %2").arg(m_assignedHub, m_deviceId));
    co_return true;
}

// -- hub -----------------------------------------------------------------------------------------

coro::Task<bool> Job::hub()
{
    const QString host = m_profile.usesDps() ? m_assignedHub : m_profile.hub.host;
    const QString device = m_profile.usesDps() ? m_deviceId : m_id;
    beginStep(Step::Hub, tr("connecting to the IoT Hub %1").arg(host));
    if (!m_profile.usesDps())
        m_row.assignedHub = host;
    QString token;
    if (m_profile.perDeviceKeys() && !co_await readSecret(m_profile.deviceKeySecretFor(device)))
        co_return false;
    if (m_profile.usesSymmetricKey()) {
        const QString key = m_profile.flow == Profile::Flow::HubSas
                                ? QString::fromUtf8(secret(m_profile.deviceKeySecretFor(device)))
                                : m_derivedKey;
        QString error;
        const auto t = azure::hubSasToken(
            host, device, key, QDateTime::currentSecsSinceEpoch() + m_profile.hub.sasValiditySeconds, {}, &error);
        if (!t)
            co_return fail(Cause::SecretInvalid, tr("the hub token: %1").arg(error));
        token = *t;
    }
    const CloudEndpoint endpoint{host, m_profile.hub.port, azure::hubClientId(device),
                                 azure::hubUsername(host, device, m_profile.hub.apiVersion), token};
    azure::UdcpUrlBuilder b = mqttUrl(endpoint);
    b.add(QStringLiteral("pt"), azure::hubTelemetryTopic(device));
    if (m_profile.options.waitCloudToDevice)
        b.add(QStringLiteral("st"), azure::hubCloudToDeviceFilter(device));
    // Messages of the closed DPS peers must not pass for a cloud-to-device message.
    m_client->dropEvents([](const Event &e) { return e.kind == Event::Kind::Data; });
    const auto peer = co_await connectPeer(b, tr("the IoT Hub"), endpoint, Cause::Hub);
    if (!peer)
        co_return false;
    if (m_profile.options.testTelemetry) {
        const QJsonObject message{
            {QStringLiteral("station"), m_setup.station},
            {QStringLiteral("deviceId"), device},
            {QStringLiteral("test"), true},
            {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        if (!send(*peer, QJsonDocument(message).toJson(QJsonDocument::Compact)))
            co_return false;
    }
    if (m_profile.options.waitCloudToDevice) {
        bool networkLost = false;
        const auto e = co_await awaitCloud(*peer, ms(m_profile.timeouts.cloudToDeviceMs), &networkLost);
        if (networkLost)
            co_return fail(Cause::WifiLost, tr("the module lost its Wi-Fi connection while connected to the hub"));
        if (!e || e->kind != Event::Kind::Data)
            co_return fail(Cause::CloudToDeviceTimeout,
                           tr("no cloud-to-device message within %1 s").arg(m_profile.timeouts.cloudToDeviceMs / 1000));
    }
    co_await m_client->closePeer(*peer);
    endStep(StepOutcome::Pass, tr("connected as %1").arg(device));
    co_return true;
}

// -- staged Wi-Fi (issue 17) ---------------------------------------------------------------------

coro::Task<bool> Job::fieldWifi()
{
    const Profile::Wifi::Field &field = m_profile.wifi.field;
    beginStep(Step::FieldWifi,
              tr("leaving the line network and storing the field network %1 for the customer").arg(field.ssid));
    // The line network goes: deactivated (the cloud peers are closed by now) and reset, so the
    // settings saved next do not hold it.
    m_client->dropEvents(isNetworkLoss);
    const auto down = co_await m_client->deactivateWifi(Profile::kLineWifiConfigId);
    if (!down)
        co_return fail(down.error(), Cause::Wifi);
    co_await m_client->nextEvent([](const Event &e) { return e.kind == Event::Kind::WifiDown; },
                                 ms(qMin(m_profile.timeouts.wifiMs, 5000)));
    const auto reset = co_await m_client->resetWifi(Profile::kLineWifiConfigId);
    if (!reset)
        co_return fail(reset.error(), Cause::Wifi);
    // The line network was never stored in this run (persist() leaves it out); one stored by an
    // earlier provisioning is found by the read-back (wifi_check).
    // The field network: its own configuration, activated at start-up, stored; never activated here.
    module::WifiSettings s;
    s.configId = field.configId;
    s.ssid = field.ssid;
    s.open = field.security == QLatin1String("open");
    s.autoJoin = true;
    s.store = true;
    if (!s.open)
        s.passphrase = secret(field.passphraseSecret);
    const auto stored = co_await m_client->configureWifi(s);
    if (!stored)
        co_return fail(stored.error(), Cause::Wifi);
    endStep(StepOutcome::Pass, tr("%1 stored in configuration %2 with activation at start-up; the line network "
                                  "was reset")
                                   .arg(field.ssid)
                                   .arg(field.configId));
    co_return true;
}

coro::Task<bool> Job::checkStoredWifi()
{
    const Profile::Wifi::Field &field = m_profile.wifi.field;
    beginStep(Step::WifiCheck, tr("reading back the Wi-Fi configurations the module kept"));
    const QList<int> ids{Profile::kLineWifiConfigId, field.configId};
    // After the restart the module's run-time configurations are the ones it loaded from flash;
    // without one, load them from flash first so the read-back is what the customer's start gets.
    if (!m_profile.options.rebootAtEnd) {
        for (const int id : ids) {
            const auto loaded = co_await m_client->loadWifi(id);
            if (!loaded)
                co_return fail(loaded.error(), Cause::WifiStored);
        }
    }
    const auto line = co_await m_client->readWifi(Profile::kLineWifiConfigId);
    if (!line)
        co_return fail(line.error(), Cause::WifiStored);
    const auto kept = co_await m_client->readWifi(field.configId);
    if (!kept)
        co_return fail(kept.error(), Cause::WifiStored);
    QStringList wrong;
    if (kept->ssid != field.ssid)
        wrong << tr("configuration %1 holds the SSID \"%2\", not the field network %3")
                     .arg(field.configId)
                     .arg(kept->ssid, field.ssid);
    if (!kept->onStartup)
        wrong << tr("configuration %1 is not activated at start-up").arg(field.configId);
    const int authentication = field.security == QLatin1String("open") ? 1 : 2;
    if (kept->authentication != authentication)
        wrong << tr("configuration %1 has authentication %2, expected %3")
                     .arg(field.configId)
                     .arg(kept->authentication)
                     .arg(authentication);
    if (line->ssid == m_profile.wifi.ssid)
        wrong << tr("the line network %1 is still stored in configuration %2")
                     .arg(m_profile.wifi.ssid)
                     .arg(Profile::kLineWifiConfigId);
    if (line->onStartup)
        wrong << tr("configuration %1 is still activated at start-up").arg(Profile::kLineWifiConfigId);
    if (!wrong.isEmpty())
        co_return fail(
            Cause::WifiStored,
            tr("the module did not keep the Wi-Fi settings it was given: %1").arg(wrong.join(QStringLiteral("; "))));
    endStep(StepOutcome::Pass, tr("configuration %1: %2, activated at start-up; the line network is not kept")
                                   .arg(field.configId)
                                   .arg(field.ssid));
    co_return true;
}

// -- the line's rate, reboot ---------------------------------------------------------------------

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
