// The service API's way to the devices: one MQTT connection (libmosquitto, its own network
// thread) to the local broker on DIR/service.sock, authenticated with DIR/service.token. The plugin
// turns its messages into direct-method calls and desired-property pushes (plugin/service.h).
// Every callback runs on the Qt thread that created the bridge.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

struct mosquitto;

namespace lazservice {

class Bridge
{
public:
    Bridge();
    ~Bridge();
    Bridge(const Bridge &) = delete;
    Bridge &operator=(const Bridge &) = delete;

    // Starts connecting; @p connected runs (once, on the Qt thread) when the broker accepted it.
    bool start(const QString &socketPath, const QByteArray &token, std::function<void()> connected, QString *error);
    void stop();
    bool isConnected() const { return m_connected; }

    // Asks the plugin to call a method on a device. @p done runs exactly once with the plugin's
    // answer ({"httpStatus":200,"status":..,"payload":..} or {"httpStatus":404|504,"errorCode":..,
    // "message":..}), or with a 504 of its own when nothing came within @p deadlineMs.
    void invokeMethod(const QJsonObject &request, int deadlineMs, std::function<void(QJsonObject)> done);
    // Pushes a desired-properties patch (with "$version") to the device if it is connected.
    void pushDesired(const QString &deviceId, const QJsonObject &patch);

private:
    void onResult(const QByteArray &rid, const QJsonObject &result);

    mosquitto *m_mosq = nullptr;
    std::atomic<bool> m_connected{false};
    QObject m_context; // queued calls from libmosquitto's thread; dropped with the bridge
    std::function<void()> m_onConnected;
    QHash<QByteArray, std::function<void(QJsonObject)>> m_pending;
    quint64 m_nextRid = 1;
};

} // namespace lazservice
