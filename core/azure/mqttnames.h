#pragma once

#include <QByteArray>
#include <QString>

/// MQTT user names, client ids, topics and payloads of IoT Hub and DPS (azure-iot-protocol.md §1, §2).
/// IDs are not URL-encoded in user names and topics (§1.1); query values are.
namespace azure {

inline constexpr char kDpsGlobalHost[] = "global.azure-devices-provisioning.net";
inline constexpr char kDpsApiVersion[] = "2019-03-31";
inline constexpr char kHubApiVersion[] = "2021-04-12";
inline constexpr quint16 kMqttTlsPort = 8883;

/// "{scope}/registrations/{registrationId}/api-version={v}[&ClientVersion={encoded}]" (no '?').
QString dpsUsername(QStringView idScope, QStringView registrationId, QStringView apiVersion = u"2019-03-31",
                    QStringView clientVersion = {});
inline QString dpsClientId(QStringView registrationId)
{
    return registrationId.toString();
}
/// "$dps/registrations/res/#"
QString dpsResponseFilter();
/// "$dps/registrations/PUT/iotdps-register/?$rid={rid}"
QString dpsRegisterTopic(QStringView rid);
/// "$dps/registrations/GET/iotdps-get-operationstatus/?$rid={rid}&operationId={operationId}"
QString dpsPollTopic(QStringView rid, QStringView operationId);
/// {"registrationId":"<id>"} or with "payload": <json> when @p payloadJson is not empty.
QByteArray dpsRegisterPayload(QStringView registrationId, const QByteArray &payloadJson = {});

/// "{host}/{deviceId}/?api-version={v}" (module: "{host}/{deviceId}/{moduleId}/?api-version={v}").
QString hubUsername(QStringView host, QStringView deviceId, QStringView apiVersion = u"2021-04-12",
                    QStringView moduleId = {});
/// "{deviceId}" or "{deviceId}/{moduleId}".
QString hubClientId(QStringView deviceId, QStringView moduleId = {});
/// "devices/{deviceId}/messages/events/"
QString hubTelemetryTopic(QStringView deviceId);
/// "devices/{deviceId}/messages/devicebound/#"
QString hubCloudToDeviceFilter(QStringView deviceId);

} // namespace azure
