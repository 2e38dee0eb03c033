// The ENGINE API is deprecated in OpenSSL 3, and it is still the way Debian 12's maintained PKCS#11
// bridge (libp11's engine, libengine-pkcs11-openssl) plugs in: there is no pkcs11 provider in
// Debian 12. The deprecation warnings are silenced for this file only.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "pki/token.h"

#include "common/logging.h"
#include "pki/ssl_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>

#include <openssl/engine.h>
#include <openssl/rand.h>
#include <openssl/ui.h>

#ifndef PROVSTATION_P11_PROXY
#define PROVSTATION_P11_PROXY ""
#endif

namespace pki {
namespace {

const char *const kPathAttributes[] = {"token", "object", "id", "serial", "manufacturer", "model", "type"};

QString encode(const QByteArray &value)
{
    return QString::fromLatin1(value.toPercentEncoding());
}

// -- the engine: one per process, one module --------------------------------------------------

struct EngineState
{
    ENGINE *engine = nullptr; ///< structural reference, kept for the process
    QString module;
    bool loaded = false; ///< the module loaded once: it stays the module of this process
    UI_METHOD *noPrompt = nullptr;
};

QMutex &engineMutex()
{
    static QMutex mutex;
    return mutex;
}

EngineState &engineState()
{
    static EngineState state;
    return state;
}

/// A UI that never prompts: without it libp11 would ask for a missing PIN on the terminal.
int refuseToPrompt(UI *, UI_STRING *)
{
    return -1;
}

/// A functional reference to the pkcs11 engine on @p module (the caller holds engineMutex()).
Result<ENGINE *> acquireEngine(const QString &module)
{
    using R = Result<ENGINE *>;
    EngineState &s = engineState();
    if (s.engine && s.module != module) {
        if (s.loaded)
            return R::failure(
                QCoreApplication::translate(
                    "pki", "this process already uses the PKCS#11 module %1; restart the station to use %2")
                    .arg(s.module, module));
        ENGINE_free(s.engine);
        s.engine = nullptr;
    }
    if (!s.engine) {
        ssl::clearErrors();
        ENGINE *e = ENGINE_by_id("pkcs11");
        if (!e) {
            ssl::clearErrors();
            return R::failure(QCoreApplication::translate("pki",
                                                          "the OpenSSL PKCS#11 engine is not installed (Debian package "
                                                          "libengine-pkcs11-openssl)"));
        }
        if (!module.isEmpty() &&
            ENGINE_ctrl_cmd_string(e, "MODULE_PATH", QFile::encodeName(module).constData(), 0) != 1) {
            const QString reason = ssl::takeError();
            ENGINE_free(e);
            return R::failure(QCoreApplication::translate("pki", "the PKCS#11 engine does not accept the module %1: %2")
                                  .arg(module, reason));
        }
        // libp11 writes its own messages to stderr; the station reports errors in its words.
        ENGINE_ctrl_cmd_string(e, "QUIET", nullptr, 0);
        s.engine = e;
        s.module = module;
        s.noPrompt = UI_create_method("provstation-no-prompt");
        UI_method_set_reader(s.noPrompt, refuseToPrompt);
    }
    if (ENGINE_init(s.engine) != 1)
        return R::failure(QCoreApplication::translate("pki", "the PKCS#11 module %1 cannot be loaded: %2")
                              .arg(module, ssl::takeError()));
    s.loaded = true;
    return s.engine;
}

QStringList errorReasons()
{
    QStringList reasons;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        const char *reason = ERR_reason_error_string(code);
        reasons << (reason ? QString::fromLatin1(reason) : QStringLiteral("error %1").arg(code, 0, 16));
    }
    return reasons;
}

struct Loaded
{
    EVP_PKEY *pkey = nullptr; ///< with a functional reference to engine
    ENGINE *engine = nullptr;
    bool notFound = false;
    QString error;
    void release()
    {
        if (pkey) {
            EVP_PKEY_free(pkey);
            ENGINE_finish(engine);
        }
        pkey = nullptr;
    }
};

Loaded load(const Pkcs11Uri &uri, const QString &text, const QByteArray &pin)
{
    Loaded out;
    if (pin.isEmpty()) {
        out.error =
            QCoreApplication::translate("pki", "no PIN for the token key %1 (the PIN is read from the secret store)")
                .arg(text);
        return out;
    }
    const QString module = uri.modulePath.isEmpty() ? defaultPkcs11Module() : uri.modulePath;
    QMutexLocker lock(&engineMutex());
    const auto engine = acquireEngine(module);
    if (!engine) {
        out.error = engine.error();
        return out;
    }
    ENGINE *e = *engine;
    ssl::clearErrors();
    ENGINE_ctrl_cmd_string(e, "PIN", pin.constData(), 0);
    const QByteArray id = uri.privateKeyUri().toUtf8();
    EVP_PKEY *pkey = ENGINE_load_private_key(e, id.constData(), engineState().noPrompt, nullptr);
    const QStringList reasons = errorReasons();
    // The engine keeps the PIN it was given until the next one: overwrite it.
    ENGINE_ctrl_cmd_string(e, "PIN", "", 0);
    ssl::clearErrors();
    if (!pkey) {
        ENGINE_finish(e);
        const QString why = reasons.isEmpty() ? QCoreApplication::translate("pki", "no reason given") : reasons.first();
        if (reasons.contains(QLatin1String("PIN incorrect")))
            out.error =
                QCoreApplication::translate("pki", "the token refused the PIN for %1 (PIN incorrect)").arg(text);
        else if (reasons.contains(QLatin1String("PIN locked")))
            out.error = QCoreApplication::translate(
                "pki", "the token's user PIN is locked; unlock it with the SO PIN (pkcs11-tool --unlock-pin)");
        else if (reasons.contains(QLatin1String("object not found"))) {
            out.notFound = true;
            out.error =
                QCoreApplication::translate(
                    "pki", "no private key %1: is the token present, and do token= and object= (or id=) match what "
                           "'pkcs11-tool --list-objects' shows?")
                    .arg(text);
        } else
            out.error = QCoreApplication::translate("pki", "cannot use the token key %1: %2").arg(text, why);
        return out;
    }
    out.pkey = pkey;
    out.engine = e;
    return out;
}

QString keyTypeArgument(KeyType type)
{
    switch (type) {
    case KeyType::EcP256:
        return QStringLiteral("EC:prime256v1");
    case KeyType::EcP384:
        return QStringLiteral("EC:secp384r1");
    case KeyType::Rsa2048:
        return QStringLiteral("rsa:2048");
    case KeyType::Rsa3072:
        return QStringLiteral("rsa:3072");
    case KeyType::Rsa4096:
        return QStringLiteral("rsa:4096");
    }
    return {};
}

} // namespace

