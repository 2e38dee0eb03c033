#pragma once

#include "azure/service/dpsserviceclient.h"
#include "azure/service/registryclient.h"
#include "common/task.h"
#include "provisioning/profile.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

class SecretStore;

namespace azure::service {

/// One thing cloud setup found, made, or could not make.
struct CloudItem
{
    enum class Action
    {
        Exists,  ///< already as the profile wants it: nothing changed
        Created, ///< made now
        Updated, ///< changed now to match the profile
        Missing, ///< (status) not there yet
        Refused, ///< the service said no; the report's cause says why and what to do
    };
    QString kind; ///< "enrollment-group", "device", "enrollment", "secret", "hub", "dps", "registration"
    QString id;
    Action action = Action::Exists;
    QString detail;                           ///< attestation / authentication, state; never a key
    static QString actionName(Action action); ///< exists, created, updated, missing, refused
    QJsonObject toJson() const;
};

/// What a cloud-setup run did. ok is false when something stopped it; cause says what to do and
/// causeCode classifies it (connection_string, secret_missing, secret_store, unauthorized, refused,
/// not_found, conflict, throttled, network, tls, timeout, service, profile).
struct CloudReport
{
    QList<CloudItem> items;
    bool ok = true;
    QString cause, causeCode;
    bool changed() const; ///< anything created or updated (cloud or secret store)
    QJsonObject toJson() const;
};

/// "The cloud saw it": what the hub says about a device after its module was provisioned.
struct DeviceCheck
{
    enum class Verdict
    {
        Seen,                ///< identity present, enabled, right authentication, activity since the start
        Registered,          ///< identity right, but no activity reported yet (the hub's figures lag)
        NotRegistered,       ///< the hub does not know the device: a FAIL even if the wire said PASS
        WrongAuthentication, ///< the identity does not accept the credential the module got
        Disabled,            ///< the identity is disabled
        Unknown,             ///< the hub could not be asked; cause says why
    };
    Verdict verdict = Verdict::Unknown;
    QString deviceId;
    QString authentication;  ///< sas, selfSigned, certificateAuthority (as the hub has it)
    QString connectionState; ///< Connected / Disconnected
    QDateTime lastActivity;  ///< invalid: never
    QString cause;           ///< a sentence for the operator (empty for Seen)
    bool isFailure() const
    {
        return verdict == Verdict::NotRegistered || verdict == Verdict::WrongAuthentication ||
               verdict == Verdict::Disabled;
    }
    static QString verdictName(Verdict verdict); ///< seen, registered, not_registered, wrong_auth, disabled, unknown
    QJsonObject toJson() const;
};

/// How CloudSetup reaches the services.
struct CloudSetupOptions
{
    /// Dial another address for a host name (local Azure: the service port on loopback); the TLS
    /// certificate is still checked against the host name.
    QHash<QString, QPair<QString, quint16>> connectTo;
    /// Trusted besides the system's roots and the profile's trust.roots.
    QList<QSslCertificate> extraCaCertificates;
    int deadlineMs = 60000; ///< one service call, retries included
};

/// Makes the cloud match a profile, from the connection strings in the secret store (names in the
/// profile: dps.connectionStringSecret, hub.connectionStringSecret), through the service APIs:
///  - DPS group flows: the enrollment group (X.509 with the profile's CA as signing certificate, which
///    DPS accepts only once the CA is uploaded and verified; symmetric key with the group key from the
///    secret store, or a generated one stored there first);
///  - hub flows and individual enrollments: one identity per device, made just before its module is
///    provisioned (ensureDevice): per-device SAS keys generated and stored in the secret store, X.509
///    by the device certificate's SHA-256 thumbprint or by CA;
///  - idempotent: a second run finds what exists, reports it and changes nothing.
/// Never logs or reports a key or a connection string.
class CloudSetup : public QObject
{
    Q_OBJECT
public:
    using Options = CloudSetupOptions;
    /// What a device's module will present, for ensureDevice() and verifyDevice().
    struct DeviceCredential
    {
        QString thumbprint;     ///< SHA-256 hex of the device certificate (X.509 flows)
        QByteArray certificate; ///< the device certificate (PEM), for an individual X.509 enrollment
    };

    CloudSetup(Profile profile, SecretStore *secrets, Options options = {}, QObject *parent = nullptr);

    coro::Task<CloudReport> prepare();
    coro::Task<CloudReport> status();
    coro::Task<CloudReport> ensureDevice(QString deviceId, DeviceCredential credential = {});
    /// @p since: when the module's job started (activity before it does not count).
    coro::Task<DeviceCheck> verifyDevice(QString deviceId, DeviceCredential credential, QDateTime since);

    /// Signal-style use (CLI, GUI): runs prepare() and emits finished() from the event loop.
    void startPrepare();
    /// prepare(), then ensureDevice() for each of @p deviceIds (a line whose ids are known in advance,
    /// and the simulation); emits finished() with all items.
    void startPrepareWithDevices(QStringList deviceIds);

    /// Options that reach a running local Azure from its `local-azure run --json` line: its service
    /// port for the hub and DPS service host names, and its test root trusted.
    static Options optionsForLocalAzure(const QJsonObject &runInfo);

signals:
    void finished(const azure::service::CloudReport &report);

private:
    struct Clients;
    coro::Task<bool> openClients(Clients &c, bool needDps, bool needHub, CloudReport &report);
    coro::Task<std::optional<QByteArray>> readSecret(QString name, bool required, CloudReport &report);
    coro::Task<bool> writeSecret(QString name, QByteArray value, CloudReport &report);
    coro::Task<void> prepareX509Group(Clients &c, CloudReport &report);
    coro::Task<void> prepareSymmetricGroup(Clients &c, CloudReport &report);
    coro::Task<void> prepareHub(Clients &c, CloudReport &report);
    coro::Task<void> ensureHubDevice(Clients &c, QString deviceId, DeviceCredential credential, CloudReport &report);
    coro::Task<void> ensureEnrollment(Clients &c, QString registrationId, DeviceCredential credential,
                                      CloudReport &report);
    coro::Task<void> statusGroup(Clients &c, CloudReport &report);
    coro::Task<void> statusHub(Clients &c, CloudReport &report);
    coro::Task<void> runAndEmit(coro::Task<CloudReport> task);
    coro::Task<void> ensureAll(QStringList deviceIds, bool prepareFirst);
    Endpoint endpointFor(const ConnectionString &cs, const QString &apiVersion) const;
    void fail(CloudReport &report, const QString &code, const QString &cause);
    void fail(CloudReport &report, const ServiceError &error);
    DeviceIdentity::Auth expectedAuth() const;

    Profile m_profile;
    QPointer<SecretStore> m_secrets;
    Options m_options;
    QList<QSslCertificate> m_trust;
    coro::Task<void> m_running;
};

} // namespace azure::service
