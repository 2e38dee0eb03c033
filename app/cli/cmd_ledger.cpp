// provstation-cli ledger export | verify: the issuance ledger of the results store, exported with a
// detached signature, and checked (docs/ledger.md).

#include "cli.h"
#include "cmd_results.h"
#include "pki/certificate.h"
#include "pki/key.h"
#include "pki/load.h"
#include "pki/token.h"
#include "provisioning/ledgerfile.h"
#include "provisioning/resultstore.h"
#include "provisioning/station.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

/// The value of the environment variable named by --@p option (a passphrase, a PIN: never on the
/// command line); false after printing why when it is not there.
bool fromEnvironment(const QCommandLineParser &p, const QString &option, QByteArray &value)
{
    const QByteArray var = p.value(option).toLocal8Bit();
    if (!qEnvironmentVariableIsSet(var.constData())) {
        fail(tr("environment variable %1 (from --%2) is not set").arg(p.value(option), option));
        return false;
    }
    value = qgetenv(var.constData());
    if (value.isEmpty()) {
        fail(tr("environment variable %1 (from --%2) is empty").arg(p.value(option), option));
        return false;
    }
    return true;
}

/// The signing key of --key FILE (with --passphrase-env) or --pkcs11 URI (with --pin-env).
std::optional<pki::Key> signingKey(const QCommandLineParser &p, int *code)
{
    *code = Usage;
    const bool file = p.isSet(QStringLiteral("key"));
    const bool token = p.isSet(QStringLiteral("pkcs11"));
    if (file == token) {
        fail(tr("ledger export needs one signing key: --key FILE (a PEM private key) or --pkcs11 URI (a key on a "
                "token)"));
        return std::nullopt;
    }
    if (token) {
        if (!p.isSet(QStringLiteral("pin-env"))) {
            fail(tr("a key on a PKCS#11 token needs --pin-env VAR (the token's user PIN, from this environment "
                    "variable)"));
            return std::nullopt;
        }
        QByteArray pin;
        if (!fromEnvironment(p, QStringLiteral("pin-env"), pin))
            return std::nullopt;
        auto key = pki::loadTokenKey(p.value(QStringLiteral("pkcs11")), pin);
        if (!key) {
            *code = fail(tr("--pkcs11: %1").arg(key.error()), Failed);
            return std::nullopt;
        }
        return *key;
    }
    QByteArray passphrase;
    if (p.isSet(QStringLiteral("passphrase-env")) && !fromEnvironment(p, QStringLiteral("passphrase-env"), passphrase))
        return std::nullopt;
    QFile f(p.value(QStringLiteral("key")));
    if (!f.open(QIODevice::ReadOnly)) {
        fail(tr("--key: cannot read %1: %2").arg(f.fileName(), f.errorString()));
        return std::nullopt;
    }
    auto key = pki::Key::fromPem(f.readAll(), passphrase);
    if (!key) {
        fail(tr("--key %1: %2").arg(f.fileName(), key.error()));
        return std::nullopt;
    }
    if (!key->hasPrivateKey()) {
        fail(tr("--key %1 is a public key: the export is signed with a private key").arg(f.fileName()));
        return std::nullopt;
    }
    return *key;
}

int exportLedger(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("signed")))
        return fail(tr("ledger export needs --signed FILE (the export; its signature goes to FILE.sig)"));
    const QString path = p.value(QStringLiteral("signed"));
    int code = Usage;
    const auto key = signingKey(p, &code);
    if (!key)
        return code;
    const auto given = resultsUrlOption(p);
    if (!given)
        return fail(given.error());
    const auto url = ResultsUrl::parse(Station::resultsUrlFor(*given));
    if (!url)
        return fail(url.error());
    ResultsUrl target = *url;
    if (!target.isPostgres() && !QFileInfo::exists(target.path))
        return fail(tr("no results database at %1 (nothing provisioned yet?)").arg(target.display()), Failed);
    QString error;
    if (!readResultsPassword(target, p, &error))
        return fail(error);
    ResultStore store;
    if (!store.open(target, &error))
        return fail(error, Failed);
    const auto written = LedgerFile::write(store, path, *key);
    if (!written)
        return fail(written.error(), Failed);
    if (p.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("file"), path},
                   {QStringLiteral("signature"), LedgerFile::signaturePath(path)},
                   {QStringLiteral("entries"), written->entries},
                   {QStringLiteral("head"), written->head},
                   {QStringLiteral("signer_algorithm"), written->signerAlgorithm},
                   {QStringLiteral("signer_sha256"), written->signerSha256}});
        return Ok;
    }
    out() << QCoreApplication::translate("cli",
                                         "exported %n ledger entries of %1 to %2, signed in %3 (%4 key SHA-256 %5)",
                                         nullptr, int(written->entries))
                 .arg(store.path(), path, LedgerFile::signaturePath(path), written->signerAlgorithm,
                      written->signerSha256)
          << '\n';
    return Ok;
}

