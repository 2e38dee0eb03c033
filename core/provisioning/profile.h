#pragma once

#include <optional>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// The station recipe: a versioned JSON document an engineer can diff and check in. It names
/// secrets but never holds them (they live in a SecretStore).
///
///   {"format":"provstation-profile","version":1,"name":…,"flow":"dps-x509", "dps":{…}, "hub":{…},
///    "identity":{…}, "certificates":{…}, "trust":{…}, "wifi":{…}, "options":{…}, "timeouts":{…},
///    "retries":{…}}
///
/// See docs/profile.md for every field.
struct Profile
{
    enum class Flow
    {
        DpsX509,                ///< DPS, X.509 enrollment group (CA-signed device certificates)
        DpsSymmetric,           ///< DPS, symmetric-key enrollment group (derived device keys)
        HubX509,                ///< IoT Hub straight, CA-signed X.509 device
        HubSas,                 ///< IoT Hub straight, SAS token from the device key
        DpsX509Individual,      ///< DPS, individual X.509 enrollment
        DpsSymmetricIndividual, ///< DPS, individual symmetric-key enrollment
    };
    static QString flowName(Flow flow);
    static std::optional<Flow> flowFromName(QStringView name);
    static QStringList flowNames();

    static constexpr int kVersion = 1;

    QString name;
    Flow flow = Flow::DpsX509;

    struct Dps
    {
        QString host = QStringLiteral("global.azure-devices-provisioning.net");
        int port = 8883;
        QString idScope;
        QString apiVersion = QStringLiteral("2019-03-31");
        int pollIntervalMs = 3000; ///< the module hides retry-after (no topic in data events)
        QString groupKeySecret = QStringLiteral("dps-group-key");           ///< symmetric group
        QString enrollmentKeySecret = QStringLiteral("dps-enrollment-key"); ///< symmetric individual
        // Cloud setup (docs/cloud.md): the DPS service side.
        QString connectionStringSecret = QStringLiteral("dps-connection-string"); ///< a DPS policy's
        QString serviceApiVersion = QStringLiteral("2021-10-01");
        QString enrollmentGroupId = QStringLiteral("provstation"); ///< the group cloud setup keeps
    } dps;

    struct Hub
    {
        QString host; ///< hub-* flows; DPS flows use the assigned hub
        int port = 8883;
        QString apiVersion = QStringLiteral("2021-04-12");
        QString deviceKeySecret = QStringLiteral("hub-device-key"); ///< hub-sas
        int sasValiditySeconds = 365 * 24 * 3600;                   ///< the module cannot renew a token
        // Cloud setup (docs/cloud.md): the IoT Hub service side.
        QString connectionStringSecret = QStringLiteral("hub-connection-string"); ///< a hub policy's
        QString serviceApiVersion = QStringLiteral("2021-04-12");
        /// hub-sas: "shared" (deviceKeySecret for every device) or "per-device" (a key generated for
        /// each device identity, kept as hubDeviceKeySecretFor(id))
        QString deviceKeys = QStringLiteral("shared");
        /// hub-x509: "thumbprint" (the device certificate's SHA-256, no CA in the hub) or "ca"
        /// (CA-signed; the CA must be uploaded and verified in the hub)
        QString x509Auth = QStringLiteral("thumbprint");
    } hub;

    struct Identity
    {
        QString idTemplate = QStringLiteral("{model}-{mac}"); ///< {model} {mac} {serial}, literal text
        bool lowerCase = true;
    } identity;

    struct Certificates
    {
        QString policy = QStringLiteral("generate"); ///< "generate" (from the CA) or "folder"
        QString caCertificate;                       ///< PEM file of the signing CA (generate)
        QString caKey;                               ///< its private key file (generate)
        QString caKeyPassphraseSecret;               ///< when the CA key is encrypted
        QString folder;                              ///< folder policy: <id>.pem and <id>.key.pem
        QString keyType = QStringLiteral("ec-p256");
        int validityDays = 3650;
        QString caName = QStringLiteral("ca.pem"); ///< names in the module's store
        QString certName = QStringLiteral("cert.pem");
        QString keyName = QStringLiteral("key.pem");
    } certificates;

    struct Trust
    {
        /// "bundled:digicert-global-root-g2", "bundled:microsoft-rsa-root-2017" or a PEM file path.
        QStringList roots{QStringLiteral("bundled:digicert-global-root-g2")};
    } trust;

    struct Wifi
    {
        QString ssid;
        QString security = QStringLiteral("wpa2"); ///< "wpa2" or "open"
        QString passphraseSecret = QStringLiteral("wifi-passphrase");
        bool autoJoin = true;
    } wifi;

    struct Options
    {
        bool factoryReset = false;
        bool testTelemetry = true;
        bool waitCloudToDevice = false;
        bool persist = true; ///< AT&W (and the Wi-Fi store) so the module keeps its settings
        bool rebootAtEnd = true;
    } options;

    struct Timeouts
    {
        int commandMs = 5000;
        int uploadMs = 15000;
        int bootMs = 10000;
        int wifiMs = 30000;
        int peerMs = 20000;
        int dpsMs = 60000;
        int cloudToDeviceMs = 30000;
    } timeouts;

    struct Retries
    {
        int command = 1; ///< extra tries of a command that timed out
        int wifi = 1;
        int peer = 1;
    } retries;

    /// Paths in the profile are relative to this folder (the profile file's).
    QString baseDir;

    bool usesDps() const;
    bool usesX509() const;
    bool usesSymmetricKey() const;
    /// Names of the secrets this profile needs, in the order a job reads them.
    QStringList requiredSecrets() const;
    /// The connection-string secrets cloud setup needs: the DPS one for DPS flows, the hub one for
    /// hub flows (and, when present, for "the cloud saw it" after a DPS flow).
    QStringList cloudSecrets() const;
    /// hub-sas: the secret holding @p deviceId's key (hub.deviceKeySecret, or
    /// "<hub.deviceKeySecret>.<deviceId>" with hub.deviceKeys "per-device").
    QString hubDeviceKeySecretFor(const QString &deviceId) const;
    /// A path from the profile, resolved against baseDir.
    QString resolvePath(const QString &path) const;

    /// Checks the profile; each problem names its field ("wifi.ssid: must not be empty").
    QStringList validate() const;

    QJsonObject toJson() const;
    static std::optional<Profile> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<Profile> load(const QString &path, QString *error = nullptr);
    bool save(const QString &path, QString *error = nullptr) const;
    /// SHA-256 of the canonical JSON (hex), recorded with every result.
    QString hash() const;
};
