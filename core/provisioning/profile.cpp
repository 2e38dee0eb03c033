#include "provisioning/profile.h"

#include "azure/identifiers.h"
#include "common/files.h"
#include "link/ports.h"
#include "pki/load.h"
#include "pki/token.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace {

struct FlowEntry
{
    Profile::Flow flow;
    const char *name;
};
constexpr FlowEntry kFlows[] = {
    {Profile::Flow::DpsX509, "dps-x509"},
    {Profile::Flow::DpsSymmetric, "dps-symmetric"},
    {Profile::Flow::HubX509, "hub-x509"},
    {Profile::Flow::HubSas, "hub-sas"},
    {Profile::Flow::DpsX509Individual, "dps-x509-individual"},
    {Profile::Flow::DpsSymmetricIndividual, "dps-symmetric-individual"},
};

// Typed reading of one JSON object with errors that name the field.
class Reader
{
public:
    Reader(const QJsonObject &o, QString prefix, QStringList &errors)
        : m_o(o)
        , m_prefix(std::move(prefix))
        , m_errors(errors)
    {
    }
    void str(const char *key, QString &out)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isString())
            m_errors << QCoreApplication::translate("Profile", "%1: must be a string").arg(path(key));
        else if (v.toString().size() > Profile::kMaxText)
            m_errors << QCoreApplication::translate("Profile", "%1: at most %2 characters")
                            .arg(path(key))
                            .arg(Profile::kMaxText);
        else
            out = v.toString();
    }
    void integer(const char *key, int &out, int min, int max)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const double d = v.toDouble(-1e18);
        // In range before whole: converting 1e300 to an integer is undefined (found by fuzz_profile).
        if (!v.isDouble() || !(d >= min && d <= max) || d != std::trunc(d))
            m_errors << QCoreApplication::translate("Profile", "%1: must be a whole number from %2 to %3")
                            .arg(path(key))
                            .arg(min)
                            .arg(max);
        else
            out = int(d);
    }
    void boolean(const char *key, bool &out)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isBool())
            m_errors << QCoreApplication::translate("Profile", "%1: must be true or false").arg(path(key));
        else
            out = v.toBool();
    }
    void strings(const char *key, QStringList &out)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            m_errors << QCoreApplication::translate("Profile", "%1: must be a list of strings").arg(path(key));
            return;
        }
        out.clear();
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString()) {
                m_errors << QCoreApplication::translate("Profile", "%1: must be a list of strings").arg(path(key));
                return;
            }
            out << e.toString();
        }
    }
    bool has(const char *key) const { return m_o.contains(QLatin1String(key)); }
    Reader object(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            m_errors << QCoreApplication::translate("Profile", "%1: must be an object").arg(path(key));
        return Reader(v.toObject(), path(key), m_errors);
    }

private:
    QString path(const char *key) const
    {
        return m_prefix.isEmpty() ? QLatin1String(key) : m_prefix + u'.' + QLatin1String(key);
    }
    QJsonObject m_o;
    QString m_prefix;
    QStringList &m_errors;
};

// Staged Wi-Fi (docs/profile.md "Staged Wi-Fi"): the field network beside the line network.
QStringList fieldWifiProblems(const Profile &p)
{
    const Profile::Wifi::Field &f = p.wifi.field;
    QStringList e;
    if (f.ssid.size() > 32)
        e << QCoreApplication::translate("Profile", "wifi.field.ssid: at most 32 characters");
    if (f.ssid.contains(u'"'))
        e << QCoreApplication::translate("Profile",
                                         "wifi.field.ssid: a double quote cannot be sent in the module's AT syntax");
    if (f.ssid == p.wifi.ssid)
        e << QCoreApplication::translate(
            "Profile",
            "wifi.field.ssid: must differ from the line network (wifi.ssid), which is not left on the module");
    if (f.security != QLatin1String("wpa2") && f.security != QLatin1String("open"))
        e << QCoreApplication::translate("Profile", "wifi.field.security: must be \"wpa2\" or \"open\"");
    if (f.security == QLatin1String("wpa2") && f.passphraseSecret.isEmpty())
        e << QCoreApplication::translate(
            "Profile", "wifi.field.passphraseSecret: must name the secret that holds the field network's passphrase");
    if (f.configId < 1 || f.configId > 9)
        e << QCoreApplication::translate(
            "Profile", "wifi.field.configId: must be a whole number from 1 to 9 (0 is the line network's)");
    if (!p.options.persist)
        e << QCoreApplication::translate(
            "Profile", "wifi.field: needs options.persist, or the module forgets the field network at its next start");
    return e;
}

