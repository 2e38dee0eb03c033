// DPS service API of local Azure: enrollment groups, individual enrollments and registration states
// (azure-service-api.md §4), on the state file's "enrollmentGroups", "enrollments", "registrations".
#include "server.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUuid>

#include <optional>

namespace lazservice::dps {

namespace {

QString now()
{
    return laz::azureTimestamp(QDateTime::currentMSecsSinceEpoch());
}

// Cosmos-style etag, the quotes inside the JSON string (§4.4).
QString newEtag()
{
    return u'"' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'"';
}

Reply badRequest(const QString &text)
{
    return dpsError(400, 400004, text);
}

// One kind of enrollment: groups or individual enrollments.
struct Kind
{
    bool group;
    const char *array() const { return group ? "enrollmentGroups" : "enrollments"; }
    const char *idKey() const { return group ? "groupId" : "registrationId"; }
    QString restIdKey() const { return group ? QStringLiteral("enrollmentGroupId") : QStringLiteral("registrationId"); }
    Qt::CaseSensitivity idCase() const { return group ? Qt::CaseSensitive : Qt::CaseInsensitive; }
    Reply notFound(const QString &id) const
    {
        return group ? dpsError(404, 404204, QStringLiteral("Enrollment group %1 not found.").arg(id))
                     : dpsError(404, 404201, QStringLiteral("Enrollment %1 not found.").arg(id));
    }
};

int indexOf(const QJsonArray &all, const Kind &k, const QString &id)
{
    for (int i = 0; i < all.size(); ++i)
        if (QString::compare(all[i].toObject().value(QLatin1String(k.idKey())).toString(), id, k.idCase()) == 0)
            return i;
    return -1;
}

bool validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.:_-]{0,126}[A-Za-z0-9])?$"));
    return re.match(id).hasMatch();
}

QJsonObject attestationJson(const QJsonObject &e, const Kind &k, bool withKeys)
{
    if (e.value(QStringLiteral("attestation")).toString() == QStringLiteral("symmetricKey")) {
        QJsonObject keys;
        if (withKeys)
            keys = QJsonObject{{QStringLiteral("primaryKey"), e.value(QStringLiteral("primaryKey"))},
                               {QStringLiteral("secondaryKey"), e.value(QStringLiteral("secondaryKey"))}};
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("symmetricKey")},
                           {QStringLiteral("symmetricKey"), keys}};
    }
    QJsonObject x509;
    if (!e.value(QStringLiteral("caReference")).toString().isEmpty()) {
        x509.insert(QStringLiteral("caReferences"),
                    QJsonObject{{QStringLiteral("primary"), e.value(QStringLiteral("caReference"))}});
    } else {
        const QByteArray pem =
            e.value(k.group ? QStringLiteral("caCert") : QStringLiteral("cert")).toString().toLatin1();
        x509.insert(
            k.group ? QStringLiteral("signingCertificates") : QStringLiteral("clientCertificates"),
            QJsonObject{{QStringLiteral("primary"), QJsonObject{{QStringLiteral("info"), laz::certInfo(pem)}}}});
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("x509")}, {QStringLiteral("x509"), x509}};
}

