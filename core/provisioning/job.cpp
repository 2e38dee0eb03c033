#include "provisioning/job.h"

#include "at/atresponse.h"
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
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QtConcurrent>

using namespace std::chrono_literals;

namespace {

// The module's answer lines: "+GMM:x", "\"NINA-W152\"" or "NINA-W152" -> NINA-W152.
QString plainValue(const QByteArray &line)
{
    QByteArray v = line;
    if (v.startsWith('+')) {
        const qsizetype colon = v.indexOf(':');
        if (colon > 0)
            v = v.mid(colon + 1);
    }
    v = v.trimmed();
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    return QString::fromLatin1(v);
}

// Quotes an AT string parameter (SSID, passphrase, names) when it needs it.
QByteArray atString(const QString &value)
{
    return '"' + value.toUtf8() + '"';
}

QString md5OfFirstBlock(const QByteArray &pem)
{
    const auto blocks = pki::pemBlocks(pem);
    if (!blocks || blocks->isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(blocks->first().der, QCryptographicHash::Md5).toHex().toUpper());
}

constexpr int kStepCount = 13;

} // namespace

QStringList Job::stepNames()
{
    return {QStringLiteral("prepare"),     QStringLiteral("open"),  QStringLiteral("identify"),
            QStringLiteral("capability"),  QStringLiteral("reset"), QStringLiteral("identity"),
            QStringLiteral("credentials"), QStringLiteral("wifi"),  QStringLiteral("edm"),
            QStringLiteral("dps"),         QStringLiteral("hub"),   QStringLiteral("persist"),
            QStringLiteral("reboot")};
}

Job::Job(JobSetup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_profile(m_setup.profile)
{
    Transport *transport = m_setup.transport ? m_setup.transport() : new SerialTransport({m_setup.port});
    m_link = new ModuleLink(transport, this);
    m_link->setTimings(m_setup.linkTimings);
    connect(m_link, &ModuleLink::traffic, this, &Job::traffic);
    connect(m_link, &ModuleLink::trafficWithOriginal, this, &Job::trafficWithOriginal);
    const auto push = [this](Event e) {
        if (m_events.size() > 512)
            m_events.removeFirst();
        m_events.append(std::move(e));
        if (m_eventWaiter)
            m_eventWaiter->complete(true);
    };
    connect(m_link, &ModuleLink::urcReceived, this, [push](const QByteArray &l) { push({Event::Urc, l}); });
    connect(m_link, &ModuleLink::dataReceived, this, [push](quint8 ch, const QByteArray &d) {
        push({Event::Data, d, ch});
    });
    connect(m_link, &ModuleLink::peerConnected, this, [push](const ModuleLink::Peer &p) {
        push({Event::PeerUp, {}, p.channel, p.handle});
    });
    connect(m_link, &ModuleLink::peerDisconnected, this, [push](int handle) {
        push({Event::PeerDown, {}, -1, handle});
    });
    connect(m_link, &ModuleLink::channelClosed, this, [push](quint8 ch) { push({Event::ChannelClosed, {}, ch}); });
    connect(m_link, &ModuleLink::lost, this, [this] {
        if (m_eventWaiter)
            m_eventWaiter->complete(true);
    });
}

Job::~Job()
{
    m_eventWaiter = nullptr;
    m_task.reset();
}

void Job::start()
{
    // One attempt per Job: a rerun is a new Job (its own result row and traffic).
    if (m_running || m_started)
        return;
    m_started = true;
    m_running = true;
    m_row = {};
    m_row.station = m_setup.station;
    m_row.operatorName = m_setup.operatorName;
    m_row.port = m_setup.port;
    m_row.slot = m_setup.slot;
    m_row.profileName = m_profile.name;
    m_row.profileHash = m_profile.hash();
    m_row.flow = Profile::flowName(m_profile.flow);
    m_row.started = QDateTime::currentDateTimeUtc();
    m_row.outcome = QStringLiteral("running");
    m_task = run();
    m_task.start();
}

void Job::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Never destroy the frame from inside it: a slot of ours may be running on its behalf.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_running)
                return;
            m_eventWaiter = nullptr;
            m_task.reset();
            if (!m_step.isEmpty())
                endStep(QStringLiteral("cancelled"));
            fail(QStringLiteral("cancelled"), tr("cancelled by the operator"));
            m_link->close();
            finish();
        },
        Qt::QueuedConnection);
}

void Job::beginStep(const QString &step, const QString &message)
{
    m_step = step;
    m_stepClock.start();
    m_link->setContext(m_setup.slot, step);
    qCInfo(lcJob) << "slot" << m_setup.slot << "step" << step << "-" << message;
    emit stepStarted(step, message);
    const int index = stepNames().indexOf(step);
    emit progress(index < 0 ? 0 : index * 100 / kStepCount);
}

void Job::endStep(const QString &outcome, const QString &message)
{
    if (m_step.isEmpty())
        return;
    StepResult r{m_step, m_stepClock.elapsed(), outcome, message};
    m_row.steps.append(r);
    m_step.clear();
    emit stepFinished(r);
}

bool Job::fail(const QString &causeCode, const QString &cause)
{
    if (m_row.causeCode.isEmpty()) {
        m_row.outcome = QStringLiteral("fail");
        m_row.causeCode = causeCode;
        m_row.cause = cause;
    }
    if (!m_step.isEmpty())
        endStep(QStringLiteral("fail"), cause);
    return false;
}