// {seq} and {seq:N} (N digits, zero-padded): the number the results database gave (issue 16).
const QRegularExpression &sequencePattern()
{
    static const QRegularExpression re(QStringLiteral("\\{seq(?::([1-9]|1[0-8]))?\\}"));
    return re;
}

// The first "{seq…}" that is not a valid placeholder, or "".
QString badSequencePlaceholder(const QString &idTemplate)
{
    static const QRegularExpression any(QStringLiteral("\\{seq[^}]*\\}?"));
    for (auto it = any.globalMatch(idTemplate); it.hasNext();) {
        const QString found = it.next().captured(0);
        if (!sequencePattern().match(found).hasMatch() ||
            sequencePattern().match(found).capturedLength() != found.size())
            return found;
    }
    return {};
}

} // namespace

QString Profile::flowName(Flow flow)
{
    for (const auto &f : kFlows) {
        if (f.flow == flow)
            return QLatin1String(f.name);
    }
    return {};
}

std::optional<Profile::Flow> Profile::flowFromName(QStringView name)
{
    for (const auto &f : kFlows) {
        if (name == QLatin1String(f.name))
            return f.flow;
    }
    return std::nullopt;
}

QStringList Profile::flowNames()
{
    QStringList out;
    for (const auto &f : kFlows)
        out << QLatin1String(f.name);
    return out;
}

bool Profile::usesDps() const
{
    return flow == Flow::DpsX509 || flow == Flow::DpsSymmetric || flow == Flow::DpsX509Individual ||
           flow == Flow::DpsSymmetricIndividual;
}

bool Profile::usesX509() const
{
    return flow == Flow::DpsX509 || flow == Flow::HubX509 || flow == Flow::DpsX509Individual;
}

bool Profile::usesSymmetricKey() const
{
    return !usesX509();
}

QStringList Profile::requiredSecrets() const
{
    QStringList out;
    if (wifi.security != QLatin1String("open"))
        out << wifi.passphraseSecret;
    if (stagedWifi() && wifi.field.security != QLatin1String("open") && !out.contains(wifi.field.passphraseSecret))
        out << wifi.field.passphraseSecret;
    if (flow == Flow::DpsSymmetric)
        out << dps.groupKeySecret;
    if (flow == Flow::DpsSymmetricIndividual)
        out << dps.enrollmentKeySecret;
    if (flow == Flow::HubSas && !perDeviceKeys())
        out << hub.deviceKeySecret;
    if (usesX509() && certificates.policy == QLatin1String("generate") && !caKeySecret().isEmpty())
        out << caKeySecret();
    return out;
}

QString Profile::flowTitle(Flow flow)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Profile", text); };
    switch (flow) {
    case Flow::DpsX509:
        return tr("DPS, X.509 enrollment group (device certificates signed by your CA)");
    case Flow::DpsSymmetric:
        return tr("DPS, symmetric-key enrollment group (keys derived per device)");
    case Flow::HubX509:
        return tr("IoT Hub directly, X.509 device certificate");
    case Flow::HubSas:
        return tr("IoT Hub directly, SAS token from a device key");
    case Flow::DpsX509Individual:
        return tr("DPS, individual X.509 enrollment");
    case Flow::DpsSymmetricIndividual:
        return tr("DPS, individual symmetric-key enrollment");
    }
    return flowName(flow);
}

