// provstation-cli cloud prepare | status | verify: the cloud side of a profile, through the IoT Hub
// and DPS service APIs (docs/cloud.md). The work is CloudSetup's (core/azure/service).

#include "azure/service/cloudsetup.h"
#include "cli.h"
#include "common/files.h"
#include "provisioning/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QSslCertificate>
#include <QTimer>

#include <memory>

using namespace azure::service;

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// Exit classes as `provision` has them: 3 configuration, 8 cloud.
int exitCodeFor(const CloudReport &report)
{
    if (report.ok)
        return Ok;
    static const QStringList configuration{QStringLiteral("profile"), QStringLiteral("secret_missing"),
                                           QStringLiteral("secret_store"), QStringLiteral("connection_string")};
    return configuration.contains(report.causeCode) ? 3 : 8;
}

void printReport(const Profile &profile, const CloudReport &report, bool json)
{
    if (json) {
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("profile"), profile.name);
        o.insert(QStringLiteral("flow"), Profile::flowName(profile.flow));
        printJson(o);
        return;
    }
    out() << tr("Cloud for profile \"%1\" (%2):").arg(profile.name, Profile::flowName(profile.flow)) << '\n';
    for (const CloudItem &i : report.items)
        out() << "  " << i.kind.leftJustified(17) << ' ' << i.id.leftJustified(24) << ' '
              << CloudItem::actionName(i.action).leftJustified(8) << ' ' << i.detail << '\n';
    if (!report.ok)
        out() << tr("FAILED: %1 (%2)").arg(report.cause, report.causeCode) << '\n';
    else
        out() << (report.changed() ? tr("The cloud now matches the profile.") : tr("Nothing changed.")) << '\n';
    out().flush();
}

struct Setup
{
    std::optional<Profile> profile;
    HeadlessSecretStore headless;
    std::unique_ptr<KeychainSecretStore> keychain;
    LayeredSecretStore secrets;
    CloudSetupOptions options;
    QStringList devices;
    QList<CloudSetup::DeviceCredential> credentials;
};

void addOptions(QCommandLineParser &p)
{
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), tr("prepare, status or verify"));
    p.addOption({QStringLiteral("profile"), tr("The station profile (JSON)."), tr("FILE")});
    p.addOption({QStringLiteral("secret"),
                 tr("A secret for this run: NAME=env:VAR or NAME=file:PATH (mode 0600), e.g. the connection strings "
                    "hub-connection-string and dps-connection-string. Repeatable; looked up before the keychain."),
                 tr("SPEC")});
    p.addOption({QStringLiteral("no-keychain"), tr("Do not use the system keychain (generated keys cannot be kept).")});
    p.addOption({QStringLiteral("connect-to"),
                 tr("Dial ADDR:PORT for HOST, still checking HOST's certificate (local Azure). Repeatable."),
                 tr("HOST=ADDR:PORT")});
    p.addOption({QStringLiteral("device"),
                 tr("prepare: also make this device's identity (hub flows, individual "
                    "enrollments); verify: the device to check. Repeatable."),
                 tr("ID")});
    p.addOption({QStringLiteral("device-cert"),
                 tr("prepare/verify: a device certificate (PEM); its CN is the device ID, its SHA-256 the "
                    "thumbprint. Repeatable."),
                 tr("FILE")});
    p.addOption({QStringLiteral("json"), tr("One JSON object on standard output.")});
}