bool Job::failLink(const AtReply *reply, const QString &causeCode, const QString &context)
{
    if (!reply->isFinished())
        return fail(QStringLiteral("timeout"), tr("%1: the link did not answer at all").arg(context));
    const LinkError &e = reply->error();
    switch (e.code) {
    case LinkError::Code::PortClosed:
        return fail(QStringLiteral("port_closed"), e.message);
    case LinkError::Code::ModuleRestarted:
        return fail(QStringLiteral("module_restarted"), e.message);
    case LinkError::Code::Timeout:
        return fail(QStringLiteral("timeout"),
                    context.isEmpty() ? e.message : context + QLatin1String(": ") + e.message);
    default:
        return fail(causeCode, context.isEmpty() ? e.message : context + QLatin1String(": ") + e.message);
    }
}

void Job::finish()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_row.outcome == QLatin1String("running"))
        m_row.outcome = QStringLiteral("pass");
    m_row.finished = QDateTime::currentDateTimeUtc();
    // Wipe secrets from memory as soon as they are not needed.
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it->fill('\0');
    m_secrets.clear();
    m_derivedKey.fill(u'\0');
    emit progress(100);
    qCInfo(lcJob) << "slot" << m_setup.slot << "finished:" << m_row.outcome << m_row.causeCode;
    QMetaObject::invokeMethod(this, &Job::finished, Qt::QueuedConnection);
}

coro::Task<void> Job::waitFor(AtReply *reply)
{
    if (reply->isFinished())
        co_return;
    // The reply has its own deadline; this one only guards against a link that forgets it.
    coro::Waiter<bool> w(reply->command().timeout + 30s);
    w.on(reply, &AtReply::finished, [&w] { w.complete(true); });
    co_await w;
}

coro::Task<AtReply *> Job::command(AtCommand c)
{
    if (c.timeout == 3000ms)
        c.timeout = ms(m_profile.timeouts.commandMs);
    for (int attempt = 0;; ++attempt) {
        AtReply *r = m_link->send(c);
        co_await waitFor(r);
        if (r->error().code == LinkError::Code::Timeout && attempt < m_profile.retries.command && c.upload.isEmpty()) {
            qCInfo(lcJob) << "retrying" << c.name;
            continue;
        }
        co_return r;
    }
}

coro::Task<AtReply *> Job::command(QByteArray text, QString name)
{
    co_return co_await command(AtCommand::make(std::move(text), std::move(name)));
}

coro::Task<std::optional<Job::Event>> Job::nextEvent(std::function<bool(const Event &)> match,
                                                     std::chrono::milliseconds deadline)
{
    QDeadlineTimer until(deadline);
    for (;;) {
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            if (match(m_events[i]))
                co_return m_events.takeAt(i);
        }
        if (m_link->mode() == ModuleLink::Mode::Closed || until.hasExpired())
            co_return std::nullopt;
        coro::Waiter<bool> w(std::chrono::milliseconds(qMax<qint64>(1, until.remainingTime())));
        m_eventWaiter = &w;
        const auto woke = co_await w;
        m_eventWaiter = nullptr;
        if (!woke)
            co_return std::nullopt;
    }
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
    // Each step returns false after recording its failure.
    bool ok = co_await prepare();
    ok = ok && co_await openPort();
    ok = ok && co_await identify();
    ok = ok && capabilityGate();
    if (ok && m_profile.options.factoryReset)
        ok = co_await factoryReset();
    ok = ok && makeIdentity();
    ok = ok && co_await credentials();
    ok = ok && co_await wifi();
    ok = ok && co_await enterEdm();
    if (ok && m_profile.usesDps())
        ok = co_await dps();
    ok = ok && co_await hub();
    ok = ok && co_await persistAndReboot();
    m_link->close();
    finish();
}

// -- prepare: everything that can fail without a module ----------------------------------------

