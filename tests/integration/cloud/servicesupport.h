// Test helpers for the station's service clients against local Azure: endpoints that dial the
// service port on loopback and trust local Azure's test root, waiting for a reply with a deadline,
// and a hub device over MQTT.
#pragma once

#include "azure/service/cloudsetup.h"
#include "azure/service/dpsserviceclient.h"
#include "azure/service/registryclient.h"
#include "localazure.h"

#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTimer>

namespace cloudtest {

using namespace azure::service;

inline Endpoint endpoint(const LocalAzure &az, const QString &connectionString, const QString &apiVersion)
{
    Endpoint e;
    e.connection = *ConnectionString::parse(connectionString);
    e.apiVersion = apiVersion;
    e.connectHost = QString::fromUtf8(az.sasAddress());
    e.connectPort = az.servicePort();
    e.extraCaCertificates = QSslCertificate::fromPath(QString::fromUtf8(az.caFile()), QSsl::Pem);
    e.deadlineMs = 30000;
    return e;
}

inline Endpoint hubEndpoint(const LocalAzure &az, const QString &cs = {})
{
    return endpoint(az, cs.isEmpty() ? az.hubConnectionString() : cs, QStringLiteral("2021-04-12"));
}

inline Endpoint dpsEndpoint(const LocalAzure &az, const QString &cs = {})
{
    return endpoint(az, cs.isEmpty() ? az.dpsConnectionString() : cs, QStringLiteral("2021-10-01"));
}

// Waits for @p reply (deleted afterwards) and returns its result; an empty result when it never
// finished within the deadline.
inline ServiceResult wait(ServiceReply *reply, int ms = 40000)
{
    QSignalSpy spy(reply, &ServiceReply::finished);
    if (!reply->isFinished() && !spy.wait(ms))
        return {};
    const ServiceResult r = reply->result();
    reply->deleteLater();
    return r;
}

// Runs a coroutine to its end on an event loop, with a deadline; nullopt when it did not finish.
template<typename T> std::optional<T> run(coro::Task<T> task, int ms = 90000)
{
    std::optional<T> result;
    QEventLoop loop;
    auto body = [&]() -> coro::Task<void> {
        result = co_await std::move(task);
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
    };
    coro::Task<void> outer = body();
    outer.start();
    if (!result) {
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

inline QString causeOf(const ServiceResult &r)
{
    return r.error ? r.error->cause : QString();
}

// CloudSetup options that reach local Azure's service port for both host names.
inline CloudSetupOptions setupOptions(const LocalAzure &az)
{
    CloudSetupOptions o;
    const QPair<QString, quint16> to{QString::fromUtf8(az.sasAddress()), az.servicePort()};
    o.connectTo.insert(QString::fromUtf8(az.hub()), to);
    o.connectTo.insert(az.dpsServiceHost(), to);
    o.extraCaCertificates = QSslCertificate::fromPath(QString::fromUtf8(az.caFile()), QSsl::Pem);
    o.deadlineMs = 30000;
    return o;
}

// A hub device connected with its SAS key (cleanSession as given).
inline Peer *hubSasDevice(const LocalAzure &az, const QByteArray &id, const QByteArray &key, bool clean = true)
{
    return new Peer(id, az.hub() + '/' + id + "/?api-version=2021-04-12",
                    sas(az.hub() + "%2Fdevices%2F" + id, key, inOneHour()), az, {}, {}, clean);
}

inline bool writePrivateFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace cloudtest