bool Pkcs11Uri::looksLike(QStringView text)
{
    return text.trimmed().startsWith(QLatin1String("pkcs11:"), Qt::CaseInsensitive);
}

Result<Pkcs11Uri> Pkcs11Uri::parse(const QString &text)
{
    using R = Result<Pkcs11Uri>;
    const QString t = text.trimmed();
    if (!looksLike(t))
        return R::failure(QCoreApplication::translate(
            "pki", "a PKCS#11 URI starts with \"pkcs11:\" (e.g. pkcs11:token=Station%20CA;object=ca-key)"));
    const qsizetype q = t.indexOf(u'?');
    const QString path = t.mid(7, q < 0 ? -1 : q - 7);
    const QString query = q < 0 ? QString() : t.mid(q + 1);
    Pkcs11Uri uri;
    QStringList seen;
    for (const QString &part : path.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return R::failure(QCoreApplication::translate("pki", "PKCS#11 URI: \"%1\" is not name=value").arg(part));
        const QString name = part.left(eq).toLower();
        const QByteArray raw = QByteArray::fromPercentEncoding(part.mid(eq + 1).toUtf8());
        const QString value = QString::fromUtf8(raw);
        if (seen.contains(name))
            return R::failure(QCoreApplication::translate("pki", "PKCS#11 URI: %1 is given twice").arg(name));
        seen << name;
        if (name == QLatin1String("token"))
            uri.token = value;
        else if (name == QLatin1String("object"))
            uri.object = value;
        else if (name == QLatin1String("id"))
            uri.id = raw;
        else if (name == QLatin1String("serial"))
            uri.serial = value;
        else if (name == QLatin1String("manufacturer"))
            uri.manufacturer = value;
        else if (name == QLatin1String("model"))
            uri.model = value;
        else if (name == QLatin1String("type")) {
            if (value != QLatin1String("private") && value != QLatin1String("public") && value != QLatin1String("cert"))
                return R::failure(
                    QCoreApplication::translate("pki", "PKCS#11 URI: type=%1 is not private, public or cert")
                        .arg(value));
            uri.type = value;
        } else if (name == QLatin1String("pin-value") || name == QLatin1String("pin-source"))
            return R::failure(QCoreApplication::translate(
                "pki", "PKCS#11 URI: a PIN does not belong in the URI (it would end up in the profile and "
                       "in logs); the station reads it from the secret store"));
        else
            return R::failure(QCoreApplication::translate(
                                  "pki",
                                  "PKCS#11 URI: unknown attribute \"%1\" (the station understands token, object, id, "
                                  "serial, manufacturer, model and type)")
                                  .arg(name));
    }
    for (const QString &part : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString name = part.left(eq).toLower();
        const QString value = QString::fromUtf8(QByteArray::fromPercentEncoding(part.mid(eq + 1).toUtf8()));
        if (name == QLatin1String("pin-value") || name == QLatin1String("pin-source"))
            return R::failure(QCoreApplication::translate(
                "pki", "PKCS#11 URI: a PIN does not belong in the URI (it would end up in the profile and "
                       "in logs); the station reads it from the secret store"));
        if (name != QLatin1String("module-path") || eq < 0)
            return R::failure(QCoreApplication::translate(
                                  "pki", "PKCS#11 URI: unknown query attribute \"%1\" (only module-path is understood)")
                                  .arg(part));
        if (!QDir::isAbsolutePath(value))
            return R::failure(
                QCoreApplication::translate("pki", "PKCS#11 URI: module-path must be an absolute path, not \"%1\"")
                    .arg(value));
        uri.modulePath = value;
    }
    if (uri.token.isEmpty())
        return R::failure(QCoreApplication::translate("pki", "PKCS#11 URI: name the token (token=…)"));
    if (uri.object.isEmpty() && uri.id.isEmpty())
        return R::failure(QCoreApplication::translate("pki", "PKCS#11 URI: name the key (object=… or id=…)"));
    return uri;
}