coro::Task<bool> Job::prepare()
{
    beginStep(QStringLiteral("prepare"), tr("checking the profile, secrets and certificates"));
    const QStringList problems = m_profile.validate();
    if (!problems.isEmpty())
        co_return fail(QStringLiteral("profile"),
                       tr("the profile is incomplete: %1").arg(problems.join(QStringLiteral("; "))));
    if (!m_setup.secrets && !m_profile.requiredSecrets().isEmpty())
        co_return fail(QStringLiteral("secret_missing"), tr("no secret store is configured"));
    for (const QString &name : m_profile.requiredSecrets()) {
        SecretJob *job = m_setup.secrets->read(name);
        // Deleted however this frame ends (also when the job is cancelled while waiting).
        const auto dispose = qScopeGuard([job] { job->deleteLater(); });
        coro::Waiter<bool> w(30s);
        w.on(job, &SecretJob::finished, [&w] { w.complete(true); });
        const bool done = (co_await w).has_value();
        if (!done)
            co_return fail(QStringLiteral("secret_missing"), tr("reading the secret '%1' took too long").arg(name));
        if (!job->isOk() || job->value().isEmpty())
            co_return fail(QStringLiteral("secret_missing"), job->errorString().isEmpty()
                                                                 ? tr("the secret '%1' is not set").arg(name)
                                                                 : job->errorString());
        m_secrets.insert(name, job->value());
    }
    // The server's root the module will trust.
    const QString root = m_profile.trust.roots.first();
    if (root.startsWith(QLatin1String("bundled:"))) {
        // "bundled:" + the root's name, lower case, spaces as dashes (docs/profile.md).
        for (const pki::TrustedRoot &r : pki::azureRoots()) {
            if (QLatin1String("bundled:") + r.name.toLower().replace(u' ', u'-') != root)
                continue;
            if (r.expired)
                co_return fail(QStringLiteral("certificate"), tr("trust.roots: %1 has expired").arg(r.name));
            const auto cert = pki::loadRoot(r);
            if (!cert)
                co_return fail(QStringLiteral("certificate"), tr("trust.roots: %1").arg(cert.error()));
            m_rootPem = cert->toPem();
        }
        if (m_rootPem.isEmpty())
            co_return fail(QStringLiteral("certificate"),
                           tr("trust.roots: no bundled root is called '%1'").arg(root.mid(8)));
    } else {
        const auto bundle = pki::loadFile(m_profile.resolvePath(root));
        if (!bundle || bundle->certificates.isEmpty())
            co_return fail(QStringLiteral("certificate"),
                           tr("trust.roots: %1").arg(bundle ? tr("no certificate in %1").arg(root) : bundle.error()));
        m_rootPem = bundle->certificates.first().toPem();
    }
    if (m_profile.usesX509() && m_profile.certificates.policy == QLatin1String("generate")) {
        const auto ca = pki::loadFile(m_profile.resolvePath(m_profile.certificates.caCertificate));
        if (!ca || ca->certificates.isEmpty())
            co_return fail(QStringLiteral("certificate"),
                           tr("the CA certificate: %1").arg(ca ? tr("no certificate in the file") : ca.error()));
        m_ca = ca->certificates.first();
        const QByteArray pass = m_secrets.value(m_profile.certificates.caKeyPassphraseSecret);
        const auto key = pki::loadFile(m_profile.resolvePath(m_profile.certificates.caKey), pass);
        if (!key || key->key.isNull())
            co_return fail(QStringLiteral("certificate"),
                           tr("the CA key: %1").arg(key ? tr("no private key in the file") : key.error()));
        if (!m_ca.matches(key->key))
            co_return fail(QStringLiteral("certificate"), tr("the CA key does not belong to the CA certificate"));
        m_caKey = key->key;
    }
    endStep();
    co_return true;
}

// -- open: the port and the module's mode --------------------------------------------------------

coro::Task<bool> Job::openPort()
{
    beginStep(QStringLiteral("open"), tr("opening %1 and finding the module").arg(m_setup.port));
    const LinkError e = m_link->open();
    if (e.isError())
        co_return fail(e.code == LinkError::Code::PortBusy ? QStringLiteral("port_busy") : QStringLiteral("port_open"),
                       e.message);
    AtReply *probe = m_link->probe();
    co_await waitFor(probe);
    if (!probe->isOk()) {
        if (probe->error().code == LinkError::Code::Timeout)
            co_return fail(QStringLiteral("no_answer"), probe->error().message);
        co_return failLink(probe, QStringLiteral("no_answer"), {});
    }
    endStep(QStringLiteral("pass"), ModuleLink::modeName(m_link->mode()));
    co_return true;
}

coro::Task<bool> Job::identify()
{
    beginStep(QStringLiteral("identify"), tr("reading the model, firmware and MAC address"));
    AtReply *r = co_await command("AT+GMM", tr("read the model"));
    if (!r->isOk())
        co_return failLink(r, QStringLiteral("identify"), tr("reading the model"));
    m_module.model = plainValue(r->line());
    r = co_await command("AT+GMR", tr("read the firmware version"));
    if (!r->isOk())
        co_return failLink(r, QStringLiteral("identify"), tr("reading the firmware version"));
    m_module.firmware = plainValue(r->line());
    r = co_await command("AT+UMLA=2", tr("read the Wi-Fi MAC address"));
    if (!r->isOk())
        co_return failLink(r, QStringLiteral("identify"), tr("reading the MAC address"));
    const auto mac = at::MacAddress::parse(r->line("+UMLA"));
    if (!mac)
        co_return fail(QStringLiteral("identify"),
                       tr("the module's MAC address answer makes no sense: %1").arg(QString::fromLatin1(r->line())));
    m_module.mac = QString::fromLatin1(mac->mac);
    if (m_profile.identity.idTemplate.contains(QLatin1String("{serial}")) && m_setup.serial.isEmpty()) {
        r = co_await command("AT+GSN", tr("read the serial number"));
        if (r->isOk())
            m_module.serial = plainValue(r->line());
    } else {
        m_module.serial = m_setup.serial;
    }
    m_row.model = m_module.model;
    m_row.firmware = m_module.firmware;
    m_row.mac = m_module.mac;
    emit moduleIdentified(m_module);
    endStep(QStringLiteral("pass"), tr("%1, firmware %2, MAC %3").arg(m_module.model, m_module.firmware, m_module.mac));
    co_return true;
}

