// provstation-cli pki ca|intermediate|device|verification|csr|csr-sign|inspect|lint|md5|import-certs-c

#include "azure/identifiers.h"
#include "cli.h"
#include "common/files.h"
#include "pki/issue.h"
#include "pki/lint.h"
#include "pki/load.h"
#include "pki/token.h"
#include "pki/trust.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

const QString kJson = QStringLiteral("json");

QJsonObject certificateJson(const pki::Certificate &c)
{
    return {{QStringLiteral("subject"), c.subject()},
            {QStringLiteral("issuer"), c.issuer()},
            {QStringLiteral("cn"), c.subjectCommonName()},
            {QStringLiteral("serial"), c.serialNumberHex()},
            {QStringLiteral("not_before"), c.notBefore().toString(Qt::ISODate)},
            {QStringLiteral("not_after"), c.notAfter().toString(Qt::ISODate)},
            {QStringLiteral("is_ca"), c.isCa()},
            {QStringLiteral("self_signed"), c.isSelfSigned()},
            {QStringLiteral("client_auth"), c.hasClientAuth()},
            {QStringLiteral("key"), c.publicKey().description()},
            {QStringLiteral("signature"), c.signatureAlgorithm()},
            {QStringLiteral("md5"), c.moduleMd5()},
            {QStringLiteral("sha1"), QString::fromLatin1(c.sha1().toHex()).toUpper()},
            {QStringLiteral("sha256"), QString::fromLatin1(c.sha256().toHex()).toUpper()}};
}

const QString kUnencryptedKey = QStringLiteral("unencrypted-key");

/// Keys at rest: a CA key is written encrypted unless the engineer asks for it in clear on purpose.
/// Empty when the options are consistent, else the one line to print.
QString caKeyProtectionProblem(const QCommandLineParser &p, bool onToken)
{
    const bool clear = p.isSet(kUnencryptedKey);
    if (onToken && clear)
        return QCoreApplication::translate("cli", "--unencrypted-key does not apply to a key on a token (it never "
                                                  "leaves the token)");
    if (clear && p.isSet(QStringLiteral("passphrase-env")))
        return QCoreApplication::translate("cli", "give --passphrase-env VAR or --unencrypted-key, not both");
    if (!onToken && !clear && !p.isSet(QStringLiteral("passphrase-env")))
        return QCoreApplication::translate("cli", "a CA key is written encrypted: give --passphrase-env VAR (the "
                                                  "passphrase in that environment variable), or --unencrypted-key "
                                                  "to write it in clear on purpose");
    return {};
}

/// Options shared by the commands that make something.
struct MakeOptions
{
    QString outDir;
    QString name;
    pki::KeyType keyType = pki::KeyType::EcP256;
    int days = 0;
    QByteArray passphrase; ///< for the new private key
    bool json = false;
};

/// Reads VAR named by option @p option; false (message printed) when the variable is missing.
bool secretFromEnv(const QCommandLineParser &p, const QString &option, QByteArray &value)
{
    if (!p.isSet(option))
        return true;
    const QByteArray var = p.value(option).toLocal8Bit();
    if (!qEnvironmentVariableIsSet(var.constData())) {
        cli::fail(tr("environment variable %1 (from --%2) is not set").arg(p.value(option), option));
        return false;
    }
    value = qgetenv(var.constData());
    if (value.isEmpty()) {
        cli::fail(tr("environment variable %1 (from --%2) is empty").arg(p.value(option), option));
        return false;
    }
    return true;
}

void addMakeOptions(QCommandLineParser &p, int defaultDays)
{
    p.addOption({QStringLiteral("out-dir"), tr("Directory to write <name>.pem and <name>.key.pem into."), tr("DIR")});
    p.addOption({QStringLiteral("name"), tr("File name stem (default: from the CN)."), tr("NAME")});
    p.addOption(
        {QStringLiteral("key"), tr("Key type: ec-p256 (default), ec-p384, rsa-2048, rsa-3072, rsa-4096."), tr("TYPE")});
    p.addOption({QStringLiteral("days"), tr("Validity in days (default %1).").arg(defaultDays), tr("N")});
    p.addOption({QStringLiteral("passphrase-env"),
                 tr("Encrypt the new private key (AES-256) with the passphrase in this environment variable."),
                 tr("VAR")});
    p.addOption({kJson, tr("Print a JSON object.")});
}

