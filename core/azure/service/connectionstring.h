#pragma once

#include <optional>
#include <QString>

namespace azure::service {

/// A shared access policy's connection string (azure-service-api.md §1.1):
///   HostName=<hub>.azure-devices.net;SharedAccessKeyName=<policy>;SharedAccessKey=<base64>
///   HostName=<dps>.azure-devices-provisioning.net;SharedAccessKeyName=<policy>;SharedAccessKey=<base64>
/// Parts are split at ';' and each at its first '=' (keys end in '='). The key is a secret: it is
/// never part of an error message, a log line or toString() output.
struct ConnectionString
{
    QString hostName;
    QString keyName; ///< the policy, e.g. iothubowner or provisioningserviceowner
    QString key;     ///< base64

    /// Parses @p text; on failure @p error says what is missing or wrong (never quoting the key).
    static std::optional<ConnectionString> parse(QStringView text, QString *error = nullptr);

    /// A service SAS token: sr = the host name, se = now + @p validitySeconds, skn = the policy
    /// (§1.2). Sent as the whole Authorization header.
    QString sasToken(qint64 validitySeconds = 3600) const;

    /// "HostName=…;SharedAccessKeyName=…" — for messages; the key is left out.
    QString describe() const;
};

} // namespace azure::service