QString Profile::deviceKeySecretFor(const QString &deviceId) const
{
    return perDeviceKeys() ? hub.deviceKeySecret + u'.' + deviceId : hub.deviceKeySecret;
}

QStringList Profile::cloudSecrets() const
{
    return usesDps() ? QStringList{dps.connectionStringSecret} : QStringList{hub.connectionStringSecret};
}

QString Profile::resolvePath(const QString &path) const
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || baseDir.isEmpty() || pki::Pkcs11Uri::looksLike(path))
        return path;
    return QDir(baseDir).filePath(path);
}

bool Profile::caKeyOnToken() const
{
    return pki::Pkcs11Uri::looksLike(certificates.caKey);
}

QString Profile::caKeySecret() const
{
    return caKeyOnToken() ? certificates.caKeyPinSecret : certificates.caKeyPassphraseSecret;
}

QStringList Profile::fileProblems() const
{
    QStringList e;
    const auto check = [&](const char *field, const QString &path, bool folder = false) {
        const QString resolved = resolvePath(path);
        if (path.isEmpty() || !QFileInfo::exists(resolved))
            return; // the job says which file is missing, and the attempt is recorded
        const QString why = folder ? (QFileInfo(resolved).isDir()
                                          ? QString()
                                          : QCoreApplication::translate("Profile", "%1 is not a folder").arg(resolved))
                                   : files::whyNotReadable(resolved, files::kMaxCredential);
        if (!why.isEmpty())
            e << QCoreApplication::translate("Profile", "%1: %2").arg(QLatin1String(field), why);
    };
    if (usesX509() && certificates.policy == QLatin1String("generate")) {
        check("certificates.caCertificate", certificates.caCertificate);
        if (!caKeyOnToken())
            check("certificates.caKey", certificates.caKey);
    }
    if (usesX509() && certificates.policy == QLatin1String("folder"))
        check("certificates.folder", certificates.folder, true);
    for (const QString &root : trust.roots) {
        if (!root.startsWith(QLatin1String("bundled:")))
            check("trust.roots", root);
    }
    return e;
}

QString Profile::caKeyAtRestWarning() const
{
    if (!usesX509() || certificates.policy != QLatin1String("generate") || caKeyOnToken())
        return {};
    const QString path = resolvePath(certificates.caKey);
    const auto data = files::readBounded(path, files::kMaxCredential, nullptr);
    if (!data || pki::keyFileEncrypted(*data).value_or(true))
        return {};
    return QCoreApplication::translate("Profile", "certificates.caKey: the CA key %1 is stored without a passphrase "
                                                  "(ca-key-unencrypted); whoever can read it can issue certificates "
                                                  "that Azure trusts")
        .arg(path);
}