bool Job::capabilityGate()
{
    beginStep(QStringLiteral("capability"), tr("checking that this module can run the profile"));
    m_caps = Capabilities::of(m_module);
    if (const auto why = m_caps.refuse(m_profile, m_module))
        return fail(QStringLiteral("unsupported"), *why);
    endStep();
    return true;
}

coro::Task<bool> Job::factoryReset()
{
    beginStep(QStringLiteral("reset"), tr("restoring factory settings"));
    AtReply *r = co_await command("AT+UFACTORY", tr("factory reset"));
    if (!r->isOk())
        co_return failLink(r, QStringLiteral("reset"), tr("factory reset"));
    if (!co_await restartModule(QStringLiteral("reset")))
        co_return false;
    endStep();
    co_return true;
}

bool Job::makeIdentity()
{
    beginStep(QStringLiteral("identity"), tr("making the device identity"));
    QString id = m_profile.identity.idTemplate;
    QString model = m_module.model;
    id.replace(QLatin1String("{model}"), model.replace(u'_', u'-'));
    id.replace(QLatin1String("{mac}"), m_module.mac);
    id.replace(QLatin1String("{serial}"), m_module.serial);
    if (m_profile.identity.lowerCase)
        id = id.toLower();
    if (const auto why = azure::checkStationId(id))
        return fail(QStringLiteral("identity"),
                    tr("the device id \"%1\" from the template is not usable: %2").arg(id, *why));
    m_id = id;
    m_row.registrationId = m_profile.usesDps() ? id : QString();
    m_row.deviceId = id;
    endStep(QStringLiteral("pass"), id);
    return true;
}

// -- credentials ---------------------------------------------------------------------------------

coro::Task<bool> Job::credentials()
{
    beginStep(QStringLiteral("credentials"), tr("putting the certificates on the module"));
    QList<Upload> objects;
    objects.append({0, m_profile.certificates.caName, m_rootPem, md5OfFirstBlock(m_rootPem), false});
    if (m_profile.usesX509()) {
        if (m_profile.certificates.policy == QLatin1String("generate")) {
            const auto type = pki::keyTypeFromName(m_profile.certificates.keyType).value_or(pki::KeyType::EcP256);
            // Key generation runs on a worker thread: RSA-4096 takes seconds.
            const auto key = co_await onWorker<pki::Result<pki::Key>>([type] { return pki::Key::generate(type); });
            if (!key || !*key)
                co_return fail(QStringLiteral("certificate"), key ? key->error() : tr("key generation took too long"));
            pki::CertificateSpec spec;
            spec.commonName = m_id;
            spec.validityDays = m_profile.certificates.validityDays;
            const auto cert = pki::makeDeviceCertificate(key->value(), spec, m_ca, m_caKey);
            if (!cert)
                co_return fail(QStringLiteral("certificate"), cert.error());
            m_certPem = cert->toPem();
            m_keyPem = key->value().toPem();
        } else {
            const QString folder = m_profile.resolvePath(m_profile.certificates.folder);
            QFile c(folder + u'/' + m_id + QLatin1String(".pem"));
            QFile k(folder + u'/' + m_id + QLatin1String(".key.pem"));
            if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
                co_return fail(
                    QStringLiteral("certificate"),
                    tr("no certificate and key for %1 in %2 (expected %1.pem and %1.key.pem)").arg(m_id, folder));
            m_certPem = c.readAll();
            m_keyPem = k.readAll();
        }
        const auto certs = pki::Certificate::listFromPem(m_certPem);
        if (!certs || certs->isEmpty())
            co_return fail(QStringLiteral("certificate"), tr("the device certificate cannot be read"));
        pki::LintOptions lo;
        lo.expectedId = m_id;
        lo.credentialName = m_profile.certificates.certName;
        lo.pemText = m_certPem;
        if (!m_ca.isNull())
            lo.anchors = {m_ca};
        const auto findings = pki::lint(*certs, lo);
        for (const pki::LintFinding &f : findings) {
            if (f.severity == pki::Severity::Error)
                co_return fail(QStringLiteral("certificate"), tr("the device certificate: %1").arg(f.message));
        }
        m_row.certificateSerial = certs->first().serialNumberHex();
        m_row.certificateThumbprint = QString::fromLatin1(certs->first().sha256().toHex());
        objects.append({1, m_profile.certificates.certName, m_certPem, md5OfFirstBlock(m_certPem), false});
        objects.append({2, m_profile.certificates.keyName, m_keyPem, md5OfFirstBlock(m_keyPem), true});
    }
    for (const Upload &o : objects) {
        if (!co_await uploadObject(o))
            co_return false;
    }
    endStep();
    co_return true;
}