bool readMakeOptions(const QCommandLineParser &p, int defaultDays, const QString &cn, MakeOptions &o)
{
    o.json = p.isSet(kJson);
    if (!p.isSet(QStringLiteral("out-dir"))) {
        cli::fail(tr("--out-dir DIR is required"));
        return false;
    }
    o.outDir = p.value(QStringLiteral("out-dir"));
    if (!QDir(o.outDir).exists() && !QDir().mkpath(o.outDir)) {
        cli::fail(tr("cannot create %1").arg(o.outDir));
        return false;
    }
    o.name = p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name")) : pki::fileStem(cn);
    if (p.isSet(QStringLiteral("key"))) {
        const auto t = pki::keyTypeFromName(p.value(QStringLiteral("key")));
        if (!t) {
            cli::fail(tr("--key must be ec-p256, ec-p384, rsa-2048, rsa-3072 or rsa-4096, not '%1'")
                          .arg(p.value(QStringLiteral("key"))));
            return false;
        }
        o.keyType = *t;
    }
    o.days = defaultDays;
    if (p.isSet(QStringLiteral("days"))) {
        bool ok = false;
        o.days = p.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || o.days < 1 || o.days > 36500) {
            cli::fail(
                tr("--days must be a number of days from 1 to 36500, not '%1'").arg(p.value(QStringLiteral("days"))));
            return false;
        }
    }
    return secretFromEnv(p, QStringLiteral("passphrase-env"), o.passphrase);
}

/// The token's user PIN from --pin-env VAR; false (message printed) when it is missing.
bool tokenPin(const QCommandLineParser &p, QByteArray &pin)
{
    if (!p.isSet(QStringLiteral("pin-env"))) {
        cli::fail(tr("a key on a PKCS#11 token needs --pin-env VAR (the token's user PIN, from this environment "
                     "variable)"));
        return false;
    }
    return secretFromEnv(p, QStringLiteral("pin-env"), pin);
}

void addPinOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("pin-env"),
                 tr("The PKCS#11 token's user PIN, from this environment variable (for pkcs11: keys)."), tr("VAR")});
}

/// Loads the issuing CA (--ca-cert, --ca-key FILE or pkcs11: URI, --ca-passphrase-env or --pin-env).
bool loadIssuer(const QCommandLineParser &p, pki::Certificate &cert, pki::Key &key)
{
    if (!p.isSet(QStringLiteral("ca-cert")) || !p.isSet(QStringLiteral("ca-key"))) {
        cli::fail(tr("--ca-cert FILE and --ca-key FILE are required"));
        return false;
    }
    if (pki::Pkcs11Uri::looksLike(p.value(QStringLiteral("ca-key")))) {
        QByteArray pin;
        if (!tokenPin(p, pin))
            return false;
        const auto ca = pki::loadCa(p.value(QStringLiteral("ca-cert")), p.value(QStringLiteral("ca-key")), pin);
        if (!ca) {
            cli::fail(ca.error(), cli::Failed);
            return false;
        }
        cert = ca->certificate;
        key = ca->key;
        return true;
    }
    QByteArray pass;
    if (!secretFromEnv(p, QStringLiteral("ca-passphrase-env"), pass))
        return false;
    const auto c = pki::loadFile(p.value(QStringLiteral("ca-cert")), pass);
    if (!c || c->certificates.isEmpty()) {
        cli::fail(c ? tr("%1 holds no certificate").arg(p.value(QStringLiteral("ca-cert"))) : c.error());
        return false;
    }
    const auto k = pki::loadFile(p.value(QStringLiteral("ca-key")), pass);
    if (!k || k->key.isNull()) {
        cli::fail(k ? tr("%1 holds no private key").arg(p.value(QStringLiteral("ca-key"))) : k.error());
        return false;
    }
    cert = c->certificates.front();
    key = k->key;
    return true;
}

void addIssuerOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("ca-cert"), tr("The issuing CA's certificate."), tr("FILE")});
    p.addOption({QStringLiteral("ca-key"),
                 tr("The issuing CA's private key: a file, or a PKCS#11 URI (pkcs11:token=…;object=…) with --pin-env."),
                 tr("FILE")});
    p.addOption({QStringLiteral("ca-passphrase-env"), tr("Passphrase of the CA key, from this environment variable."),
                 tr("VAR")});
    addPinOption(p);
}

