// IoT Hub service API of local Azure: device identities, twins and direct methods
// (azure-service-api.md §2, §3), on the state file's "devices".
#include "server.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>

#include <optional>

namespace lazservice::hub {

namespace {

const QString kNever = QStringLiteral("0001-01-01T00:00:00Z");

QString now()
{
    return laz::azureTimestamp(QDateTime::currentMSecsSinceEpoch());
}

bool validDeviceId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9\\-.%_*?!(),:=@$']{1,128}$"));
    return re.match(id).hasMatch();
}

Reply notFound(const QString &id)
{
    return hubError(404, QStringLiteral("DeviceNotFound"), QStringLiteral("Device %1 could not be found.").arg(id));
}

Reply badRequest(const QString &text)
{
    return hubError(400, QStringLiteral("ArgumentInvalid"), text);
}

QJsonObject activityOf(const Context &ctx, const QString &deviceId)
{
    QFile f(ctx.dir + QStringLiteral("/activity.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll())
        .object()
        .value(QStringLiteral("devices"))
        .toObject()
        .value(deviceId)
        .toObject();
}

int pendingC2d(const QJsonObject &state, const QString &deviceId)
{
    int n = 0;
    for (const QJsonValue &v : state.value(QStringLiteral("c2d")).toArray())
        n += v.toObject().value(QStringLiteral("deviceId")).toString() == deviceId;
    return n;
}

QString authType(const QJsonObject &dev)
{
    const QString a = dev.value(QStringLiteral("auth")).toString();
    return a == QStringLiteral("sas")               ? QStringLiteral("sas")
           : a == QStringLiteral("x509-thumbprint") ? QStringLiteral("selfSigned")
                                                    : QStringLiteral("certificateAuthority");
}

QJsonObject thumbprintsOf(const QJsonObject &dev)
{
    const QJsonArray t = dev.value(QStringLiteral("thumbprints")).toArray();
    const auto at = [&](int i) { return i < t.size() ? t.at(i) : QJsonValue(QJsonValue::Null); };
    return QJsonObject{{QStringLiteral("primaryThumbprint"), at(0)}, {QStringLiteral("secondaryThumbprint"), at(1)}};
}

QJsonValue orNull(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

// The device identity as the registry returns it (§2.4).
QJsonObject deviceJson(const Context &ctx, const QJsonObject &state, const QJsonObject &dev)
{
    const QString id = dev.value(QStringLiteral("deviceId")).toString();
    const QJsonObject act = activityOf(ctx, id);
    const bool sas = dev.value(QStringLiteral("auth")).toString() == QStringLiteral("sas");
    return QJsonObject{
        {QStringLiteral("deviceId"), id},
        {QStringLiteral("generationId"), dev.value(QStringLiteral("generationId")).toString(QStringLiteral("0"))},
        {QStringLiteral("etag"), dev.value(QStringLiteral("etag")).toString()},
        {QStringLiteral("connectionState"),
         act.value(QStringLiteral("connectionState")).toString(QStringLiteral("Disconnected"))},
        {QStringLiteral("status"), dev.value(QStringLiteral("status"))},
        {QStringLiteral("statusReason"), orNull(dev, "statusReason")},
        {QStringLiteral("connectionStateUpdatedTime"),
         act.value(QStringLiteral("connectionStateUpdatedTime")).toString(kNever)},
        {QStringLiteral("statusUpdatedTime"), dev.value(QStringLiteral("statusUpdatedTime")).toString(kNever)},
        {QStringLiteral("lastActivityTime"), act.value(QStringLiteral("lastActivityTime")).toString(kNever)},
        {QStringLiteral("cloudToDeviceMessageCount"), pendingC2d(state, id)},
        {QStringLiteral("authentication"),
         QJsonObject{{QStringLiteral("symmetricKey"),
                      QJsonObject{{QStringLiteral("primaryKey"), sas ? orNull(dev, "primaryKey") : QJsonValue()},
                                  {QStringLiteral("secondaryKey"), sas ? orNull(dev, "secondaryKey") : QJsonValue()}}},
                     {QStringLiteral("x509Thumbprint"), thumbprintsOf(dev)},
                     {QStringLiteral("type"), authType(dev)}}},
        {QStringLiteral("capabilities"),
         dev.value(QStringLiteral("capabilities")).toObject(QJsonObject{{QStringLiteral("iotEdge"), false}})},
    };
}

qint64 twinVersion(const QJsonObject &twin)
{
    return twin.value(QStringLiteral("desired")).toObject().value(QStringLiteral("$version")).toInteger(1) +
           twin.value(QStringLiteral("reported")).toObject().value(QStringLiteral("$version")).toInteger(1) +
           twin.value(QStringLiteral("tagsVersion")).toInteger(0) - 1;
}

// The twin's etag: base64 of a 64-bit counter ("AAAAAAAAAAE="), distinct from the device's etag.
QString twinEtag(const QJsonObject &twin)
{
    QByteArray raw(8, '\0');
    qToBigEndian<quint64>(quint64(twinVersion(twin)), raw.data());
    return QString::fromLatin1(raw.toBase64());
}

QJsonObject section(const QJsonObject &twin, const char *name, const char *updatedKey)
{
    QJsonObject s = twin.value(QLatin1String(name)).toObject(QJsonObject{{QStringLiteral("$version"), 1}});
    const qint64 version = s.value(QStringLiteral("$version")).toInteger(1);
    s.remove(QStringLiteral("$version"));
    s.insert(QStringLiteral("$metadata"),
             QJsonObject{{QStringLiteral("$lastUpdated"), twin.value(QLatin1String(updatedKey)).toString(kNever)}});
    s.insert(QStringLiteral("$version"), version);
    return s;
}

// The twin as the service reads it (§3.1).
QJsonObject twinJson(const Context &ctx, const QJsonObject &state, const QJsonObject &dev)
{
    const QJsonObject d = deviceJson(ctx, state, dev);
    const QJsonObject twin = dev.value(QStringLiteral("twin")).toObject();
    return QJsonObject{
        {QStringLiteral("deviceId"), d.value(QStringLiteral("deviceId"))},
        {QStringLiteral("etag"), twinEtag(twin)},
        {QStringLiteral("deviceEtag"), d.value(QStringLiteral("etag"))},
        {QStringLiteral("version"), twinVersion(twin)},
        {QStringLiteral("status"), d.value(QStringLiteral("status"))},
        {QStringLiteral("statusUpdateTime"), d.value(QStringLiteral("statusUpdatedTime"))},
        {QStringLiteral("connectionState"), d.value(QStringLiteral("connectionState"))},
        {QStringLiteral("lastActivityTime"), d.value(QStringLiteral("lastActivityTime"))},
        {QStringLiteral("cloudToDeviceMessageCount"), d.value(QStringLiteral("cloudToDeviceMessageCount"))},
        {QStringLiteral("authenticationType"), authType(dev)},
        {QStringLiteral("x509Thumbprint"), thumbprintsOf(dev)},
        {QStringLiteral("capabilities"), d.value(QStringLiteral("capabilities"))},
        {QStringLiteral("tags"), twin.value(QStringLiteral("tags")).toObject()},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("desired"), section(twin, "desired", "desiredUpdated")},
                     {QStringLiteral("reported"), section(twin, "reported", "reportedUpdated")}}},
    };
}

int indexOf(const QJsonArray &devices, const QString &id)
{
    for (int i = 0; i < devices.size(); ++i)
        if (devices[i].toObject().value(QStringLiteral("deviceId")).toString() == id)
            return i;
    return -1;
}

std::optional<QByteArray> checkKey(const QJsonValue &v, const char *which, QString *error)
{
    const QString key = v.toString();
    const auto r = QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r || r.decoded.size() < 16 || r.decoded.size() > 64) {
        *error = QStringLiteral("The %1 must be base64 of 16 to 64 bytes.").arg(QLatin1String(which));
        return std::nullopt;
    }
    return key.toLatin1();
}

