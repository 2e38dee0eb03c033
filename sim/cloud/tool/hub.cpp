// local-azure hub ...: devices, CAs, recorded telemetry and queued cloud-to-device messages.
#include "tool.h"

#include <QFile>
#include <QJsonDocument>

using namespace laz;

namespace laztool {

namespace {

// hub device list|show|create|update
int deviceCommand(const QString &verb, const QCommandLineParser &p, const QString &dir, bool json)
{
    if (verb == QStringLiteral("list") || verb == QStringLiteral("show")) {
        QJsonArray devs = loadState(dir).value(QStringLiteral("devices")).toArray();
        if (verb == QStringLiteral("show")) {
            const QString id = required(p, "device-id");
            QJsonArray one;
            for (const QJsonValue &v : devs)
                if (v.toObject().value(QStringLiteral("deviceId")).toString() == id)
                    one.append(v);
            if (one.isEmpty())
                fail(1, tr("no device %1").arg(id));
            // show includes the key: an engineer rehearsing a line needs it
            outJson(one.first().toObject());
            return 0;
        }
        printEntries(devs, json,
                     {QStringLiteral("deviceId"), QStringLiteral("auth"), QStringLiteral("status"),
                      QStringLiteral("provisionedBy")});
        return 0;
    }
    if (verb == QStringLiteral("create") || verb == QStringLiteral("update")) {
        const QString id = required(p, "device-id");
        mutate(dir, [&](QJsonObject &s, QString *) {
            upsert(s, "devices", "deviceId", id, verb == QStringLiteral("update"), verb == QStringLiteral("create"),
                   [&](QJsonObject &o) {
                       if (hasKey(p, "symmetric-key")) {
                           const QString primary = keyValue(p, "symmetric-key");
                           checkKey(primary);
                           o.insert(QStringLiteral("auth"), QStringLiteral("sas"));
                           o.insert(QStringLiteral("primaryKey"), primary);
                           if (hasKey(p, "secondary-key"))
                               o.insert(QStringLiteral("secondaryKey"), keyValue(p, "secondary-key"));
                       } else if (p.isSet(QStringLiteral("thumbprint"))) {
                           QJsonArray t;
                           for (const QString &tp : p.values(QStringLiteral("thumbprint"))) {
                               const QString clean = tp.toUpper().remove(u':');
                               if ((clean.size() != 40 && clean.size() != 64) ||
                                   QByteArray::fromHex(clean.toLatin1()).toHex().toUpper() != clean.toLatin1())
                                   fail(2, tr("--thumbprint must be 40 (SHA-1) or 64 (SHA-256) hex digits"));
                               t.append(clean);
                           }
                           o.insert(QStringLiteral("auth"), QStringLiteral("x509-thumbprint"));
                           o.insert(QStringLiteral("thumbprints"), t);
                       } else if (p.isSet(QStringLiteral("cert"))) {
                           const QByteArray pem = readFileOrFail(p.value(QStringLiteral("cert")));
                           if (!isValidPemCert(pem))
                               fail(2, tr("%1 is not a PEM certificate").arg(p.value(QStringLiteral("cert"))));
                           o.insert(QStringLiteral("auth"), QStringLiteral("x509-thumbprint"));
                           o.insert(QStringLiteral("thumbprints"),
                                    QJsonArray{QString::fromLatin1(certThumbprint(pem, "sha256"))});
                           o.insert(QStringLiteral("cert"), QString::fromLatin1(pem));
                       } else if (p.isSet(QStringLiteral("ca-signed"))) {
                           o.insert(QStringLiteral("auth"), QStringLiteral("x509-ca"));
                       }
                       if (p.isSet(QStringLiteral("status"))) {
                           const QString st = p.value(QStringLiteral("status"));
                           if (st != QStringLiteral("enabled") && st != QStringLiteral("disabled"))
                               fail(2, tr("--status must be enabled or disabled"));
                           o.insert(QStringLiteral("status"), st);
                       }
                       if (!o.contains(QStringLiteral("status")))
                           o.insert(QStringLiteral("status"), QStringLiteral("enabled"));
                       if (p.isSet(QStringLiteral("fail")))
                           o.insert(QStringLiteral("fail"), failFromOptions(p));
                       if (o.value(QStringLiteral("fail")).toObject().isEmpty())
                           o.remove(QStringLiteral("fail"));
                       if (!o.contains(QStringLiteral("auth")))
                           fail(2, tr("give --symmetric-key-file FILE (or --symmetric-key-env VAR), --thumbprint, "
                                      "--cert or --ca-signed"));
                   });
            return true;
        });
        return 0;
    }
    fail(2, tr("unknown hub device command; see local-azure --help"));
}

} // namespace

int cmdHub(const QStringList &args, const QCommandLineParser &p, const QString &dir)
{
    const bool json = p.isSet(QStringLiteral("json"));
    const QString what = args.value(1), verb = args.value(2);
    if (what == QStringLiteral("device"))
        return deviceCommand(verb, p, dir, json);
    if (what == QStringLiteral("policy"))
        return policyCommand(verb, p, dir, true);
    if (what == QStringLiteral("ca") && verb == QStringLiteral("add")) {
        const QByteArray pem = readFileOrFail(required(p, "cert"));
        if (!isValidPemCert(pem))
            fail(2, tr("%1 is not a PEM certificate").arg(p.value(QStringLiteral("cert"))));
        mutate(dir, [&](QJsonObject &s, QString *) {
            QJsonArray cas = s.value(QStringLiteral("hubCas")).toArray();
            cas.append(QJsonObject{{QStringLiteral("name"), certCommonName(pem)},
                                   {QStringLiteral("pem"), QString::fromLatin1(pem)}});
            s.insert(QStringLiteral("hubCas"), cas);
            return true;
        });
        return 0;
    }
    if (what == QStringLiteral("telemetry")) {
        QFile f(dir + QStringLiteral("/telemetry.jsonl"));
        if (!f.exists())
            return 0;
        if (!f.open(QIODevice::ReadOnly))
            fail(1, tr("cannot read %1: %2").arg(f.fileName(), f.errorString()));
        const QString device = p.value(QStringLiteral("device"));
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (line.isEmpty() || (!device.isEmpty() && o.value(QStringLiteral("deviceId")).toString() != device))
                continue;
            if (json)
                out(QString::fromUtf8(line));
            else
                out(QStringLiteral("%1 %2 %3")
                        .arg(o.value(QStringLiteral("time")).toString(), o.value(QStringLiteral("deviceId")).toString(),
                             o.value(QStringLiteral("body")).toString()));
        }
        return 0;
    }
    if (what == QStringLiteral("c2d") && verb == QStringLiteral("send")) {
        const QString device = required(p, "device");
        QJsonObject props;
        for (const QString &kv : p.values(QStringLiteral("property"))) {
            const int eq = kv.indexOf(u'=');
            if (eq <= 0)
                fail(2, tr("--property needs key=value"));
            props.insert(kv.left(eq), kv.mid(eq + 1));
        }
        const QString mid =
            p.value(QStringLiteral("message-id")).isEmpty() ? newTrackingId() : p.value(QStringLiteral("message-id"));
        mutate(dir, [&](QJsonObject &s, QString *) {
            QJsonArray q = s.value(QStringLiteral("c2d")).toArray();
            int pending = 0;
            for (const QJsonValue &v : q)
                pending += v.toObject().value(QStringLiteral("deviceId")).toString() == device;
            if (pending >= 50)
                fail(1, tr("device %1 already has 50 pending cloud-to-device messages").arg(device));
            q.append(QJsonObject{{QStringLiteral("deviceId"), device},
                                 {QStringLiteral("messageId"), mid},
                                 {QStringLiteral("bodyBase64"),
                                  QString::fromLatin1(p.value(QStringLiteral("body")).toUtf8().toBase64())},
                                 {QStringLiteral("properties"), props}});
            s.insert(QStringLiteral("c2d"), q);
            return true;
        });
        if (json)
            outJson(QJsonObject{{QStringLiteral("messageId"), mid}});
        return 0;
    }
    fail(2, tr("unknown hub command; see local-azure --help"));
}

} // namespace laztool
