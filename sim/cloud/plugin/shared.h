// Local Azure plugin: what its DPS and IoT Hub parts share — the connection table, the state file
// mirror, X.509 helpers, one-client publishing, topic query strings and failure injection.
// Mosquitto's broker is single-threaded: every callback runs on its main loop, so the globals need
// no locking (the state file is shared with the local-azure tool under flock).
#pragma once

#include "lazcommon.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>

#include <openssl/x509.h>

#include <sys/stat.h>

#include <functional>
#include <optional>

struct mosquitto;
struct mosquitto_plugin_id_t;

namespace lazplugin {

enum class Kind
{
    Dps,
    Hub,
    Service, // the service bridge of `local-azure run` (service.h)
};

struct Client
{
    Kind kind = Kind::Dps;
    QByteArray id;       // the id the broker knows this connection by (alias for a second DPS connection)
    QString identity;    // registration id (DPS) or device id (hub)
    bool authOk = false; // DPS: answered 401 on register when false
    QString authMessage;
    QString matchKind;   // "enrollment" / "group"
    QString matchId;     // registration id of the individual enrollment or group id
    QString attestation; // "symmetricKey" / "x509"
    QByteArray deviceKey;
    QByteArray certPem;
    qint64 expiresAt = 0; // SAS se (hub), seconds
    QSet<QString> subs;
    bool kickPending = false;
};

struct Plugin
{
    mosquitto_plugin_id_t *id = nullptr;
    QString dir;
    laz::StateFile *stateFile = nullptr;
    QJsonObject state;
    struct stat stamp = {};
    QHash<const mosquitto *, Client> clients;
    QHash<QString, int> failuresServed; // "group:G" / "enrollment:R" / "device:D" -> count
};
extern Plugin *g;

void logLine(int level, const QString &text);
qint64 nowMs();

// ---- state ----
// Re-reads state.json when its inode, mtime or size changed.
void refreshState();
// Read-modify-write of state.json under the tool's lock; refreshes the mirror after.
bool updateState(const std::function<bool(QJsonObject &, QString *)> &fn);
QString str(const QJsonObject &o, const char *key);
QJsonObject findIn(const char *array, const char *idKey, const QString &id, Qt::CaseSensitivity cs = Qt::CaseSensitive);

// ---- X.509 ----
X509 *pemToX509(const QByteArray &pem);
QByteArray x509ToPem(X509 *cert);
// true when leaf chains to anchorPem (root or intermediate); other known CAs may serve as intermediates
bool chainsTo(X509 *leaf, const QByteArray &anchorPem, const QList<QByteArray> &others);
QList<QByteArray> knownCas();

// ---- response publishing ----
void publishTo(const QByteArray &clientId, const QByteArray &topic, const QByteArray &body, int qos);
QByteArray errorBody(int code, const QString &message);

// ---- query strings ----
QList<QPair<QByteArray, QByteArray>> queryOf(const QByteArray &topic);
std::optional<QByteArray> queryValue(const QByteArray &topic, const QByteArray &key);

// ---- failure injection ----
struct Fail
{
    QString mode;
    int retryAfter = 0, count = 0, delayMs = 0, errorCode = 0;
    QString errorMessage;
};

Fail failOf(const QJsonObject &entity);
// true when a counted failure should still be served (count 0 = always)
bool serveFailure(const QString &key, const Fail &f);

} // namespace lazplugin
