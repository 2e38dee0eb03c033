#include "server.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <optional>

namespace lazservice {

namespace {

QByteArray verbOf(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

Request toRequest(const QHttpServerRequest &q)
{
    Request r;
    r.verb = verbOf(q.method());
    r.rawPath = q.url().path(QUrl::FullyEncoded);
    for (const QString &seg : r.rawPath.split(u'/', Qt::SkipEmptyParts))
        r.path << QString::fromUtf8(QByteArray::fromPercentEncoding(seg.toUtf8()));
    // Azure matches the fixed words of a path case-insensitively (Node's DPS client sends
    // /enrollmentgroups/...); the ids (second segment) keep their case.
    static const QStringList words{QStringLiteral("devices"),
                                   QStringLiteral("twins"),
                                   QStringLiteral("enrollmentGroups"),
                                   QStringLiteral("enrollments"),
                                   QStringLiteral("registrations"),
                                   QStringLiteral("methods"),
                                   QStringLiteral("query"),
                                   QStringLiteral("attestationmechanism")};
    for (int i = 0; i < r.path.size(); ++i) {
        if (i == 1 && r.path.size() > 1 && r.path[1].compare(QLatin1String("query"), Qt::CaseInsensitive) != 0)
            continue;
        for (const QString &w : words)
            if (r.path[i].compare(w, Qt::CaseInsensitive) == 0)
                r.path[i] = w;
    }
    r.query = QUrlQuery(q.url());
    r.headers = q.headers();
    r.body = q.body();
    return r;
}

Reply unauthorized(bool hub, const QString &why)
{
    // Azure says no more than "Unauthorized"; the reason goes to the service log only.
    Q_UNUSED(why)
    return hub ? hubError(401, QStringLiteral("IotHubUnauthorizedAccess"), QStringLiteral("Unauthorized"))
               : dpsError(401, 401002, QStringLiteral("Unauthorized"));
}

// The service SAS token of a shared access policy (azure-service-api.md §1.2): sr = the service host
// (or a path under it that covers the request), se in the future, skn a policy of this service,
// sig over sr exactly as sent, with the policy's primary or secondary key, and the policy holding
// @p right. Returns the refusal, or nothing when the request may go on; @p why names the reason.
std::optional<Reply> authenticate(const QJsonObject &state, bool hub, const Request &r, const QString &right,
                                  QString *why)
{
    const QByteArray header = r.header("Authorization");
    QString error;
    const auto token = laz::parseSas(header, &error);
    if (!token) {
        *why = header.isEmpty() ? QStringLiteral("no Authorization header") : error;
        return unauthorized(hub, *why);
    }
    const QString host = hub ? state.value(QStringLiteral("hubHost")).toString() : laz::dpsServiceHost(state);
    const QString sr = QString::fromUtf8(token->sr);
    const QString scope = host + r.rawPath;
    if (sr.compare(host, Qt::CaseInsensitive) != 0 &&
        !(scope.startsWith(sr, Qt::CaseInsensitive) && (scope.size() == sr.size() || scope.at(sr.size()) == u'/') &&
          sr.startsWith(host + u'/', Qt::CaseInsensitive))) {
        *why = QStringLiteral("sr %1 does not cover %2").arg(sr, scope);
        return unauthorized(hub, *why);
    }
    if (token->se <= QDateTime::currentSecsSinceEpoch()) {
        *why = QStringLiteral("token expired");
        return unauthorized(hub, *why);
    }
    const QString policyName = QString::fromUtf8(token->skn);
    for (const QJsonValue &v :
         state.value(hub ? QStringLiteral("hubPolicies") : QStringLiteral("dpsPolicies")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("name")).toString() != policyName)
            continue;
        const bool signedOk =
            laz::sasSignatureMatches(*token, p.value(QStringLiteral("primaryKey")).toString().toLatin1()) ||
            laz::sasSignatureMatches(*token, p.value(QStringLiteral("secondaryKey")).toString().toLatin1());
        if (!signedOk) {
            *why = QStringLiteral("signature does not match policy %1").arg(policyName);
            return unauthorized(hub, *why);
        }
        if (!p.value(QStringLiteral("rights")).toArray().contains(right)) {
            *why = QStringLiteral("policy %1 lacks %2").arg(policyName, right);
            return unauthorized(hub, *why);
        }
        return std::nullopt;
    }
    *why = QStringLiteral("no policy named '%1'").arg(policyName);
    return unauthorized(hub, *why);
}

// 429 / 500 / 503 injected with `local-azure service fail`; counted down in the state file.
std::optional<Reply> injectedFailure(const Context &ctx, bool hub, const Request &r)
{
    std::optional<Reply> out;
    QString error;
    ctx.state->update(
        [&](QJsonObject &s, QString *) {
            QJsonObject f = s.value(QStringLiteral("serviceFail")).toObject();
            const QString path = f.value(QStringLiteral("path")).toString();
            if (f.isEmpty() || (!path.isEmpty() && !r.rawPath.startsWith(path)))
                return false; // nothing to change
            const QString mode = f.value(QStringLiteral("mode")).toString();
            const int retryAfter = f.value(QStringLiteral("retryAfter")).toInt(1);
            if (mode == QStringLiteral("throttled")) {
                out = hub ? hubError(429, QStringLiteral("ThrottlingException"),
                                     QStringLiteral("Request throttled because the hub's quota was exceeded."))
                          : dpsError(429, 429001, QStringLiteral("Operations are being throttled for this tenant."));
                out->withHeader("Retry-After", QByteArray::number(retryAfter));
            } else if (mode == QStringLiteral("internal")) {
                out = hub ? hubError(500, QStringLiteral("ServerError"), QStringLiteral("Internal server error."))
                          : dpsError(500, 500000, QStringLiteral("Internal server error."));
            } else {
                out = hub ? hubError(503, QStringLiteral("ServiceUnavailable"),
                                     QStringLiteral("The service is temporarily unavailable."))
                          : dpsError(503, 503000, QStringLiteral("The service is temporarily unavailable."));
            }
            const int count = f.value(QStringLiteral("count")).toInt(1) - 1;
            if (count <= 0) {
                s.remove(QStringLiteral("serviceFail"));
            } else {
                f.insert(QStringLiteral("count"), count);
                s.insert(QStringLiteral("serviceFail"), f);
            }
            return true;
        },
        &error);
    return out;
}

void logLine(const QString &dir, const Request &r, int status, const QString &note)
{
    QFile f(dir + QStringLiteral("/service.log"));
    if (!f.open(QIODevice::Append))
        return;
    // Method, path and status only: never a header (the Authorization token) or a body (keys).
    f.write(
        QStringLiteral("%1 %2 %3 %4%5\n")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QString::fromLatin1(r.verb), r.rawPath)
            .arg(status)
            .arg(note.isEmpty() ? QString() : QStringLiteral(" (") + note + u')')
            .toUtf8());
}

} // namespace