QStringList Profile::validate() const
{
    QStringList e;
    if (usesDps() && dps.idScope.isEmpty())
        e << QCoreApplication::translate("Profile", "dps.idScope: must be set for the %1 flow").arg(flowName(flow));
    if (usesDps() && dps.host.isEmpty())
        e << QCoreApplication::translate("Profile", "dps.host: must not be empty");
    if (!usesDps() && hub.host.isEmpty())
        e << QCoreApplication::translate("Profile", "hub.host: must be set for the %1 flow").arg(flowName(flow));
    if (identity.idTemplate.isEmpty())
        e << QCoreApplication::translate("Profile", "identity.template: must not be empty");
    if (const QString bad = badSequencePlaceholder(identity.idTemplate); !bad.isEmpty())
        e << QCoreApplication::translate("Profile", "identity.template: %1 is not {seq} or {seq:N} with N from 1 to 18")
                 .arg(bad);
    if (identity.onDuplicate != QLatin1String("refuse") && identity.onDuplicate != QLatin1String("rework"))
        e << QCoreApplication::translate("Profile", "identity.onDuplicate: must be \"refuse\" or \"rework\"");
    if (wifi.ssid.isEmpty())
        e << QCoreApplication::translate("Profile", "wifi.ssid: must not be empty");
    if (wifi.ssid.size() > 32)
        e << QCoreApplication::translate("Profile", "wifi.ssid: at most 32 characters");
    if (wifi.ssid.contains(u'"'))
        e << QCoreApplication::translate("Profile",
                                         "wifi.ssid: a double quote cannot be sent in the module's AT syntax");
    if (wifi.security != QLatin1String("wpa2") && wifi.security != QLatin1String("open"))
        e << QCoreApplication::translate("Profile", "wifi.security: must be \"wpa2\" or \"open\"");
    if (stagedWifi())
        e << fieldWifiProblems(*this);
    if (usesX509()) {
        if (certificates.policy == QLatin1String("generate")) {
            if (certificates.caCertificate.isEmpty())
                e << QCoreApplication::translate(
                    "Profile",
                    "certificates.caCertificate: must name the CA certificate that signs device certificates");
            if (certificates.caKey.isEmpty())
                e << QCoreApplication::translate("Profile", "certificates.caKey: must name the CA's private key file");
            if (caKeyOnToken()) {
                if (const auto uri = pki::Pkcs11Uri::parse(certificates.caKey); !uri)
                    e << QCoreApplication::translate("Profile", "certificates.caKey: %1").arg(uri.error());
                if (certificates.caKeyPinSecret.isEmpty())
                    e << QCoreApplication::translate(
                        "Profile", "certificates.caKeyPinSecret: must name the secret that holds the token PIN");
            }
        } else if (certificates.policy == QLatin1String("folder")) {
            if (certificates.folder.isEmpty())
                e << QCoreApplication::translate(
                    "Profile", "certificates.folder: must name the folder with <id>.pem and <id>.key.pem");
        } else {
            e << QCoreApplication::translate("Profile", "certificates.policy: must be \"generate\" or \"folder\"");
        }
    }
    for (const QString *name : {&certificates.caName, &certificates.certName, &certificates.keyName}) {
        if (name->isEmpty() || name->size() > 32 || name->contains(u',') || name->contains(u'"'))
            e << QCoreApplication::translate(
                     "Profile", "certificates: the module store name \"%1\" must be 1 to 32 characters without , or \"")
                     .arg(*name);
    }
    if (trust.roots.isEmpty())
        e << QCoreApplication::translate("Profile", "trust.roots: at least one root is needed to verify the server");
    if (name.size() > kMaxName)
        e << QCoreApplication::translate("Profile", "name: at most %1 characters").arg(kMaxName);
    if (hub.deviceKeys != QLatin1String("shared") && hub.deviceKeys != QLatin1String("per-device"))
        e << QCoreApplication::translate("Profile", "hub.deviceKeys: must be \"shared\" or \"per-device\"");
    e << label.validate();
    QString filterError;
    if (!ports::isValidFilter(line.usbFilter, &filterError))
        e << QCoreApplication::translate("Profile", "line.usbFilter: %1").arg(filterError);
    if (options.uploadBaud != 0 && options.uploadBaud < 9600)
        e << QCoreApplication::translate("Profile",
                                         "options.uploadBaud: 0 (stay at the line's rate) or 9600 to 5250000 baud");
    if (!options.connectHub && !usesDps())
        e << QCoreApplication::translate("Profile", "options.connectHub: a hub flow always connects to the hub; "
                                                    "only DPS flows can end at the assignment");
    if (!options.connectHub && options.testTelemetry)
        e << QCoreApplication::translate("Profile", "options.testTelemetry: the test message goes to the hub, so it "
                                                    "needs options.connectHub");
    if (!options.connectHub && options.waitCloudToDevice)
        e << QCoreApplication::translate("Profile", "options.waitCloudToDevice: the message comes from the hub, so it "
                                                    "needs options.connectHub");
    if (hub.x509Auth != QLatin1String("thumbprint") && hub.x509Auth != QLatin1String("ca"))
        e << QCoreApplication::translate("Profile", "hub.x509Auth: must be \"thumbprint\" or \"ca\"");
    if (usesDps() && dps.enrollmentGroupId.isEmpty() && (flow == Flow::DpsX509 || flow == Flow::DpsSymmetric))
        e << QCoreApplication::translate("Profile", "dps.enrollmentGroupId: must name the enrollment group");
    return e;
}

