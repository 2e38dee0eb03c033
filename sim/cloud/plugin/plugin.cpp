// Local Azure: DPS and IoT Hub device surfaces as a Mosquitto 2.0 plugin (plugin API version 5).
// See docs/local-azure.md. This file holds the broker's entry points and routes each event to the
// DPS part (dps.cpp) or the hub part (hub.cpp); what both use is in shared.cpp.
#include "dps.h"
#include "hub.h"
#include "service.h"

#include <QDateTime>

#include <cstring>

extern "C" {
#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>
}

using namespace laz;
using namespace lazplugin;

namespace {

// ---- events ----
int onBasicAuth(int, void *eventData, void *)
{
    auto *ed = static_cast<mosquitto_evt_basic_auth *>(eventData);
    refreshState();
    g->clients.remove(ed->client);
    const char *cid = mosquitto_client_id(ed->client);
    if (!ed->username || !cid)
        return MOSQ_ERR_AUTH;
    const QString user = QString::fromUtf8(ed->username), clientId = QString::fromUtf8(cid);
    Client c;
    c.id = QByteArray(cid);
    if (user == QLatin1String(kServiceUser)) {
        if (!serviceAuthenticate(ed->password)) {
            logLine(MOSQ_LOG_NOTICE, QStringLiteral("service bridge refused: wrong token"));
            return MOSQ_ERR_AUTH;
        }
        c.kind = Kind::Service;
        c.authOk = true;
        g->clients.insert(ed->client, c);
        return MOSQ_ERR_SUCCESS;
    }
    const QStringList parts = user.split(u'/');
    if (parts.size() == 4 && parts[1] == QStringLiteral("registrations") &&
        parts[3].startsWith(QStringLiteral("api-version="))) {
        if (parts[0] != str(g->state, "idScope") || parts[2] != clientId || clientId.isEmpty())
            return MOSQ_ERR_AUTH;
        c.kind = Kind::Dps;
        c.identity = clientId;
        dpsAuthenticate(ed->client, c, ed->password);
        aliasDuplicateDpsId(ed->client, c);
        g->clients.insert(ed->client, c);
        return MOSQ_ERR_SUCCESS;
    }
    // IoT Hub: {host}/{deviceId}/?api-version=...  or the application note's {host}/{deviceId}
    const bool documented = parts.size() == 3 && (parts[2].isEmpty() || parts[2].startsWith(u'?'));
    const bool appNote = parts.size() == 2;
    if ((documented || appNote) && parts[0] == str(g->state, "hubHost") && parts[1] == clientId &&
        !clientId.isEmpty()) {
        c.kind = Kind::Hub;
        c.identity = clientId;
        if (!hubAuthenticate(ed->client, c, ed->password)) {
            logLine(MOSQ_LOG_NOTICE, QStringLiteral("hub connection for %1 refused").arg(clientId));
            return MOSQ_ERR_AUTH;
        }
        c.authOk = true;
        sessionConnected(ed->client, c);
        g->clients.insert(ed->client, c);
        return MOSQ_ERR_SUCCESS;
    }
    logLine(MOSQ_LOG_NOTICE, QStringLiteral("username %1 matches neither DPS nor hub rules").arg(user));
    return MOSQ_ERR_AUTH;
}

int onAclCheck(int, void *eventData, void *)
{
    auto *ed = static_cast<mosquitto_evt_acl_check *>(eventData);
    auto it = g->clients.find(ed->client);
    if (it == g->clients.end())
        return MOSQ_ERR_ACL_DENIED;
    const QString t = QString::fromUtf8(ed->topic);
    bool ok = false;
    switch (it->kind) {
    case Kind::Dps:
        ok = dpsAclCheck(*it, ed->access, t);
        break;
    case Kind::Hub:
        ok = hubAclCheck(*it, ed->access, t);
        break;
    case Kind::Service:
        ok = serviceAclCheck(ed->access, t);
        break;
    }
    return ok ? MOSQ_ERR_SUCCESS : MOSQ_ERR_ACL_DENIED;
}

int onMessage(int, void *eventData, void *)
{
    auto *ed = static_cast<mosquitto_evt_message *>(eventData);
    refreshState();
    auto it = g->clients.find(ed->client);
    if (it == g->clients.end())
        return MOSQ_ERR_SUCCESS;
    const QByteArray topic(ed->topic);
    const QByteArray payload(static_cast<const char *>(ed->payload), int(ed->payloadlen));
    switch (it->kind) {
    case Kind::Dps:
        dpsMessage(ed->client, *it, topic, payload);
        break;
    case Kind::Hub:
        hubMessage(ed->client, *it, topic, payload, ed->qos);
        break;
    case Kind::Service:
        serviceMessage(topic, payload);
        break;
    }
    return MOSQ_ERR_SUCCESS;
}

int onTick(int, void *, void *)
{
    refreshState();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QByteArray> kick;
    for (auto it = g->clients.begin(); it != g->clients.end(); ++it) {
        if (it->kickPending || (it->kind == Kind::Hub && it->expiresAt > 0 && it->expiresAt <= now)) {
            it->kickPending = false;
            it->expiresAt = 0;
            kick << it->id;
        }
    }
    for (const QByteArray &id : kick) {
        logLine(MOSQ_LOG_NOTICE, QStringLiteral("closing the connection of %1 (token expired or forbidden publish)")
                                     .arg(QString::fromUtf8(id)));
        mosquitto_kick_client_by_clientid(id.constData(), false);
    }
    deliverC2d();
    serviceTick();
    return MOSQ_ERR_SUCCESS;
}

int onDisconnect(int, void *eventData, void *)
{
    auto *ed = static_cast<mosquitto_evt_disconnect *>(eventData);
    const auto it = g->clients.constFind(ed->client);
    if (it != g->clients.cend() && it->kind == Kind::Hub)
        sessionDisconnected(*it);
    g->clients.remove(ed->client);
    return MOSQ_ERR_SUCCESS;
}

} // namespace