bool validThumbprint(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("^([0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$"));
    return re.match(t).hasMatch();
}

// authentication of a PUT body into the stored form (§2.2); false and a message on bad input.
bool applyAuthentication(const QJsonObject &body, QJsonObject &dev, QString *error)
{
    const QJsonObject auth = body.value(QStringLiteral("authentication")).toObject();
    const QJsonObject sym = auth.value(QStringLiteral("symmetricKey")).toObject();
    const QJsonObject x509 = auth.value(QStringLiteral("x509Thumbprint")).toObject();
    QString type = auth.value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        type = x509.value(QStringLiteral("primaryThumbprint")).toString().isEmpty() ? QStringLiteral("sas")
                                                                                    : QStringLiteral("selfSigned");
    for (const char *k : {"primaryKey", "secondaryKey", "thumbprints", "cert"})
        dev.remove(QLatin1String(k));
    if (type == QStringLiteral("sas")) {
        const QString p = sym.value(QStringLiteral("primaryKey")).toString(),
                      s = sym.value(QStringLiteral("secondaryKey")).toString();
        if (p.isEmpty() != s.isEmpty()) {
            *error = QStringLiteral("Give both symmetric keys or neither (the hub then generates both).");
            return false;
        }
        const auto primary = p.isEmpty() ? std::optional(laz::randomKeyBase64(32)) : checkKey(p, "primary key", error);
        const auto secondary =
            s.isEmpty() ? std::optional(laz::randomKeyBase64(32)) : checkKey(s, "secondary key", error);
        if (!primary || !secondary)
            return false;
        dev.insert(QStringLiteral("auth"), QStringLiteral("sas"));
        dev.insert(QStringLiteral("primaryKey"), QString::fromLatin1(*primary));
        dev.insert(QStringLiteral("secondaryKey"), QString::fromLatin1(*secondary));
        return true;
    }
    if (type == QStringLiteral("selfSigned")) {
        const QString p = x509.value(QStringLiteral("primaryThumbprint")).toString().remove(u':').toUpper();
        const QString s = x509.value(QStringLiteral("secondaryThumbprint")).toString().remove(u':').toUpper();
        if (!validThumbprint(p) || (!s.isEmpty() && (!validThumbprint(s) || s.size() != p.size()))) {
            *error = QStringLiteral("A thumbprint must be the SHA-1 (40) or SHA-256 (64) hex digest of the "
                                    "certificate; primary and secondary of the same kind.");
            return false;
        }
        dev.insert(QStringLiteral("auth"), QStringLiteral("x509-thumbprint"));
        dev.insert(QStringLiteral("thumbprints"), s.isEmpty() ? QJsonArray{p} : QJsonArray{p, s});
        return true;
    }
    if (type == QStringLiteral("certificateAuthority")) {
        dev.insert(QStringLiteral("auth"), QStringLiteral("x509-ca"));
        return true;
    }
    *error = QStringLiteral("authentication.type %1 is not one of sas, selfSigned, certificateAuthority.").arg(type);
    return false;
}

