#include "azure/service/serviceclient.h"

#include "common/logging.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace azure::service {

struct ServiceClient::Attempt
{
    Call call;
    int number = 0;
    QDeadlineTimer deadline;
    QStringList sslErrors;
};

namespace {

ServiceError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
        return ServiceError::Kind::BadRequest;
    case 401:
        return ServiceError::Kind::Unauthorized;
    case 403:
        return ServiceError::Kind::Forbidden;
    case 404:
        return ServiceError::Kind::NotFound;
    case 408:
        return ServiceError::Kind::Timeout;
    case 409:
        return ServiceError::Kind::Conflict;
    case 412:
        return ServiceError::Kind::PreconditionFailed;
    case 429:
        return ServiceError::Kind::Throttled;
    default:
        return status >= 500 ? ServiceError::Kind::Server : ServiceError::Kind::Unexpected;
    }
}

// Retry-After: delta seconds or an HTTP date; -1 when absent or unreadable.
int retryAfterMs(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds * 1000 : -1;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    return when.isValid() ? int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when))) : -1;
}

QString quoted(const QByteArray &etag)
{
    if (etag == "*" || (etag.startsWith('"') && etag.endsWith('"') && etag.size() >= 2))
        return QString::fromLatin1(etag);
    return u'"' + QString::fromLatin1(etag) + u'"';
}

// Hub shapes 1-3 and the DPS shape: fills code, name and message (§2.5, §4.6).
void readErrorBody(ServiceError &e, const QByteArray &body, const QByteArray &codeHeader)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(u"errorCode").isDouble()) { // DPS, or a hub answer in that shape
        e.code = o.value(u"errorCode").toInt();
        e.message = o.value(u"message").toString();
    }
    const QString message = o.value(u"Message").toString();
    if (!message.isEmpty()) {
        const QJsonObject inner = QJsonDocument::fromJson(message.toUtf8()).object();
        if (inner.value(u"errorCode").isDouble()) { // shape 3: JSON inside the string
            e.code = inner.value(u"errorCode").toInt();
            e.message = inner.value(u"message").toString();
        } else if (message.startsWith(QLatin1String("ErrorCode:"))) { // shapes 1 and 2
            const qsizetype semi = message.indexOf(u';');
            e.name = message.mid(10, semi < 0 ? -1 : semi - 10);
            e.message = semi < 0 ? QString() : message.mid(semi + 1);
        } else {
            e.message = message;
        }
    }
    if (e.name.isEmpty() && !codeHeader.isEmpty()) {
        bool numeric = false;
        const int code = codeHeader.toInt(&numeric);
        if (numeric && e.code == 0)
            e.code = code;
        else if (!numeric)
            e.name = QString::fromLatin1(codeHeader);
    }
    if (e.message.isEmpty())
        e.message = QString::fromUtf8(body.left(200)).simplified();
}

} // namespace

