// provstation-cli sas raw|hub|dps, derive-key

#include "azure/identifiers.h"
#include "azure/sas.h"
#include "cli.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

const QString kKey = QStringLiteral("key");
const QString kKeyEnv = QStringLiteral("key-env");
const QString kExpiry = QStringLiteral("expiry");
const QString kJson = QStringLiteral("json");

void addKeyOptions(QCommandLineParser &p)
{
    p.addOption({kKey, tr("The key, base64."), tr("KEY")});
    p.addOption({kKeyEnv, tr("Read the key from this environment variable instead of the command line."), tr("VAR")});
    p.addOption({kExpiry, tr("Expiry, Unix time in seconds (UTC)."), tr("UNIX")});
    p.addOption({kJson, tr("Print a JSON object.")});
}

/// The key from --key or --key-env; empty with a message printed on failure.
std::optional<QString> keyFrom(const QCommandLineParser &p, const QString &keyOption = kKey,
                               const QString &envOption = kKeyEnv)
{
    if (p.isSet(envOption)) {
        const QByteArray var = p.value(envOption).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(var.constData())) {
            cli::fail(tr("environment variable %1 is not set").arg(p.value(envOption)));
            return std::nullopt;
        }
        return qEnvironmentVariable(var.constData());
    }
    if (!p.isSet(keyOption)) {
        cli::fail(tr("--%1 or --%2 is required").arg(keyOption, envOption));
        return std::nullopt;
    }
    return p.value(keyOption);
}

std::optional<qint64> expiryFrom(const QCommandLineParser &p)
{
    bool ok = false;
    const qint64 se = p.value(kExpiry).toLongLong(&ok);
    if (!p.isSet(kExpiry) || !ok || se <= 0) {
        cli::fail(p.isSet(kExpiry)
                      ? tr("--expiry must be a positive Unix time in seconds, not '%1'").arg(p.value(kExpiry))
                      : tr("--expiry UNIX is required"));
        return std::nullopt;
    }
    return se;
}

bool require(const QCommandLineParser &p, const QStringList &names)
{
    for (const auto &n : names) {
        if (!p.isSet(n) || p.value(n).isEmpty()) {
            cli::fail(tr("--%1 is required").arg(n));
            return false;
        }
    }
    return true;
}

int printToken(const QString &token, const QString &resource, qint64 se, const QString &policy, bool json)
{
    if (json) {
        QJsonObject o{
            {QStringLiteral("token"), token}, {QStringLiteral("resource"), resource}, {QStringLiteral("expiry"), se}};
        if (!policy.isEmpty())
            o.insert(QStringLiteral("policy"), policy);
        cli::printJson(o);
    } else {
        cli::out() << token << '\n';
    }
    return cli::Ok;
}

} // namespace

namespace cli {

int sasCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Make a SharedAccessSignature token.\n"
           "  sas raw --resource R --key KEY --expiry UNIX [--policy NAME]   sign R exactly as given\n"
           "  sas hub --host H --device D --key KEY --expiry UNIX [--policy NAME]\n"
           "  sas dps --scope S --registration-id R --key KEY --expiry UNIX\n"
           "The key may come from an environment variable instead (--key-env VAR)."));
    p.addHelpOption();
    addKeyOptions(p);
    p.addOption({QStringLiteral("resource"), tr("raw: the sr value, signed and sent exactly as given."), tr("R")});
    p.addOption({QStringLiteral("policy"), tr("Shared access policy name (adds skn=)."), tr("NAME")});
    p.addOption({QStringLiteral("host"), tr("hub: IoT Hub host name."), tr("H")});
    p.addOption({QStringLiteral("device"), tr("hub: device ID."), tr("D")});
    p.addOption({QStringLiteral("scope"), tr("dps: ID scope."), tr("S")});
    p.addOption({QStringLiteral("registration-id"), tr("dps: registration ID."), tr("R")});
    p.addPositionalArgument(QStringLiteral("kind"), tr("raw, hub or dps"));
    if (!parse(p, args))
        return Usage;
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    const QString kind = p.positionalArguments().value(0);
    if (p.positionalArguments().size() != 1 || (kind != u"raw" && kind != u"hub" && kind != u"dps"))
        return fail(tr("sas needs one of raw, hub or dps (try --help)"));
    const auto key = keyFrom(p);
    if (!key)
        return Usage;
    const auto se = expiryFrom(p);
    if (!se)
        return Usage;
    const bool json = p.isSet(kJson);
    const QString policy = p.value(QStringLiteral("policy"));
    QString error;
    QString resource;
    std::optional<QString> token;
    if (kind == u"raw") {
        if (!require(p, {QStringLiteral("resource")}))
            return Usage;
        resource = p.value(QStringLiteral("resource"));
        token = azure::sasToken(resource, *key, *se, policy, &error);
    } else if (kind == u"hub") {
        if (!require(p, {QStringLiteral("host"), QStringLiteral("device")}))
            return Usage;
        const QString host = p.value(QStringLiteral("host"));
        const QString device = p.value(QStringLiteral("device"));
        if (const auto e = azure::checkHubHost(host))
            return fail(*e);
        if (const auto e = azure::checkDeviceId(device))
            return fail(*e);
        resource = azure::hubResource(host, device);
        token = azure::hubSasToken(host, device, *key, *se, policy, &error);
    } else {
        if (!require(p, {QStringLiteral("scope"), QStringLiteral("registration-id")}))
            return Usage;
        if (p.isSet(QStringLiteral("policy")))
            return fail(tr("sas dps always uses skn=registration; --policy does not apply"));
        const QString scope = p.value(QStringLiteral("scope"));
        const QString id = p.value(QStringLiteral("registration-id"));
        if (const auto e = azure::checkIdScope(scope))
            return fail(*e);
        if (const auto e = azure::checkRegistrationId(id))
            return fail(*e);
        resource = azure::dpsResource(scope, id);
        token = azure::dpsSasToken(scope, id, *key, *se, &error);
        return token ? printToken(*token, resource, *se, QStringLiteral("registration"), json) : fail(error);
    }
    return token ? printToken(*token, resource, *se, policy, json) : fail(error);
}

int deriveKeyCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Derive a device key from a DPS symmetric-key enrollment group key:\n"
                                   "  derive-key --group-key KEY --registration-id R"));
    p.addHelpOption();
    p.addOption({QStringLiteral("group-key"), tr("The enrollment group key, base64."), tr("KEY")});
    p.addOption({QStringLiteral("group-key-env"), tr("Read the group key from this environment variable."), tr("VAR")});
    p.addOption({QStringLiteral("registration-id"), tr("The device's registration ID."), tr("R")});
    p.addOption({kJson, tr("Print a JSON object.")});
    if (!parse(p, args))
        return Usage;
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(tr("derive-key takes no positional arguments"));
    const auto key = keyFrom(p, QStringLiteral("group-key"), QStringLiteral("group-key-env"));
    if (!key)
        return Usage;
    if (!require(p, {QStringLiteral("registration-id")}))
        return Usage;
    const QString id = p.value(QStringLiteral("registration-id"));
    if (const auto e = azure::checkRegistrationId(id))
        return fail(*e);
    QString error;
    const auto derived = azure::deriveDeviceKey(*key, id, &error);
    if (!derived)
        return fail(error);
    if (p.isSet(kJson))
        printJson({{QStringLiteral("registration_id"), id}, {QStringLiteral("device_key"), *derived}});
    else
        out() << *derived << '\n';
    return Ok;
}

} // namespace cli