// PUT /devices/{id}: create (no If-Match) or replace (If-Match) a device identity.
void putDevice(Context &ctx, const Request &r, const QString &id, const Done &done)
{
    QJsonObject body;
    if (!jsonBody(r, &body))
        return done(badRequest(QStringLiteral("The body is not a JSON object.")));
    if (!validDeviceId(id))
        return done(badRequest(QStringLiteral("Device ID %1 is invalid: up to 128 characters of letters, digits and "
                                              "- . %% _ * ? ! ( ) , : = @ $ '.")
                                   .arg(id)));
    if (body.contains(QStringLiteral("deviceId")) && body.value(QStringLiteral("deviceId")).toString() != id)
        return done(badRequest(QStringLiteral("The body's deviceId does not match the URL.")));
    const QString status = body.value(QStringLiteral("status")).toString(QStringLiteral("enabled"));
    if (status != QStringLiteral("enabled") && status != QStringLiteral("disabled"))
        return done(badRequest(QStringLiteral("status must be enabled or disabled.")));
    const QByteArray ifMatch = r.header("If-Match");
    std::optional<Reply> refusal;
    QJsonObject saved, state;
    QString error;
    const bool ok = ctx.state->update(
        [&](QJsonObject &s, QString *) {
            QJsonArray devices = s.value(QStringLiteral("devices")).toArray();
            const int i = indexOf(devices, id);
            if (i >= 0 && ifMatch.isEmpty()) {
                refusal = hubError(409, QStringLiteral("DeviceAlreadyExists"),
                                   QStringLiteral("A device with ID '%1' is already registered.").arg(id));
                return false;
            }
            if (i < 0 && !ifMatch.isEmpty() && ifMatch != "*" && ifMatch != "\"*\"") {
                refusal = notFound(id);
                return false;
            }
            QJsonObject dev = i >= 0 ? devices[i].toObject() : QJsonObject{{QStringLiteral("deviceId"), id}};
            if (i >= 0 && !ifMatchOk(ifMatch, dev.value(QStringLiteral("etag")).toString())) {
                refusal = hubError(412, QStringLiteral("PreconditionFailed"),
                                   QStringLiteral("Precondition failed: Device version did not match."));
                return false;
            }
            QString why;
            if (!applyAuthentication(body, dev, &why)) {
                refusal = badRequest(why);
                return false;
            }
            if (dev.value(QStringLiteral("status")).toString() != status || i < 0)
                dev.insert(QStringLiteral("statusUpdatedTime"), now());
            dev.insert(QStringLiteral("status"), status);
            if (body.value(QStringLiteral("statusReason")).isString())
                dev.insert(QStringLiteral("statusReason"), body.value(QStringLiteral("statusReason")));
            else
                dev.remove(QStringLiteral("statusReason"));
            dev.insert(QStringLiteral("etag"), laz::newDeviceEtag());
            if (i < 0) {
                dev.insert(QStringLiteral("generationId"), laz::newGenerationId());
                devices.append(dev);
            } else {
                devices[i] = dev;
            }
            s.insert(QStringLiteral("devices"), devices);
            saved = dev;
            state = s;
            return true;
        },
        &error);
    if (refusal)
        return done(*refusal);
    if (!ok)
        return done(hubError(500, QStringLiteral("ServerError"), error));
    done(Reply::json(200, deviceJson(ctx, state, saved))
             .withHeader("ETag", '"' + saved.value(QStringLiteral("etag")).toString().toUtf8() + '"'));
}