ServiceClient::ServiceClient(Service service, Endpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_endpoint(std::move(endpoint))
{
    // Plain HTTP/1.1 keeps the exchanges the same on Azure and on local Azure.
    m_nam.setAutoDeleteReplies(false);
}

QString ServiceClient::requiredRight(Service service, const QByteArray &verb, const QStringList &path)
{
    const QString first = path.value(0);
    if (service == Service::Hub) {
        if (first == QLatin1String("twins") || path.value(1) == QLatin1String("query"))
            return QStringLiteral("ServiceConnect");
        return verb == "GET" ? QStringLiteral("RegistryRead") : QStringLiteral("RegistryWrite");
    }
    if (first == QLatin1String("registrations"))
        return verb == "DELETE" ? QStringLiteral("RegistrationStatusWrite") : QStringLiteral("RegistrationStatusRead");
    return verb == "PUT" || verb == "DELETE" ? QStringLiteral("EnrollmentWrite") : QStringLiteral("EnrollmentRead");
}

ServiceError ServiceClient::errorFrom(Service service, int status, const QByteArray &body, const QByteArray &codeHeader,
                                      const Call &call, const QString &policy)
{
    ServiceError e;
    e.kind = kindForStatus(status);
    e.httpStatus = status;
    readErrorBody(e, body, codeHeader);
    const QString svc = service == Service::Hub ? QStringLiteral("IoT Hub") : QStringLiteral("DPS");
    const QString what = call.what.isEmpty() ? call.path.join(u'/') : call.what;
    switch (e.kind) {
    case ServiceError::Kind::Unauthorized:
        e.cause = tr("%1 refused the connection string of policy \"%2\" (401): its key is wrong or was regenerated, "
                     "or the policy lacks %3. Copy the current connection string of a policy with %3 from the "
                     "service's \"Shared access policies\".")
                      .arg(svc, policy, requiredRight(service, call.verb, call.path));
        break;
    case ServiceError::Kind::Forbidden:
        e.cause = tr("%1 refused %2 (403 %3): a quota of the service is exhausted: %4")
                      .arg(svc, what, e.name.isEmpty() ? QString::number(e.code) : e.name, e.message);
        break;
    case ServiceError::Kind::NotFound:
        e.cause = tr("%1 has no %2 (404).").arg(svc, what);
        break;
    case ServiceError::Kind::Conflict:
        e.cause = tr("%1 already exists in %2 (409).").arg(what, svc);
        break;
    case ServiceError::Kind::PreconditionFailed:
        e.cause = tr("%1 was changed by someone else since it was read (412, ETag mismatch); read it again and "
                     "repeat.")
                      .arg(what);
        break;
    case ServiceError::Kind::Throttled:
        e.cause = tr("%1 is throttling requests (429) and still did after the retries; wait and try again, or raise "
                     "the service's tier.")
                      .arg(svc);
        break;
    case ServiceError::Kind::BadRequest:
        if (service == Service::Dps && call.path.value(0) == QLatin1String("enrollmentGroups") &&
            e.message.contains(QLatin1String("verif"), Qt::CaseInsensitive))
            e.cause = tr("DPS refuses the X.509 enrollment group %1 because its CA is not uploaded and verified: in "
                         "the DPS portal open Certificates, add the CA certificate, generate a verification code, sign "
                         "a certificate with that code as CN using the CA's key and verify it (or tick \"Set "
                         "certificate status to verified on upload\"; az iot dps certificate create/verify does the "
                         "same), then prepare the cloud again. DPS said: %2")
                          .arg(call.path.value(1), e.message);
        else
            e.cause = tr("%1 refused %2 (400): %3").arg(svc, what, e.message);
        break;
    case ServiceError::Kind::Server:
        e.cause = tr("%1 failed with %2 and still did after the retries: %3").arg(svc).arg(status).arg(e.message);
        break;
    default:
        e.cause = tr("%1 answered %2 to %3: %4").arg(svc).arg(status).arg(what, e.message);
        break;
    }
    return e;
}

QNetworkRequest ServiceClient::makeRequest(const Call &call) const
{
    const ConnectionString &cs = m_endpoint.connection;
    const QString host = m_endpoint.connectHost.isEmpty() ? cs.hostName : m_endpoint.connectHost;
    QByteArray path;
    for (const QString &segment : call.path)
        path += '/' + QUrl::toPercentEncoding(segment);
    QByteArray url = "https://" + QUrl::toAce(host);
    if (m_endpoint.connectPort != 443)
        url += ':' + QByteArray::number(m_endpoint.connectPort);
    url += path + "?api-version=" + QUrl::toPercentEncoding(m_endpoint.apiVersion);
    QNetworkRequest req(QUrl::fromEncoded(url));
    req.setRawHeader("Authorization", cs.sasToken().toUtf8()); // fresh token, whole header value
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    req.setRawHeader("User-Agent", "provstation/" PROVSTATION_VERSION);
    if (!call.body.isUndefined())
        req.setRawHeader("Content-Type", "application/json; charset=utf-8");
    if (!call.ifMatch.isEmpty())
        req.setRawHeader("If-Match", quoted(call.ifMatch).toLatin1());
    for (const auto &h : call.headers)
        req.setRawHeader(h.first, h.second);
    req.setTransferTimeout(call.timeoutMs > 0 ? call.timeoutMs : m_endpoint.requestTimeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_endpoint.extraCaCertificates.isEmpty())
        tls.addCaCertificates(m_endpoint.extraCaCertificates);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    req.setSslConfiguration(tls);
    if (!m_endpoint.connectHost.isEmpty())
        req.setPeerVerifyName(cs.hostName); // dial the address, still check the service's name
    return req;
}

ServiceClient::Call ServiceClient::makeCall(QByteArray verb, QStringList path, QJsonValue body, QByteArray ifMatch,
                                            QString what)
{
    Call c;
    c.verb = std::move(verb);
    c.path = std::move(path);
    c.body = std::move(body);
    c.ifMatch = std::move(ifMatch);
    c.what = std::move(what);
    return c;
}

ServiceReply *ServiceClient::send(QByteArray verb, QStringList path, QJsonValue body, QByteArray ifMatch, QString what)
{
    return send(makeCall(std::move(verb), std::move(path), std::move(body), std::move(ifMatch), std::move(what)));
}

ServiceReply *ServiceClient::send(Call call)
{
    auto *reply = new ServiceReply(this);
    auto a = std::make_shared<Attempt>();
    a->call = std::move(call);
    a->deadline = QDeadlineTimer(m_endpoint.deadlineMs);
    // Started from the event loop, so finished() can never come before the caller connects.
    QTimer::singleShot(0, reply, [this, reply, a] { startAttempt(reply, a); });
    return reply;
}

void ServiceClient::startAttempt(ServiceReply *reply, const std::shared_ptr<Attempt> &a)
{
    ++a->number;
    a->sslErrors.clear();
    const QNetworkRequest req = makeRequest(a->call);
    const QByteArray body = a->call.body.isUndefined() ? QByteArray()
                            : a->call.body.isObject()
                                ? QJsonDocument(a->call.body.toObject()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(a->call.body.toArray()).toJson(QJsonDocument::Compact);
    QNetworkReply *net = m_nam.sendCustomRequest(req, a->call.verb, body);
    connect(net, &QNetworkReply::sslErrors, reply, [a](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            a->sslErrors << e.errorString();
    });
    connect(net, &QNetworkReply::finished, reply, [this, reply, a, net] { onAttemptFinished(reply, a, net); });
    // A reply deleted early takes its network request with it.
    connect(reply, &QObject::destroyed, net, [net] { net->abort(); });
}

void ServiceClient::onAttemptFinished(ServiceReply *reply, const std::shared_ptr<Attempt> &a, QNetworkReply *net)
{
    net->deleteLater();
    const Call &call = a->call;
    const int status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = net->readAll();
    const QString path = u'/' + call.path.join(u'/');
    qCInfo(lcAzure).noquote() << "service" << call.verb << path << "->"
                              << (status ? QString::number(status) : net->errorString());
    ServiceResult result;
    result.httpStatus = status;
    result.attempts = a->number;
    if (status >= 200 && status < 300) {
        result.etag = net->rawHeader("ETag");
        result.continuation = net->rawHeader("x-ms-continuation");
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        result.json = doc.isObject()  ? QJsonValue(doc.object())
                      : doc.isArray() ? QJsonValue(doc.array())
                                      : QJsonValue();
        return finish(reply, std::move(result));
    }
    const bool retriable =
        status == 429 || status == 500 || status == 503 || (call.retry504 && (status == 502 || status == 504));
    if (retriable && a->number < m_endpoint.maxAttempts) {
        int delay = retryAfterMs(net->rawHeader("Retry-After"));
        if (delay < 0) // exponential backoff with jitter when the service says nothing
            delay = qMin(1000 << (a->number - 1), 10000) + int(QRandomGenerator::global()->bounded(250));
        if (delay < a->deadline.remainingTime() || a->deadline.isForever()) {
            const QString reason = tr("%1 answered %2; retrying in %3 ms").arg(path).arg(status).arg(delay);
            emit reply->retrying(a->number, delay, reason);
            QTimer::singleShot(delay, reply, [this, reply, a] { startAttempt(reply, a); });
            return;
        }
    }
    if (status != 0) {
        const QByteArray codeHeader =
            m_service == Service::Hub ? net->rawHeader("iothub-errorcode") : net->rawHeader("x-ms-error-code");
        result.error = errorFrom(m_service, status, body, codeHeader, call, m_endpoint.connection.keyName);
        return finish(reply, std::move(result));
    }
    // No HTTP answer at all.
    ServiceError e;
    const QString host = m_endpoint.connection.hostName;
    switch (net->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = ServiceError::Kind::Tls;
        e.message = a->sslErrors.isEmpty() ? net->errorString() : a->sslErrors.join(QStringLiteral("; "));
        e.cause = tr("the TLS certificate of %1 is not trusted (%2); the station trusts the system's roots and the "
                     "profile's trust.roots")
                      .arg(host, e.message);
        break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        e.kind = ServiceError::Kind::Timeout;
        e.message = net->errorString();
        e.cause = tr("%1 did not answer %2 within %3 s")
                      .arg(host, path)
                      .arg((call.timeoutMs > 0 ? call.timeoutMs : m_endpoint.requestTimeoutMs) / 1000);
        break;
    case QNetworkReply::HostNotFoundError:
        e.kind = ServiceError::Kind::Network;
        e.message = net->errorString();
        e.cause = tr("the host %1 cannot be found: check HostName in the connection string and the station's "
                     "network and DNS")
                      .arg(host);
        break;
    default:
        e.kind = ServiceError::Kind::Network;
        e.message = net->errorString();
        e.cause = tr("cannot reach %1: %2 (is port 443 open from this network?)").arg(host, e.message);
        break;
    }
    result.error = e;
    finish(reply, std::move(result));
}

void ServiceClient::finish(ServiceReply *reply, ServiceResult result)
{
    reply->m_result = std::move(result);
    reply->m_finished = true;
    emit reply->finished();
}

coro::Task<ServiceResult> ServiceClient::await(ServiceReply *reply)
{
    const auto dispose = qScopeGuard([reply] { reply->deleteLater(); });
    if (!reply->isFinished()) {
        coro::Waiter<bool> w(std::chrono::milliseconds(m_endpoint.deadlineMs + 5000));
        w.on(reply, &ServiceReply::finished, [&w] { w.complete(true); });
        if (!co_await w) {
            ServiceResult timedOut;
            ServiceError e;
            e.kind = ServiceError::Kind::Timeout;
            e.cause = tr("%1 did not answer within %2 s")
                          .arg(m_endpoint.connection.hostName)
                          .arg(m_endpoint.deadlineMs / 1000);
            timedOut.error = e;
            co_return timedOut;
        }
    }
    co_return reply->result();
}

} // namespace azure::service
