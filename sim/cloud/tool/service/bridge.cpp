#include "bridge.h"

#include <QJsonDocument>
#include <QTimer>

#include <mosquitto.h>

namespace lazservice {

namespace {
const QByteArray kPrefix = "$local-azure/service/";
}

Bridge::Bridge()
{
    mosquitto_lib_init();
}

Bridge::~Bridge()
{
    stop();
}

bool Bridge::start(const QString &socketPath, const QByteArray &token, std::function<void()> connected, QString *error)
{
    m_onConnected = std::move(connected);
    m_mosq = mosquitto_new("local-azure-service", true, this);
    if (!m_mosq) {
        *error = QStringLiteral("cannot create the service bridge's MQTT client");
        return false;
    }
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    mosquitto_username_pw_set(m_mosq, "local-azure-service", token.constData());
    mosquitto_reconnect_delay_set(m_mosq, 1, 5, true);
    // libmosquitto's thread: hand everything to the Qt thread.
    mosquitto_connect_callback_set(m_mosq, [](mosquitto *m, void *self, int rc) {
        auto *b = static_cast<Bridge *>(self);
        if (rc != 0)
            return;
        mosquitto_subscribe(m, nullptr, (kPrefix + "methods/result/#").constData(), 1);
        b->m_connected = true;
        QMetaObject::invokeMethod(
            &b->m_context,
            [b] {
                if (auto f = std::exchange(b->m_onConnected, {}))
                    f();
            },
            Qt::QueuedConnection);
    });
    mosquitto_disconnect_callback_set(
        m_mosq, [](mosquitto *, void *self, int) { static_cast<Bridge *>(self)->m_connected = false; });
    mosquitto_message_callback_set(m_mosq, [](mosquitto *, void *self, const mosquitto_message *msg) {
        auto *b = static_cast<Bridge *>(self);
        const QByteArray topic(msg->topic);
        const QByteArray prefix = kPrefix + "methods/result/";
        if (!topic.startsWith(prefix))
            return;
        const QByteArray rid = topic.mid(prefix.size());
        const QJsonObject result =
            QJsonDocument::fromJson(QByteArray(static_cast<const char *>(msg->payload), msg->payloadlen)).object();
        QMetaObject::invokeMethod(
            &b->m_context, [b, rid, result] { b->onResult(rid, result); }, Qt::QueuedConnection);
    });
    // Port 0 and a path: a Unix domain socket.
    const int rc = mosquitto_connect_async(m_mosq, socketPath.toUtf8().constData(), 0, 60);
    if (rc != MOSQ_ERR_SUCCESS || mosquitto_loop_start(m_mosq) != MOSQ_ERR_SUCCESS) {
        *error = QStringLiteral("cannot connect the service bridge to %1: %2")
                     .arg(socketPath, QString::fromUtf8(mosquitto_strerror(rc)));
        return false;
    }
    return true;
}

void Bridge::stop()
{
    if (!m_mosq)
        return;
    mosquitto_disconnect(m_mosq);
    mosquitto_loop_stop(m_mosq, true);
    mosquitto_destroy(m_mosq);
    m_mosq = nullptr;
    m_connected = false;
}

void Bridge::invokeMethod(const QJsonObject &request, int deadlineMs, std::function<void(QJsonObject)> done)
{
    const QByteArray rid = QByteArray::number(m_nextRid++);
    m_pending.insert(rid, std::move(done));
    QTimer::singleShot(deadlineMs, &m_context, [this, rid] {
        onResult(rid, QJsonObject{{QStringLiteral("httpStatus"), 504},
                                  {QStringLiteral("errorCode"), 504101},
                                  {QStringLiteral("message"), QStringLiteral("Timed out waiting for the response "
                                                                             "from device.")}});
    });
    const QByteArray body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    const QByteArray topic = kPrefix + "methods/invoke/" + rid;
    if (!m_connected || mosquitto_publish(m_mosq, nullptr, topic.constData(), int(body.size()), body.constData(), 1,
                                          false) != MOSQ_ERR_SUCCESS) {
        onResult(rid, QJsonObject{{QStringLiteral("httpStatus"), 503},
                                  {QStringLiteral("errorCode"), 503001},
                                  {QStringLiteral("message"), QStringLiteral("The broker bridge is down.")}});
    }
}

void Bridge::pushDesired(const QString &deviceId, const QJsonObject &patch)
{
    if (!m_connected)
        return;
    const QByteArray body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    const QByteArray topic = kPrefix + "twin/desired/" + deviceId.toUtf8();
    mosquitto_publish(m_mosq, nullptr, topic.constData(), int(body.size()), body.constData(), 1, false);
}

void Bridge::onResult(const QByteArray &rid, const QJsonObject &result)
{
    if (auto done = m_pending.take(rid))
        done(result);
}

} // namespace lazservice
