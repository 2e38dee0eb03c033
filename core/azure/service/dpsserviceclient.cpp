#include "azure/service/dpsserviceclient.h"

#include <QJsonArray>

namespace azure::service {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime timeOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// attestation for a group (signingCertificates) or an individual enrollment (clientCertificates).
QJsonObject attestationJson(const Attestation &a, bool group)
{
    if (a.type == Attestation::Type::SymmetricKey) {
        QJsonObject keys;
        if (!a.primaryKey.isEmpty())
            keys =
                QJsonObject{{QStringLiteral("primaryKey"), a.primaryKey},
                            {QStringLiteral("secondaryKey"), a.secondaryKey.isEmpty() ? a.primaryKey : a.secondaryKey}};
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("symmetricKey")},
                           {QStringLiteral("symmetricKey"), keys}};
    }
    QJsonObject x509;
    if (group && !a.caReference.isEmpty())
        x509.insert(QStringLiteral("caReferences"), QJsonObject{{QStringLiteral("primary"), a.caReference}});
    else
        x509.insert(
            group ? QStringLiteral("signingCertificates") : QStringLiteral("clientCertificates"),
            QJsonObject{{QStringLiteral("primary"), QJsonObject{{QStringLiteral("certificate"), a.certificatePem}}}});
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("x509")}, {QStringLiteral("x509"), x509}};
}

Attestation attestationFrom(const QJsonObject &o)
{
    Attestation a;
    a.type = str(o, "type") == QLatin1String("x509") ? Attestation::Type::X509 : Attestation::Type::SymmetricKey;
    const QJsonObject sym = o.value(u"symmetricKey").toObject();
    a.primaryKey = str(sym, "primaryKey");
    a.secondaryKey = str(sym, "secondaryKey");
    const QJsonObject x509 = o.value(u"x509").toObject();
    a.caReference = str(x509.value(u"caReferences").toObject(), "primary");
    for (const char *which : {"signingCertificates", "clientCertificates"}) {
        const QJsonObject primary = x509.value(QLatin1String(which)).toObject().value(u"primary").toObject();
        if (primary.isEmpty())
            continue;
        a.certificatePem = str(primary, "certificate");
        const QJsonObject info = primary.value(u"info").toObject();
        a.subjectName = str(info, "subjectName");
        a.sha1Thumbprint = str(info, "sha1Thumbprint");
        a.sha256Thumbprint = str(info, "sha256Thumbprint");
    }
    return a;
}

