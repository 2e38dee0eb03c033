#pragma once

#include "azure/service/serviceclient.h"

#include <QDateTime>
#include <QJsonObject>

namespace azure::service {

/// A device identity in the hub's registry (azure-service-api.md §2.2, §2.4).
struct DeviceIdentity
{
    enum class Auth
    {
        Sas,                  ///< symmetric keys (primary and secondary)
        SelfSigned,           ///< X.509 by thumbprint (SHA-1 or SHA-256 hex of the DER)
        CertificateAuthority, ///< X.509 chained to a CA uploaded and verified in the hub
        None,
    };
    QString deviceId;
    Auth auth = Auth::Sas;
    QString primaryKey, secondaryKey;               ///< Sas: empty for the hub to generate both
    QString primaryThumbprint, secondaryThumbprint; ///< SelfSigned
    bool enabled = true;
    QString statusReason;

    // Read from the hub, never sent:
    QString etag, generationId;
    QString connectionState;                                ///< Connected / Disconnected (either case accepted)
    QDateTime connectionStateUpdatedTime, lastActivityTime; ///< invalid when "never" (0001-01-01)
    int cloudToDeviceMessageCount = 0;

    bool isConnected() const { return connectionState.compare(QLatin1String("connected"), Qt::CaseInsensitive) == 0; }
    static QString authName(Auth auth); ///< sas, selfSigned, certificateAuthority, none
    QJsonObject toJson() const;
    static DeviceIdentity fromJson(const QJsonObject &json);
};

/// A device twin as the service reads it (§3.1).
struct Twin
{
    QString deviceId, etag;
    qint64 version = 0;
    QJsonObject tags, desired, reported; ///< with $version / $metadata as the hub sends them
    QString connectionState;
    static Twin fromJson(const QJsonObject &json);
};

/// The answer of a direct method (§3.2): the status and payload the device chose.
struct MethodResponse
{
    int status = 0;
    QJsonValue payload;
};

/// IoT Hub registry, twins and direct methods over HTTPS (§2, §3). Needs RegistryRead,
/// RegistryWrite and ServiceConnect (iothubowner, or a policy with those three).
class RegistryClient : public ServiceClient
{
    Q_OBJECT
public:
    explicit RegistryClient(Endpoint endpoint, QObject *parent = nullptr);

    /// PUT without If-Match: 409 when the id exists.
    ServiceReply *createDevice(const DeviceIdentity &device);
    /// PUT with If-Match (@p etag, or "*"): the whole identity is replaced.
    ServiceReply *updateDevice(const DeviceIdentity &device, const QByteArray &etag = "*");
    ServiceReply *getDevice(const QString &deviceId);
    ServiceReply *deleteDevice(const QString &deviceId, const QByteArray &etag = "*");
    ServiceReply *getTwin(const QString &deviceId);
    /// PATCH: merges @p patch ({"tags":…,"properties":{"desired":…}}); a desired change is pushed to
    /// the connected device.
    ServiceReply *updateTwin(const QString &deviceId, const QJsonObject &patch, const QByteArray &etag = "*");
    /// POST /twins/{id}/methods; the call's timeout is response + connect + 15 s.
    ServiceReply *invokeMethod(const QString &deviceId, const QString &methodName, const QJsonValue &payload,
                               int responseTimeoutSeconds = 30, int connectTimeoutSeconds = 0);

    /// POST /devices/query "SELECT * FROM devices": one page of twins; result.continuation is set
    /// while more pages follow.
    ServiceReply *queryDevices(int pageSize = 100, const QByteArray &continuation = {});

    static std::optional<DeviceIdentity> device(const ServiceResult &result);
    static std::optional<Twin> twin(const ServiceResult &result);
    static std::optional<MethodResponse> methodResponse(const ServiceResult &result);
};

} // namespace azure::service