QString Pkcs11Uri::toString() const
{
    QStringList parts;
    const auto add = [&parts](const char *name, const QByteArray &value) {
        if (!value.isEmpty())
            parts << QLatin1String(name) + u'=' + encode(value);
    };
    add("token", token.toUtf8());
    add("manufacturer", manufacturer.toUtf8());
    add("model", model.toUtf8());
    add("serial", serial.toUtf8());
    add("object", object.toUtf8());
    add("id", id);
    add("type", type.toUtf8());
    QString out = QStringLiteral("pkcs11:") + parts.join(u';');
    if (!modulePath.isEmpty())
        out += QStringLiteral("?module-path=") +
               encode(modulePath.toUtf8()).replace(QLatin1String("%2F"), QLatin1String("/"));
    return out;
}

QString Pkcs11Uri::privateKeyUri() const
{
    Pkcs11Uri copy = *this;
    copy.type = QStringLiteral("private");
    copy.modulePath.clear();
    return copy.toString();
}

QString defaultPkcs11Module()
{
    return QString::fromUtf8(PROVSTATION_P11_PROXY);
}

Result<Key> loadTokenKey(const QString &uri, const QByteArray &pin)
{
    const auto parsed = Pkcs11Uri::parse(uri);
    if (!parsed)
        return Result<Key>::failure(parsed.error());
    const Loaded loaded = load(*parsed, uri.trimmed(), pin);
    if (!loaded.pkey)
        return Result<Key>::failure(loaded.error);
    // The key keeps the engine (and with it the module and the token session) alive.
    Key key;
    key.m_key.reset(loaded.pkey, [e = loaded.engine](EVP_PKEY *k) {
        EVP_PKEY_free(k);
        ENGINE_finish(e);
    });
    key.m_tokenUri = parsed->toString();
    qCInfo(lcPki) << "token key loaded:" << key.m_tokenUri << key.description();
    return key;
}