void deleteDevice(Context &ctx, const Request &r, const QString &id, const Done &done)
{
    std::optional<Reply> refusal;
    QString error;
    const bool ok = ctx.state->update(
        [&](QJsonObject &s, QString *) {
            QJsonArray devices = s.value(QStringLiteral("devices")).toArray();
            const int i = indexOf(devices, id);
            if (i < 0) {
                refusal = notFound(id);
                return false;
            }
            if (!ifMatchOk(r.header("If-Match"), devices[i].toObject().value(QStringLiteral("etag")).toString())) {
                refusal = hubError(412, QStringLiteral("PreconditionFailed"),
                                   QStringLiteral("Precondition failed: Device version did not match."));
                return false;
            }
            devices.removeAt(i);
            s.insert(QStringLiteral("devices"), devices);
            return true;
        },
        &error);
    if (refusal)
        return done(*refusal);
    if (!ok)
        return done(hubError(500, QStringLiteral("ServerError"), error));
    done(Reply::noContent());
}

// PATCH (merge tags and desired) or PUT (replace them) /twins/{id}; a desired change is pushed.
void writeTwin(Context &ctx, const Request &r, const QString &id, const Done &done)
{
    QJsonObject body;
    if (!jsonBody(r, &body))
        return done(badRequest(QStringLiteral("The body is not a JSON object.")));
    const bool replace = r.verb == "PUT";
    std::optional<Reply> refusal;
    QJsonObject saved, state, push;
    QString error;
    const bool ok = ctx.state->update(
        [&](QJsonObject &s, QString *) {
            QJsonArray devices = s.value(QStringLiteral("devices")).toArray();
            const int i = indexOf(devices, id);
            if (i < 0) {
                refusal = notFound(id);
                return false;
            }
            QJsonObject dev = devices[i].toObject();
            QJsonObject twin = dev.value(QStringLiteral("twin")).toObject();
            if (!ifMatchOk(r.header("If-Match"), twinEtag(twin))) {
                refusal = hubError(412, QStringLiteral("PreconditionFailed"),
                                   QStringLiteral("Precondition failed: the twin's etag did not match."));
                return false;
            }
            if (body.contains(QStringLiteral("tags"))) {
                QJsonObject tags = replace ? QJsonObject() : twin.value(QStringLiteral("tags")).toObject();
                laz::mergeJsonPatch(tags, body.value(QStringLiteral("tags")).toObject());
                twin.insert(QStringLiteral("tags"), tags);
                twin.insert(QStringLiteral("tagsVersion"), twin.value(QStringLiteral("tagsVersion")).toInt(0) + 1);
            }
            const QJsonObject props = body.value(QStringLiteral("properties")).toObject();
            if (props.contains(QStringLiteral("desired"))) {
                QJsonObject desired = twin.value(QStringLiteral("desired")).toObject();
                const qint64 version = desired.value(QStringLiteral("$version")).toInteger(1) + 1;
                QJsonObject patch = props.value(QStringLiteral("desired")).toObject();
                patch.remove(QStringLiteral("$version"));
                patch.remove(QStringLiteral("$metadata"));
                if (replace)
                    desired = QJsonObject();
                laz::mergeJsonPatch(desired, patch);
                desired.insert(QStringLiteral("$version"), version);
                twin.insert(QStringLiteral("desired"), desired);
                twin.insert(QStringLiteral("desiredUpdated"), now());
                push = replace ? desired : patch;
                push.insert(QStringLiteral("$version"), version);
            }
            dev.insert(QStringLiteral("twin"), twin);
            devices[i] = dev;
            s.insert(QStringLiteral("devices"), devices);
            saved = dev;
            state = s;
            return true;
        },
        &error);
    if (refusal)
        return done(*refusal);
    if (!ok)
        return done(hubError(500, QStringLiteral("ServerError"), error));
    if (!push.isEmpty() && ctx.bridge)
        ctx.bridge->pushDesired(id, push);
    const QJsonObject t = twinJson(ctx, state, saved);
    done(Reply::json(200, t).withHeader("ETag", '"' + t.value(QStringLiteral("etag")).toString().toUtf8() + '"'));
}