/// Writes the certificate (and key when given) and reports what was written. A key on a token is
/// not written (it cannot leave the token): its URI is reported instead.
int writeOutputs(const MakeOptions &o, const pki::Certificate &cert, const pki::Key &key,
                 const QByteArray &extraPem = {}, const QString &suffix = QStringLiteral(".pem"))
{
    const QString certPath = QDir(o.outDir).filePath(o.name + suffix);
    const QByteArray certPem = extraPem.isEmpty() ? cert.toPem() : extraPem;
    if (auto w = pki::writePublicFile(certPath, certPem); !w)
        return cli::fail(w.error(), cli::Failed);
    QString keyPath;
    if (key.isOnToken()) {
        if (o.json) {
            QJsonObject j = certificateJson(cert);
            j.insert(QStringLiteral("certificate_file"), certPath);
            j.insert(QStringLiteral("key_uri"), key.tokenUri());
            cli::printJson(j);
        } else {
            cli::out() << tr("wrote %1").arg(certPath) << '\n'
                       << tr("the key is on the token: %1").arg(key.tokenUri()) << '\n'
                       << tr("subject %1, valid until %2, MD5 %3")
                              .arg(cert.subject(), cert.notAfter().toString(Qt::ISODate), cert.moduleMd5())
                       << '\n';
        }
        return cli::Ok;
    }
    if (!key.isNull()) {
        keyPath = QDir(o.outDir).filePath(o.name + QStringLiteral(".key.pem"));
        if (auto w = pki::writePrivateFile(keyPath, key.toPem(o.passphrase)); !w)
            return cli::fail(w.error(), cli::Failed);
    }
    if (o.json) {
        QJsonObject j = cert.isNull() ? QJsonObject() : certificateJson(cert);
        j.insert(QStringLiteral("certificate_file"), certPath);
        if (!keyPath.isEmpty()) {
            j.insert(QStringLiteral("key_file"), keyPath);
            j.insert(QStringLiteral("key_encrypted"), !o.passphrase.isEmpty());
        }
        cli::printJson(j);
    } else {
        cli::out() << tr("wrote %1").arg(certPath) << '\n';
        if (!keyPath.isEmpty())
            cli::out()
                << tr("wrote %1 (mode 0600%2)").arg(keyPath, o.passphrase.isEmpty() ? QString() : tr(", encrypted"))
                << '\n';
        if (!cert.isNull())
            cli::out() << tr("subject %1, valid until %2, MD5 %3")
                              .arg(cert.subject(), cert.notAfter().toString(Qt::ISODate), cert.moduleMd5())
                       << '\n';
    }
    return cli::Ok;
}

bool prepare(QCommandLineParser &p, const QStringList &args, const QString &description, int &rc)
{
    p.setApplicationDescription(description);
    p.addHelpOption();
    if (!cli::parse(p, args)) {
        rc = cli::Usage;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        cli::out() << p.helpText();
        rc = cli::Ok;
        return false;
    }
    return true;
}