// An enrollment or group as the service returns it (§4.2, §4.3). Keys only when @p withKeys.
QJsonObject enrollmentJson(const QJsonObject &state, const QJsonObject &e, const Kind &k, bool withKeys)
{
    const QString hubHost = state.value(QStringLiteral("hubHost")).toString();
    QJsonObject o{
        {k.restIdKey(), e.value(QLatin1String(k.idKey()))},
        {QStringLiteral("attestation"), attestationJson(e, k, withKeys)},
        {QStringLiteral("capabilities"),
         e.value(QStringLiteral("capabilities")).toObject(QJsonObject{{QStringLiteral("iotEdge"), false}})},
        {QStringLiteral("etag"), e.value(QStringLiteral("etag")).toString(newEtag())},
        {QStringLiteral("provisioningStatus"),
         e.value(QStringLiteral("enabled")).toBool(true) ? QStringLiteral("enabled") : QStringLiteral("disabled")},
        {QStringLiteral("reprovisionPolicy"), e.value(QStringLiteral("reprovisionPolicy"))
                                                  .toObject(QJsonObject{{QStringLiteral("updateHubAssignment"), true},
                                                                        {QStringLiteral("migrateDeviceData"), true}})},
        {QStringLiteral("createdDateTimeUtc"), e.value(QStringLiteral("created")).toString(now())},
        {QStringLiteral("lastUpdatedDateTimeUtc"), e.value(QStringLiteral("updated")).toString(now())},
        {QStringLiteral("allocationPolicy"),
         e.value(QStringLiteral("allocationPolicy")).toString(QStringLiteral("hashed"))},
        {QStringLiteral("iotHubs"), e.value(QStringLiteral("iotHubs")).toArray(QJsonArray{hubHost})},
        {QStringLiteral("iotHubHostName"), hubHost},
    };
    if (e.contains(QStringLiteral("initialTwin")))
        o.insert(QStringLiteral("initialTwin"), e.value(QStringLiteral("initialTwin")));
    if (!k.group && e.contains(QStringLiteral("deviceId")))
        o.insert(QStringLiteral("deviceId"), e.value(QStringLiteral("deviceId")));
    return o;
}

// PEM text, or base64 DER as the C# SDK sends it, as PEM; empty when neither.
QByteArray toPem(const QString &text)
{
    if (text.contains(QStringLiteral("-----BEGIN CERTIFICATE-----")))
        return laz::isValidPemCert(text.toLatin1()) ? text.toLatin1() : QByteArray();
    const QSslCertificate der(QByteArray::fromBase64(text.toLatin1()), QSsl::Der);
    return der.isNull() ? QByteArray() : der.toPem();
}

std::optional<QString> checkKey(const QString &key, const char *which, QString *error)
{
    const auto r = QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r || r.decoded.size() < 16 || r.decoded.size() > 64) {
        *error = QStringLiteral("The %1 must be base64 of 16 to 64 bytes.").arg(QLatin1String(which));
        return std::nullopt;
    }
    return key;
}

bool applySymmetricKey(const QJsonObject &sym, QJsonObject &e, QString *error)
{
    const QString p = sym.value(QStringLiteral("primaryKey")).toString(),
                  s = sym.value(QStringLiteral("secondaryKey")).toString();
    // Absent keys are generated, 64 bytes as DPS makes them.
    const auto primary =
        p.isEmpty() ? std::optional(QString::fromLatin1(laz::randomKeyBase64(64))) : checkKey(p, "primary key", error);
    const auto secondary = s.isEmpty() ? std::optional(QString::fromLatin1(laz::randomKeyBase64(64)))
                                       : checkKey(s, "secondary key", error);
    if (!primary || !secondary)
        return false;
    e.insert(QStringLiteral("attestation"), QStringLiteral("symmetricKey"));
    e.insert(QStringLiteral("primaryKey"), *primary);
    e.insert(QStringLiteral("secondaryKey"), *secondary);
    e.remove(QStringLiteral("caCert"));
    e.remove(QStringLiteral("cert"));
    e.remove(QStringLiteral("caReference"));
    return true;
}

