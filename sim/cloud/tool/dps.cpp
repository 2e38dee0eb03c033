// local-azure dps ...: enrollment groups, individual enrollments and DPS settings in the state file.
#include "tool.h"

using namespace laz;

namespace laztool {

namespace {

void applyEnrollmentOptions(const QCommandLineParser &p, QJsonObject &o, const char *certKey, const char *certOption)
{
    if (hasKey(p, "symmetric-key")) {
        const QString primary = keyValue(p, "symmetric-key");
        checkKey(primary);
        o.insert(QStringLiteral("attestation"), QStringLiteral("symmetricKey"));
        o.insert(QStringLiteral("primaryKey"), primary);
        if (hasKey(p, "secondary-key")) {
            const QString secondary = keyValue(p, "secondary-key");
            checkKey(secondary);
            o.insert(QStringLiteral("secondaryKey"), secondary);
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
        fail(2,
             tr("give --symmetric-key-file FILE (or --symmetric-key-env VAR) or --%1").arg(QLatin1String(certOption)));
}

// A group CA given to the tool counts as uploaded and verified in DPS (Azure's "verify on upload").
void ensureVerifiedDpsCa(QJsonObject &s, const QByteArray &pem)
{
    QJsonArray cas = s.value(QStringLiteral("dpsCas")).toArray();
    const QByteArray thumb = certThumbprint(pem, "sha256");
    for (int i = 0; i < cas.size(); ++i) {
        QJsonObject ca = cas[i].toObject();
        if (certThumbprint(ca.value(QStringLiteral("pem")).toString().toLatin1(), "sha256") == thumb) {
            ca.insert(QStringLiteral("verified"), true);
            cas[i] = ca;
            s.insert(QStringLiteral("dpsCas"), cas);
            return;
        }
    }
    cas.append(QJsonObject{{QStringLiteral("name"), certCommonName(pem) + u'-' + QString::fromLatin1(thumb.left(8))},
                           {QStringLiteral("pem"), QString::fromLatin1(pem)},
                           {QStringLiteral("verified"), true}});
    s.insert(QStringLiteral("dpsCas"), cas);
}

QJsonObject caEntry(const QJsonObject &s, const QString &name, int *index = nullptr)
{
    const QJsonArray cas = s.value(QStringLiteral("dpsCas")).toArray();
    for (int i = 0; i < cas.size(); ++i) {
        if (cas[i].toObject().value(QStringLiteral("name")).toString() == name) {
            if (index)
                *index = i;
            return cas[i].toObject();
        }
    }
    fail(2, tr("no DPS CA certificate named %1 (local-azure dps ca list)").arg(name));
}

// dps ca add|list|delete|verification-code|verify: Azure's management-plane step of uploading a CA
// to DPS and proving possession of its key (the verification certificate's CN is the code).
int caCommand(const QString &verb, const QCommandLineParser &p, const QString &dir)
{
    if (verb == QStringLiteral("list")) {
        for (const QJsonValue &v : loadState(dir).value(QStringLiteral("dpsCas")).toArray()) {
            const QJsonObject ca = v.toObject();
            const QByteArray pem = ca.value(QStringLiteral("pem")).toString().toLatin1();
            outJson(QJsonObject{{QStringLiteral("name"), ca.value(QStringLiteral("name"))},
                                {QStringLiteral("subject"), certCommonName(pem)},
                                {QStringLiteral("sha256"), QString::fromLatin1(certThumbprint(pem, "sha256"))},
                                {QStringLiteral("verified"), ca.value(QStringLiteral("verified")).toBool()}});
        }
        return 0;
    }
    if (verb == QStringLiteral("add")) {
        const QByteArray pem = readFileOrFail(required(p, "cert"));
        if (!isValidPemCert(pem))
            fail(2, tr("%1 is not a PEM certificate").arg(p.value(QStringLiteral("cert"))));
        const QString name =
            p.value(QStringLiteral("name")).isEmpty() ? certCommonName(pem) : p.value(QStringLiteral("name"));
        mutate(dir, [&](QJsonObject &s, QString *) {
            upsert(s, "dpsCas", "name", name, false, true, [&](QJsonObject &o) {
                o.insert(QStringLiteral("pem"), QString::fromLatin1(pem));
                o.insert(QStringLiteral("verified"), p.isSet(QStringLiteral("verified")));
            });
            return true;
        });
        return 0;
    }
    const QString name = required(p, "name");
    if (verb == QStringLiteral("delete")) {
        mutate(dir, [&](QJsonObject &s, QString *) {
            int i = -1;
            caEntry(s, name, &i);
            QJsonArray cas = s.value(QStringLiteral("dpsCas")).toArray();
            cas.removeAt(i);
            s.insert(QStringLiteral("dpsCas"), cas);
            return true;
        });
        return 0;
    }
    if (verb == QStringLiteral("verification-code")) {
        const QString code = QString::fromLatin1(randomKeyBase64(24).toHex().toUpper().left(48));
        mutate(dir, [&](QJsonObject &s, QString *) {
            upsert(s, "dpsCas", "name", name, true, false,
                   [&](QJsonObject &o) { o.insert(QStringLiteral("verificationCode"), code); });
            return true;
        });
        outJson(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("verificationCode"), code}});
        return 0;
    }
    if (verb == QStringLiteral("verify")) {
        const QByteArray proof = readFileOrFail(required(p, "cert"));
        mutate(dir, [&](QJsonObject &s, QString *) {
            const QJsonObject ca = caEntry(s, name);
            const QString code = ca.value(QStringLiteral("verificationCode")).toString();
            if (code.isEmpty())
                fail(
                    2,
                    tr("ask for a verification code first (local-azure dps ca verification-code --name %1)").arg(name));
            if (certCommonName(proof) != code)
                fail(1, tr("the verification certificate's CN must be the verification code %1").arg(code));
            if (!pemChainsTo(proof, ca.value(QStringLiteral("pem")).toString().toLatin1()))
                fail(1, tr("the verification certificate is not signed by the CA %1").arg(name));
            upsert(s, "dpsCas", "name", name, true, false, [&](QJsonObject &o) {
                o.insert(QStringLiteral("verified"), true);
                o.remove(QStringLiteral("verificationCode"));
            });
            return true;
        });
        return 0;
    }
    fail(2, tr("unknown dps ca command; see local-azure --help"));
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
                if (group && p.isSet(QStringLiteral("ca-cert")))
                    ensureVerifiedDpsCa(s, readFileOrFail(p.value(QStringLiteral("ca-cert"))));
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
    if (what == QStringLiteral("ca"))
        return caCommand(verb, p, dir);
    if (what == QStringLiteral("policy"))
        return policyCommand(verb, p, dir, false);
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
