// local-azure dps ...: enrollment groups, individual enrollments and DPS settings in the state file.
#include "tool.h"

using namespace laz;

namespace laztool {

namespace {

void applyEnrollmentOptions(const QCommandLineParser &p, QJsonObject &o, const char *certKey, const char *certOption)
{
    if (p.isSet(QStringLiteral("symmetric-key"))) {
        checkKey(p.value(QStringLiteral("symmetric-key")));
        o.insert(QStringLiteral("attestation"), QStringLiteral("symmetricKey"));
        o.insert(QStringLiteral("primaryKey"), p.value(QStringLiteral("symmetric-key")));
        if (p.isSet(QStringLiteral("secondary-key"))) {
            checkKey(p.value(QStringLiteral("secondary-key")));
            o.insert(QStringLiteral("secondaryKey"), p.value(QStringLiteral("secondary-key")));
        }
        o.remove(QLatin1String(certKey));
    } else if (p.isSet(QLatin1String(certOption))) {
        const QByteArray pem = readFileOrFail(p.value(QLatin1String(certOption)));
        if (!isValidPemCert(pem))
            fail(2, tr("%1 is not a PEM certificate").arg(p.value(QLatin1String(certOption))));
        o.insert(QStringLiteral("attestation"), QStringLiteral("x509"));
        o.insert(QLatin1String(certKey), QString::fromLatin1(pem));
        o.remove(QStringLiteral("primaryKey"));
    }
    if (p.isSet(QStringLiteral("fail")))
        o.insert(QStringLiteral("fail"), failFromOptions(p));
    if (o.value(QStringLiteral("fail")).toObject().isEmpty())
        o.remove(QStringLiteral("fail"));
    if (p.isSet(QStringLiteral("disabled")))
        o.insert(QStringLiteral("enabled"), false);
    if (p.isSet(QStringLiteral("enabled")))
        o.insert(QStringLiteral("enabled"), true);
    if (!o.contains(QStringLiteral("enabled")))
        o.insert(QStringLiteral("enabled"), true);
    if (!o.contains(QStringLiteral("attestation")))
        fail(2, tr("give --symmetric-key or --%1").arg(QLatin1String(certOption)));
}

} // namespace

int cmdDps(const QStringList &args, const QCommandLineParser &p, const QString &dir)
{
    const bool json = p.isSet(QStringLiteral("json"));
    const QString what = args.value(1), verb = args.value(2);
    if (what == QStringLiteral("enrollment-group") || what == QStringLiteral("enrollment")) {
        const bool group = what == QStringLiteral("enrollment-group");
        const char *arr = group ? "enrollmentGroups" : "enrollments";
        const char *idKey = group ? "groupId" : "registrationId";
        const char *idOpt = group ? "group-id" : "registration-id";
        if (verb == QStringLiteral("list")) {
            printEntries(loadState(dir).value(QLatin1String(arr)).toArray(), json,
                         {QLatin1String(idKey), QStringLiteral("attestation"), QStringLiteral("enabled"),
                          QStringLiteral("fail")});
            return 0;
        }
        if (verb == QStringLiteral("create") || verb == QStringLiteral("update")) {
            const QString id = required(p, idOpt);
            mutate(dir, [&](QJsonObject &s, QString *) {
                upsert(s, arr, idKey, id, verb == QStringLiteral("update"), verb == QStringLiteral("create"),
                       [&](QJsonObject &o) {
                           applyEnrollmentOptions(p, o, group ? "caCert" : "cert", group ? "ca-cert" : "cert");
                       });
                return true;
            });
            return 0;
        }
        if (verb == QStringLiteral("delete")) {
            const QString id = required(p, idOpt);
            mutate(dir, [&](QJsonObject &s, QString *) {
                QJsonArray a = s.value(QLatin1String(arr)).toArray(), keep;
                for (const QJsonValue &v : a)
                    if (v.toObject().value(QLatin1String(idKey)).toString() != id)
                        keep.append(v);
                if (keep.size() == a.size())
                    fail(2, tr("%1 does not exist").arg(id));
                s.insert(QLatin1String(arr), keep);
                return true;
            });
            return 0;
        }
    }
    if (what == QStringLiteral("settings")) {
        mutate(dir, [&](QJsonObject &s, QString *) {
            for (const auto &[opt, key] : {std::pair{"assignment-delay-ms", "assignmentDelayMs"},
                                           std::pair{"retry-after", "retryAfterSeconds"}}) {
                if (!p.isSet(QLatin1String(opt)))
                    continue;
                bool ok = false;
                const int v = p.value(QLatin1String(opt)).toInt(&ok);
                if (!ok || v < 0)
                    fail(2, tr("--%1 needs a non-negative number").arg(QLatin1String(opt)));
                s.insert(QLatin1String(key), v);
            }
            for (const auto &[opt, key] : {std::pair{"id-scope", "idScope"}, std::pair{"hub-host", "hubHost"}})
                if (p.isSet(QLatin1String(opt)))
                    s.insert(QLatin1String(key), p.value(QLatin1String(opt)));
            QJsonObject shown;
            for (const char *k : {"idScope", "dpsHost", "hubHost", "assignmentDelayMs", "retryAfterSeconds"})
                shown.insert(QLatin1String(k), s.value(QLatin1String(k)));
            outJson(shown);
            return true;
        });
        return 0;
    }
    fail(2, tr("unknown dps command; see local-azure --help"));
}

} // namespace laztool
