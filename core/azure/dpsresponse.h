#pragma once

#include <optional>
#include <QByteArrayView>
#include <QString>

/// DPS register / poll answers (azure-iot-protocol.md §2.2-2.5).
///
/// u-connectXpress hands the host only the message body (no topic, uconnectxpress-protocol.md §3.5),
/// so parseDpsResponse works from the body alone; when a topic is known (simulator, tests, a future
/// firmware) parseDpsTopic adds the HTTP status and retry-after.
namespace azure {

struct DpsTopic
{
    int status = 0;                       ///< e.g. 202
    QString rid;                          ///< byte-for-byte, "{request_id}" included
    std::optional<int> retryAfterSeconds; ///< as sent; see DpsResponse::retryDelaySeconds
};

/// Parses "$dps/registrations/res/{status}/?$rid={rid}[&retry-after={s}]" (parameters in any order).
std::optional<DpsTopic> parseDpsTopic(QStringView topic, QString *error = nullptr);

struct DpsResponse
{
    enum class Status
    {
        Unknown,
        Unassigned,
        Assigning,
        Assigned,
        Failed,
        Disabled,
        Error
    };

    Status status = Status::Unknown;
    QString statusText; ///< "assigning", ... as received
    int httpStatus = 0; ///< from the topic; 0 when unknown
    std::optional<int> retryAfterSeconds;
    QString operationId;
    // registrationState
    QString registrationId;
    QString assignedHub;
    QString deviceId;
    QString substatus;
    QString etag;
    QString createdDateTimeUtc;
    QString lastUpdatedDateTimeUtc;
    QString enrollmentGroupId;
    // errors: registrationState.errorCode/errorMessage, or an error body
    int errorCode = 0; ///< 6 digits, first three = HTTP status (e.g. 401002)
    QString errorMessage;
    QString trackingId;

    /// Assigned, failed, disabled or an error that retrying will not fix.
    bool isTerminal() const;
    /// 429 / 5xx (by httpStatus or errorCode / 1000).
    bool isTransient() const;
    /// retry-after clamped to 1..300 s as the C SDK does, else @p fallback.
    int retryDelaySeconds(int fallback = 3) const;
    /// One sentence for the operator.
    QString summary() const;
};

/// Parses a RegistrationOperationStatus or a ProvisioningServiceErrorDetails body. @p topic (if known)
/// supplies httpStatus and retry-after.
std::optional<DpsResponse> parseDpsResponse(QByteArrayView body, QString *error = nullptr,
                                            const std::optional<DpsTopic> &topic = std::nullopt);

QString dpsStatusName(DpsResponse::Status status);

} // namespace azure