// Reads the options into @p s; returns an exit code when the command must stop.
std::optional<int> readOptions(const QCommandLineParser &p, Setup &s)
{
    if (!p.isSet(QStringLiteral("profile")))
        return fail(tr("cloud needs --profile FILE"));
    QString error;
    s.profile = Profile::load(p.value(QStringLiteral("profile")), &error);
    if (!s.profile)
        return fail(error);
    for (const QString &spec : p.values(QStringLiteral("secret")))
        if (!s.headless.addSource(spec, &error))
            return fail(error);
    s.secrets.addLayer(&s.headless);
    if (!p.isSet(QStringLiteral("no-keychain"))) {
        s.keychain = std::make_unique<KeychainSecretStore>();
        s.secrets.addLayer(s.keychain.get());
    }
    for (const QString &spec : p.values(QStringLiteral("connect-to"))) {
        const qsizetype eq = spec.indexOf(u'='), colon = spec.lastIndexOf(u':');
        bool ok = false;
        const uint port = colon > eq ? spec.mid(colon + 1).toUInt(&ok) : 0;
        if (eq <= 0 || colon <= eq + 1 || !ok || port == 0 || port > 65535 ||
            QHostAddress(spec.mid(eq + 1, colon - eq - 1)).isNull())
            return fail(
                tr("--connect-to %1: expected HOST=ADDR:PORT, e.g. myhub.azure-devices.net=127.0.0.1:8443").arg(spec));
        s.options.connectTo.insert(spec.left(eq), {spec.mid(eq + 1, colon - eq - 1), quint16(port)});
    }
    for (const QString &id : p.values(QStringLiteral("device"))) {
        s.devices << id;
        s.credentials << CloudSetup::DeviceCredential{};
    }
    for (const QString &file : p.values(QStringLiteral("device-cert"))) {
        const auto pem = files::readBounded(file, files::kMaxCredential, &error);
        if (!pem)
            return fail(tr("--device-cert %1: %2").arg(file, error));
        const QList<QSslCertificate> certs = QSslCertificate::fromData(*pem, QSsl::Pem);
        if (certs.isEmpty())
            return fail(tr("--device-cert %1: not a readable PEM certificate").arg(file));
        const QStringList cn = certs.first().subjectInfo(QSslCertificate::CommonName);
        if (cn.isEmpty())
            return fail(tr("--device-cert %1: the certificate has no CN (the device ID)").arg(file));
        s.devices << cn.first();
        s.credentials << CloudSetup::DeviceCredential{
            QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex().toUpper()),
            certs.first().toPem()};
    }
    return std::nullopt;
}

// Runs @p task to its end on an event loop (CloudSetup has its own deadlines per call).
template<typename T> T runTask(coro::Task<T> task)
{
    std::optional<T> result;
    QEventLoop loop;
    // A named lambda: the coroutine refers to its captures for as long as it runs.
    auto body = [&]() -> coro::Task<void> {
        result = co_await std::move(task);
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
    };
    coro::Task<void> outer = body();
    outer.start();
    if (!result)
        loop.exec();
    return std::move(*result);
}

int verify(Setup &s, CloudSetup &setup, bool json)
{
    if (s.devices.isEmpty())
        return fail(tr("cloud verify needs --device ID or --device-cert FILE"));
    bool failed = false;
    for (int i = 0; i < s.devices.size(); ++i) {
        const DeviceCheck check = runTask(setup.verifyDevice(s.devices[i], s.credentials[i], QDateTime()));
        failed = failed || check.verdict != DeviceCheck::Verdict::Seen;
        if (json)
            printJson(check.toJson());
        else
            out() << check.deviceId << "  " << DeviceCheck::verdictName(check.verdict) << "  " << check.authentication
                  << "  " << check.connectionState << "  "
                  << (check.lastActivity.isValid() ? check.lastActivity.toString(Qt::ISODate) : tr("never"))
                  << (check.cause.isEmpty() ? QString() : QStringLiteral("  ") + check.cause) << '\n';
    }
    return failed ? 8 : Ok;
}

} // namespace

int cloudCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "The cloud side of a profile through the IoT Hub and DPS service APIs, from connection strings.\n"
        "  cloud prepare --profile FILE [--device ID]... [--device-cert FILE]...   make the cloud match the profile\n"
        "  cloud status  --profile FILE                                            show what the cloud holds\n"
        "  cloud verify  --profile FILE --device ID...                             did the hub see the device?\n"
        "Exit codes: 0 done, 2 bad usage, 3 configuration (profile, secrets, connection string), 8 cloud."));
    addOptions(p);
    if (!parse(p, args))
        return Usage;
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    const QString action = p.positionalArguments().value(0);
    if (action != QLatin1String("prepare") && action != QLatin1String("status") && action != QLatin1String("verify"))
        return fail(tr("cloud needs prepare, status or verify"));
    Setup s;
    if (const auto stop = readOptions(p, s))
        return *stop;
    CloudSetup setup(*s.profile, &s.secrets, s.options);
    const bool json = p.isSet(QStringLiteral("json"));
    if (action == QLatin1String("verify"))
        return verify(s, setup, json);
    CloudReport report = runTask(action == QLatin1String("status") ? setup.status() : setup.prepare());
    for (int i = 0; report.ok && action == QLatin1String("prepare") && i < s.devices.size(); ++i) {
        const CloudReport one = runTask(setup.ensureDevice(s.devices[i], s.credentials[i]));
        report.items += one.items;
        report.ok = one.ok;
        report.cause = one.cause;
        report.causeCode = one.causeCode;
    }
    printReport(*s.profile, report, json);
    return exitCodeFor(report);
}

} // namespace cli