Result<Key> generateTokenKey(const QString &uri, KeyType type, const QByteArray &pin)
{
    using R = Result<Key>;
    auto parsed = Pkcs11Uri::parse(uri);
    if (!parsed)
        return R::failure(parsed.error());
    if (parsed->object.isEmpty())
        return R::failure(
            QCoreApplication::translate("pki", "PKCS#11 URI: name the new key with object=… (its label on the token)"));
    if (!parsed->type.isEmpty() && parsed->type != QLatin1String("private"))
        return R::failure(QCoreApplication::translate(
            "pki", "PKCS#11 URI: a new key pair is named without type= or with type=private"));
    // Never two keys under one name, and never a CA key replaced.
    Loaded existing = load(*parsed, uri.trimmed(), pin);
    if (existing.pkey) {
        existing.release();
        return R::failure(QCoreApplication::translate(
                              "pki",
                              "the token already holds a key named %1; the station never replaces a key on a token "
                              "(choose another object=)")
                              .arg(parsed->object));
    }
    if (!existing.notFound)
        return R::failure(existing.error);
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pkcs11-tool"));
    if (tool.isEmpty())
        return R::failure(QCoreApplication::translate(
            "pki", "pkcs11-tool is needed to create a key on a token (Debian package opensc)"));
    if (parsed->id.isEmpty()) {
        QByteArray id(8, '\0');
        if (RAND_bytes(reinterpret_cast<unsigned char *>(id.data()), int(id.size())) != 1)
            return R::failure(QCoreApplication::translate("pki", "cannot make a key id: %1").arg(ssl::takeError()));
        parsed->id = id;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PROVSTATION_TOKEN_PIN"), QString::fromUtf8(pin));
    p.setProcessEnvironment(env);
    const QString module = parsed->modulePath.isEmpty() ? defaultPkcs11Module() : parsed->modulePath;
    QStringList args;
    if (!module.isEmpty())
        args << QStringLiteral("--module") << module;
    p.start(tool,
            args + QStringList{QStringLiteral("--token-label"), parsed->token, QStringLiteral("--login"),
                               QStringLiteral("--pin"), QStringLiteral("env:PROVSTATION_TOKEN_PIN"),
                               QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), keyTypeArgument(type),
                               QStringLiteral("--label"), parsed->object, QStringLiteral("--id"),
                               QString::fromLatin1(parsed->id.toHex()), QStringLiteral("--usage-sign")});
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(2000);
        return R::failure(QCoreApplication::translate("pki", "pkcs11-tool did not finish making the key within 120 s"));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QStringList lines =
            QString::fromLocal8Bit(p.readAllStandardError()).trimmed().split(u'\n', Qt::SkipEmptyParts);
        return R::failure(
            QCoreApplication::translate("pki", "pkcs11-tool could not make the key on the token %1: %2")
                .arg(parsed->token, lines.isEmpty()
                                        ? QCoreApplication::translate("pki", "exit code %1").arg(p.exitCode())
                                        : lines.last().trimmed()));
    }
    qCInfo(lcPki) << "made a" << keyTypeName(type) << "key" << parsed->object << "on the token" << parsed->token;
    return loadTokenKey(uri, pin);
}

} // namespace pki
