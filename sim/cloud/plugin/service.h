// Local Azure plugin, the service side: what the IoT Hub service API (served over HTTPS by
// `local-azure run`) needs from the broker, and what a device session keeps.
//
// - The service bridge: `local-azure run` connects once, on DIR/service.sock, as user
//   "local-azure-service" with the token in DIR/service.token. Through it the service invokes
//   direct methods ($local-azure/service/methods/invoke/{rid} → the device's
//   $iothub/methods/POST/{name}/?$rid=, its $iothub/methods/res/{status}/?$rid= answer →
//   $local-azure/service/methods/result/{rid}) and pushes desired properties
//   ($local-azure/service/twin/desired/{deviceId} → $iothub/twin/PATCH/properties/desired/?$version=).
// - Sessions: a hub device that reconnects with cleanSession=false keeps its subscriptions (the
//   broker restores them without a SUBSCRIBE, so the plugin remembers them per device id).
// - Activity: connection state and last activity of every hub device, in DIR/activity.json, which
//   the service API reads for a device's connectionState and lastActivityTime.
#pragma once

#include "shared.h"

namespace lazplugin {

inline constexpr const char *kServiceUser = "local-azure-service";

// The bridge's CONNECT: true when the token in DIR/service.token matches.
bool serviceAuthenticate(const char *password);
void serviceMessage(const QByteArray &topic, const QByteArray &payload);
bool serviceAclCheck(int access, const QString &topic);
// A device's answer on $iothub/methods/res/{status}/?$rid=.
void serviceMethodAnswer(const Client &device, const QByteArray &topic, const QByteArray &payload);
// Deadlines of methods waiting for a device or its answer; writes DIR/activity.json when changed.
void serviceTick();

// A hub connection was accepted: restores a kept session's subscriptions (cleanSession=false) or
// forgets it (cleanSession=true), and marks the device connected.
void sessionConnected(mosquitto *mc, Client &c);
void sessionSubscribed(const Client &c, const QString &filter, bool subscribed);
void sessionDisconnected(const Client &c);
void activitySeen(const QString &deviceId);
// Marks every device disconnected (a broker that starts has no connections).
void activityReset();

} // namespace lazplugin