coro::Task<bool> Job::uploadObject(Upload o)
{
    if (o.md5.isEmpty())
        co_return fail(QStringLiteral("certificate"), tr("%1 is not PEM").arg(o.name));
    // Rework is idempotent: an identical object already on the module is not sent again.
    const QByteArray query = "AT+USECMNG=4," + QByteArray::number(o.type) + ',' + atString(o.name);
    AtReply *q = co_await command(query, tr("check %1 on the module").arg(o.name));
    if (q->isOk()) {
        const auto have = at::SecurityObject::parse(q->line("+USECMNG"));
        if (have && QString::fromLatin1(have->md5) == o.md5) {
            qCInfo(lcJob) << o.name << "already on the module";
            co_return true;
        }
    } else if (q->error().code != LinkError::Code::ErrorResponse) {
        co_return failLink(q, QStringLiteral("upload"), tr("checking %1").arg(o.name));
    }
    AtCommand c = AtCommand::make("AT+USECMNG=0," + QByteArray::number(o.type) + ',' + atString(o.name) + ',' +
                                      QByteArray::number(o.pem.size()),
                                  tr("upload %1").arg(o.name), ms(m_profile.timeouts.uploadMs));
    c.upload = o.pem;
    c.uploadIsSecret = o.secret;
    AtReply *r = co_await command(c);
    if (!r->isOk()) {
        if (r->error().code == LinkError::Code::ErrorResponse)
            co_return fail(QStringLiteral("upload"),
                           tr("the module refused %1 (store full, name or size not accepted)").arg(o.name));
        co_return failLink(r, QStringLiteral("upload"), tr("uploading %1").arg(o.name));
    }
    const auto stored = at::SecurityObject::parse(r->line("+USECMNG"));
    if (!stored)
        co_return fail(QStringLiteral("upload"), tr("the module did not report the MD5 of %1").arg(o.name));
    if (QString::fromLatin1(stored->md5) != o.md5)
        co_return fail(QStringLiteral("upload"),
                       tr("the module stored %1 with MD5 %2, expected %3 (damaged in transfer)")
                           .arg(o.name, QString::fromLatin1(stored->md5), o.md5));
    co_return true;
}

// -- Wi-Fi ---------------------------------------------------------------------------------------

coro::Task<bool> Job::wifi()
{
    beginStep(QStringLiteral("wifi"), tr("joining the Wi-Fi network %1").arg(m_profile.wifi.ssid));
    // A module provisioned before joins its stored network at start-up; a configuration can only
    // be activated when none is active, so take the old one down first.
    AtReply *status = co_await command("AT+UWSSTAT=3", tr("read the Wi-Fi status"));
    const auto state = at::Response::parse(status->line("+UWSSTAT")).params.value(1).trimmed();
    if (status->isOk() && !state.isEmpty() && state != "0") {
        m_events.removeIf([](const Event &e) { return e.kind == Event::Urc; });
        AtReply *down = co_await command("AT+UWSCA=0,4", tr("deactivate the active Wi-Fi configuration"));
        if (down->isOk()) {
            co_await nextEvent([](const Event &e) { return e.kind == Event::Urc && e.bytes.startsWith("+UUWLD"); },
                               ms(qMin(m_profile.timeouts.wifiMs, 5000)));
        }
    }
    const bool open = m_profile.wifi.security == QLatin1String("open");
    QList<AtCommand> setup;
    setup << AtCommand::make("AT+UWSC=0,2," + atString(m_profile.wifi.ssid), tr("set the SSID"));
    setup << AtCommand::make(open ? "AT+UWSC=0,5,1" : "AT+UWSC=0,5,2", tr("set the security"));
    if (!open) {
        const QByteArray passphrase = secret(m_profile.wifi.passphraseSecret);
        if (passphrase.contains('"') || passphrase.size() < 8 || passphrase.size() > 64)
            co_return fail(QStringLiteral("secret_invalid"),
                           tr("the Wi-Fi passphrase must be 8 to 63 characters (or 64 hex digits) without a double "
                              "quote, which the module's AT syntax cannot carry"));
        AtCommand pass =
            AtCommand::make("AT+UWSC=0,8," + atString(QString::fromUtf8(passphrase)), tr("set the passphrase"));
        pass.redactedText = "AT+UWSC=0,8,\"********\"";
        pass.secrets = {passphrase};
        setup << pass;
    }
    setup << AtCommand::make(m_profile.wifi.autoJoin ? "AT+UWSC=0,0,1" : "AT+UWSC=0,0,0", tr("set auto-join"));
    if (m_profile.options.persist)
        setup << AtCommand::make("AT+UWSCA=0,1", tr("store the Wi-Fi settings"));
    for (const AtCommand &c : setup) {
        AtReply *r = co_await command(c);
        if (!r->isOk())
            co_return failLink(r, QStringLiteral("wifi"), c.name);
    }
    for (int attempt = 0;; ++attempt) {
        m_events.removeIf([](const Event &e) { return e.kind == Event::Urc; });
        AtReply *r = co_await command("AT+UWSCA=0,3", tr("activate Wi-Fi"));
        if (!r->isOk())
            co_return failLink(r, QStringLiteral("wifi"), tr("activating Wi-Fi"));
        QDeadlineTimer until(m_profile.timeouts.wifiMs);
        bool linked = false;
        QString failure;
        QString failureCode;
        for (;;) {
            const auto e = co_await nextEvent(
                [](const Event &e) {
                    return e.kind == Event::Urc && (e.bytes.startsWith("+UUWLE") || e.bytes.startsWith("+UUWLD") ||
                                                    e.bytes.startsWith("+UUNU"));
                },
                std::chrono::milliseconds(qMax<qint64>(1, until.remainingTime())));
            if (!e) {
                if (m_link->mode() == ModuleLink::Mode::Closed)
                    co_return fail(QStringLiteral("port_closed"), tr("the module went away while joining Wi-Fi"));
                failureCode = linked ? QStringLiteral("network") : QStringLiteral("wifi_timeout");
                failure = linked ? tr("joined %1 but got no IPv4 address within %2 s")
                                       .arg(m_profile.wifi.ssid)
                                       .arg(m_profile.timeouts.wifiMs / 1000)
                                 : tr("could not join %1 within %2 s (network not in range?)")
                                       .arg(m_profile.wifi.ssid)
                                       .arg(m_profile.timeouts.wifiMs / 1000);
                break;
            }
            if (const auto down = at::WifiLinkDown::parse(e->bytes)) {
                failureCode = down->reason == at::WifiLinkDown::SecurityProblem ? QStringLiteral("wifi_auth")
                                                                                : QStringLiteral("wifi_lost");
                failure = down->reasonText();
                break;
            }
            if (at::WifiLinkUp::parse(e->bytes)) {
                linked = true;
                continue;
            }
            // +UUNU: is there a real address yet? (the module reports it more than once)
            AtReply *ip = co_await command("AT+UNSTAT=0,101", tr("read the IPv4 address"));
            if (ip->isOk()) {
                const auto resp = at::Response::parse(ip->line("+UNSTAT"));
                const QByteArray addr = resp.params.value(2);
                if (!addr.isEmpty() && addr != "0.0.0.0") {
                    endStep(QStringLiteral("pass"), tr("IPv4 %1").arg(QString::fromLatin1(addr)));
                    co_return true;
                }
            }
        }
        if (failureCode == QLatin1String("wifi_auth") || attempt >= m_profile.retries.wifi)
            co_return fail(failureCode, failure);
        qCInfo(lcJob) << "Wi-Fi attempt" << attempt + 1 << "failed:" << failure << "- retrying";
        co_await command("AT+UWSCA=0,4", tr("deactivate Wi-Fi"));
    }
}