int makeCa(const QStringList &args, bool intermediate)
{
    QCommandLineParser p;
    addMakeOptions(p, intermediate ? 1825 : 3650);
    p.addOption({QStringLiteral("cn"), tr("Common name of the CA."), tr("NAME")});
    p.addOption({QStringLiteral("pathlen"), tr("basicConstraints path length."), tr("N")});
    p.addOption({QStringLiteral("pkcs11"),
                 tr("Create the CA's key on a PKCS#11 token under this URI (pkcs11:token=…;object=…); it never "
                    "leaves the token. Needs --pin-env."),
                 tr("URI")});
    p.addOption({kUnencryptedKey,
                 QCoreApplication::translate("cli", "Write the CA key without a passphrase (not recommended: whoever "
                                                    "reads the file can issue certificates). Prints a warning.")});
    if (intermediate)
        addIssuerOptions(p);
    else
        addPinOption(p);
    int rc = cli::Ok;
    if (!prepare(p, args,
                 intermediate
                     ? QCoreApplication::translate(
                           "cli", "Make an intermediate CA signed by another CA:\n  pki intermediate --ca-cert F "
                                  "--ca-key F --cn NAME --out-dir DIR (--passphrase-env VAR | --unencrypted-key) "
                                  "[--key TYPE] [--days N]\n"
                                  "  (--ca-key pkcs11:… or --pkcs11 URI with --pin-env VAR for keys on a token)")
                     : QCoreApplication::translate(
                           "cli",
                           "Make a root CA:\n  pki ca --cn NAME --out-dir DIR (--passphrase-env VAR | "
                           "--unencrypted-key) [--key TYPE] [--days N]\n"
                           "  pki ca --pkcs11 URI --pin-env VAR --cn NAME --out-dir DIR [--key TYPE] [--days N]"),
                 rc))
        return rc;
    if (!p.isSet(QStringLiteral("cn")))
        return cli::fail(tr("--cn NAME is required"));
    const bool onToken = p.isSet(QStringLiteral("pkcs11"));
    if (onToken && p.isSet(QStringLiteral("passphrase-env")))
        return cli::fail(tr("--passphrase-env does not apply to a key on a token (its PIN protects it)"));
    if (const QString problem = caKeyProtectionProblem(p, onToken); !problem.isEmpty())
        return cli::fail(problem);
    MakeOptions o;
    if (!readMakeOptions(p, intermediate ? 1825 : 3650, p.value(QStringLiteral("cn")), o))
        return cli::Usage;
    pki::Certificate issuer;
    pki::Key issuerKey;
    if (intermediate && !loadIssuer(p, issuer, issuerKey))
        return cli::Usage;
    QByteArray pin;
    if (onToken && !tokenPin(p, pin))
        return cli::Usage;
    if (onToken) {
        if (const auto uri = pki::Pkcs11Uri::parse(p.value(QStringLiteral("pkcs11"))); !uri)
            return cli::fail(tr("--pkcs11: %1").arg(uri.error()));
    }
    const auto key = onToken ? pki::generateTokenKey(p.value(QStringLiteral("pkcs11")), o.keyType, pin)
                             : pki::Key::generate(o.keyType);
    if (!key)
        return cli::fail(key.error(), cli::Failed);
    pki::CertificateSpec spec;
    spec.commonName = p.value(QStringLiteral("cn"));
    spec.validityDays = o.days;
    spec.pathLength = p.isSet(QStringLiteral("pathlen")) ? p.value(QStringLiteral("pathlen")).toInt() : -1;
    const auto cert =
        intermediate ? pki::makeIntermediateCa(*key, spec, issuer, issuerKey) : pki::makeRootCa(*key, spec);
    if (!cert)
        return cli::fail(cert.error(), cli::Failed);
    rc = writeOutputs(o, *cert, *key);
    if (rc == cli::Ok && !onToken && o.passphrase.isEmpty())
        cli::err() << QCoreApplication::translate(
                          "cli", "provstation-cli: warning: the CA key %1 is not encrypted; whoever can read it can "
                                 "issue certificates that Azure trusts (keep it offline, or encrypt it)")
                          .arg(QDir(o.outDir).filePath(o.name + QStringLiteral(".key.pem")))
                   << Qt::endl;
    return rc;
}

int makeDevice(const QStringList &args)
{
    QCommandLineParser p;
    addMakeOptions(p, 365);
    addIssuerOptions(p);
    p.addOption({QStringLiteral("cn"), tr("Device or registration ID (the certificate's CN)."), tr("ID")});
    int rc = cli::Ok;
    if (!prepare(p, args,
                 tr("Make a device certificate and key:\n  pki device --ca-cert F --ca-key F --cn ID --out-dir DIR "
                    "[--key TYPE] [--days N] [--passphrase-env VAR]"),
                 rc))
        return rc;
    if (!p.isSet(QStringLiteral("cn")))
        return cli::fail(tr("--cn ID is required"));
    const QString id = p.value(QStringLiteral("cn"));
    if (const auto e = azure::checkRegistrationId(id, true))
        return cli::fail(*e);
    if (const auto e = azure::checkDeviceId(id))
        return cli::fail(*e);
    if (const auto e = azure::checkStationId(id))
        cli::err() << tr("provstation-cli: note: %1").arg(*e) << Qt::endl;
    MakeOptions o;
    if (!readMakeOptions(p, 365, id, o))
        return cli::Usage;
    pki::Certificate issuer;
    pki::Key issuerKey;
    if (!loadIssuer(p, issuer, issuerKey))
        return cli::Usage;
    const auto key = pki::Key::generate(o.keyType);
    if (!key)
        return cli::fail(key.error(), cli::Failed);
    pki::CertificateSpec spec;
    spec.commonName = id;
    spec.validityDays = o.days;
    const auto cert = pki::makeDeviceCertificate(*key, spec, issuer, issuerKey);
    if (!cert)
        return cli::fail(cert.error(), cli::Failed);
    return writeOutputs(o, *cert, *key);
}

