// Local Azure plugin, IoT Hub device surface: authentication at CONNECT, telemetry, twin requests
// and cloud-to-device delivery.
#pragma once

#include "shared.h"

namespace lazplugin {

// true when the device exists, is enabled and its SAS token or certificate is right.
bool hubAuthenticate(mosquitto *mc, Client &c, const char *password);
// A message from a hub connection.
void hubMessage(const mosquitto *mc, Client &c, const QByteArray &topic, const QByteArray &payload, int qos);
// Publish/subscribe rights of a hub connection (MOSQ_ACL_*).
bool hubAclCheck(Client &c, int access, const QString &topic);
// Sends queued cloud-to-device messages to devices subscribed to them.
void deliverC2d();

} // namespace lazplugin
