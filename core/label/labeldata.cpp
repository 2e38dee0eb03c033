#include "label/labeldata.h"

#include "provisioning/result.h"

#include <QRegularExpression>

namespace label {
namespace {

const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z0-9_.-]+)\\}"));
    return re;
}

} // namespace

LabelData LabelData::fromResult(const ResultRow &row)
{
    LabelData d;
    d.resultId = row.id;
    d.deviceId = row.deviceId;
    d.registrationId = row.registrationId;
    d.mac = row.mac;
    d.model = row.model;
    d.firmware = row.firmware;
    d.hub = row.assignedHub;
    d.station = row.station;
    d.operatorName = row.operatorName;
    d.profileName = row.profileName;
    d.certificateSerial = row.certificateSerial;
    d.certificateThumbprint = row.certificateThumbprint;
    d.finished = row.finished.isValid() ? row.finished.toUTC() : QDateTime::currentDateTimeUtc();
    return d;
}

LabelData LabelData::sample()
{
    LabelData d;
    d.resultId = 1;
    d.deviceId = QStringLiteral("nina-w152-d4ca6e0000a1");
    d.registrationId = d.deviceId;
    d.mac = QStringLiteral("D4CA6E0000A1");
    d.model = QStringLiteral("NINA-W152");
    d.firmware = QStringLiteral("3.1.0");
    d.hub = QStringLiteral("line-hub.azure-devices.net");
    d.station = QStringLiteral("station-1");
    d.operatorName = QStringLiteral("operator");
    d.profileName = QStringLiteral("Line 1");
    d.certificateSerial = QStringLiteral("4F1D2C3B4A59687766554433221100FF");
    d.certificateThumbprint = QStringLiteral("9A8B7C6D5E4F30211203F4E5D6C7B8A99A8B7C6D5E4F30211203F4E5D6C7B8A9");
    d.finished = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    return d;
}

QStringList LabelData::fieldNames()
{
    return {QStringLiteral("result_id"),
            QStringLiteral("device_id"),
            QStringLiteral("registration_id"),
            QStringLiteral("mac"),
            QStringLiteral("model"),
            QStringLiteral("firmware"),
            QStringLiteral("hub"),
            QStringLiteral("station"),
            QStringLiteral("operator"),
            QStringLiteral("profile"),
            QStringLiteral("certificate_serial"),
            QStringLiteral("certificate_thumbprint"),
            QStringLiteral("date"),
            QStringLiteral("time")};
}

std::optional<QString> LabelData::field(QStringView name) const
{
    if (name == u"result_id")
        return resultId > 0 ? QString::number(resultId) : QString();
    if (name == u"device_id")
        return deviceId;
    if (name == u"registration_id")
        return registrationId;
    if (name == u"mac")
        return mac;
    if (name == u"model")
        return model;
    if (name == u"firmware")
        return firmware;
    if (name == u"hub")
        return hub;
    if (name == u"station")
        return station;
    if (name == u"operator")
        return operatorName;
    if (name == u"profile")
        return profileName;
    if (name == u"certificate_serial")
        return certificateSerial;
    if (name == u"certificate_thumbprint")
        return certificateThumbprint;
    if (name == u"date")
        return finished.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    if (name == u"time")
        return finished.toUTC().toString(Qt::ISODate);
    return std::nullopt;
}

QString LabelData::expand(const QString &text, const std::function<QString(const QString &)> &transform) const
{
    QString out;
    qsizetype last = 0;
    auto it = placeholder().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const auto value = field(m.capturedView(1));
        out += !value ? m.captured(0) : (transform ? transform(*value) : *value);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QStringList LabelData::unknownPlaceholders(const QString &text)
{
    QStringList out;
    const QStringList known = fieldNames();
    auto it = placeholder().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!known.contains(name) && !out.contains(name))
            out << name;
    }
    return out;
}

QJsonObject LabelData::toJson() const
{
    QJsonObject o;
    for (const QString &name : fieldNames())
        o.insert(name, field(name).value_or(QString()));
    return o;
}

} // namespace label