coro::Task<bool> Job::enterEdm()
{
    beginStep(QStringLiteral("edm"), tr("switching to Extended Data Mode"));
    AtReply *r = m_link->enterEdm(ms(m_profile.timeouts.commandMs));
    co_await waitFor(r);
    if (!r->isOk())
        co_return failLink(r, QStringLiteral("edm"), tr("entering EDM"));
    endStep();
    co_return true;
}

// -- peers ---------------------------------------------------------------------------------------

coro::Task<std::optional<Job::Peer>> Job::connectPeer(azure::UdcpUrlBuilder url, QString what)
{
    QString error;
    const auto plan = url.build(m_caps.limits, &error);
    if (!plan) {
        fail(QStringLiteral("peer_url"), tr("%1: %2").arg(what, error));
        co_return std::nullopt;
    }
    for (int attempt = 0;; ++attempt) {
        for (const azure::UdcpCommand &udv : plan->udvCommands) {
            AtCommand c = AtCommand::make(udv.line, tr("store a URL value for %1").arg(what));
            if (udv.secret) {
                const qsizetype comma = udv.line.indexOf(',');
                c.redactedText = udv.line.left(comma + 1) + "********";
                c.secrets = {udv.line.mid(comma + 1)};
            }
            AtReply *r = co_await command(c);
            if (!r->isOk()) {
                failLink(r, QStringLiteral("peer_connect"), c.name);
                co_return std::nullopt;
            }
        }
        AtReply *r = co_await command(plan->udcpCommand.line, tr("connect %1").arg(what));
        if (!r->isOk()) {
            failLink(r, QStringLiteral("peer_connect"), tr("connecting %1").arg(what));
            co_return std::nullopt;
        }
        const auto created = at::PeerCreated::parse(r->line("+UDCP"));
        if (!created) {
            fail(QStringLiteral("peer_connect"), tr("connecting %1: no peer handle in the answer").arg(what));
            co_return std::nullopt;
        }
        const int handle = created->peerHandle;
        const auto e = co_await nextEvent(
            [handle](const Event &e) {
                return (e.kind == Event::PeerUp || e.kind == Event::PeerDown) && e.handle == handle;
            },
            ms(m_profile.timeouts.peerMs));
        if (e && e->kind == Event::PeerUp)
            co_return Peer{handle, e->channel};
        if (m_link->mode() == ModuleLink::Mode::Closed) {
            fail(QStringLiteral("port_closed"), tr("the module went away while connecting %1").arg(what));
            co_return std::nullopt;
        }
        if (attempt >= m_profile.retries.peer) {
            fail(QStringLiteral("peer_connect"),
                 e ? tr("%1 closed the connection (server unreachable, TLS verification failed or credentials refused)")
                         .arg(what)
                   : tr("%1 did not connect within %2 s").arg(what).arg(m_profile.timeouts.peerMs / 1000));
            co_return std::nullopt;
        }
        if (!e)
            co_await command("AT+UDCPC=" + QByteArray::number(handle), tr("close %1").arg(what));
    }
}

coro::Task<void> Job::closePeer(Peer peer)
{
    if (peer.handle < 0)
        co_return;
    AtReply *r = co_await command("AT+UDCPC=" + QByteArray::number(peer.handle), tr("close a peer"));
    Q_UNUSED(r)
}

// -- DPS -----------------------------------------------------------------------------------------