int makeVerification(const QStringList &args)
{
    QCommandLineParser p;
    addMakeOptions(p, 30);
    addIssuerOptions(p);
    p.addOption({QStringLiteral("code"), tr("The verification code the Azure portal shows."), tr("CODE")});
    int rc = cli::Ok;
    if (!prepare(p, args,
                 tr("Make the proof-of-possession certificate (CN = the portal's verification code, signed by "
                    "the CA key):\n  pki verification --ca-cert F --ca-key F --code CODE --out-dir DIR"),
                 rc))
        return rc;
    if (!p.isSet(QStringLiteral("code")))
        return cli::fail(tr("--code CODE is required"));
    MakeOptions o;
    if (!readMakeOptions(p, 30, QStringLiteral("verification-") + p.value(QStringLiteral("code")), o))
        return cli::Usage;
    pki::Certificate issuer;
    pki::Key issuerKey;
    if (!loadIssuer(p, issuer, issuerKey))
        return cli::Usage;
    const auto cert = pki::makeVerificationCertificate(p.value(QStringLiteral("code")), issuer, issuerKey, o.days);
    if (!cert)
        return cli::fail(cert.error(), cli::Failed);
    // The certificate's own key proves nothing and is not kept.
    return writeOutputs(o, *cert, {});
}

int makeCsr(const QStringList &args)
{
    QCommandLineParser p;
    addMakeOptions(p, 0);
    p.addOption({QStringLiteral("cn"), tr("Device or registration ID (the request's CN)."), tr("ID")});
    int rc = cli::Ok;
    if (!prepare(p, args,
                 tr("Make a key and a certificate signing request:\n  pki csr --cn ID --out-dir DIR [--key TYPE] "
                    "[--passphrase-env VAR]   writes <name>.csr.pem and <name>.key.pem"),
                 rc))
        return rc;
    if (!p.isSet(QStringLiteral("cn")))
        return cli::fail(tr("--cn ID is required"));
    MakeOptions o;
    if (!readMakeOptions(p, 1, p.value(QStringLiteral("cn")), o))
        return cli::Usage;
    const auto key = pki::Key::generate(o.keyType);
    if (!key)
        return cli::fail(key.error(), cli::Failed);
    const auto csr = pki::makeCsr(*key, p.value(QStringLiteral("cn")));
    if (!csr)
        return cli::fail(csr.error(), cli::Failed);
    return writeOutputs(o, {}, *key, csr->toPem(), QStringLiteral(".csr.pem"));
}

int signCsr(const QStringList &args)
{
    QCommandLineParser p;
    addMakeOptions(p, 365);
    addIssuerOptions(p);
    p.addOption({QStringLiteral("csr"), tr("The certificate signing request (PEM or DER)."), tr("FILE")});
    p.addOption({QStringLiteral("cn"), tr("Override the request's CN."), tr("ID")});
    int rc = cli::Ok;
    if (!prepare(p, args,
                 tr("Issue a device certificate for a CSR made elsewhere:\n  pki csr-sign --ca-cert F --ca-key F "
                    "--csr FILE --out-dir DIR [--cn ID] [--days N]"),
                 rc))
        return rc;
    if (!p.isSet(QStringLiteral("csr")))
        return cli::fail(tr("--csr FILE is required"));
    const auto loaded = pki::loadFile(p.value(QStringLiteral("csr")));
    if (!loaded)
        return cli::fail(loaded.error());
    if (loaded->requests.isEmpty())
        return cli::fail(tr("%1 holds no certificate request").arg(p.value(QStringLiteral("csr"))));
    const pki::Csr csr = loaded->requests.front();
    const QString cn = p.isSet(QStringLiteral("cn")) ? p.value(QStringLiteral("cn")) : csr.subjectCommonName();
    if (const auto e = azure::checkRegistrationId(cn, true))
        return cli::fail(*e);
    MakeOptions o;
    if (!readMakeOptions(p, 365, cn, o))
        return cli::Usage;
    pki::Certificate issuer;
    pki::Key issuerKey;
    if (!loadIssuer(p, issuer, issuerKey))
        return cli::Usage;
    pki::CertificateSpec spec;
    spec.commonName = cn;
    spec.validityDays = o.days;
    const auto cert = pki::signCsr(csr, spec, issuer, issuerKey);
    if (!cert)
        return cli::fail(cert.error(), cli::Failed);
    return writeOutputs(o, *cert, {});
}

/// Loads FILE (the single positional argument), with --password-env for PKCS#12 / encrypted keys.
bool loadPositional(QCommandLineParser &p, pki::Bundle &bundle, QString &path)
{
    if (p.positionalArguments().size() != 1) {
        cli::fail(tr("give exactly one FILE"));
        return false;
    }
    path = p.positionalArguments().front();
    QByteArray pass;
    if (!secretFromEnv(p, QStringLiteral("password-env"), pass))
        return false;
    auto b = pki::loadFile(path, pass);
    if (!b) {
        cli::fail(b.error());
        return false;
    }
    bundle = *b;
    return true;
}

void addFileOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("file"), tr("PEM, DER or PKCS#12 file."));
    p.addOption({QStringLiteral("password-env"),
                 tr("Password of a PKCS#12 file or encrypted key, from this environment variable."), tr("VAR")});
    p.addOption({kJson, tr("Print a JSON object.")});
}

int inspect(const QStringList &args)
{
    QCommandLineParser p;
    addFileOptions(p);
    int rc = cli::Ok;
    if (!prepare(p, args, tr("Show what a credential file holds:\n  pki inspect FILE"), rc))
        return rc;
    pki::Bundle b;
    QString path;
    if (!loadPositional(p, b, path))
        return cli::Usage;
    QJsonArray certs;
    for (const auto &c : b.certificates)
        certs.append(certificateJson(c));
    QJsonObject key;
    if (!b.key.isNull()) {
        key = {{QStringLiteral("type"), b.key.description()}};
        if (!b.certificates.isEmpty())
            key.insert(QStringLiteral("matches_certificate"), b.certificates.front().matches(b.key));
    }
    if (p.isSet(kJson)) {
        QJsonObject o{{QStringLiteral("file"), path},
                      {QStringLiteral("format"), pki::formatName(b.format)},
                      {QStringLiteral("certificates"), certs}};
        if (!key.isEmpty())
            o.insert(QStringLiteral("key"), key);
        QJsonArray reqs;
        for (const auto &r : b.requests)
            reqs.append(QJsonObject{{QStringLiteral("cn"), r.subjectCommonName()},
                                    {QStringLiteral("key"), r.publicKey().description()},
                                    {QStringLiteral("signature_valid"), r.signatureValid()}});
        if (!reqs.isEmpty())
            o.insert(QStringLiteral("requests"), reqs);
        cli::printJson(o);
        return cli::Ok;
    }
    auto &out = cli::out();
    out << tr("%1: %2").arg(path, pki::formatName(b.format).toUpper()) << '\n';
    for (int i = 0; i < b.certificates.size(); ++i) {
        const auto &c = b.certificates[i];
        out << tr("certificate %1").arg(i) << '\n'
            << tr("  subject     %1").arg(c.subject()) << '\n'
            << tr("  issuer      %1").arg(c.issuer()) << '\n'
            << tr("  serial      %1").arg(c.serialNumberHex()) << '\n'
            << tr("  valid       %1 to %2").arg(c.notBefore().toString(Qt::ISODate), c.notAfter().toString(Qt::ISODate))
            << '\n'
            << tr("  key         %1").arg(c.publicKey().description()) << '\n'
            << tr("  CA          %1").arg(c.isCa() ? tr("yes") : tr("no")) << '\n'
            << tr("  MD5 (DER)   %1").arg(c.moduleMd5()) << '\n'
            << tr("  SHA-1       %1").arg(pki::fingerprintText(c.sha1(), QChar())) << '\n'
            << tr("  SHA-256     %1").arg(pki::fingerprintText(c.sha256())) << '\n';
    }
    if (!b.key.isNull())
        out << tr("private key  %1%2")
                   .arg(b.key.description(), b.certificates.isEmpty() ? QString()
                                                                      : (b.certificates.front().matches(b.key)
                                                                             ? tr(", matches certificate 0")
                                                                             : tr(", does NOT match certificate 0")))
            << '\n';
    for (const auto &r : b.requests)
        out << tr("request      CN=%1, %2").arg(r.subjectCommonName(), r.publicKey().description()) << '\n';
    return cli::Ok;
}

/// The key file of `pki lint --key`: whether it is encrypted is seen without its passphrase; a key
/// in clear is loaded so lint can tell whether it is the CA's. False (message printed) on failure.
bool readLintKey(const QString &path, pki::LintOptions &o)
{
    QByteArray data;
    QString error;
    if (!cli::readInput(path, files::kMaxCredential, data, error)) {
        cli::fail(error);
        return false;
    }
    const std::optional<bool> encrypted = pki::keyFileEncrypted(data);
    if (!encrypted) {
        cli::fail(QCoreApplication::translate("cli", "--key %1 holds no private key").arg(path));
        return false;
    }
    o.privateKey = {};
    o.privateKeyEncrypted = *encrypted;
    if (*encrypted)
        return true; // kept as it should be: nothing to decrypt for the check
    const auto key = pki::loadBundle(data);
    if (!key || key->key.isNull()) {
        cli::fail(QCoreApplication::translate("cli", "--key %1: %2")
                      .arg(path, key ? QCoreApplication::translate("cli", "no private key") : key.error()));
        return false;
    }
    o.privateKey = key->key;
    return true;
}

