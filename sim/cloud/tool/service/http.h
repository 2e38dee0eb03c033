// Local Azure's service APIs: one request, one reply, and the error shapes of IoT Hub and DPS
// (azure-service-api.md §2.5, §4.6, §7.3).
#pragma once

#include "lazcommon.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace lazservice {

struct Request
{
    QByteArray verb;  // GET, PUT, PATCH, POST, DELETE
    QStringList path; // percent-decoded segments: "devices", "dev-01"
    QString rawPath;  // as sent, for the SAS scope check
    QUrlQuery query;  // api-version, top, ...
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    QString apiVersion() const { return query.queryItemValue(QStringLiteral("api-version")); }
};

struct Reply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static Reply json(int status, const QJsonValue &value);
    static Reply noContent() { return Reply{204, {}, {}}; }
    Reply &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};
using Done = std::function<void(Reply)>;

// IoT Hub, shape 1: {"Message":"ErrorCode:<Name>;<text>","ExceptionMessage":"Tracking ID:…"} + iothub-errorcode.
Reply hubError(int status, const QString &name, const QString &text);
// IoT Hub, shape 3 (direct methods): Message holds {"errorCode":<6 digits>,…} as a string.
Reply hubMethodError(int status, int code, const QString &text);
// DPS: {"errorCode":<6 digits>,"trackingId","message","timestampUtc"} + x-ms-error-code.
Reply dpsError(int status, int code, const QString &text);

// If-Match against a stored etag: absent, "*" and *, the etag quoted or bare all match.
bool ifMatchOk(const QByteArray &ifMatch, const QString &etag);
// The body as a JSON object; false when it is not one.
bool jsonBody(const Request &r, QJsonObject *out);
// A value as JSON text (scalars too).
QByteArray jsonText(const QJsonValue &value);

} // namespace lazservice