// POST /twins/{id}/methods (§3.2): answered when the device answers, or 404103 / 504101.
void invokeMethod(Context &ctx, const Request &r, const QString &id, const QJsonObject &state, const Done &done)
{
    QJsonObject body;
    if (!jsonBody(r, &body) || body.value(QStringLiteral("methodName")).toString().isEmpty())
        return done(badRequest(QStringLiteral("The body must be a JSON object with a methodName.")));
    const int response = body.value(QStringLiteral("responseTimeoutInSeconds")).toInt(30);
    const int connect = body.value(QStringLiteral("connectTimeoutInSeconds")).toInt(0);
    if (response < 5 || response > 300 || connect < 0 || connect > 300)
        return done(badRequest(QStringLiteral("responseTimeoutInSeconds must be 5 to 300 and "
                                              "connectTimeoutInSeconds 0 to 300.")));
    if (indexOf(state.value(QStringLiteral("devices")).toArray(), id) < 0)
        return done(notFound(id));
    if (!ctx.bridge || !ctx.bridge->isConnected())
        return done(
            hubError(503, QStringLiteral("ServiceUnavailable"), QStringLiteral("The broker is not reachable.")));
    const QJsonObject request{{QStringLiteral("deviceId"), id},
                              {QStringLiteral("methodName"), body.value(QStringLiteral("methodName"))},
                              {QStringLiteral("payload"), body.value(QStringLiteral("payload"))},
                              {QStringLiteral("connectTimeoutMs"), connect * 1000},
                              {QStringLiteral("responseTimeoutMs"), response * 1000}};
    ctx.bridge->invokeMethod(request, (response + connect + 5) * 1000, [done](const QJsonObject &result) {
        const int status = result.value(QStringLiteral("httpStatus")).toInt(500);
        if (status == 200)
            return done(
                Reply::json(200, QJsonObject{{QStringLiteral("status"), result.value(QStringLiteral("status"))},
                                             {QStringLiteral("payload"), result.value(QStringLiteral("payload"))}}));
        done(hubMethodError(status, result.value(QStringLiteral("errorCode")).toInt(),
                            result.value(QStringLiteral("message")).toString()));
    });
}