QJsonObject Profile::toJson() const
{
    QJsonObject o;
    o[u"format"] = QStringLiteral("provstation-profile");
    o[u"version"] = kVersion;
    o[u"name"] = name;
    o[u"flow"] = flowName(flow);
    o[u"dps"] = QJsonObject{{QStringLiteral("host"), dps.host},
                            {QStringLiteral("port"), dps.port},
                            {QStringLiteral("idScope"), dps.idScope},
                            {QStringLiteral("apiVersion"), dps.apiVersion},
                            {QStringLiteral("pollIntervalMs"), dps.pollIntervalMs},
                            {QStringLiteral("groupKeySecret"), dps.groupKeySecret},
                            {QStringLiteral("enrollmentKeySecret"), dps.enrollmentKeySecret},
                            {QStringLiteral("connectionStringSecret"), dps.connectionStringSecret},
                            {QStringLiteral("serviceApiVersion"), dps.serviceApiVersion},
                            {QStringLiteral("enrollmentGroupId"), dps.enrollmentGroupId}};
    o[u"hub"] = QJsonObject{{QStringLiteral("host"), hub.host},
                            {QStringLiteral("port"), hub.port},
                            {QStringLiteral("apiVersion"), hub.apiVersion},
                            {QStringLiteral("deviceKeySecret"), hub.deviceKeySecret},
                            {QStringLiteral("sasValiditySeconds"), hub.sasValiditySeconds},
                            {QStringLiteral("connectionStringSecret"), hub.connectionStringSecret},
                            {QStringLiteral("serviceApiVersion"), hub.serviceApiVersion},
                            {QStringLiteral("deviceKeys"), hub.deviceKeys},
                            {QStringLiteral("x509Auth"), hub.x509Auth}};
    o[u"identity"] = QJsonObject{{QStringLiteral("template"), identity.idTemplate},
                                 {QStringLiteral("lowerCase"), identity.lowerCase},
                                 {QStringLiteral("onDuplicate"), identity.onDuplicate}};
    QJsonObject certs{{QStringLiteral("policy"), certificates.policy},
                      {QStringLiteral("caCertificate"), certificates.caCertificate},
                      {QStringLiteral("caKey"), certificates.caKey},
                      {QStringLiteral("caKeyPassphraseSecret"), certificates.caKeyPassphraseSecret},
                      {QStringLiteral("folder"), certificates.folder},
                      {QStringLiteral("keyType"), certificates.keyType},
                      {QStringLiteral("validityDays"), certificates.validityDays},
                      {QStringLiteral("caName"), certificates.caName},
                      {QStringLiteral("certName"), certificates.certName},
                      {QStringLiteral("keyName"), certificates.keyName}};
    // Written only when used, so profiles without a token or a label keep their JSON and hash.
    if (caKeyOnToken() || certificates.caKeyPinSecret != Certificates().caKeyPinSecret)
        certs[u"caKeyPinSecret"] = certificates.caKeyPinSecret;
    o[u"certificates"] = certs;
    if (label != label::LabelTemplate())
        o[u"label"] = label.toJson();
    o[u"trust"] = QJsonObject{{QStringLiteral("roots"), QJsonArray::fromStringList(trust.roots)}};
    o[u"line"] = QJsonObject{{QStringLiteral("usbFilter"), line.usbFilter}};
    QJsonObject wifiJson{{QStringLiteral("ssid"), wifi.ssid},
                         {QStringLiteral("security"), wifi.security},
                         {QStringLiteral("passphraseSecret"), wifi.passphraseSecret},
                         {QStringLiteral("autoJoin"), wifi.autoJoin}};
    // Written only when set, so profiles without a field network keep their JSON and hash.
    if (stagedWifi())
        wifiJson[u"field"] = QJsonObject{{QStringLiteral("ssid"), wifi.field.ssid},
                                         {QStringLiteral("security"), wifi.field.security},
                                         {QStringLiteral("passphraseSecret"), wifi.field.passphraseSecret},
                                         {QStringLiteral("configId"), wifi.field.configId}};
    o[u"wifi"] = wifiJson;
    QJsonObject optionsJson{{QStringLiteral("factoryReset"), options.factoryReset},
                            {QStringLiteral("testTelemetry"), options.testTelemetry},
                            {QStringLiteral("waitCloudToDevice"), options.waitCloudToDevice},
                            {QStringLiteral("persist"), options.persist},
                            {QStringLiteral("rebootAtEnd"), options.rebootAtEnd},
                            {QStringLiteral("uploadBaud"), options.uploadBaud},
                            {QStringLiteral("cloudIdentities"), options.cloudIdentities},
                            {QStringLiteral("cloudCheck"), options.cloudCheck}};
    if (!options.connectHub) // written only when off, so older profiles keep their JSON and hash
        optionsJson[u"connectHub"] = false;
    o[u"options"] = optionsJson;
    o[u"timeouts"] = QJsonObject{{QStringLiteral("commandMs"), timeouts.commandMs},
                                 {QStringLiteral("uploadMs"), timeouts.uploadMs},
                                 {QStringLiteral("bootMs"), timeouts.bootMs},
                                 {QStringLiteral("wifiMs"), timeouts.wifiMs},
                                 {QStringLiteral("peerMs"), timeouts.peerMs},
                                 {QStringLiteral("dpsMs"), timeouts.dpsMs},
                                 {QStringLiteral("cloudToDeviceMs"), timeouts.cloudToDeviceMs},
                                 {QStringLiteral("requestMs"), timeouts.requestMs}};
    o[u"retries"] = QJsonObject{{QStringLiteral("command"), retries.command},
                                {QStringLiteral("wifi"), retries.wifi},
                                {QStringLiteral("peer"), retries.peer}};
    return o;
}

