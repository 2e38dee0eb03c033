#include "azure/service/cloudsetup.h"

#include "azure/identifiers.h"
#include "common/files.h"
#include "common/logging.h"
#include "pki/trust.h"
#include "provisioning/secretstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace std::chrono_literals;

namespace azure::service {

struct CloudSetup::Clients
{
    std::unique_ptr<RegistryClient> hub;
    std::unique_ptr<DpsServiceClient> dps;
};

namespace {

QString randomKey(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64());
}

QString sha256Of(const QSslCertificate &cert)
{
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex().toUpper());
}

// PEM certificates from a file the profile names: bounded, and never a device or FIFO (docs/limits.md).
// Empty (with the reason in @p error) when the file cannot be read.
QList<QSslCertificate> pemCertificates(const QString &path, QString *error = nullptr)
{
    const auto pem = files::readBounded(path, files::kMaxCredential, error);
    return pem ? QSslCertificate::fromData(*pem, QSsl::Pem) : QList<QSslCertificate>();
}

// The roots the service clients trust besides the system's: the profile's trust.roots (the servers
// the modules talk to are the same services).
QList<QSslCertificate> profileRoots(const Profile &profile)
{
    QList<QSslCertificate> out;
    for (const QString &root : profile.trust.roots) {
        if (!root.startsWith(QLatin1String("bundled:"))) {
            out += pemCertificates(profile.resolvePath(root));
            continue;
        }
        for (const pki::TrustedRoot &r : pki::azureRoots()) {
            if (QLatin1String("bundled:") + r.name.toLower().replace(u' ', u'-') != root)
                continue;
            if (const auto cert = pki::loadRoot(r))
                out += QSslCertificate(cert->toPem(), QSsl::Pem);
        }
    }
    return out;
}

QString errorCodeFor(ServiceError::Kind kind)
{
    switch (kind) {
    case ServiceError::Kind::Unauthorized:
    case ServiceError::Kind::Forbidden:
        return QStringLiteral("unauthorized");
    case ServiceError::Kind::BadRequest:
        return QStringLiteral("refused");
    case ServiceError::Kind::NotFound:
        return QStringLiteral("not_found");
    case ServiceError::Kind::Conflict:
    case ServiceError::Kind::PreconditionFailed:
        return QStringLiteral("conflict");
    case ServiceError::Kind::Throttled:
        return QStringLiteral("throttled");
    case ServiceError::Kind::Network:
        return QStringLiteral("network");
    case ServiceError::Kind::Tls:
        return QStringLiteral("tls");
    case ServiceError::Kind::Timeout:
        return QStringLiteral("timeout");
    default:
        return QStringLiteral("service");
    }
}

bool isNotFound(const ServiceResult &r)
{
    return r.error && r.error->kind == ServiceError::Kind::NotFound;
}

} // namespace

QString CloudItem::actionName(Action action)
{
    switch (action) {
    case Action::Exists:
        return QStringLiteral("exists");
    case Action::Created:
        return QStringLiteral("created");
    case Action::Updated:
        return QStringLiteral("updated");
    case Action::Missing:
        return QStringLiteral("missing");
    case Action::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QJsonObject CloudItem::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("action"), actionName(action)},
                       {QStringLiteral("detail"), detail}};
}

bool CloudReport::changed() const
{
    for (const CloudItem &i : items)
        if (i.action == CloudItem::Action::Created || i.action == CloudItem::Action::Updated)
            return true;
    return false;
}

QJsonObject CloudReport::toJson() const
{
    QJsonArray list;
    for (const CloudItem &i : items)
        list.append(i.toJson());
    QJsonObject o{{QStringLiteral("ok"), ok}, {QStringLiteral("changed"), changed()}, {QStringLiteral("items"), list}};
    if (!ok) {
        o.insert(QStringLiteral("cause"), cause);
        o.insert(QStringLiteral("cause_code"), causeCode);
    }
    return o;
}

QString DeviceCheck::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Seen:
        return QStringLiteral("seen");
    case Verdict::Registered:
        return QStringLiteral("registered");
    case Verdict::NotRegistered:
        return QStringLiteral("not_registered");
    case Verdict::WrongAuthentication:
        return QStringLiteral("wrong_auth");
    case Verdict::Disabled:
        return QStringLiteral("disabled");
    case Verdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject DeviceCheck::toJson() const
{
    return QJsonObject{{QStringLiteral("verdict"), verdictName(verdict)},
                       {QStringLiteral("device_id"), deviceId},
                       {QStringLiteral("authentication"), authentication},
                       {QStringLiteral("connection_state"), connectionState},
                       {QStringLiteral("last_activity"),
                        lastActivity.isValid() ? lastActivity.toString(Qt::ISODateWithMs) : QString()},
                       {QStringLiteral("cause"), cause}};
}

