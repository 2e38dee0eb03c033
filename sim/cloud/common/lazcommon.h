// Local Azure: code shared by the Mosquitto plugin and the local-azure tool.
// Deliberately independent of core/ (a shared bug must not hide in the tests).
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace laz {

// ---- crypto helpers (OpenSSL) ----
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
// base64(HMAC-SHA256(base64decode(groupKey), registrationId)); empty on a bad key
QByteArray deriveDeviceKey(const QByteArray &groupKeyBase64, const QByteArray &registrationId);
QByteArray percentDecode(const QByteArray &text);
QByteArray percentEncode(const QByteArray &text); // RFC 3986 unreserved kept

struct SasToken
{
    QByteArray srRaw; // exactly as sent (still encoded)
    QByteArray sr;    // decoded
    QByteArray sig;   // decoded (base64 text)
    qint64 se = 0;
    bool hasSkn = false;
    QByteArray skn;
};
// Parses "SharedAccessSignature sr=..&sig=..&se=..[&skn=..]" in any field order.
std::optional<SasToken> parseSas(const QByteArray &password, QString *error);
// true when sig == base64(HMAC(base64decode(key), srRaw + "\n" + se))
bool sasSignatureMatches(const SasToken &token, const QByteArray &keyBase64);
// Builds a token (used by tests and by `local-azure sas`).
QByteArray makeSas(const QByteArray &srRaw, const QByteArray &keyBase64, qint64 se, const QByteArray &skn = {},
                   bool withSkn = false);

// ---- X.509 helpers ----
// All take/return PEM text; the X509* based helpers live in the .cpp.
QString certCommonName(const QByteArray &pemOrDer);
QByteArray certThumbprint(const QByteArray &pem, const char *digest); // upper-case hex; "sha1" / "sha256"
QByteArray certSubjectHashName(const QByteArray &pem);                // "%08lx" for capath links
bool isValidPemCert(const QByteArray &pem);

// ---- service side (the REST APIs served by `local-azure run`) ----
// Random bytes, base64 (policy keys, generated symmetric keys).
QByteArray randomKeyBase64(int bytes);
// Rights of shared access policies, as Azure names them.
QStringList hubRights(); // RegistryRead RegistryWrite ServiceConnect DeviceConnect
QStringList dpsRights(); // ServiceConfig EnrollmentRead EnrollmentWrite RegistrationStatusRead RegistrationStatusWrite
// Adds Azure's default policies (iothubowner, service, device, registryRead, registryReadWrite;
// provisioningserviceowner) with fresh keys when the state has none. true when it changed the state.
bool ensureDefaultPolicies(QJsonObject &state);
// The DPS service host (dpsHost is the device endpoint, global.azure-devices-provisioning.net).
QString dpsServiceHost(const QJsonObject &state);
// SHA-256 thumbprint of a DPS CA that is uploaded and verified and that @p pem equals or chains to
// (partial chains allowed); empty when there is none. For X.509 enrollment groups.
QByteArray verifiedDpsCaFor(const QJsonObject &state, const QByteArray &pem);
// true when leaf chains to anchorPem (root or intermediate); other PEMs may serve as intermediates.
bool pemChainsTo(const QByteArray &leafPem, const QByteArray &anchorPem, const QList<QByteArray> &others = {});

// JSON merge patch as twins use it: objects merge, null deletes, anything else replaces.
void mergeJsonPatch(QJsonObject &target, const QJsonObject &patch);
// Certificate facts as DPS reports them (subjectName, sha1Thumbprint, sha256Thumbprint, issuerName,
// notBeforeUtc, notAfterUtc, serialNumber, version); empty when @p pem is not a certificate.
QJsonObject certInfo(const QByteArray &pem);

// ---- time and ids ----
QString azureTimestamp(qint64 msecsSinceEpoch); // 2022-07-04T08:28:35.8694014Z (7 digits)
QString newOperationId();                       // {digit}.{16 hex}.{uuid}
QString newEtag();                              // base64 of "\"uuid-like\""
QString newTrackingId();
QString newDeviceEtag();   // base64 of ASCII digits, as the hub's device etags look ("OTg0MjI1NzE1")
QString newGenerationId(); // 18 digits, like the hub's .NET ticks

// ---- the state file ----
// DIR/state.json, guarded by an flock on DIR/state.lock for read-modify-write.
class StateFile
{
public:
    explicit StateFile(const QString &dir);
    QString path() const;
    QString dir() const { return m_dir; }
    // Loads (or creates defaults when missing). false + *error on a bad file.
    bool load(QJsonObject *state, QString *error) const;
    bool save(const QJsonObject &state, QString *error) const;
    // Runs fn under the lock on a freshly loaded state and saves when fn returns true.
    bool update(const std::function<bool(QJsonObject &, QString *)> &fn, QString *error) const;
    static QJsonObject defaults();
    static bool validate(const QJsonObject &state, QString *error);
    // Keeps DIR/trust (capath for the X.509 listener) in step with the state's certificates.
    bool syncTrustDir(const QJsonObject &state, QString *error) const;

private:
    QString m_dir;
};

} // namespace laz