int lintCommand(const QStringList &args)
{
    QCommandLineParser p;
    addFileOptions(p);
    p.addOption({QStringLiteral("id"), tr("The device or registration ID the certificate is meant for."), tr("ID")});
    p.addOption({QStringLiteral("name"), tr("The AT+USECMNG name it will be stored under."), tr("NAME")});
    p.addOption({QStringLiteral("ca"), tr("A CA certificate verified in Azure (for the chain check)."), tr("FILE")});
    p.addOption({QStringLiteral("key"),
                 QCoreApplication::translate("cli", "The private key file kept with the certificate (a CA's key in "
                                                    "clear is flagged)."),
                 tr("FILE")});
    int rc = cli::Ok;
    if (!prepare(p, args,
                 tr("Check a certificate (and its chain) for problems the module or Azure would reject:\n"
                    "  pki lint FILE [--id ID] [--name NAME] [--ca FILE] [--key FILE]\n"
                    "Exit code 1 when any finding is an error."),
                 rc))
        return rc;
    pki::Bundle b;
    QString path;
    if (!loadPositional(p, b, path))
        return cli::Usage;
    if (b.certificates.isEmpty())
        return cli::fail(tr("%1 holds no certificate").arg(path));
    pki::LintOptions o;
    o.expectedId = p.value(QStringLiteral("id"));
    o.credentialName = p.value(QStringLiteral("name"));
    o.pemText = b.pemText;
    o.privateKey = b.key;
    o.privateKeyEncrypted = b.keyEncrypted;
    if (p.isSet(QStringLiteral("key")) && !readLintKey(p.value(QStringLiteral("key")), o))
        return cli::Usage;
    if (p.isSet(QStringLiteral("ca"))) {
        const auto ca = pki::loadFile(p.value(QStringLiteral("ca")));
        if (!ca)
            return cli::fail(ca.error());
        o.anchors = ca->certificates;
    }
    const auto findings = pki::lint(b.certificates, o);
    if (p.isSet(kJson)) {
        QJsonArray list;
        for (const auto &f : findings)
            list.append(QJsonObject{{QStringLiteral("severity"), pki::severityName(f.severity)},
                                    {QStringLiteral("code"), f.code},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("certificate"), f.certificate}});
        cli::printJson({{QStringLiteral("file"), path},
                        {QStringLiteral("findings"), list},
                        {QStringLiteral("ok"), !pki::hasErrors(findings)}});
    } else {
        for (const auto &f : findings)
            cli::out() << pki::severityName(f.severity) << ' ' << f.code << ": " << f.message << '\n';
        if (findings.isEmpty())
            cli::out() << tr("%1: no findings").arg(path) << '\n';
    }
    return pki::hasErrors(findings) ? cli::Failed : cli::Ok;
}