coro::Task<bool> Job::dps()
{
    beginStep(QStringLiteral("dps"), tr("registering with the Device Provisioning Service"));
    const QString scope = m_profile.dps.idScope;
    const qint64 expiry = QDateTime::currentSecsSinceEpoch() + m_profile.hub.sasValiditySeconds;
    QString token;
    if (m_profile.usesSymmetricKey()) {
        QString error;
        if (m_profile.flow == Profile::Flow::DpsSymmetric) {
            const auto derived =
                azure::deriveDeviceKey(QString::fromUtf8(secret(m_profile.dps.groupKeySecret)), m_id, &error);
            if (!derived)
                co_return fail(QStringLiteral("secret_invalid"), tr("the DPS group key: %1").arg(error));
            m_derivedKey = *derived;
        } else {
            m_derivedKey = QString::fromUtf8(secret(m_profile.dps.enrollmentKeySecret));
        }
        const auto t = azure::dpsSasToken(scope, m_id, m_derivedKey, expiry, &error);
        if (!t)
            co_return fail(QStringLiteral("secret_invalid"), tr("the DPS token: %1").arg(error));
        token = *t;
    }
    const auto base = [&] {
        azure::UdcpUrlBuilder b(QStringLiteral("mqtt"), m_profile.dps.host, quint16(m_profile.dps.port));
        b.add(QStringLiteral("client"), azure::dpsClientId(m_id));
        b.add(QStringLiteral("user"), azure::dpsUsername(scope, m_id, m_profile.dps.apiVersion));
        if (!token.isEmpty())
            b.add(QStringLiteral("passwd"), token, true);
        return b;
    };
    const auto tls = [&](azure::UdcpUrlBuilder &b) {
        b.add(QStringLiteral("encr"), QStringLiteral("3"));
        b.add(QStringLiteral("keepAlive"), QStringLiteral("60"));
        b.add(QStringLiteral("ca"), m_profile.certificates.caName);
        if (m_profile.usesX509()) {
            b.add(QStringLiteral("cert"), m_profile.certificates.certName);
            b.add(QStringLiteral("privKey"), m_profile.certificates.keyName);
        }
    };
    const QString rid = QStringLiteral("1");
    azure::UdcpUrlBuilder reg = base();
    reg.add(QStringLiteral("pt"), azure::dpsRegisterTopic(rid));
    reg.add(QStringLiteral("st"), azure::dpsResponseFilter());
    tls(reg);
    const auto regPeer = co_await connectPeer(reg, tr("the DPS registration peer"));
    if (!regPeer)
        co_return false;
    const QByteArray payload = azure::dpsRegisterPayload(m_id);
    if (!co_await send(*regPeer, payload))
        co_return false;

    QDeadlineTimer until(m_profile.timeouts.dpsMs);
    std::optional<Peer> pollPeer;
    for (;;) {
        const auto e = co_await nextEvent(
            [ch = regPeer->channel, h = regPeer->handle](const Event &e) {
                return (e.kind == Event::Data && e.channel == ch) || (e.kind == Event::PeerDown && e.handle == h);
            },
            std::chrono::milliseconds(qMax<qint64>(1, until.remainingTime())));
        if (!e) {
            if (m_link->mode() == ModuleLink::Mode::Closed)
                co_return fail(QStringLiteral("port_closed"), tr("the module went away during the DPS registration"));
            co_return fail(QStringLiteral("dps_timeout"),
                           tr("DPS did not assign the device within %1 s").arg(m_profile.timeouts.dpsMs / 1000));
        }
        if (e->kind == Event::PeerDown)
            co_return fail(QStringLiteral("dps_unauthorized"),
                           tr("DPS closed the connection (credentials or certificate refused)"));
        QString error;
        const auto answer = azure::parseDpsResponse(e->bytes, &error);
        if (!answer)
            co_return fail(QStringLiteral("dps_failed"), tr("DPS answered something unreadable: %1").arg(error));
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
            const QString code = answer->status == S::Disabled ? QStringLiteral("dps_disabled")
                                 : http == 401                 ? QStringLiteral("dps_unauthorized")
                                 : http == 404                 ? QStringLiteral("dps_not_found")
                                                               : QStringLiteral("dps_failed");
            co_return fail(code, answer->summary());
        }
        // Still assigning, or throttled: wait, then ask again. The module hides retry-after (no
        // topic in data events), so the profile's interval is the floor.
        const int waitMs =
            answer->retryAfterSeconds ? answer->retryDelaySeconds() * 1000 : m_profile.dps.pollIntervalMs;
        if (until.remainingTime() < waitMs)
            co_return fail(QStringLiteral("dps_timeout"),
                           tr("DPS did not assign the device within %1 s").arg(m_profile.timeouts.dpsMs / 1000));
        co_await coro::delay(ms(waitMs));
        if (m_row.operationId.isEmpty() || answer->isTransient()) {
            // Throttled before an operation existed: register again.
            if (!co_await send(*regPeer, payload))
                co_return false;
            continue;
        }
        if (!pollPeer) {
            // As the seed log does: a second peer, same client id, publishing the status topic.
            azure::UdcpUrlBuilder poll = base();
            poll.add(QStringLiteral("pt"), azure::dpsPollTopic(rid, m_row.operationId));
            tls(poll);
            pollPeer = co_await connectPeer(poll, tr("the DPS status peer"));
            if (!pollPeer)
                co_return false;
        }
        if (!co_await send(*pollPeer, "get operationstatus"))
            co_return false;
    }
    if (pollPeer)
        co_await closePeer(*pollPeer);
    co_await closePeer(*regPeer);
    endStep(QStringLiteral("pass"), tr("assigned to %1 as %2").arg(m_assignedHub, m_deviceId));
    co_return true;
}

