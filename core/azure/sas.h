#pragma once

#include <optional>
#include <QByteArray>
#include <QString>

/// Shared access signatures (azure-iot-protocol.md §3).
///
/// Token: SharedAccessSignature sr={resource}&sig={url-encoded base64 HMAC}&se={expiry}[&skn={policy}]
/// The HMAC-SHA256 is keyed with the base64-decoded key and computed over
/// "{resource as it appears in sr}\n{expiry}" — the sr text is signed exactly as sent (§3.2).
/// Errors are returned through @p error as a sentence an operator can act on; keys and tokens are
/// never logged.
namespace azure {

enum class PercentCase
{
    Upper,
    Lower
};

/// Percent-encodes everything but the RFC 3986 unreserved set (A-Z a-z 0-9 - _ . ~), over UTF-8.
QString urlEncode(QStringView text, PercentCase hexCase = PercentCase::Upper);

/// Decodes a base64 key (standard alphabet, padding required). On failure the message names the
/// first offending character and its 1-based position, or the length problem.
std::optional<QByteArray> decodeKey(QStringView base64, QString *error = nullptr);

/// "{resource}\n{expiry}" — what gets signed.
QByteArray stringToSign(QStringView resource, qint64 expiry);

/// Base64 of HMAC-SHA256(key, data).
QByteArray hmacSha256Base64(const QByteArray &key, QByteArrayView data);

/// Token for @p resource exactly as given (sr is not re-encoded). @p policy adds skn= when not empty.
std::optional<QString> sasToken(QStringView resource, QStringView keyBase64, qint64 expiry, QStringView policy = {},
                                QString *error = nullptr);

/// "{host}%2Fdevices%2F{device}[%2Fmodules%2F{module}]" — components encoded, upper-case hex (EC hub).
QString hubResource(QStringView host, QStringView deviceId, QStringView moduleId = {});
/// "{scope}%2fregistrations%2f{registrationId}" — lower-case %2f literal, as azure-sdk-for-c does.
QString dpsResource(QStringView idScope, QStringView registrationId);

/// Hub token for a device key (no skn), or for a shared access policy when @p policy is given.
std::optional<QString> hubSasToken(QStringView host, QStringView deviceId, QStringView keyBase64, qint64 expiry,
                                   QStringView policy = {}, QString *error = nullptr);
/// DPS registration token (skn=registration).
std::optional<QString> dpsSasToken(QStringView idScope, QStringView registrationId, QStringView keyBase64,
                                   qint64 expiry, QString *error = nullptr);

/// Group enrollment: base64(HMAC-SHA256(base64decode(groupKey), UTF-8(registrationId))) (D-SYM).
std::optional<QString> deriveDeviceKey(QStringView groupKeyBase64, QStringView registrationId,
                                       QString *error = nullptr);

} // namespace azure