// An X.509 group must reach a CA that is uploaded to DPS and verified (proof of possession), by
// reference or by an inline signing certificate; DPS refuses the group otherwise (§4.2).
bool applyGroupX509(const QJsonObject &state, const QJsonObject &x509, QJsonObject &e, QString *error)
{
    QByteArray pem;
    const QString reference =
        x509.value(QStringLiteral("caReferences")).toObject().value(QStringLiteral("primary")).toString();
    if (!reference.isEmpty()) {
        for (const QJsonValue &v : state.value(QStringLiteral("dpsCas")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == reference)
                pem = v.toObject().value(QStringLiteral("pem")).toString().toLatin1();
        if (pem.isEmpty()) {
            *error = QStringLiteral("The CA certificate '%1' is not uploaded to this DPS.").arg(reference);
            return false;
        }
    } else {
        pem = toPem(x509.value(QStringLiteral("signingCertificates"))
                        .toObject()
                        .value(QStringLiteral("primary"))
                        .toObject()
                        .value(QStringLiteral("certificate"))
                        .toString());
        if (pem.isEmpty()) {
            *error = QStringLiteral("x509.signingCertificates.primary.certificate must be a PEM certificate "
                                    "(or caReferences.primary the name of an uploaded CA).");
            return false;
        }
    }
    if (laz::verifiedDpsCaFor(state, pem).isEmpty()) {
        *error = QStringLiteral("The certificate '%1' is not verified: upload it to DPS and prove possession "
                                "(verification code) before an enrollment group can use it.")
                     .arg(laz::certCommonName(pem));
        return false;
    }
    e.insert(QStringLiteral("attestation"), QStringLiteral("x509"));
    e.insert(QStringLiteral("caCert"), QString::fromLatin1(pem));
    if (reference.isEmpty())
        e.remove(QStringLiteral("caReference"));
    else
        e.insert(QStringLiteral("caReference"), reference);
    e.remove(QStringLiteral("primaryKey"));
    e.remove(QStringLiteral("secondaryKey"));
    return true;
}

bool applyIndividualX509(const QJsonObject &x509, QJsonObject &e, QString *error)
{
    const QByteArray pem = toPem(x509.value(QStringLiteral("clientCertificates"))
                                     .toObject()
                                     .value(QStringLiteral("primary"))
                                     .toObject()
                                     .value(QStringLiteral("certificate"))
                                     .toString());
    if (pem.isEmpty()) {
        *error = QStringLiteral("x509.clientCertificates.primary.certificate must be the device's PEM certificate.");
        return false;
    }
    e.insert(QStringLiteral("attestation"), QStringLiteral("x509"));
    e.insert(QStringLiteral("cert"), QString::fromLatin1(pem));
    e.remove(QStringLiteral("primaryKey"));
    e.remove(QStringLiteral("secondaryKey"));
    return true;
}

// The body of a PUT into the stored entry; false and a message on bad input.
bool applyBody(const QJsonObject &state, const QJsonObject &body, const Kind &k, QJsonObject &e, QString *error)
{
    const QJsonObject att = body.value(QStringLiteral("attestation")).toObject();
    const QString type = att.value(QStringLiteral("type")).toString();
    bool ok = false;
    if (type == QStringLiteral("symmetricKey"))
        ok = applySymmetricKey(att.value(QStringLiteral("symmetricKey")).toObject(), e, error);
    else if (type == QStringLiteral("x509") && k.group)
        ok = applyGroupX509(state, att.value(QStringLiteral("x509")).toObject(), e, error);
    else if (type == QStringLiteral("x509"))
        ok = applyIndividualX509(att.value(QStringLiteral("x509")).toObject(), e, error);
    else
        *error = QStringLiteral("attestation.type must be symmetricKey or x509%1.")
                     .arg(k.group ? QString() : QStringLiteral(" (tpm is not emulated)"));
    if (!ok)
        return false;
    const QString status = body.value(QStringLiteral("provisioningStatus")).toString(QStringLiteral("enabled"));
    if (status != QStringLiteral("enabled") && status != QStringLiteral("disabled")) {
        *error = QStringLiteral("provisioningStatus must be enabled or disabled.");
        return false;
    }
    e.insert(QStringLiteral("enabled"), status == QStringLiteral("enabled"));
    for (const char *key : {"allocationPolicy", "iotHubs", "reprovisionPolicy", "initialTwin", "capabilities"}) {
        if (body.contains(QLatin1String(key)) && !body.value(QLatin1String(key)).isNull())
            e.insert(QLatin1String(key), body.value(QLatin1String(key)));
        else
            e.remove(QLatin1String(key));
    }
    if (!k.group && body.value(QStringLiteral("deviceId")).isString())
        e.insert(QStringLiteral("deviceId"), body.value(QStringLiteral("deviceId")));
    return true;
}

// PUT /enrollmentGroups/{id} or /enrollments/{id}: create without If-Match, replace with it.
void putEnrollment(Context &ctx, const Request &r, const Kind &k, const QString &id, const Done &done)
{
    QJsonObject body;
    if (!jsonBody(r, &body))
        return done(badRequest(QStringLiteral("The body is not a JSON object.")));
    if (!validId(id))
        return done(badRequest(QStringLiteral("%1 is not a valid id: up to 128 letters, digits and . : _ -, starting "
                                              "and ending with a letter or digit.")
                                   .arg(id)));
    if (!body.contains(QStringLiteral("attestation")))
        return done(badRequest(QStringLiteral("The attestation mechanism is required.")));
    const QByteArray ifMatch = r.header("If-Match");
    std::optional<Reply> refusal;
    QJsonObject saved, state;
    QString error;
    const bool ok = ctx.state->update(
        [&](QJsonObject &s, QString *) {
            QJsonArray all = s.value(QLatin1String(k.array())).toArray();
            const int i = indexOf(all, k, id);
            if (i >= 0 && ifMatch.isEmpty()) {
                refusal = dpsError(409, 409000, QStringLiteral("%1 already exists; update it with If-Match.").arg(id));
                return false;
            }
            QJsonObject e = i >= 0 ? all[i].toObject() : QJsonObject{{QLatin1String(k.idKey()), id}};
            if (i >= 0 && !ifMatchOk(ifMatch, e.value(QStringLiteral("etag")).toString())) {
                refusal = dpsError(412, 412000, QStringLiteral("Precondition failed: the etag does not match."));
                return false;
            }
            QString why;
            if (!applyBody(s, body, k, e, &why)) {
                refusal = badRequest(why);
                return false;
            }
            e.insert(QStringLiteral("etag"), newEtag());
            e.insert(QStringLiteral("updated"), now());
            if (i < 0) {
                e.insert(QStringLiteral("created"), e.value(QStringLiteral("updated")));
                all.append(e);
            } else {
                all[i] = e;
            }
            s.insert(QLatin1String(k.array()), all);
            saved = e;
            state = s;
            return true;
        },
        &error);
    if (refusal)
        return done(*refusal);
    if (!ok)
        return done(dpsError(500, 500000, error));
    done(Reply::json(200, enrollmentJson(state, saved, k, true)));
}

void deleteEnrollment(Context &ctx, const Request &r, const Kind &k, const QString &id, const Done &done)
{
    std::optional<Reply> refusal;
    QString error;
    const bool ok = ctx.state->update(
        [&](QJsonObject &s, QString *) {
            QJsonArray all = s.value(QLatin1String(k.array())).toArray();
            const int i = indexOf(all, k, id);
            if (i < 0) {
                refusal = k.notFound(id);
                return false;
            }
            if (!ifMatchOk(r.header("If-Match"), all[i].toObject().value(QStringLiteral("etag")).toString())) {
                refusal = dpsError(412, 412000, QStringLiteral("Precondition failed: the etag does not match."));
                return false;
            }
            all.removeAt(i);
            s.insert(QLatin1String(k.array()), all);
            return true;
        },
        &error);
    if (refusal)
        return done(*refusal);
    if (!ok)
        return done(dpsError(500, 500000, error));
    done(Reply::noContent());
}

QJsonObject registrationJson(QJsonObject record)
{
    record.remove(QStringLiteral("enrollmentGroupId")); // kept for the group query, not part of the answer
    return record;
}

// GET / DELETE /registrations/{id}, POST /registrations/{groupId}/query.
void registrations(Context &ctx, const Request &r, const QJsonObject &state, const Done &done)
{
    const QString id = r.path.value(1);
    const QJsonArray all = state.value(QStringLiteral("registrations")).toArray();
    if (r.path.size() == 3 && r.path.value(2) == QStringLiteral("query") && r.verb == "POST") {
        QJsonArray out;
        for (const QJsonValue &v : all)
            if (v.toObject().value(QStringLiteral("enrollmentGroupId")).toString() == id)
                out.append(registrationJson(v.toObject()));
        return done(Reply::json(200, out).withHeader("x-ms-item-type", "DeviceRegistration"));
    }
    if (r.path.size() != 2)
        return done(badRequest(QStringLiteral("Unknown registrations request.")));
    const Kind individual{false};
    const int i = indexOf(all, individual, id);
    if (r.verb == "GET")
        return done(i < 0 ? dpsError(404, 404201, QStringLiteral("Registration %1 not found.").arg(id))
                          : Reply::json(200, registrationJson(all[i].toObject())));
    if (r.verb != "DELETE")
        return done(dpsError(405, 405000, QStringLiteral("Use GET or DELETE on a registration.")));
    std::optional<Reply> refusal;
    QString error;
    const bool ok = ctx.state->update(
        [&](QJsonObject &s, QString *) {
            QJsonArray list = s.value(QStringLiteral("registrations")).toArray();
            const int at = indexOf(list, individual, id);
            if (at < 0) {
                refusal = dpsError(404, 404201, QStringLiteral("Registration %1 not found.").arg(id));
                return false;
            }
            list.removeAt(at);
            s.insert(QStringLiteral("registrations"), list);
            return true;
        },
        &error);
    if (refusal)
        return done(*refusal);
    done(ok ? Reply::noContent() : dpsError(500, 500000, error));
}

} // namespace