// -- hub -----------------------------------------------------------------------------------------

coro::Task<bool> Job::hub()
{
    const QString host = m_profile.usesDps() ? m_assignedHub : m_profile.hub.host;
    const QString device = m_profile.usesDps() ? m_deviceId : m_id;
    beginStep(QStringLiteral("hub"), tr("connecting to the IoT Hub %1").arg(host));
    if (!m_profile.usesDps())
        m_row.assignedHub = host;
    QString token;
    if (m_profile.usesSymmetricKey()) {
        const QString key = m_profile.flow == Profile::Flow::HubSas
                                ? QString::fromUtf8(secret(m_profile.hub.deviceKeySecret))
                                : m_derivedKey;
        QString error;
        const auto t = azure::hubSasToken(
            host, device, key, QDateTime::currentSecsSinceEpoch() + m_profile.hub.sasValiditySeconds, {}, &error);
        if (!t)
            co_return fail(QStringLiteral("secret_invalid"), tr("the hub token: %1").arg(error));
        token = *t;
    }
    azure::UdcpUrlBuilder b(QStringLiteral("mqtt"), host, quint16(m_profile.hub.port));
    b.add(QStringLiteral("client"), azure::hubClientId(device));
    b.add(QStringLiteral("user"), azure::hubUsername(host, device, m_profile.hub.apiVersion));
    if (!token.isEmpty())
        b.add(QStringLiteral("passwd"), token, true);
    b.add(QStringLiteral("pt"), azure::hubTelemetryTopic(device));
    if (m_profile.options.waitCloudToDevice)
        b.add(QStringLiteral("st"), azure::hubCloudToDeviceFilter(device));
    b.add(QStringLiteral("encr"), QStringLiteral("3"));
    b.add(QStringLiteral("keepAlive"), QStringLiteral("60"));
    b.add(QStringLiteral("ca"), m_profile.certificates.caName);
    if (m_profile.usesX509()) {
        b.add(QStringLiteral("cert"), m_profile.certificates.certName);
        b.add(QStringLiteral("privKey"), m_profile.certificates.keyName);
    }
    // Messages of the closed DPS peers must not pass for a cloud-to-device message.
    m_events.removeIf([](const Event &e) { return e.kind == Event::Data; });
    const auto peer = co_await connectPeer(b, tr("the IoT Hub"));
    if (!peer)
        co_return false;
    if (m_profile.options.testTelemetry) {
        const QJsonObject message{
            {QStringLiteral("station"), m_setup.station},
            {QStringLiteral("deviceId"), device},
            {QStringLiteral("test"), true},
            {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        if (!co_await send(*peer, QJsonDocument(message).toJson(QJsonDocument::Compact)))
            co_return false;
    }
    if (m_profile.options.waitCloudToDevice) {
        const auto e = co_await nextEvent(
            [ch = peer->channel](const Event &e) { return e.kind == Event::Data && e.channel == ch; },
            ms(m_profile.timeouts.cloudToDeviceMs));
        if (!e)
            co_return fail(QStringLiteral("c2d_timeout"),
                           tr("no cloud-to-device message within %1 s").arg(m_profile.timeouts.cloudToDeviceMs / 1000));
    }
    co_await closePeer(*peer);
    endStep(QStringLiteral("pass"), tr("connected as %1").arg(device));
    co_return true;
}

coro::Task<bool> Job::restartModule(QString causeCode)
{
    AtCommand off = AtCommand::make("AT+CPWROFF", tr("restart"));
    off.restartsModule = true;
    AtReply *r = co_await command(off);
    if (!r->isOk())
        co_return failLink(r, causeCode, tr("restarting"));
    AtReply *up = m_link->waitForStartup(ms(m_profile.timeouts.bootMs));
    co_await waitFor(up);
    if (!up->isOk())
        co_return failLink(up, causeCode, tr("waiting for the module to start"));
    co_return true;
}

coro::Task<bool> Job::send(Peer peer, QByteArray data)
{
    const LinkError e = m_link->sendData(quint8(peer.channel), data);
    if (e.isError())
        co_return fail(e.code == LinkError::Code::PortClosed ? QStringLiteral("port_closed") : QStringLiteral("edm"),
                       e.message);
    co_return true;
}

// -- persist, reboot -----------------------------------------------------------------------------

coro::Task<bool> Job::persistAndReboot()
{
    if (m_profile.options.persist) {
        beginStep(QStringLiteral("persist"), tr("saving the settings on the module"));
        AtReply *r = co_await command("AT&W", tr("save settings"));
        if (!r->isOk())
            co_return failLink(r, QStringLiteral("persist"), tr("saving the settings"));
        endStep();
    }
    if (m_profile.options.rebootAtEnd) {
        beginStep(QStringLiteral("reboot"), tr("restarting the module"));
        if (!co_await restartModule(QStringLiteral("reboot")))
            co_return false;
        endStep();
    }
    co_return true;
}
