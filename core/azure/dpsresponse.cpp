#include "azure/dpsresponse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace azure {
namespace {

DpsResponse::Status statusFromText(const QString &text)
{
    using S = DpsResponse::Status;
    if (text == QLatin1String("unassigned"))
        return S::Unassigned;
    if (text == QLatin1String("assigning"))
        return S::Assigning;
    if (text == QLatin1String("assigned"))
        return S::Assigned;
    if (text == QLatin1String("failed"))
        return S::Failed;
    if (text == QLatin1String("disabled"))
        return S::Disabled;
    return S::Unknown;
}

void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

QString dpsStatusName(DpsResponse::Status status)
{
    switch (status) {
    case DpsResponse::Status::Unassigned:
        return QStringLiteral("unassigned");
    case DpsResponse::Status::Assigning:
        return QStringLiteral("assigning");
    case DpsResponse::Status::Assigned:
        return QStringLiteral("assigned");
    case DpsResponse::Status::Failed:
        return QStringLiteral("failed");
    case DpsResponse::Status::Disabled:
        return QStringLiteral("disabled");
    case DpsResponse::Status::Error:
        return QStringLiteral("error");
    case DpsResponse::Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<DpsTopic> parseDpsTopic(QStringView topic, QString *error)
{
    static constexpr QStringView prefix = u"$dps/registrations/res/";
    if (!topic.startsWith(prefix)) {
        fail(error,
             QCoreApplication::translate("azure", "not a DPS response topic (it should start with %1)").arg(prefix));
        return std::nullopt;
    }
    const QStringView rest = topic.mid(prefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    bool ok = false;
    DpsTopic t;
    t.status = (slash < 0 ? rest : rest.left(slash)).toInt(&ok);
    if (!ok || t.status < 100 || t.status > 599) {
        fail(error, QCoreApplication::translate("azure", "DPS response topic without a status code: %1").arg(topic));
        return std::nullopt;
    }
    if (slash < 0)
        return t;
    QStringView query = rest.mid(slash + 1);
    if (query.startsWith(u'?'))
        query = query.mid(1);
    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QStringView key = eq < 0 ? pair : pair.left(eq);
        const QStringView value = eq < 0 ? QStringView() : pair.mid(eq + 1);
        if (key == u"$rid") {
            t.rid = value.toString();
        } else if (key == u"retry-after") {
            bool numeric = false;
            const int seconds = value.toInt(&numeric);
            if (numeric)
                t.retryAfterSeconds = seconds;
        }
    }
    return t;
}

std::optional<DpsResponse> parseDpsResponse(QByteArrayView body, QString *error, const std::optional<DpsTopic> &topic)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(error, parseError.error != QJsonParseError::NoError
                        ? QCoreApplication::translate("azure", "DPS answer is not JSON: %1 at byte %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset)
                        : QCoreApplication::translate("azure", "DPS answer is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    DpsResponse r;
    if (topic) {
        r.httpStatus = topic->status;
        r.retryAfterSeconds = topic->retryAfterSeconds;
    }
    r.operationId = o.value(u"operationId").toString();
    r.statusText = o.value(u"status").toString();
    r.status = statusFromText(r.statusText);
    const QJsonObject state = o.value(u"registrationState").toObject();
    r.registrationId = state.value(u"registrationId").toString();
    r.assignedHub = state.value(u"assignedHub").toString();
    r.deviceId = state.value(u"deviceId").toString();
    r.substatus = state.value(u"substatus").toString();
    r.etag = state.value(u"etag").toString();
    r.createdDateTimeUtc = state.value(u"createdDateTimeUtc").toString();
    r.lastUpdatedDateTimeUtc = state.value(u"lastUpdatedDateTimeUtc").toString();
    for (const auto kind : {u"x509", u"symmetricKey", u"tpm"}) {
        const QString group = state.value(kind).toObject().value(u"enrollmentGroupId").toString();
        if (!group.isEmpty())
            r.enrollmentGroupId = group;
    }
    r.errorCode = state.value(u"errorCode").toInt();
    r.errorMessage = state.value(u"errorMessage").toString();

    // ProvisioningServiceErrorDetails: {errorCode, trackingId, message, timestampUtc}
    if (o.contains(u"errorCode")) {
        r.errorCode = o.value(u"errorCode").toInt();
        r.errorMessage = o.value(u"message").toString();
        r.trackingId = o.value(u"trackingId").toString();
        if (r.status == DpsResponse::Status::Unknown)
            r.status = DpsResponse::Status::Error;
    }
    if (r.httpStatus >= 400 && r.status == DpsResponse::Status::Unknown)
        r.status = DpsResponse::Status::Error;
    if (r.status == DpsResponse::Status::Unknown && r.statusText.isEmpty()) {
        fail(error, QCoreApplication::translate("azure", "DPS answer has neither a status nor an error code"));
        return std::nullopt;
    }
    return r;
}

bool DpsResponse::isTransient() const
{
    const int http = httpStatus ? httpStatus : errorCode / 1000;
    return http == 429 || (http >= 500 && http <= 599);
}

bool DpsResponse::isTerminal() const
{
    switch (status) {
    case Status::Assigned:
    case Status::Failed:
    case Status::Disabled:
        return true;
    case Status::Error:
        return !isTransient();
    case Status::Unassigned:
    case Status::Assigning:
    case Status::Unknown:
        break;
    }
    return false;
}

int DpsResponse::retryDelaySeconds(int fallback) const
{
    if (retryAfterSeconds && *retryAfterSeconds >= 1 && *retryAfterSeconds <= 300)
        return *retryAfterSeconds;
    return fallback;
}

QString DpsResponse::summary() const
{
    switch (status) {
    case Status::Assigned:
        return QCoreApplication::translate("azure", "assigned to %1 as device %2").arg(assignedHub, deviceId);
    case Status::Assigning:
    case Status::Unassigned:
        return QCoreApplication::translate("azure", "DPS is still assigning (operation %1)").arg(operationId);
    case Status::Disabled:
        return QCoreApplication::translate("azure", "the enrollment for this device is disabled in DPS");
    case Status::Failed:
        return QCoreApplication::translate("azure", "DPS could not assign the device: %1 (error %2)")
            .arg(errorMessage)
            .arg(errorCode);
    case Status::Error: {
        const int http = httpStatus ? httpStatus : errorCode / 1000;
        QString hint;
        if (http == 401)
            hint = QCoreApplication::translate("azure", "the SAS token or certificate was not accepted");
        else if (http == 404)
            hint = QCoreApplication::translate("azure", "no enrollment matches this device");
        else if (http == 429)
            hint = QCoreApplication::translate("azure", "DPS is throttling; retry later");
        else if (http >= 500)
            hint = QCoreApplication::translate("azure", "DPS had an internal error; retry later");
        else
            hint = QCoreApplication::translate("azure", "DPS rejected the request");
        return QCoreApplication::translate("azure", "%1: %2 (error %3)").arg(hint, errorMessage).arg(errorCode);
    }
    case Status::Unknown:
        break;
    }
    return QCoreApplication::translate("azure", "DPS answered with status '%1'").arg(statusText);
}

} // namespace azure