bool owns(const Request &r)
{
    const QString first = r.path.value(0);
    return first == QStringLiteral("enrollmentGroups") || first == QStringLiteral("enrollments") ||
           first == QStringLiteral("registrations");
}

QString requiredRight(const Request &r)
{
    if (r.path.value(0) == QStringLiteral("registrations"))
        return r.verb == "DELETE" ? QStringLiteral("RegistrationStatusWrite")
                                  : QStringLiteral("RegistrationStatusRead");
    return r.verb == "PUT" || r.verb == "DELETE" ? QStringLiteral("EnrollmentWrite") : QStringLiteral("EnrollmentRead");
}

void handle(Context &ctx, const Request &r, const Done &done)
{
    QJsonObject state;
    QString error;
    if (!ctx.state->load(&state, &error))
        return done(dpsError(500, 500000, error));
    if (r.path.value(0) == QStringLiteral("registrations"))
        return registrations(ctx, r, state, done);
    const Kind k{r.path.value(0) == QStringLiteral("enrollmentGroups")};
    const QString id = r.path.value(1);
    const int n = int(r.path.size());
    const QJsonArray all = state.value(QLatin1String(k.array())).toArray();
    if (n == 2 && id == QStringLiteral("query") && r.verb == "POST") {
        QJsonArray out;
        for (const QJsonValue &v : all)
            out.append(enrollmentJson(state, v.toObject(), k, false));
        return done(Reply::json(200, out).withHeader("x-ms-item-type", k.group ? "EnrollmentGroup" : "Enrollment"));
    }
    if (n == 2 && r.verb == "PUT")
        return putEnrollment(ctx, r, k, id, done);
    if (n == 2 && r.verb == "DELETE")
        return deleteEnrollment(ctx, r, k, id, done);
    const int i = indexOf(all, k, id);
    if (n == 2 && r.verb == "GET")
        return done(i < 0 ? k.notFound(id) : Reply::json(200, enrollmentJson(state, all[i].toObject(), k, false)));
    if (n == 3 && r.path.value(2) == QStringLiteral("attestationmechanism") && r.verb == "POST")
        return done(i < 0 ? k.notFound(id) : Reply::json(200, attestationJson(all[i].toObject(), k, true)));
    done(dpsError(
        405, 405000,
        QStringLiteral("%1 %2 is not part of the DPS service API.").arg(QString::fromLatin1(r.verb), r.rawPath)));
}

} // namespace lazservice::dps