ServiceServer::ServiceServer(Context context)
    : m_ctx(std::move(context))
{
}

bool ServiceServer::start(const QList<QHostAddress> &addresses, quint16 port, const QByteArray &certPem,
                          const QByteArray &keyPem, QString *error)
{
    const QSslCertificate cert(certPem, QSsl::Pem);
    const QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || key.isNull()) {
        *error = QStringLiteral("the server certificate or key cannot be read");
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(cert);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    sslSetup(tls);
    for (const QHostAddress &a : addresses) {
        if (listen(a, port) != port) {
            *error = QStringLiteral("cannot listen on %1 port %2 (in use, or a port below 1024 without root)")
                         .arg(a.toString())
                         .arg(port);
            return false;
        }
    }
    return true;
}

bool ServiceServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> alive(socket);
    dispatch(toRequest(request), [responder, alive](Reply reply) {
        if (!alive)
            return; // the client went away while a direct method was running
        responder->writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        for (const auto &h : reply.headers)
            responder->writeHeader(h.first, h.second);
        responder->writeHeader("x-ms-request-id", laz::newTrackingId().toLatin1());
        responder->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder->writeBody(reply.body);
    });
    return true;
}

void ServiceServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers every request.
}

void ServiceServer::dispatch(const Request &r, const Done &done)
{
    const bool isHub = hub::owns(r), isDps = dps::owns(r);
    const auto finish = [dir = m_ctx.dir, r, done](Reply reply, const QString &note = {}) {
        logLine(dir, r, reply.status, note);
        done(std::move(reply));
    };
    if (!isHub && !isDps)
        return finish(Reply::json(
            404, QJsonObject{{QStringLiteral("Message"), QStringLiteral("No service API at %1.").arg(r.rawPath)}}));
    if (r.apiVersion().isEmpty())
        return finish(isHub ? hubError(400, QStringLiteral("InvalidProtocolVersion"),
                                       QStringLiteral("The api-version query parameter is required."))
                            : dpsError(400, 400001, QStringLiteral("The api-version query parameter is required.")));
    QJsonObject state;
    QString error;
    if (!m_ctx.state->load(&state, &error))
        return finish(isHub ? hubError(500, QStringLiteral("ServerError"), error) : dpsError(500, 500000, error));
    QString why;
    if (auto refusal = authenticate(state, isHub, r, isHub ? hub::requiredRight(r) : dps::requiredRight(r), &why))
        return finish(*refusal, why);
    if (auto failure = injectedFailure(m_ctx, isHub, r))
        return finish(*failure, QStringLiteral("injected"));
    const Done logged = [finish](Reply reply) { finish(std::move(reply)); };
    if (isHub)
        hub::handle(m_ctx, r, logged);
    else
        dps::handle(m_ctx, r, logged);
}

} // namespace lazservice
