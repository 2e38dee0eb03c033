#pragma once

#include <optional>
#include <QString>

/// Identifier rules (azure-iot-protocol.md §4.4). Each check returns std::nullopt when the value is
/// fine, or a sentence that names the offending character and its 1-based position.
///
/// Two levels:
///  - the exact Azure rules, for what a user types (checkRegistrationId, checkDeviceId, ...);
///  - the station rule for identifiers the station generates (checkStationId): lower-case
///    alphanumerics plus '.', '_', '-', 1..64 characters, starting and ending alphanumeric. Safe in MQTT
///    topics, u-blox URLs, SAS sr and X.509 CN, and immune to DPS case folding in derived keys.
namespace azure {

inline constexpr int kMaxRegistrationIdLength = 128;
inline constexpr int kMaxX509IdLength = 64; ///< CN limit, so X.509 registration IDs are <= 64
inline constexpr int kMaxDeviceIdLength = 128;

/// DPS registration ID: <= 128 (<= 64 when @p x509), alphanumerics and '-' '.' '_' ':', first character
/// alphanumeric, last alphanumeric or '-' (terminology page; the REST text disallows a trailing '-',
/// accepted here with the documented rule).
std::optional<QString> checkRegistrationId(QStringView id, bool x509 = false);
/// IoT Hub device (or module) ID: <= 128 ASCII, alphanumerics and - . % _ * ? ! ( ) , : = @ $ '
std::optional<QString> checkDeviceId(QStringView id);
/// The conservative rule for IDs the station generates.
std::optional<QString> checkStationId(QStringView id);
/// A host name; names under azure-devices.* must also follow the hub-name rule (3..50 characters,
/// letters, digits, '-', no leading/trailing '-', not all digits).
std::optional<QString> checkHubHost(QStringView host);
/// DPS ID scope: "0ne" followed by 8 hex digits (e.g. 0ne0067E45C).
std::optional<QString> checkIdScope(QStringView scope);

} // namespace azure
