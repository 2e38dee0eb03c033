#pragma once

#include "azure/service/serviceclient.h"

#include <QDateTime>
#include <QJsonObject>

namespace azure::service {

/// How devices of an enrollment prove who they are (azure-service-api.md §4.2, §4.3).
struct Attestation
{
    enum class Type
    {
        SymmetricKey,
        X509,
    };
    Type type = Type::SymmetricKey;
    QString primaryKey, secondaryKey; ///< SymmetricKey; empty to let DPS generate them
    QString certificatePem;           ///< X509: the group's signing CA, or the device's own certificate
    QString caReference;              ///< X509 group: the name of a CA uploaded to DPS (instead of a PEM)
    // Read from DPS:
    QString subjectName, sha1Thumbprint, sha256Thumbprint;
};

struct EnrollmentGroup
{
    QString id;
    Attestation attestation;
    bool enabled = true;
    QString allocationPolicy; ///< empty: DPS's default
    QStringList iotHubs;      ///< empty: every hub linked to the DPS
    QJsonObject initialTwin;  ///< {"tags":…,"properties":{"desired":…}}
    // Read from DPS:
    QString etag;
    QDateTime created, updated;

    QJsonObject toJson() const;
    static EnrollmentGroup fromJson(const QJsonObject &json);
};

struct IndividualEnrollment
{
    QString registrationId;
    QString deviceId; ///< empty: the registration id
    Attestation attestation;
    bool enabled = true;
    QStringList iotHubs;
    QJsonObject initialTwin;
    QString etag;
    QDateTime created, updated;

    QJsonObject toJson() const;
    static IndividualEnrollment fromJson(const QJsonObject &json);
};

/// What DPS knows of one device's registration (§4.5).
struct RegistrationState
{
    QString registrationId, deviceId, assignedHub;
    QString status;    ///< unassigned, assigning, assigned, failed, disabled
    QString substatus; ///< initialAssignment, deviceDataMigrated, ...
    int errorCode = 0;
    QString errorMessage, etag;
    QDateTime created, updated;
    static RegistrationState fromJson(const QJsonObject &json);
};

/// DPS service API over HTTPS (§4): enrollment groups, individual enrollments, registration
/// states. Needs EnrollmentRead/EnrollmentWrite (and RegistrationStatusRead for states).
class DpsServiceClient : public ServiceClient
{
    Q_OBJECT
public:
    explicit DpsServiceClient(Endpoint endpoint, QObject *parent = nullptr);

    /// PUT without If-Match: 409 when it exists. An X.509 group whose CA is not uploaded and
    /// verified in DPS is refused (400) with a cause that says how to verify it.
    ServiceReply *createEnrollmentGroup(const EnrollmentGroup &group);
    ServiceReply *updateEnrollmentGroup(const EnrollmentGroup &group, const QByteArray &etag = "*");
    ServiceReply *getEnrollmentGroup(const QString &id);
    ServiceReply *deleteEnrollmentGroup(const QString &id, const QByteArray &etag = "*");
    /// The group's attestation with its keys (a plain GET does not return them).
    ServiceReply *getEnrollmentGroupAttestation(const QString &id);
    ServiceReply *queryEnrollmentGroups();

    ServiceReply *createEnrollment(const IndividualEnrollment &enrollment);
    ServiceReply *updateEnrollment(const IndividualEnrollment &enrollment, const QByteArray &etag = "*");
    ServiceReply *getEnrollment(const QString &registrationId);
    ServiceReply *deleteEnrollment(const QString &registrationId, const QByteArray &etag = "*");
    ServiceReply *getEnrollmentAttestation(const QString &registrationId);

    ServiceReply *getRegistrationState(const QString &registrationId);
    ServiceReply *deleteRegistrationState(const QString &registrationId, const QByteArray &etag = "*");
    ServiceReply *queryRegistrationStates(const QString &enrollmentGroupId);

    static std::optional<EnrollmentGroup> group(const ServiceResult &result);
    static std::optional<IndividualEnrollment> enrollment(const ServiceResult &result);
    static std::optional<Attestation> attestation(const ServiceResult &result);
    static std::optional<RegistrationState> registrationState(const ServiceResult &result);
};

} // namespace azure::service
