#pragma once

#include "pki/key.h"
#include "pki/result.h"

#include <QByteArray>
#include <QString>

/// Keys on a PKCS#11 token (a smart card, a USB token, an HSM; SoftHSM in the tests), named by a
/// PKCS#11 URI (RFC 7512). Signing happens on the token through OpenSSL 3 and libp11's PKCS#11
/// engine (Debian: libengine-pkcs11-openssl); a key is created on the token with OpenSC's
/// pkcs11-tool (Debian: opensc). The station never holds the private key: a token key cannot be
/// written out (Key::toPem() is empty for it). docs/pkcs11.md has the set-up.
namespace pki {

/// A parsed PKCS#11 URI: "pkcs11:token=Station%20CA;object=ca-key" with optional id, serial,
/// manufacturer, model and type, and an optional "?module-path=/path/to/module.so" query. A PIN in
/// the URI (pin-value, pin-source) is refused: the PIN lives in the secret store.
struct Pkcs11Uri
{
    QString token;
    QString object;
    QByteArray id;
    QString serial;
    QString manufacturer;
    QString model;
    QString type;       ///< "private", "public", "cert" or empty
    QString modulePath; ///< empty: the system's p11-kit proxy (every registered module)

    /// True when @p text starts with "pkcs11:" (the one test for "is this a token key").
    static bool looksLike(QStringView text);
    /// Parses @p text; errors name the attribute that is wrong.
    static Result<Pkcs11Uri> parse(const QString &text);
    /// The URI again, percent-encoded as RFC 7512 asks, with its module-path query when set.
    QString toString() const;
    /// The same URI for the private key, without the query (what the engine is given).
    QString privateKeyUri() const;
};

/// The PKCS#11 module used when a URI names none (p11-kit's proxy, which offers every module
/// registered with p11-kit: SoftHSM, OpenSC, vendor modules).
QString defaultPkcs11Module();

/// The private key @p uri names, logged in with @p pin. The key signs on the token; it stays usable
/// for as long as the Key (or a copy) lives. Errors say what to fix (engine not installed, token or
/// object not found, PIN refused). Safe to call from any thread; may block on the token, so call it
/// from a worker thread in a GUI. One PKCS#11 module per process: a URI naming another module
/// than the first one used is refused.
Result<Key> loadTokenKey(const QString &uri, const QByteArray &pin);

/// Creates a key pair of @p type on the token (CKA_SENSITIVE, never extractable) with the label
/// and id of @p uri (an id is made up when the URI has none), then loads it as loadTokenKey()
/// does. Refuses when the token already holds a key under that name: a CA key is never replaced.
/// Runs OpenSC's pkcs11-tool (the PIN goes to it in its environment, never on its command line)
/// and blocks until it is done: call it from a worker thread or a command-line tool.
Result<Key> generateTokenKey(const QString &uri, KeyType type, const QByteArray &pin);

} // namespace pki
