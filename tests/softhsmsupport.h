#pragma once

// A throw-away SoftHSM2 token for the tests of a CA key on a PKCS#11 token: a token directory and
// configuration in a temporary folder, SOFTHSM2_CONF pointing at it (this process and every
// program it starts), one initialised token with a user PIN. Nothing outside the folder changes.

#include <memory>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace softhsm {

/// What to install when a tool is missing (a test fails with this, it never skips).
inline QString fix()
{
    return QStringLiteral("install Debian's softhsm2, opensc and libengine-pkcs11-openssl "
                          "(installer/bootstrap.sh installs them)");
}

/// The SoftHSM2 PKCS#11 module, where Debian puts it.
inline QString modulePath()
{
    for (const char *path : {"/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"}) {
        if (QFileInfo::exists(QString::fromLatin1(path)))
            return QString::fromLatin1(path);
    }
    return {};
}

struct Token
{
    QTemporaryDir dir;
    QString label;
    QByteArray pin = "4711-station";
    QByteArray soPin = "so-0815-station";
    QString error; ///< why the token could not be made (empty: ready)

    QString conf() const { return dir.filePath(QStringLiteral("softhsm2.conf")); }
    /// The URI of a key @p object on this token.
    QString uri(const QString &object) const
    {
        return QStringLiteral("pkcs11:token=%1;object=%2")
            .arg(QString::fromLatin1(label.toUtf8().toPercentEncoding()), object);
    }
};

/// Runs pkcs11-tool on SoftHSM's module with @p args; the PINs travel in the environment
/// (SO_PIN, USER_PIN), never on the command line. Returns the exit code, output in @p out.
inline int pkcs11Tool(const Token &token, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOFTHSM2_CONF"), token.conf());
    env.insert(QStringLiteral("SO_PIN"), QString::fromUtf8(token.soPin));
    env.insert(QStringLiteral("USER_PIN"), QString::fromUtf8(token.pin));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("pkcs11-tool"), QStringList{QStringLiteral("--module"), modulePath()} + args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(1000);
        return -1;
    }
    if (out)
        *out = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/// Makes the token and sets SOFTHSM2_CONF for this process; call it before the first PKCS#11 use
/// of the process (the module reads its configuration once).
inline std::unique_ptr<Token> makeToken(const QString &label)
{
    auto token = std::make_unique<Token>();
    token->label = label;
    if (modulePath().isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pkcs11-tool")).isEmpty()) {
        token->error = QStringLiteral("SoftHSM2 or pkcs11-tool is missing: ") + fix();
        return token;
    }
    const QString tokens = token->dir.filePath(QStringLiteral("tokens"));
    QDir().mkpath(tokens);
    QFile conf(token->conf());
    if (!conf.open(QIODevice::WriteOnly)) {
        token->error = QStringLiteral("cannot write ") + token->conf();
        return token;
    }
    conf.write("directories.tokendir = " + QFile::encodeName(tokens) +
               "\nobjectstore.backend = file\nlog.level = ERROR\n");
    conf.close();
    qputenv("SOFTHSM2_CONF", QFile::encodeName(token->conf()));
    QByteArray out;
    if (pkcs11Tool(*token,
                   {QStringLiteral("--init-token"), QStringLiteral("--slot-index"), QStringLiteral("0"),
                    QStringLiteral("--label"), label, QStringLiteral("--so-pin"), QStringLiteral("env:SO_PIN")},
                   &out) != 0 ||
        pkcs11Tool(*token,
                   {QStringLiteral("--token-label"), label, QStringLiteral("--init-pin"), QStringLiteral("--login"),
                    QStringLiteral("--login-type"), QStringLiteral("so"), QStringLiteral("--so-pin"),
                    QStringLiteral("env:SO_PIN"), QStringLiteral("--new-pin"), QStringLiteral("env:USER_PIN")},
                   &out) != 0)
        token->error = QStringLiteral("pkcs11-tool could not initialise the token: ") + QString::fromLocal8Bit(out);
    return token;
}

} // namespace softhsm