// One line per field of the format: its length grows with the profile, not with its logic.
std::optional<Profile> Profile::fromJson(const QJsonObject &json, QString *error)
{
    QStringList errors;
    if (json.value(u"format").toString() != QLatin1String("provstation-profile"))
        errors << QCoreApplication::translate("Profile", "format: must be \"provstation-profile\"");
    const int version = json.value(u"version").toInt(-1);
    if (version != kVersion)
        errors << QCoreApplication::translate("Profile", "version: this station reads version %1, the file says %2")
                      .arg(kVersion)
                      .arg(version);
    Profile p;
    Reader r(json, {}, errors);
    r.str("name", p.name);
    QString flow = p.flowName(p.flow);
    r.str("flow", flow);
    if (const auto f = flowFromName(flow))
        p.flow = *f;
    else
        errors << QCoreApplication::translate("Profile", "flow: \"%1\" is not one of %2")
                      .arg(flow, flowNames().join(QStringLiteral(", ")));

    Reader d = r.object("dps");
    d.str("host", p.dps.host);
    d.integer("port", p.dps.port, 1, 65535);
    d.str("idScope", p.dps.idScope);
    d.str("apiVersion", p.dps.apiVersion);
    d.integer("pollIntervalMs", p.dps.pollIntervalMs, 10, 300000);
    d.str("groupKeySecret", p.dps.groupKeySecret);
    d.str("enrollmentKeySecret", p.dps.enrollmentKeySecret);
    d.str("connectionStringSecret", p.dps.connectionStringSecret);
    d.str("serviceApiVersion", p.dps.serviceApiVersion);
    d.str("enrollmentGroupId", p.dps.enrollmentGroupId);
    Reader h = r.object("hub");
    h.str("host", p.hub.host);
    h.integer("port", p.hub.port, 1, 65535);
    h.str("apiVersion", p.hub.apiVersion);
    h.str("deviceKeySecret", p.hub.deviceKeySecret);
    h.integer("sasValiditySeconds", p.hub.sasValiditySeconds, 60, 20 * 365 * 24 * 3600);
    h.str("connectionStringSecret", p.hub.connectionStringSecret);
    h.str("serviceApiVersion", p.hub.serviceApiVersion);
    h.str("deviceKeys", p.hub.deviceKeys);
    h.str("x509Auth", p.hub.x509Auth);
    Reader id = r.object("identity");
    id.str("template", p.identity.idTemplate);
    id.boolean("lowerCase", p.identity.lowerCase);
    id.str("onDuplicate", p.identity.onDuplicate);
    Reader c = r.object("certificates");
    c.str("policy", p.certificates.policy);
    c.str("caCertificate", p.certificates.caCertificate);
    c.str("caKey", p.certificates.caKey);
    c.str("caKeyPassphraseSecret", p.certificates.caKeyPassphraseSecret);
    c.str("caKeyPinSecret", p.certificates.caKeyPinSecret);
    c.str("folder", p.certificates.folder);
    c.str("keyType", p.certificates.keyType);
    c.integer("validityDays", p.certificates.validityDays, 1, 36500);
    c.str("caName", p.certificates.caName);
    c.str("certName", p.certificates.certName);
    c.str("keyName", p.certificates.keyName);
    r.object("trust").strings("roots", p.trust.roots);
    const QJsonValue labelJson = json.value(u"label");
    if (!labelJson.isUndefined() && !labelJson.isObject())
        errors << QCoreApplication::translate("Profile", "label: must be an object");
    else if (labelJson.isObject())
        p.label = label::LabelTemplate::fromJson(labelJson.toObject(), errors);
    r.object("line").str("usbFilter", p.line.usbFilter);
    Reader w = r.object("wifi");
    w.str("ssid", p.wifi.ssid);
    w.str("security", p.wifi.security);
    w.str("passphraseSecret", p.wifi.passphraseSecret);
    w.boolean("autoJoin", p.wifi.autoJoin);
    if (w.has("field")) {
        Reader f = w.object("field");
        f.str("ssid", p.wifi.field.ssid);
        f.str("security", p.wifi.field.security);
        f.str("passphraseSecret", p.wifi.field.passphraseSecret);
        f.integer("configId", p.wifi.field.configId, 1, 9);
        if (p.wifi.field.ssid.isEmpty())
            errors << QCoreApplication::translate(
                "Profile", "wifi.field.ssid: must not be empty (leave out wifi.field when there is no field network)");
    }
    Reader o = r.object("options");
    o.boolean("factoryReset", p.options.factoryReset);
    o.boolean("testTelemetry", p.options.testTelemetry);
    o.boolean("waitCloudToDevice", p.options.waitCloudToDevice);
    o.boolean("persist", p.options.persist);
    o.boolean("rebootAtEnd", p.options.rebootAtEnd);
    o.integer("uploadBaud", p.options.uploadBaud, 0, 5250000);
    o.boolean("cloudIdentities", p.options.cloudIdentities);
    o.boolean("cloudCheck", p.options.cloudCheck);
    o.boolean("connectHub", p.options.connectHub);
    Reader t = r.object("timeouts");
    t.integer("commandMs", p.timeouts.commandMs, 10, 600000);
    t.integer("uploadMs", p.timeouts.uploadMs, 10, 600000);
    t.integer("bootMs", p.timeouts.bootMs, 10, 600000);
    t.integer("wifiMs", p.timeouts.wifiMs, 10, 600000);
    t.integer("peerMs", p.timeouts.peerMs, 10, 600000);
    t.integer("dpsMs", p.timeouts.dpsMs, 10, 3600000);
    t.integer("cloudToDeviceMs", p.timeouts.cloudToDeviceMs, 10, 3600000);
    t.integer("requestMs", p.timeouts.requestMs, 10, 600000);
    Reader rt = r.object("retries");
    rt.integer("command", p.retries.command, 0, 10);
    rt.integer("wifi", p.retries.wifi, 0, 10);
    rt.integer("peer", p.retries.peer, 0, 10);

    if (!errors.isEmpty()) {
        if (error)
            *error = errors.join(QStringLiteral("; "));
        return std::nullopt;
    }
    return p;
}