CloudSetup::CloudSetup(Profile profile, SecretStore *secrets, Options options, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secrets(secrets)
    , m_options(std::move(options))
{
    m_trust = profileRoots(m_profile) + m_options.extraCaCertificates;
}

void CloudSetup::fail(CloudReport &report, const QString &code, const QString &cause)
{
    if (!report.ok)
        return; // the first cause is the one to act on
    report.ok = false;
    report.causeCode = code;
    report.cause = cause;
    qCInfo(lcAzure).noquote() << "cloud setup:" << code << cause;
}

void CloudSetup::fail(CloudReport &report, const ServiceError &error)
{
    fail(report, errorCodeFor(error.kind), error.cause);
}

Endpoint CloudSetup::endpointFor(const ConnectionString &cs, const QString &apiVersion) const
{
    Endpoint e;
    e.connection = cs;
    e.apiVersion = apiVersion;
    const auto to = m_options.connectTo.constFind(cs.hostName);
    if (to != m_options.connectTo.cend()) {
        e.connectHost = to->first;
        e.connectPort = to->second;
    }
    e.extraCaCertificates = m_trust;
    e.deadlineMs = m_options.deadlineMs;
    return e;
}

coro::Task<std::optional<QByteArray>> CloudSetup::readSecret(QString name, bool required, CloudReport &report)
{
    if (!m_secrets) {
        if (required)
            fail(report, QStringLiteral("secret_missing"), tr("no secret store is configured"));
        co_return std::nullopt;
    }
    SecretJob *job = m_secrets->read(name);
    const auto dispose = qScopeGuard([job] { job->deleteLater(); });
    coro::Waiter<bool> w(30s);
    w.on(job, &SecretJob::finished, [&w] { w.complete(true); });
    if (!co_await w) {
        fail(report, QStringLiteral("secret_store"), tr("reading the secret '%1' took too long").arg(name));
        co_return std::nullopt;
    }
    if (job->isOk() && !job->value().isEmpty())
        co_return job->value();
    const bool absent = job->isOk() || job->isNotFound() || job->status() == SecretJob::Status::Unavailable;
    if (absent && !required)
        co_return std::nullopt;
    fail(report, absent ? QStringLiteral("secret_missing") : QStringLiteral("secret_store"),
         absent && job->errorString().isEmpty() ? SecretStore::notSetMessage(name) : job->errorString());
    co_return std::nullopt;
}

coro::Task<bool> CloudSetup::writeSecret(QString name, QByteArray value, CloudReport &report)
{
    if (!m_secrets || !m_secrets->isWritable()) {
        fail(report, QStringLiteral("secret_store"),
             tr("the secret store (%1) is read-only, so the generated '%2' could not be kept: give it with --secret "
                "%2=file:PATH, or use the system keychain")
                 .arg(m_secrets ? m_secrets->describe() : QString(), name));
        co_return false;
    }
    SecretJob *job = m_secrets->write(name, value);
    const auto dispose = qScopeGuard([job] { job->deleteLater(); });
    coro::Waiter<bool> w(30s);
    w.on(job, &SecretJob::finished, [&w] { w.complete(true); });
    if (!co_await w || !job->isOk()) {
        fail(report, QStringLiteral("secret_store"),
             tr("cannot keep '%1' in the secret store: %2")
                 .arg(name, job->errorString().isEmpty() ? tr("no answer") : job->errorString()));
        co_return false;
    }
    qCInfo(lcAzure).noquote() << "cloud setup: stored the secret" << name;
    co_return true;
}

coro::Task<bool> CloudSetup::openClients(Clients &c, bool needDps, bool needHub, CloudReport &report)
{
    const auto open = [&](const QString &secret) -> coro::Task<std::optional<ConnectionString>> {
        const auto text = co_await readSecret(secret, true, report);
        if (!text)
            co_return std::nullopt;
        QString why;
        auto cs = ConnectionString::parse(QString::fromUtf8(*text), &why);
        if (!cs)
            fail(report, QStringLiteral("connection_string"), tr("the secret '%1': %2").arg(secret, why));
        co_return cs;
    };
    if (needDps) {
        const auto cs = co_await open(m_profile.dps.connectionStringSecret);
        if (!cs)
            co_return false;
        c.dps = std::make_unique<DpsServiceClient>(endpointFor(*cs, m_profile.dps.serviceApiVersion));
    }
    if (needHub) {
        const auto cs = co_await open(m_profile.hub.connectionStringSecret);
        if (!cs)
            co_return false;
        c.hub = std::make_unique<RegistryClient>(endpointFor(*cs, m_profile.hub.serviceApiVersion));
    }
    co_return true;
}

coro::Task<CloudReport> CloudSetup::prepare()
{
    CloudReport report;
    if (const QStringList problems = m_profile.validate(); !problems.isEmpty()) {
        fail(report, QStringLiteral("profile"),
             tr("the profile is incomplete: %1").arg(problems.join(QStringLiteral("; "))));
        co_return report;
    }
    Clients c;
    if (!co_await openClients(c, m_profile.usesDps(), !m_profile.usesDps(), report))
        co_return report;
    switch (m_profile.flow) {
    case Profile::Flow::DpsX509:
        co_await prepareX509Group(c, report);
        break;
    case Profile::Flow::DpsSymmetric:
        co_await prepareSymmetricGroup(c, report);
        break;
    case Profile::Flow::DpsX509Individual:
    case Profile::Flow::DpsSymmetricIndividual: {
        // Enrollments are made per device (ensureDevice); here: the service answers this policy.
        const ServiceResult r = co_await c.dps->await(c.dps->queryEnrollmentGroups());
        if (!r.ok())
            fail(report, *r.error);
        else
            report.items.append({QStringLiteral("dps"), c.dps->endpoint().connection.hostName,
                                 CloudItem::Action::Exists,
                                 tr("reachable with policy %1").arg(c.dps->endpoint().connection.keyName)});
        break;
    }
    case Profile::Flow::HubSas:
    case Profile::Flow::HubX509:
        co_await prepareHub(c, report);
        break;
    }
    co_return report;
}

// dps-x509: a group whose signing certificate is the profile's CA (DPS accepts it only when that CA
// is uploaded and verified: the portal's or ARM's step, not the connection string's).
coro::Task<void> CloudSetup::prepareX509Group(Clients &c, CloudReport &report)
{
    const QString id = m_profile.dps.enrollmentGroupId;
    const QString caPath = m_profile.resolvePath(m_profile.certificates.caCertificate);
    QString readError;
    const QList<QSslCertificate> ca = pemCertificates(caPath, &readError);
    if (ca.isEmpty()) {
        fail(report, QStringLiteral("profile"),
             readError.isEmpty()
                 ? tr("certificates.caCertificate: %1 is not a PEM certificate; the X.509 enrollment group is made "
                      "from the CA that signs the device certificates")
                       .arg(caPath)
                 : tr("certificates.caCertificate: %1").arg(readError));
        co_return;
    }
    const QString thumb = sha256Of(ca.first());
    const QString detail = tr("X.509, CA %1 (SHA-256 %2…)").arg(ca.first().subjectDisplayName(), thumb.left(16));
    EnrollmentGroup want;
    want.id = id;
    want.attestation.type = Attestation::Type::X509;
    want.attestation.certificatePem = QString::fromLatin1(ca.first().toPem());
    const ServiceResult got = co_await c.dps->await(c.dps->getEnrollmentGroup(id));
    if (isNotFound(got)) {
        const ServiceResult made = co_await c.dps->await(c.dps->createEnrollmentGroup(want));
        if (!made.ok()) {
            report.items.append({QStringLiteral("enrollment-group"), id, CloudItem::Action::Refused, detail});
            co_return fail(report, *made.error);
        }
        report.items.append({QStringLiteral("enrollment-group"), id, CloudItem::Action::Created, detail});
        co_return;
    }
    const auto group = DpsServiceClient::group(got);
    if (!group)
        co_return fail(report, *got.error);
    if (group->attestation.type != Attestation::Type::X509) {
        report.items.append({QStringLiteral("enrollment-group"), id, CloudItem::Action::Refused, tr("symmetric key")});
        co_return fail(report, QStringLiteral("conflict"),
                       tr("the enrollment group %1 exists with symmetric-key attestation and the profile wants X.509; "
                          "name another group in dps.enrollmentGroupId, or delete that one")
                           .arg(id));
    }
    const bool sameCa = !group->attestation.caReference.isEmpty() ||
                        group->attestation.sha256Thumbprint.compare(thumb, Qt::CaseInsensitive) == 0;
    if (sameCa && group->enabled) {
        report.items.append({QStringLiteral("enrollment-group"), id, CloudItem::Action::Exists,
                             group->attestation.caReference.isEmpty()
                                 ? detail
                                 : tr("X.509, by reference to CA %1").arg(group->attestation.caReference)});
        co_return;
    }
    if (sameCa)
        want.attestation = group->attestation; // keep its CA (by reference), enable it
    const ServiceResult updated = co_await c.dps->await(c.dps->updateEnrollmentGroup(want, group->etag.toUtf8()));
    if (!updated.ok()) {
        report.items.append({QStringLiteral("enrollment-group"), id, CloudItem::Action::Refused, detail});
        co_return fail(report, *updated.error);
    }
    report.items.append(
        {QStringLiteral("enrollment-group"), id, CloudItem::Action::Updated, sameCa ? tr("enabled") : detail});
}

// dps-symmetric: a group with the group key of the secret store; a key made here is stored first,
// so nothing is created that the station could not use.
coro::Task<void> CloudSetup::prepareSymmetricGroup(Clients &c, CloudReport &report)
{
    const QString id = m_profile.dps.enrollmentGroupId, secret = m_profile.dps.groupKeySecret;
    const auto key = co_await readSecret(secret, false, report);
    if (!report.ok)
        co_return;
    const QString detail = tr("symmetric key (group key in secret '%1')").arg(secret);
    const ServiceResult got = co_await c.dps->await(c.dps->getEnrollmentGroup(id));
    if (isNotFound(got)) {
        EnrollmentGroup want;
        want.id = id;
        want.attestation.primaryKey = key ? QString::fromUtf8(*key) : randomKey(64);
        want.attestation.secondaryKey = randomKey(64);
        if (!key) {
            if (!co_await writeSecret(secret, want.attestation.primaryKey.toUtf8(), report))
                co_return;
            report.items.append({QStringLiteral("secret"), secret, CloudItem::Action::Created, tr("a new group key")});
        }
        const ServiceResult made = co_await c.dps->await(c.dps->createEnrollmentGroup(want));
        if (!made.ok())
            co_return fail(report, *made.error);
        report.items.append({QStringLiteral("enrollment-group"), id, CloudItem::Action::Created, detail});
        co_return;
    }
    const auto group = DpsServiceClient::group(got);
    if (!group)
        co_return fail(report, *got.error);
    const ServiceResult att = co_await c.dps->await(c.dps->getEnrollmentGroupAttestation(id));
    const auto keys = DpsServiceClient::attestation(att);
    if (!keys)
        co_return fail(report, *att.error);
    if (keys->type != Attestation::Type::SymmetricKey) {
        report.items.append({QStringLiteral("enrollment-group"), id, CloudItem::Action::Refused, tr("X.509")});
        co_return fail(report, QStringLiteral("conflict"),
                       tr("the enrollment group %1 exists with X.509 attestation and the profile wants a symmetric "
                          "key; name another group in dps.enrollmentGroupId, or delete that one")
                           .arg(id));
    }
    if (key && QString::fromUtf8(*key) != keys->primaryKey && QString::fromUtf8(*key) != keys->secondaryKey) {
        report.items.append({QStringLiteral("enrollment-group"), id, CloudItem::Action::Refused, detail});
        co_return fail(report, QStringLiteral("conflict"),
                       tr("the key in secret '%1' is neither key of enrollment group %2, so devices would be "
                          "refused; store the group's key (DPS › Manage enrollments › %2) in '%1', or delete the "
                          "group")
                           .arg(secret, id));
    }
    if (!key) {
        if (!co_await writeSecret(secret, keys->primaryKey.toUtf8(), report))
            co_return;
        report.items.append({QStringLiteral("secret"), secret, CloudItem::Action::Created,
                             tr("the primary key of enrollment group %1").arg(id)});
    }
    if (group->enabled) {
        report.items.append({QStringLiteral("enrollment-group"), id, CloudItem::Action::Exists, detail});
        co_return;
    }
    EnrollmentGroup want = *group;
    want.attestation = *keys;
    want.enabled = true;
    const ServiceResult updated = co_await c.dps->await(c.dps->updateEnrollmentGroup(want, group->etag.toUtf8()));
    if (!updated.ok())
        co_return fail(report, *updated.error);
    report.items.append({QStringLiteral("enrollment-group"), id, CloudItem::Action::Updated, tr("enabled")});
}

// hub-*: the policy works (a device that does not exist answers 404, not 401); hub-sas with one
// shared key: that key, made and stored if the store has none. Devices come with ensureDevice().
coro::Task<void> CloudSetup::prepareHub(Clients &c, CloudReport &report)
{
    const ServiceResult probe = co_await c.hub->await(c.hub->getDevice(QStringLiteral("provstation-access-check")));
    if (!probe.ok() && !isNotFound(probe))
        co_return fail(report, *probe.error);
    report.items.append({QStringLiteral("hub"), c.hub->endpoint().connection.hostName, CloudItem::Action::Exists,
                         tr("reachable with policy %1").arg(c.hub->endpoint().connection.keyName)});
    if (m_profile.flow != Profile::Flow::HubSas || m_profile.hub.deviceKeys != QLatin1String("shared"))
        co_return;
    const QString secret = m_profile.hub.deviceKeySecret;
    const auto key = co_await readSecret(secret, false, report);
    if (!report.ok || key)
        co_return;
    if (co_await writeSecret(secret, randomKey(32).toUtf8(), report))
        report.items.append(
            {QStringLiteral("secret"), secret, CloudItem::Action::Created, tr("a new device key shared by the line")});
}

coro::Task<CloudReport> CloudSetup::ensureDevice(QString deviceId, DeviceCredential credential)
{
    CloudReport report;
    if (const auto problem = checkDeviceId(deviceId)) {
        fail(report, QStringLiteral("profile"), tr("device ID %1: %2").arg(deviceId, *problem));
        co_return report;
    }
    Clients c;
    switch (m_profile.flow) {
    case Profile::Flow::HubSas:
    case Profile::Flow::HubX509:
        if (co_await openClients(c, false, true, report))
            co_await ensureHubDevice(c, deviceId, credential, report);
        break;
    case Profile::Flow::DpsX509Individual:
    case Profile::Flow::DpsSymmetricIndividual:
        if (co_await openClients(c, true, false, report))
            co_await ensureEnrollment(c, deviceId, credential, report);
        break;
    case Profile::Flow::DpsX509:
    case Profile::Flow::DpsSymmetric:
        report.items.append(
            {QStringLiteral("device"), deviceId, CloudItem::Action::Exists,
             tr("made by DPS on registration (enrollment group %1)").arg(m_profile.dps.enrollmentGroupId)});
        break;
    }
    co_return report;
}

DeviceIdentity::Auth CloudSetup::expectedAuth() const
{
    switch (m_profile.flow) {
    case Profile::Flow::HubX509:
        return m_profile.hub.x509Auth == QLatin1String("ca") ? DeviceIdentity::Auth::CertificateAuthority
                                                             : DeviceIdentity::Auth::SelfSigned;
    case Profile::Flow::DpsX509:
    case Profile::Flow::DpsX509Individual:
        return DeviceIdentity::Auth::SelfSigned; // DPS makes X.509 devices self-signed by thumbprint (§4.5)
    default:
        return DeviceIdentity::Auth::Sas;
    }
}

// hub-sas and hub-x509: the device identity as the profile wants it; per-device keys are made and
// stored in the secret store before the identity that uses them.
coro::Task<void> CloudSetup::ensureHubDevice(Clients &c, QString deviceId, DeviceCredential credential,
                                             CloudReport &report)
{
    DeviceIdentity want;
    want.deviceId = deviceId;
    want.auth = expectedAuth();
    QString detail = DeviceIdentity::authName(want.auth);
    const QString secret = m_profile.deviceKeySecretFor(deviceId);
    std::optional<QByteArray> key;
    if (want.auth == DeviceIdentity::Auth::Sas) {
        key = co_await readSecret(secret, false, report);
        if (!report.ok)
            co_return;
        detail = tr("SAS (key in secret '%1')").arg(secret);
    } else if (want.auth == DeviceIdentity::Auth::SelfSigned) {
        if (credential.thumbprint.isEmpty())
            co_return fail(report, QStringLiteral("profile"),
                           tr("device %1: an X.509 identity by thumbprint needs the device certificate").arg(deviceId));
        want.primaryThumbprint = want.secondaryThumbprint = credential.thumbprint.toUpper().remove(u':');
        detail = tr("X.509 thumbprint %1…").arg(want.primaryThumbprint.left(16));
    }
    const ServiceResult got = co_await c.hub->await(c.hub->getDevice(deviceId));
    std::optional<DeviceIdentity> have = RegistryClient::device(got);
    if (!have && !isNotFound(got))
        co_return fail(report, *got.error);
    if (have && want.auth == DeviceIdentity::Auth::Sas && !key && have->auth == DeviceIdentity::Auth::Sas) {
        // The identity exists but the store lost (or never had) its key: keep the hub's.
        if (!co_await writeSecret(secret, have->primaryKey.toUtf8(), report))
            co_return;
        report.items.append({QStringLiteral("secret"), secret, CloudItem::Action::Created,
                             tr("the primary key of device %1").arg(deviceId)});
        key = have->primaryKey.toUtf8();
    }
    if (want.auth == DeviceIdentity::Auth::Sas) {
        if (!key) {
            key = randomKey(32).toUtf8();
            if (!co_await writeSecret(secret, *key, report))
                co_return;
            report.items.append({QStringLiteral("secret"), secret, CloudItem::Action::Created, tr("a new device key")});
        }
        want.primaryKey = QString::fromUtf8(*key);
        want.secondaryKey = have && have->auth == DeviceIdentity::Auth::Sas ? have->secondaryKey : randomKey(32);
    }
    const bool matches = have && have->enabled && have->auth == want.auth &&
                         (want.auth != DeviceIdentity::Auth::Sas || have->primaryKey == want.primaryKey ||
                          have->secondaryKey == want.primaryKey) &&
                         (want.auth != DeviceIdentity::Auth::SelfSigned ||
                          have->primaryThumbprint.compare(want.primaryThumbprint, Qt::CaseInsensitive) == 0 ||
                          have->secondaryThumbprint.compare(want.primaryThumbprint, Qt::CaseInsensitive) == 0);
    if (matches) {
        report.items.append({QStringLiteral("device"), deviceId, CloudItem::Action::Exists, detail});
        co_return;
    }
    // Chosen before the co_await: g++ 12 mis-compiles a conditional operator inside a co_await operand
    // (std::bad_alloc at run time, seen in CloudSetupTest).
    ServiceReply *write = have ? c.hub->updateDevice(want, have->etag.toUtf8()) : c.hub->createDevice(want);
    const ServiceResult put = co_await c.hub->await(write);
    if (!put.ok())
        co_return fail(report, *put.error);
    report.items.append(
        {QStringLiteral("device"), deviceId, have ? CloudItem::Action::Updated : CloudItem::Action::Created, detail});
}

// dps-*-individual: the device's own enrollment (the symmetric key from dps.enrollmentKeySecret, or
// the device certificate).
coro::Task<void> CloudSetup::ensureEnrollment(Clients &c, QString registrationId, DeviceCredential credential,
                                              CloudReport &report)
{
    IndividualEnrollment want;
    want.registrationId = registrationId;
    QString detail;
    if (m_profile.flow == Profile::Flow::DpsX509Individual) {
        if (credential.certificate.isEmpty())
            co_return fail(report, QStringLiteral("profile"),
                           tr("enrollment %1: an X.509 enrollment needs the device certificate").arg(registrationId));
        want.attestation.type = Attestation::Type::X509;
        want.attestation.certificatePem = QString::fromLatin1(credential.certificate);
        detail = tr("X.509 device certificate");
    } else {
        const QString secret = m_profile.dps.enrollmentKeySecret;
        auto key = co_await readSecret(secret, false, report);
        if (!report.ok)
            co_return;
        if (!key) {
            key = randomKey(64).toUtf8();
            if (!co_await writeSecret(secret, *key, report))
                co_return;
            report.items.append(
                {QStringLiteral("secret"), secret, CloudItem::Action::Created, tr("a new enrollment key")});
        }
        want.attestation.primaryKey = QString::fromUtf8(*key);
        want.attestation.secondaryKey = randomKey(64);
        detail = tr("symmetric key (key in secret '%1')").arg(secret);
    }
    const ServiceResult got = co_await c.dps->await(c.dps->getEnrollment(registrationId));
    const auto have = DpsServiceClient::enrollment(got);
    if (!have && !isNotFound(got))
        co_return fail(report, *got.error);
    if (have && have->enabled && have->attestation.type == want.attestation.type) {
        bool same = false;
        if (want.attestation.type == Attestation::Type::X509) {
            const QSslCertificate cert(credential.certificate, QSsl::Pem);
            same = have->attestation.sha256Thumbprint.compare(sha256Of(cert), Qt::CaseInsensitive) == 0;
        } else {
            const ServiceResult att = co_await c.dps->await(c.dps->getEnrollmentAttestation(registrationId));
            const auto keys = DpsServiceClient::attestation(att);
            same = keys && (keys->primaryKey == want.attestation.primaryKey ||
                            keys->secondaryKey == want.attestation.primaryKey);
        }
        if (same) {
            report.items.append({QStringLiteral("enrollment"), registrationId, CloudItem::Action::Exists, detail});
            co_return;
        }
    }
    // Chosen before the co_await (see ensureHubDevice).
    ServiceReply *write = have ? c.dps->updateEnrollment(want, have->etag.toUtf8()) : c.dps->createEnrollment(want);
    const ServiceResult put = co_await c.dps->await(write);
    if (!put.ok())
        co_return fail(report, *put.error);
    report.items.append({QStringLiteral("enrollment"), registrationId,
                         have ? CloudItem::Action::Updated : CloudItem::Action::Created, detail});
}

coro::Task<CloudReport> CloudSetup::status()
{
    CloudReport report;
    Clients c;
    if (!co_await openClients(c, m_profile.usesDps(), !m_profile.usesDps(), report))
        co_return report;
    if (m_profile.usesDps())
        co_await statusGroup(c, report);
    else
        co_await statusHub(c, report);
    co_return report;
}

coro::Task<void> CloudSetup::statusGroup(Clients &c, CloudReport &report)
{
    const QString id = m_profile.dps.enrollmentGroupId;
    if (m_profile.flow == Profile::Flow::DpsX509Individual || m_profile.flow == Profile::Flow::DpsSymmetricIndividual) {
        report.items.append({QStringLiteral("dps"), c.dps->endpoint().connection.hostName, CloudItem::Action::Exists,
                             tr("individual enrollments are listed per device")});
        co_return;
    }
    const ServiceResult got = co_await c.dps->await(c.dps->getEnrollmentGroup(id));
    const auto group = DpsServiceClient::group(got);
    if (!group && !isNotFound(got))
        co_return fail(report, *got.error);
    if (!group) {
        report.items.append({QStringLiteral("enrollment-group"), id, CloudItem::Action::Missing, QString()});
        co_return;
    }
    const QString attestation = group->attestation.type == Attestation::Type::X509
                                    ? (group->attestation.caReference.isEmpty()
                                           ? tr("X.509, CA %1").arg(group->attestation.subjectName)
                                           : tr("X.509, by reference to CA %1").arg(group->attestation.caReference))
                                    : tr("symmetric key");
    report.items.append({QStringLiteral("enrollment-group"), id, CloudItem::Action::Exists,
                         group->enabled ? attestation : tr("%1, disabled").arg(attestation)});
    const ServiceResult regs = co_await c.dps->await(c.dps->queryRegistrationStates(id));
    if (!regs.ok())
        co_return fail(report, *regs.error);
    for (const QJsonValue &v : regs.json.toArray()) {
        const RegistrationState r = RegistrationState::fromJson(v.toObject());
        report.items.append({QStringLiteral("registration"), r.registrationId, CloudItem::Action::Exists,
                             r.status == QLatin1String("assigned")
                                 ? tr("assigned to %1 as %2").arg(r.assignedHub, r.deviceId)
                                 : tr("%1 %2").arg(r.status, r.errorMessage).trimmed()});
    }
}

coro::Task<void> CloudSetup::statusHub(Clients &c, CloudReport &report)
{
    report.items.append({QStringLiteral("hub"), c.hub->endpoint().connection.hostName, CloudItem::Action::Exists,
                         tr("reachable with policy %1").arg(c.hub->endpoint().connection.keyName)});
    QByteArray continuation;
    for (int page = 0; page < 1000; ++page) {
        const ServiceResult r = co_await c.hub->await(c.hub->queryDevices(100, continuation));
        if (!r.ok())
            co_return fail(report, *r.error);
        for (const QJsonValue &v : r.json.toArray()) {
            const Twin t = Twin::fromJson(v.toObject());
            const QJsonObject o = v.toObject();
            report.items.append({QStringLiteral("device"), t.deviceId, CloudItem::Action::Exists,
                                 tr("%1, %2, last activity %3")
                                     .arg(o.value(u"authenticationType").toString(), t.connectionState,
                                          o.value(u"lastActivityTime").toString())});
        }
        continuation = r.continuation;
        if (continuation.isEmpty())
            break;
    }
}

coro::Task<DeviceCheck> CloudSetup::verifyDevice(QString deviceId, DeviceCredential credential, QDateTime since)
{
    DeviceCheck check;
    check.deviceId = deviceId;
    CloudReport report;
    Clients c;
    if (!co_await openClients(c, false, true, report)) {
        check.cause = report.cause;
        co_return check;
    }
    const ServiceResult got = co_await c.hub->await(c.hub->getDevice(deviceId));
    const auto d = RegistryClient::device(got);
    if (!d) {
        check.verdict = isNotFound(got) ? DeviceCheck::Verdict::NotRegistered : DeviceCheck::Verdict::Unknown;
        check.cause = isNotFound(got) ? tr("the module finished, but %1 has no device %2")
                                            .arg(c.hub->endpoint().connection.hostName, deviceId)
                                      : got.error->cause;
        co_return check;
    }
    check.authentication = DeviceIdentity::authName(d->auth);
    check.connectionState = d->connectionState;
    check.lastActivity = d->lastActivityTime;
    const DeviceIdentity::Auth want = expectedAuth();
    const QString thumb = credential.thumbprint.toUpper().remove(u':');
    if (d->auth != want || (want == DeviceIdentity::Auth::SelfSigned && !thumb.isEmpty() &&
                            d->primaryThumbprint.compare(thumb, Qt::CaseInsensitive) != 0 &&
                            d->secondaryThumbprint.compare(thumb, Qt::CaseInsensitive) != 0)) {
        check.verdict = DeviceCheck::Verdict::WrongAuthentication;
        check.cause = tr("device %1 authenticates with %2, not with the %3 the module got")
                          .arg(deviceId, check.authentication, DeviceIdentity::authName(want));
    } else if (!d->enabled) {
        check.verdict = DeviceCheck::Verdict::Disabled;
        check.cause = tr("device %1 is disabled in the hub").arg(deviceId);
    } else if (d->isConnected() || (d->lastActivityTime.isValid() && d->lastActivityTime >= since.addSecs(-5))) {
        check.verdict = DeviceCheck::Verdict::Seen;
    } else {
        check.verdict = DeviceCheck::Verdict::Registered;
        check.cause = tr("the hub has reported no activity of %1 since the module started (its figures can lag "
                         "minutes)")
                          .arg(deviceId);
    }
    co_return check;
}

coro::Task<void> CloudSetup::runAndEmit(coro::Task<CloudReport> task)
{
    const CloudReport report = co_await std::move(task);
    // Emitted from the event loop: a slot may delete this object (and with it this frame).
    QMetaObject::invokeMethod(
        this, [this, report] { emit finished(report); }, Qt::QueuedConnection);
}

coro::Task<void> CloudSetup::ensureAll(QStringList deviceIds, bool prepareFirst)
{
    CloudReport all;
    if (prepareFirst)
        all = co_await prepare();
    for (const QString &id : deviceIds) {
        if (!all.ok)
            break;
        const CloudReport one = co_await ensureDevice(id);
        all.items += one.items;
        if (!one.ok) {
            fail(all, one.causeCode, one.cause);
            break;
        }
    }
    QMetaObject::invokeMethod(
        this, [this, all] { emit finished(all); }, Qt::QueuedConnection);
}

void CloudSetup::startPrepare()
{
    m_running = runAndEmit(prepare());
    m_running.start();
}

void CloudSetup::startPrepareWithDevices(QStringList deviceIds)
{
    m_running = ensureAll(std::move(deviceIds), true);
    m_running.start();
}

CloudSetup::Options CloudSetup::optionsForLocalAzure(const QJsonObject &info)
{
    Options o;
    const QString address = info.value(u"sas_address").toString(QStringLiteral("127.0.0.1"));
    const auto port = quint16(info.value(u"service_port").toInt());
    o.connectTo.insert(info.value(u"hub_host").toString(), {address, port});
    o.connectTo.insert(info.value(u"dps_service_host").toString(), {address, port});
    o.extraCaCertificates = QSslCertificate::fromPath(info.value(u"ca_file").toString(), QSsl::Pem);
    return o;
}

} // namespace azure::service