extern "C" {

int mosquitto_plugin_version(int supported_version_count, const int *supported_versions)
{
    for (int i = 0; i < supported_version_count; ++i)
        if (supported_versions[i] == 5)
            return 5;
    return -1;
}

int mosquitto_plugin_init(mosquitto_plugin_id_t *identifier, void **userdata, struct mosquitto_opt *options,
                          int option_count)
{
    QString dir;
    for (int i = 0; i < option_count; ++i)
        if (std::strcmp(options[i].key, "state_dir") == 0)
            dir = QString::fromUtf8(options[i].value);
    if (dir.isEmpty()) {
        mosquitto_log_printf(MOSQ_LOG_ERR, "local-azure: plugin_opt_state_dir is required");
        return MOSQ_ERR_INVAL;
    }
    g = new Plugin;
    g->id = identifier;
    g->dir = dir;
    g->stateFile = new StateFile(dir);
    QString error;
    if (!g->stateFile->load(&g->state, &error)) {
        mosquitto_log_printf(MOSQ_LOG_ERR, "local-azure: %s", error.toUtf8().constData());
        return MOSQ_ERR_INVAL;
    }
    refreshState();
    activityReset();
    *userdata = g;
    mosquitto_callback_register(identifier, MOSQ_EVT_BASIC_AUTH, onBasicAuth, nullptr, nullptr);
    mosquitto_callback_register(identifier, MOSQ_EVT_ACL_CHECK, onAclCheck, nullptr, nullptr);
    mosquitto_callback_register(identifier, MOSQ_EVT_MESSAGE, onMessage, nullptr, nullptr);
    mosquitto_callback_register(identifier, MOSQ_EVT_TICK, onTick, nullptr, nullptr);
    mosquitto_callback_register(identifier, MOSQ_EVT_DISCONNECT, onDisconnect, nullptr, nullptr);
    return MOSQ_ERR_SUCCESS;
}

int mosquitto_plugin_cleanup(void *, struct mosquitto_opt *, int)
{
    if (g) {
        mosquitto_callback_unregister(g->id, MOSQ_EVT_BASIC_AUTH, onBasicAuth, nullptr);
        mosquitto_callback_unregister(g->id, MOSQ_EVT_ACL_CHECK, onAclCheck, nullptr);
        mosquitto_callback_unregister(g->id, MOSQ_EVT_MESSAGE, onMessage, nullptr);
        mosquitto_callback_unregister(g->id, MOSQ_EVT_TICK, onTick, nullptr);
        mosquitto_callback_unregister(g->id, MOSQ_EVT_DISCONNECT, onDisconnect, nullptr);
        delete g->stateFile;
        delete g;
        g = nullptr;
    }
    return MOSQ_ERR_SUCCESS;
}
}