int md5Command(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), tr("PEM or DER file."));
    p.addOption({kJson, tr("Print a JSON object.")});
    int rc = cli::Ok;
    if (!prepare(p, args,
                 tr("Print the MD5 of each object's DER, upper-case, as AT+USECMNG reports it:\n  pki md5 FILE"), rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return cli::fail(tr("give exactly one FILE"));
    const QString path = p.positionalArguments().front();
    QByteArray data;
    QString error;
    if (!cli::readInput(path, files::kMaxCredential, data, error))
        return cli::fail(error);
    QList<pki::PemBlock> blocks;
    if (data.contains("-----BEGIN ")) {
        const auto b = pki::pemBlocks(data);
        if (!b)
            return cli::fail(tr("%1: %2").arg(path, b.error()));
        blocks = *b;
    } else {
        const auto b = pki::loadBundle(data);
        if (!b)
            return cli::fail(tr("%1: %2").arg(path, b.error()));
        blocks.append({b->certificates.isEmpty() ? QByteArray("DER") : QByteArray("CERTIFICATE"), data, {}});
    }
    QJsonArray list;
    for (const auto &blk : blocks) {
        const QString md5 =
            QString::fromLatin1(QCryptographicHash::hash(blk.der, QCryptographicHash::Md5).toHex()).toUpper();
        if (p.isSet(kJson))
            list.append(QJsonObject{{QStringLiteral("type"), QString::fromLatin1(blk.type)},
                                    {QStringLiteral("md5"), md5},
                                    {QStringLiteral("der_size"), blk.der.size()}});
        else
            cli::out() << md5 << (blocks.size() > 1 ? QStringLiteral("  ") + QString::fromLatin1(blk.type) : QString())
                       << '\n';
    }
    if (p.isSet(kJson))
        cli::printJson({{QStringLiteral("file"), path}, {QStringLiteral("objects"), list}});
    return cli::Ok;
}

int importCertsC(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), tr("certs.c of the Azure IoT C SDK."));
    p.addOption({QStringLiteral("out-dir"), tr("Directory to write one <CN>.pem per certificate into."), tr("DIR")});
    p.addOption({kJson, tr("Print a JSON object.")});
    int rc = cli::Ok;
    if (!prepare(p, args,
                 tr("Turn the C string literals of the Azure IoT C SDK's certs.c back into PEM files:\n"
                    "  pki import-certs-c FILE --out-dir DIR"),
                 rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return cli::fail(tr("give exactly one FILE"));
    if (!p.isSet(QStringLiteral("out-dir")))
        return cli::fail(tr("--out-dir DIR is required"));
    const QString outDir = p.value(QStringLiteral("out-dir"));
    if (!QDir().mkpath(outDir))
        return cli::fail(tr("cannot create %1").arg(outDir));
    QByteArray data;
    QString error;
    if (!cli::readInput(p.positionalArguments().front(), files::kMaxCredential, data, error))
        return cli::fail(error);
    const auto certs = pki::importCertsC(data);
    if (!certs)
        return cli::fail(tr("%1: %2").arg(p.positionalArguments().front(), certs.error()));
    QJsonArray list;
    QSet<QString> used;
    for (const auto &c : *certs) {
        QString stem = pki::fileStem(c.subjectCommonName());
        for (int n = 2; used.contains(stem); ++n)
            stem = pki::fileStem(c.subjectCommonName()) + u'-' + QString::number(n);
        used.insert(stem);
        const QString path = QDir(outDir).filePath(stem + QStringLiteral(".pem"));
        if (auto w = pki::writePublicFile(path, c.toPem()); !w)
            return cli::fail(w.error(), cli::Failed);
        const bool expired = c.notAfter() < QDateTime::currentDateTimeUtc();
        const pki::TrustedRoot *known = pki::findKnownRoot(c);
        if (p.isSet(kJson)) {
            QJsonObject o = certificateJson(c);
            o.insert(QStringLiteral("file"), path);
            o.insert(QStringLiteral("expired"), expired);
            o.insert(QStringLiteral("azure_root"), known ? known->name : QString());
            list.append(o);
        } else {
            cli::out() << tr("wrote %1  (%2%3)")
                              .arg(path, c.subjectCommonName(),
                                   expired ? tr(", EXPIRED %1").arg(c.notAfter().toString(Qt::ISODate)) : QString())
                       << '\n';
        }
    }
    if (p.isSet(kJson))
        cli::printJson({{QStringLiteral("certificates"), list}});
    return cli::Ok;
}

} // namespace

namespace cli {

int pkiCommand(const QStringList &args)
{
    static const struct
    {
        const char *name;
        int (*run)(const QStringList &);
    } kSub[] = {
        {"ca", [](const QStringList &a) { return makeCa(a, false); }},
        {"intermediate", [](const QStringList &a) { return makeCa(a, true); }},
        {"device", makeDevice},
        {"verification", makeVerification},
        {"csr", makeCsr},
        {"csr-sign", signCsr},
        {"inspect", inspect},
        {"lint", lintCommand},
        {"md5", md5Command},
        {"import-certs-c", importCertsC},
    };
    const QString sub = args.value(1);
    for (const auto &s : kSub) {
        if (sub == QLatin1String(s.name)) {
            QStringList rest = args.mid(2);
            rest.prepend(args.value(0) + u' ' + sub);
            return s.run(rest);
        }
    }
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h") {
        out() << tr("Usage: provstation-cli pki <ca|intermediate|device|verification|csr|csr-sign|inspect|lint|md5|"
                    "import-certs-c> [options]")
              << '\n'
              << tr("Run 'provstation-cli pki <subcommand> --help' for its options.") << '\n';
        return sub.isEmpty() ? Usage : Ok;
    }
    return fail(tr("unknown pki subcommand '%1' (try pki --help)").arg(sub));
}

} // namespace cli