int verifyLedger(const QCommandLineParser &p)
{
    const QString path = p.positionalArguments().value(1);
    if (path.isEmpty())
        return fail(tr("ledger verify needs the export FILE (its signature is read from FILE.sig)"));
    pki::Certificate pinned;
    if (p.isSet(QStringLiteral("cert"))) {
        QFile f(p.value(QStringLiteral("cert")));
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("--cert: cannot read %1: %2").arg(f.fileName(), f.errorString()));
        const auto cert = pki::Certificate::fromPem(f.readAll());
        if (!cert)
            return fail(tr("--cert %1: %2").arg(f.fileName(), cert.error()));
        pinned = *cert;
    }
    const auto verified = LedgerFile::verify(path, pinned);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("file"), path}, {QStringLiteral("ok"), bool(verified)}};
        if (verified) {
            o.insert(QStringLiteral("entries"), verified->entries);
            o.insert(QStringLiteral("head"), verified->head);
            o.insert(QStringLiteral("signer_sha256"), verified->signerSha256);
            o.insert(QStringLiteral("signer_subject"), verified->signerSubject);
        } else {
            static const char *const parts[] = {"file", "header", "entry", "end", "signature"};
            o.insert(QStringLiteral("part"), QLatin1String(parts[int(verified.error().part)]));
            o.insert(QStringLiteral("entry"), verified.error().entry);
            o.insert(QStringLiteral("error"), verified.error().text());
        }
        printJson(o);
        return verified ? Ok : Failed;
    }
    if (!verified)
        return fail(tr("%1 does not verify: %2").arg(path, verified.error().text()), Failed);
    out() << QCoreApplication::translate("cli", "%1: %n entries, the chain is whole and the signature matches", nullptr,
                                         int(verified->entries))
                 .arg(path)
          << '\n';
    if (verified->signerSubject.isEmpty())
        out() << tr("signed by the %1 key with SHA-256 %2, as the file itself says: give --cert to check it is "
                    "the key you expect")
                     .arg(verified->signerAlgorithm, verified->signerSha256)
              << '\n';
    else
        out() << tr("signed by %1").arg(verified->signerSubject) << '\n';
    return Ok;
}

} // namespace

int ledgerCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Export the issuance ledger (every certificate the station issued, as a hash chain) with a "
           "detached signature, or check an export.\n"
           "  ledger export --signed FILE (--key PEM [--passphrase-env VAR] | --pkcs11 URI --pin-env VAR)\n"
           "                [--results URL]\n"
           "  ledger verify FILE [--cert PEM]\n"
           "The signature goes to FILE.sig; `openssl dgst -sha256 -verify PUBKEY -signature FILE.sig FILE` "
           "checks it too (docs/ledger.md)."));
    p.addHelpOption();
    p.addOption(
        {QStringLiteral("signed"), tr("export: write the ledger to FILE and its signature to FILE.sig."), tr("FILE")});
    p.addOption({QStringLiteral("key"), tr("export: sign with this PEM private key (RSA or EC)."), tr("PEM")});
    p.addOption({QStringLiteral("passphrase-env"),
                 tr("export: the passphrase of an encrypted --key, from this environment variable."), tr("VAR")});
    p.addOption({QStringLiteral("pkcs11"),
                 tr("export: sign with this key on a PKCS#11 token (pkcs11:token=…;object=…); needs --pin-env."),
                 tr("URI")});
    p.addOption({QStringLiteral("pin-env"),
                 tr("The PKCS#11 token's user PIN, from this environment variable (for pkcs11: keys)."), tr("VAR")});
    p.addOption({QStringLiteral("results"),
                 tr("export: the results database: a file path, sqlite:///PATH or postgresql://USER@HOST[:PORT]/DB "
                    "(default: PROVSTATION_RESULTS, else the station setting, else %1).")
                     .arg(ResultStore::defaultPath()),
                 tr("URL")});
    p.addOption({QStringLiteral("secret"),
                 tr("Where the PostgreSQL password is: results-password=env:VAR or results-password=file:PATH "
                    "(mode 0600); else the keychain, else ~/.pgpass."),
                 tr("SPEC")});
    p.addOption({QStringLiteral("no-keychain"), tr("Do not look the password up in the system keychain.")});
    p.addOption({QStringLiteral("cert"),
                 tr("verify: the certificate whose key must have signed the export (the CA's or the station's)."),
                 tr("PEM")});
    p.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    p.addPositionalArgument(QStringLiteral("action"), tr("export or verify"));
    if (!parse(p, args))
        return Usage;
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    const QString action = p.positionalArguments().value(0);
    if (action == QLatin1String("export"))
        return exportLedger(p);
    if (action == QLatin1String("verify"))
        return verifyLedger(p);
    return fail(tr("ledger needs export or verify"));
}

} // namespace cli