std::optional<Profile> Profile::load(const QString &path, QString *error)
{
    QString readError;
    const auto data = files::readBounded(path, files::kMaxProfile, &readError);
    if (!data) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(*data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = QCoreApplication::translate("Profile", "the profile %1 is not valid JSON (at byte %2: %3)")
                         .arg(path)
                         .arg(pe.offset)
                         .arg(pe.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        // Valid JSON of the wrong shape (an array): there is no parse error to quote ("no error occurred").
        if (error)
            *error = QCoreApplication::translate("Profile", "the profile %1 is a JSON array, not an object "
                                                            "({\"format\": \"provstation-profile\", …})")
                         .arg(path);
        return std::nullopt;
    }
    QString why;
    auto p = fromJson(doc.object(), &why);
    if (!p) {
        if (error)
            *error = QCoreApplication::translate("Profile", "the profile %1 has errors: %2").arg(path, why);
        return std::nullopt;
    }
    p->baseDir = QFileInfo(path).absolutePath();
    return p;
}

bool Profile::save(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                QCoreApplication::translate("Profile", "cannot write the profile %1: %2").arg(path, f.errorString());
        return false;
    }
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        if (error)
            *error =
                QCoreApplication::translate("Profile", "cannot write the profile %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString Profile::hash() const
{
    const QByteArray canonical = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

std::optional<QString> Profile::refusalFor(const ModuleInfo &module) const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Capabilities", text); };
    const Capabilities caps = Capabilities::of(module);
    if (!caps.supported)
        return caps.unsupportedReason;
    if (usesSymmetricKey() && !caps.sasPassword)
        return tr("%1 firmware %2 cannot use SAS tokens (the %3 flow needs firmware 3.0 or later)")
            .arg(module.model, module.firmware, flowName(flow));
    if (usesDps() && !caps.wildcardSubscription)
        return tr("%1 firmware %2 cannot subscribe with '#', which DPS answers need (the %3 flow needs a newer "
                  "firmware)")
            .arg(module.model, module.firmware, flowName(flow));
    return std::nullopt;
}

bool Profile::usesSequence() const
{
    return sequencePattern().match(identity.idTemplate).hasMatch();
}

Expected<QString, QString> Profile::deviceId(const ModuleInfo &module, qint64 seq) const
{
    using R = Expected<QString, QString>;
    QString id = identity.idTemplate;
    QString model = module.model;
    id.replace(QLatin1String("{model}"), model.replace(u'_', u'-'));
    id.replace(QLatin1String("{mac}"), module.mac);
    id.replace(QLatin1String("{serial}"), module.serial);
    if (usesSequence()) {
        if (seq <= 0)
            return R::failure(QCoreApplication::translate(
                "Job", "the identity template needs a {seq} number and the results database gave none"));
        // {seq} as it is, {seq:N} zero-padded to N digits.
        QString out;
        qsizetype from = 0;
        for (auto it = sequencePattern().globalMatch(id); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int width = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
            out += id.mid(from, m.capturedStart() - from) + QStringLiteral("%1").arg(seq, width, 10, QChar(u'0'));
            from = m.capturedEnd();
        }
        id = out + id.mid(from);
    }
    if (identity.lowerCase)
        id = id.toLower();
    if (id.isEmpty())
        return R::failure(QCoreApplication::translate("Job", "the identity template gives an empty id"));
    if (const auto why = azure::checkStationId(id))
        return R::failure(QCoreApplication::translate("Job", "the device ID \"%1\" from the template is not usable: %2")
                              .arg(id, *why));
    return R::success(id);
}
