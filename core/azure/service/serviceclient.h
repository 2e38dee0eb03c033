#pragma once

#include "azure/service/connectionstring.h"
#include "common/task.h"

#include <optional>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>

class QNetworkReply;

/// The cloud side without the portal: clients of the IoT Hub and DPS service REST APIs over Qt
/// Network, authenticated by a shared access policy's connection string (azure-service-api.md).
namespace azure::service {

/// Where and how a client talks to a service.
struct Endpoint
{
    ConnectionString connection;
    QString apiVersion;  ///< 2021-04-12 for the hub, 2021-10-01 for DPS (profile: *.serviceApiVersion)
    QString connectHost; ///< empty: the connection string's HostName; else this address is dialled and
                         ///< the certificate is still checked against HostName (local Azure, tests)
    quint16 connectPort = 443;
    QList<QSslCertificate> extraCaCertificates; ///< trusted besides the system's roots
    int requestTimeoutMs = 30000;               ///< one HTTP exchange
    int deadlineMs = 60000;                     ///< one call, retries and their waits included
    int maxAttempts = 4;                        ///< on 429, 500, 503 (and 502/504 where it is safe)
};

/// What went wrong, typed, with the service's own words and a cause an engineer can act on.
struct ServiceError
{
    enum class Kind
    {
        Network,            ///< no answer: host not found, refused, reset
        Tls,                ///< the server's certificate is not trusted, or the handshake failed
        Timeout,            ///< no answer within the request timeout or the call's deadline
        Unauthorized,       ///< 401: wrong key, expired token, or a policy without the right
        Forbidden,          ///< 403: quota
        NotFound,           ///< 404
        Conflict,           ///< 409: already exists
        PreconditionFailed, ///< 412: the ETag does not match
        Throttled,          ///< 429, still after the retries
        BadRequest,         ///< 400: the service refused the content
        Server,             ///< 5xx, still after the retries
        Unexpected,         ///< anything else
    };
    Kind kind = Kind::Unexpected;
    int httpStatus = 0; ///< 0 when no HTTP answer came
    int code = 0;       ///< Azure's six-digit code when it gave one (404001, 401002, ...)
    QString name;       ///< Azure's error name when it gave one (DeviceNotFound, ...)
    QString message;    ///< the service's own text
    QString cause;      ///< what to do about it, translated
};

struct ServiceResult
{
    int httpStatus = 0;
    QJsonValue json; ///< the body, when it was JSON
    QByteArray etag; ///< the ETag header as sent
    QByteArray continuation;
    int attempts = 0;
    std::optional<ServiceError> error;
    bool ok() const { return !error.has_value(); }
};

/// The answer to one call; finished() is emitted exactly once, from the event loop. The caller
/// deletes it (deleteLater()) after finished(); whatever is left goes with the client.
class ServiceReply : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    const ServiceResult &result() const { return m_result; }

signals:
    void finished();
    /// A retry is scheduled after @p delayMs (the service's Retry-After when it sent one).
    void retrying(int attempt, int delayMs, const QString &reason);

private:
    friend class ServiceClient;
    using QObject::QObject;
    ServiceResult m_result;
    bool m_finished = false;
};

/// One service (IoT Hub or DPS): signs every request with a fresh service SAS token, verifies
/// TLS, keeps per-request timeouts and a per-call deadline, retries 429/5xx honouring Retry-After,
/// and turns Azure's JSON error bodies into ServiceError. Never logs a token, a key or a body.
class ServiceClient : public QObject
{
    Q_OBJECT
public:
    enum class Service
    {
        Hub,
        Dps
    };

    struct Call
    {
        QByteArray verb;      ///< GET PUT POST PATCH DELETE
        QStringList path;     ///< segments, encoded here: {"devices", id}
        QJsonValue body;      ///< undefined: no body
        QByteArray ifMatch;   ///< empty: no If-Match; sent quoted unless already quoted or "*"
        QString what;         ///< for messages: "device dev-01", "enrollment group line3"
        int timeoutMs = 0;    ///< 0: the endpoint's requestTimeoutMs
        bool retry504 = true; ///< false for direct methods (504 is the device's silence)
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    ServiceClient(Service service, Endpoint endpoint, QObject *parent = nullptr);

    Service service() const { return m_service; }
    const Endpoint &endpoint() const { return m_endpoint; }
    ServiceReply *send(Call call);
    ServiceReply *send(QByteArray verb, QStringList path, QJsonValue body, QByteArray ifMatch, QString what);
    static Call makeCall(QByteArray verb, QStringList path, QJsonValue body, QByteArray ifMatch, QString what);

    /// co_await the result of @p reply (deleted afterwards); an answer that does not come within the
    /// endpoint's deadline (plus a margin) is a Timeout error.
    coro::Task<ServiceResult> await(ServiceReply *reply);

    /// The rights a call needs (for messages): RegistryRead, RegistryWrite, ServiceConnect;
    /// EnrollmentRead, EnrollmentWrite, RegistrationStatusRead, RegistrationStatusWrite.
    static QString requiredRight(Service service, const QByteArray &verb, const QStringList &path);
    /// Azure's error body and headers as a ServiceError (hub shapes 1-3, DPS; §2.5, §4.6), cause
    /// included.
    static ServiceError errorFrom(Service service, int httpStatus, const QByteArray &body, const QByteArray &codeHeader,
                                  const Call &call, const QString &policy);

private:
    struct Attempt;
    void startAttempt(ServiceReply *reply, const std::shared_ptr<Attempt> &a);
    void onAttemptFinished(ServiceReply *reply, const std::shared_ptr<Attempt> &a, QNetworkReply *net);
    void finish(ServiceReply *reply, ServiceResult result);
    QNetworkRequest makeRequest(const Call &call) const;

    Service m_service;
    Endpoint m_endpoint;
    QNetworkAccessManager m_nam;
};

} // namespace azure::service