// POST /devices/query: SELECT * FROM devices, paged with x-ms-max-item-count / x-ms-continuation.
void query(Context &ctx, const Request &r, const QJsonObject &state, const Done &done)
{
    QJsonObject body;
    const QString q = jsonBody(r, &body) ? body.value(QStringLiteral("query")).toString().simplified() : QString();
    if (q.compare(QStringLiteral("SELECT * FROM devices"), Qt::CaseInsensitive) != 0)
        return done(badRequest(QStringLiteral("Local Azure answers the query SELECT * FROM devices only.")));
    const QJsonArray devices = state.value(QStringLiteral("devices")).toArray();
    const int pageSize =
        qMax(1, r.header("x-ms-max-item-count").toInt() > 0 ? r.header("x-ms-max-item-count").toInt() : 100);
    const int start = QByteArray::fromBase64(r.header("x-ms-continuation")).toInt();
    QJsonArray page;
    for (int i = start; i < devices.size() && page.size() < pageSize; ++i)
        page.append(twinJson(ctx, state, devices[i].toObject()));
    Reply reply = Reply::json(200, page);
    reply.withHeader("x-ms-item-type", "Twin");
    if (start + page.size() < devices.size())
        reply.withHeader("x-ms-continuation", QByteArray::number(start + page.size()).toBase64());
    done(reply);
}

} // namespace

bool owns(const Request &r)
{
    const QString first = r.path.value(0);
    return first == QStringLiteral("devices") || first == QStringLiteral("twins");
}

QString requiredRight(const Request &r)
{
    if (r.path.value(0) == QStringLiteral("twins") || r.path.value(1) == QStringLiteral("query"))
        return QStringLiteral("ServiceConnect");
    return r.verb == "GET" ? QStringLiteral("RegistryRead") : QStringLiteral("RegistryWrite");
}

void handle(Context &ctx, const Request &r, const Done &done)
{
    QJsonObject state;
    QString error;
    if (!ctx.state->load(&state, &error))
        return done(hubError(500, QStringLiteral("ServerError"), error));
    const QString kind = r.path.value(0), id = r.path.value(1);
    const int n = int(r.path.size());
    const auto device = [&]() -> std::optional<QJsonObject> {
        const QJsonArray devices = state.value(QStringLiteral("devices")).toArray();
        const int i = indexOf(devices, id);
        return i < 0 ? std::nullopt : std::optional<QJsonObject>(devices[i].toObject());
    };
    if (kind == QStringLiteral("devices") && n == 1 && r.verb == "GET") {
        QJsonArray all;
        const int top = r.query.queryItemValue(QStringLiteral("top")).toInt();
        for (const QJsonValue &v : state.value(QStringLiteral("devices")).toArray())
            if (top <= 0 || all.size() < top)
                all.append(deviceJson(ctx, state, v.toObject()));
        return done(Reply::json(200, all));
    }
    if (kind == QStringLiteral("devices") && n == 2 && id == QStringLiteral("query") && r.verb == "POST")
        return query(ctx, r, state, done);
    if (kind == QStringLiteral("devices") && n == 2) {
        if (r.verb == "PUT")
            return putDevice(ctx, r, id, done);
        if (r.verb == "DELETE")
            return deleteDevice(ctx, r, id, done);
        if (r.verb == "GET") {
            const auto dev = device();
            if (!dev)
                return done(notFound(id));
            return done(Reply::json(200, deviceJson(ctx, state, *dev))
                            .withHeader("ETag", '"' + dev->value(QStringLiteral("etag")).toString().toUtf8() + '"'));
        }
    }
    if (kind == QStringLiteral("twins") && n == 2) {
        if (r.verb == "PATCH" || r.verb == "PUT")
            return writeTwin(ctx, r, id, done);
        if (r.verb == "GET") {
            const auto dev = device();
            if (!dev)
                return done(notFound(id));
            const QJsonObject t = twinJson(ctx, state, *dev);
            return done(Reply::json(200, t).withHeader(
                "ETag", '"' + t.value(QStringLiteral("etag")).toString().toUtf8() + '"'));
        }
    }
    if (kind == QStringLiteral("twins") && n == 3 && r.path.value(2) == QStringLiteral("methods") && r.verb == "POST")
        return invokeMethod(ctx, r, id, state, done);
    done(hubError(
        405, QStringLiteral("MethodNotAllowed"),
        QStringLiteral("%1 %2 is not part of the IoT Hub service API.").arg(QString::fromLatin1(r.verb), r.rawPath)));
}

} // namespace lazservice::hub
