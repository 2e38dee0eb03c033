// Local Azure plugin, DPS device surface: authentication at CONNECT, the register and
// operation-status requests, and the answers (one connection only; the u-blox two-connection poll).
#pragma once

#include "shared.h"

namespace lazplugin {

// Checks the connection's X.509 certificate or SAS token against enrollments and groups. The
// verdict is kept in the client and given on the register request, as DPS does.
void dpsAuthenticate(mosquitto *mc, Client &c, const char *password);
// Keeps a second connection with the same client id alongside the first (docs/local-azure.md).
void aliasDuplicateDpsId(mosquitto *mc, Client &c);
// A message from a DPS connection.
void dpsMessage(const mosquitto *mc, Client &c, const QByteArray &topic, const QByteArray &payload);
// Publish/subscribe rights of a DPS connection (MOSQ_ACL_*).
bool dpsAclCheck(Client &c, int access, const QString &topic);

} // namespace lazplugin