void insertCommon(QJsonObject &o, bool enabled, const QStringList &iotHubs, const QJsonObject &initialTwin,
                  const QString &etag)
{
    o.insert(QStringLiteral("provisioningStatus"), enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"));
    if (!iotHubs.isEmpty())
        o.insert(QStringLiteral("iotHubs"), QJsonArray::fromStringList(iotHubs));
    if (!initialTwin.isEmpty())
        o.insert(QStringLiteral("initialTwin"), initialTwin);
    if (!etag.isEmpty())
        o.insert(QStringLiteral("etag"), etag);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

} // namespace

QJsonObject EnrollmentGroup::toJson() const
{
    QJsonObject o{{QStringLiteral("enrollmentGroupId"), id},
                  {QStringLiteral("attestation"), attestationJson(attestation, true)}};
    if (!allocationPolicy.isEmpty())
        o.insert(QStringLiteral("allocationPolicy"), allocationPolicy);
    insertCommon(o, enabled, iotHubs, initialTwin, etag);
    return o;
}

EnrollmentGroup EnrollmentGroup::fromJson(const QJsonObject &o)
{
    EnrollmentGroup g;
    g.id = str(o, "enrollmentGroupId");
    g.attestation = attestationFrom(o.value(u"attestation").toObject());
    g.enabled = str(o, "provisioningStatus") != QLatin1String("disabled");
    g.allocationPolicy = str(o, "allocationPolicy");
    g.iotHubs = strings(o.value(u"iotHubs"));
    g.initialTwin = o.value(u"initialTwin").toObject();
    g.etag = str(o, "etag");
    g.created = timeOf(o.value(u"createdDateTimeUtc"));
    g.updated = timeOf(o.value(u"lastUpdatedDateTimeUtc"));
    return g;
}

QJsonObject IndividualEnrollment::toJson() const
{
    QJsonObject o{{QStringLiteral("registrationId"), registrationId},
                  {QStringLiteral("attestation"), attestationJson(attestation, false)}};
    if (!deviceId.isEmpty())
        o.insert(QStringLiteral("deviceId"), deviceId);
    insertCommon(o, enabled, iotHubs, initialTwin, etag);
    return o;
}

IndividualEnrollment IndividualEnrollment::fromJson(const QJsonObject &o)
{
    IndividualEnrollment e;
    e.registrationId = str(o, "registrationId");
    e.deviceId = str(o, "deviceId");
    e.attestation = attestationFrom(o.value(u"attestation").toObject());
    e.enabled = str(o, "provisioningStatus") != QLatin1String("disabled");
    e.iotHubs = strings(o.value(u"iotHubs"));
    e.initialTwin = o.value(u"initialTwin").toObject();
    e.etag = str(o, "etag");
    e.created = timeOf(o.value(u"createdDateTimeUtc"));
    e.updated = timeOf(o.value(u"lastUpdatedDateTimeUtc"));
    return e;
}

RegistrationState RegistrationState::fromJson(const QJsonObject &o)
{
    RegistrationState r;
    r.registrationId = str(o, "registrationId");
    r.deviceId = str(o, "deviceId");
    r.assignedHub = str(o, "assignedHub");
    r.status = str(o, "status");
    r.substatus = str(o, "substatus");
    r.errorCode = o.value(u"errorCode").toInt();
    r.errorMessage = str(o, "errorMessage");
    r.etag = str(o, "etag");
    r.created = timeOf(o.value(u"createdDateTimeUtc"));
    r.updated = timeOf(o.value(u"lastUpdatedDateTimeUtc"));
    return r;
}

DpsServiceClient::DpsServiceClient(Endpoint endpoint, QObject *parent)
    : ServiceClient(Service::Dps, std::move(endpoint), parent)
{
}

ServiceReply *DpsServiceClient::createEnrollmentGroup(const EnrollmentGroup &group)
{
    QJsonObject body = group.toJson();
    body.remove(QStringLiteral("etag"));
    return send("PUT", {QStringLiteral("enrollmentGroups"), group.id}, body, {},
                tr("enrollment group %1").arg(group.id));
}

ServiceReply *DpsServiceClient::updateEnrollmentGroup(const EnrollmentGroup &group, const QByteArray &etag)
{
    return send("PUT", {QStringLiteral("enrollmentGroups"), group.id}, group.toJson(), etag.isEmpty() ? "*" : etag,
                tr("enrollment group %1").arg(group.id));
}

ServiceReply *DpsServiceClient::getEnrollmentGroup(const QString &id)
{
    return send("GET", {QStringLiteral("enrollmentGroups"), id}, {}, {}, tr("enrollment group %1").arg(id));
}

ServiceReply *DpsServiceClient::deleteEnrollmentGroup(const QString &id, const QByteArray &etag)
{
    return send("DELETE", {QStringLiteral("enrollmentGroups"), id}, {}, etag.isEmpty() ? "*" : etag,
                tr("enrollment group %1").arg(id));
}

ServiceReply *DpsServiceClient::getEnrollmentGroupAttestation(const QString &id)
{
    return send("POST", {QStringLiteral("enrollmentGroups"), id, QStringLiteral("attestationmechanism")}, {}, {},
                tr("enrollment group %1").arg(id));
}

ServiceReply *DpsServiceClient::queryEnrollmentGroups()
{
    return send("POST", {QStringLiteral("enrollmentGroups"), QStringLiteral("query")},
                QJsonObject{{QStringLiteral("query"), QStringLiteral("*")}}, {}, tr("the enrollment groups"));
}

ServiceReply *DpsServiceClient::createEnrollment(const IndividualEnrollment &enrollment)
{
    QJsonObject body = enrollment.toJson();
    body.remove(QStringLiteral("etag"));
    return send("PUT", {QStringLiteral("enrollments"), enrollment.registrationId}, body, {},
                tr("enrollment %1").arg(enrollment.registrationId));
}

ServiceReply *DpsServiceClient::updateEnrollment(const IndividualEnrollment &enrollment, const QByteArray &etag)
{
    return send("PUT", {QStringLiteral("enrollments"), enrollment.registrationId}, enrollment.toJson(),
                etag.isEmpty() ? "*" : etag, tr("enrollment %1").arg(enrollment.registrationId));
}

ServiceReply *DpsServiceClient::getEnrollment(const QString &registrationId)
{
    return send("GET", {QStringLiteral("enrollments"), registrationId}, {}, {},
                tr("enrollment %1").arg(registrationId));
}

ServiceReply *DpsServiceClient::deleteEnrollment(const QString &registrationId, const QByteArray &etag)
{
    return send("DELETE", {QStringLiteral("enrollments"), registrationId}, {}, etag.isEmpty() ? "*" : etag,
                tr("enrollment %1").arg(registrationId));
}

ServiceReply *DpsServiceClient::getEnrollmentAttestation(const QString &registrationId)
{
    return send("POST", {QStringLiteral("enrollments"), registrationId, QStringLiteral("attestationmechanism")}, {}, {},
                tr("enrollment %1").arg(registrationId));
}

ServiceReply *DpsServiceClient::getRegistrationState(const QString &registrationId)
{
    return send("GET", {QStringLiteral("registrations"), registrationId}, {}, {},
                tr("the registration of %1").arg(registrationId));
}

ServiceReply *DpsServiceClient::deleteRegistrationState(const QString &registrationId, const QByteArray &etag)
{
    return send("DELETE", {QStringLiteral("registrations"), registrationId}, {}, etag.isEmpty() ? "*" : etag,
                tr("the registration of %1").arg(registrationId));
}

ServiceReply *DpsServiceClient::queryRegistrationStates(const QString &enrollmentGroupId)
{
    return send("POST", {QStringLiteral("registrations"), enrollmentGroupId, QStringLiteral("query")},
                QJsonObject{{QStringLiteral("query"), QStringLiteral("*")}}, {},
                tr("the registrations of group %1").arg(enrollmentGroupId));
}

std::optional<EnrollmentGroup> DpsServiceClient::group(const ServiceResult &result)
{
    if (!result.ok() || !result.json.isObject())
        return std::nullopt;
    return EnrollmentGroup::fromJson(result.json.toObject());
}

std::optional<IndividualEnrollment> DpsServiceClient::enrollment(const ServiceResult &result)
{
    if (!result.ok() || !result.json.isObject())
        return std::nullopt;
    return IndividualEnrollment::fromJson(result.json.toObject());
}

std::optional<Attestation> DpsServiceClient::attestation(const ServiceResult &result)
{
    if (!result.ok() || !result.json.isObject())
        return std::nullopt;
    return attestationFrom(result.json.toObject());
}

std::optional<RegistrationState> DpsServiceClient::registrationState(const ServiceResult &result)
{
    if (!result.ok() || !result.json.isObject())
        return std::nullopt;
    return RegistrationState::fromJson(result.json.toObject());
}

} // namespace azure::service
