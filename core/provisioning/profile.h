#pragma once

#include "common/expected.h"
#include "module/capabilities.h"

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
    /// The flow in words for people ("DPS, X.509 enrollment group"), translated.
    static QString flowTitle(Flow flow);
    static std::optional<Flow> flowFromName(QStringView name);
    static QStringList flowNames();

    static constexpr int kVersion = 1;
    static constexpr int kMaxName = 100;  ///< characters of the profile name
    static constexpr int kMaxText = 2048; ///< characters of any other text field

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
    } dps;

    struct Hub
    {
        QString host; ///< hub-* flows; DPS flows use the assigned hub
        int port = 8883;
        QString apiVersion = QStringLiteral("2021-04-12");
        QString deviceKeySecret = QStringLiteral("hub-device-key"); ///< hub-sas
        /// hub-sas: "shared" (one key, the secret deviceKeySecret) or "per-device" (each device its
        /// own key, the secret "<deviceKeySecret>/<device id>", generated or imported from a CSV).
        QString deviceKeys = QStringLiteral("shared");
        int sasValiditySeconds = 365 * 24 * 3600; ///< the module cannot renew a token
    } hub;

    struct Identity
    {
        /// {model} {mac} {serial} {seq} ({seq:N}: zero-padded to N digits), literal text. {seq} is a
        /// number from the results database's counter, unique across the stations sharing it.
        QString idTemplate = QStringLiteral("{model}-{mac}");
        bool lowerCase = true;
        /// A device id that already passed on another station of the line (issue 16): "refuse"
        /// (the attempt fails with cause identity before the module is touched further) or
        /// "rework" (the module is provisioned again; the identity step says whose id it was).
        QString onDuplicate = QStringLiteral("refuse");
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
        int requestMs = 5000; ///< a DPS request without an answer within this is sent again
    } timeouts;

    struct Retries
    {
        int command = 1; ///< extra tries of a command that timed out
        int wifi = 1;
        int peer = 1;
    } retries;

    struct Line
    {
        /// USB VID:PID filter for auto-start ("1546:*"; empty: any port).
        QString usbFilter;
    } line;

    /// Paths in the profile are relative to this folder (the profile file's).
    QString baseDir;

    bool usesDps() const;
    bool usesX509() const;
    bool usesSymmetricKey() const;
    /// Names of the secrets this profile needs before a module is touched, in the order a job reads
    /// them (a per-device key is read once the device id is known: deviceKeySecretFor()).
    QStringList requiredSecrets() const;
    bool perDeviceKeys() const { return flow == Flow::HubSas && hub.deviceKeys == QLatin1String("per-device"); }
    /// The secret holding the hub-sas key of @p deviceId.
    QString deviceKeySecretFor(const QString &deviceId) const;
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
    /// The device / registration id the identity template gives @p module ({model}, {mac}, {serial})
    /// and @p seq ({seq}: the number the station took from the results database; 0 when none was
    /// taken, which a template with {seq} refuses), or why it is not usable. The one place the
    /// template is applied (job and wizard preview; the preview shows number 1).
    Expected<QString, QString> deviceId(const ModuleInfo &module, qint64 seq = 1) const;
    /// The template has a {seq} placeholder: a job needs a number from the results database.
    bool usesSequence() const;
    /// Why this profile cannot run on @p module (its firmware), in words for the operator, or nullopt.
    std::optional<QString> refusalFor(const ModuleInfo &module) const;
};
