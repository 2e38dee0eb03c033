#include "http.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace lazservice {

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QByteArray jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

Reply Reply::json(int status, const QJsonValue &value)
{
    return Reply{status, {{"Content-Type", "application/json; charset=utf-8"}}, jsonText(value)};
}

Reply hubError(int status, const QString &name, const QString &text)
{
    const QString tracking = QStringLiteral("Tracking ID:%1-G:0-TimeStamp:%2")
                                 .arg(laz::newTrackingId().remove(u'-'),
                                      QDateTime::currentDateTimeUtc().toString(QStringLiteral("MM/dd/yyyy HH:mm:ss")));
    Reply r =
        Reply::json(status, QJsonObject{{QStringLiteral("Message"), QStringLiteral("ErrorCode:%1;%2").arg(name, text)},
                                        {QStringLiteral("ExceptionMessage"), tracking}});
    return r.withHeader("iothub-errorcode", name.toUtf8());
}

Reply hubMethodError(int status, int code, const QString &text)
{
    const QJsonObject inner{{QStringLiteral("errorCode"), code},
                            {QStringLiteral("trackingId"), laz::newTrackingId()},
                            {QStringLiteral("message"), text},
                            {QStringLiteral("timestampUtc"), laz::azureTimestamp(QDateTime::currentMSecsSinceEpoch())}};
    static const QHash<int, QByteArray> names{{404103, "DeviceNotOnline"}, {504101, "GatewayTimeout"}};
    Reply r = Reply::json(status, QJsonObject{{QStringLiteral("Message"), QString::fromUtf8(jsonText(inner))},
                                              {QStringLiteral("ExceptionMessage"), QString()}});
    return r.withHeader("iothub-errorcode", names.value(code, QByteArray::number(code)));
}

Reply dpsError(int status, int code, const QString &text)
{
    Reply r = Reply::json(status, QJsonObject{{QStringLiteral("errorCode"), code},
                                              {QStringLiteral("trackingId"), laz::newTrackingId()},
                                              {QStringLiteral("message"), text},
                                              {QStringLiteral("timestampUtc"),
                                               laz::azureTimestamp(QDateTime::currentMSecsSinceEpoch())}});
    return r.withHeader("x-ms-error-code", QByteArray::number(code));
}

bool ifMatchOk(const QByteArray &ifMatch, const QString &etag)
{
    const QByteArray m = ifMatch.trimmed();
    if (m.isEmpty() || m == "*" || m == "\"*\"")
        return true;
    const QByteArray e = etag.toUtf8();
    const auto unquote = [](QByteArray v) {
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return v;
    };
    return unquote(m) == unquote(e);
}

bool jsonBody(const Request &r, QJsonObject *out)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

} // namespace lazservice
