#include "tool.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

using namespace laz;

namespace laztool {

QString tr(const char *text)
{
    return QCoreApplication::translate("local-azure", text);
}

[[noreturn]] void fail(int code, const QString &message)
{
    std::fprintf(stderr, "local-azure: %s\n", qPrintable(message));
    throw Exit{code};
}

void out(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

void outJson(const QJsonObject &o)
{
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QByteArray readFileOrFail(const QString &path)
{
    // Certificates, keys and policies are small; a device or FIFO would never end.
    constexpr qint64 kMaxFile = 1 << 20;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        fail(2, tr("cannot read %1: it is not a regular file").arg(path));
    if (info.size() > kMaxFile)
        fail(2, tr("cannot read %1: more than %2 bytes").arg(path).arg(kMaxFile));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(2, tr("cannot read %1: %2").arg(path, f.errorString()));
    return f.read(kMaxFile);
}

namespace {
QStringList &pendingWarnings()
{
    static QStringList warnings;
    return warnings;
}
} // namespace

void warnOnSuccess(const QString &message)
{
    if (!pendingWarnings().contains(message))
        pendingWarnings().append(message);
}

void printWarnings()
{
    for (const QString &w : std::as_const(pendingWarnings()))
        std::fprintf(stderr, "local-azure: warning: %s\n", qPrintable(w));
    pendingWarnings().clear();
}

bool hasKey(const QCommandLineParser &p, const char *name)
{
    const QString option = QLatin1String(name);
    return p.isSet(option) || p.isSet(option + QLatin1String("-file")) || p.isSet(option + QLatin1String("-env"));
}

QString keyValue(const QCommandLineParser &p, const char *name)
{
    const QString option = QLatin1String(name);
    const QString fileOption = option + QLatin1String("-file");
    const QString envOption = option + QLatin1String("-env");
    if (int(p.isSet(option)) + int(p.isSet(fileOption)) + int(p.isSet(envOption)) > 1)
        fail(2, tr("give one of --%1, --%2 and --%3").arg(option, fileOption, envOption));
    if (p.isSet(fileOption)) {
        const QByteArray line = readFileOrFail(p.value(fileOption)).split('\n').value(0).trimmed();
        if (line.isEmpty())
            fail(2, tr("--%1 %2: the file is empty").arg(fileOption, p.value(fileOption)));
        return QString::fromLatin1(line);
    }
    if (p.isSet(envOption)) {
        const QByteArray var = p.value(envOption).toLocal8Bit();
        const QByteArray value = qgetenv(var.constData()).trimmed();
        if (value.isEmpty())
            fail(2, tr("--%1: the environment variable %2 is not set or empty").arg(envOption, p.value(envOption)));
        return QString::fromLatin1(value);
    }
    if (p.isSet(option)) {
        warnOnSuccess(tr("--%1 puts the key in the process list (ps); give --%2 FILE or --%3 VAR instead")
                          .arg(option, fileOption, envOption));
        return p.value(option);
    }
    return {};
}

QJsonObject failFromOptions(const QCommandLineParser &p)
{
    const QString mode = p.value(QStringLiteral("fail"));
    if (mode.isEmpty() || mode == QStringLiteral("none"))
        return {};
    static const QStringList modes{
        QStringLiteral("unauthorized"), QStringLiteral("notfound"), QStringLiteral("throttled"), QStringLiteral("slow"),
        QStringLiteral("disabled"),     QStringLiteral("failed"),   QStringLiteral("internal")};
    if (!modes.contains(mode))
        fail(2, tr("--fail must be one of %1 or none").arg(modes.join(QStringLiteral(", "))));
    QJsonObject f{{QStringLiteral("mode"), mode}};
    for (const auto &[opt, key] : {std::pair{"retry-after", "retryAfter"}, std::pair{"count", "count"},
                                   std::pair{"delay-ms", "delayMs"}, std::pair{"error-code", "errorCode"}}) {
        if (!p.isSet(QLatin1String(opt)))
            continue;
        bool ok = false;
        const int v = p.value(QLatin1String(opt)).toInt(&ok);
        if (!ok || v < 0)
            fail(2, tr("--%1 needs a non-negative number").arg(QLatin1String(opt)));
        f.insert(QLatin1String(key), v);
    }
    if (p.isSet(QStringLiteral("error-message")))
        f.insert(QStringLiteral("errorMessage"), p.value(QStringLiteral("error-message")));
    return f;
}

QString required(const QCommandLineParser &p, const char *name)
{
    const QString v = p.value(QLatin1String(name));
    if (v.isEmpty())
        fail(2, tr("--%1 is required").arg(QLatin1String(name)));
    return v;
}

void checkKey(const QString &key)
{
    const auto r = QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r || r.decoded.size() < 16 || r.decoded.size() > 64)
        fail(2, tr("--symmetric-key must be base64 of 16 to 64 bytes"));
}

void mutate(const QString &dir, const std::function<bool(QJsonObject &, QString *)> &fn)
{
    QString error;
    if (!StateFile(dir).update(fn, &error))
        fail(2, error);
}

QJsonObject loadState(const QString &dir)
{
    QJsonObject s;
    QString error;
    if (!StateFile(dir).load(&s, &error))
        fail(2, error);
    return s;
}

void upsert(QJsonObject &s, const char *key, const char *idKey, const QString &id, bool mustExist, bool mustNotExist,
            const std::function<void(QJsonObject &)> &fn)
{
    QJsonArray arr = s.value(QLatin1String(key)).toArray();
    for (int i = 0; i < arr.size(); ++i) {
        QJsonObject o = arr[i].toObject();
        if (o.value(QLatin1String(idKey)).toString() == id) {
            if (mustNotExist)
                fail(2, tr("%1 already exists (use update)").arg(id));
            fn(o);
            arr[i] = o;
            s.insert(QLatin1String(key), arr);
            return;
        }
    }
    if (mustExist)
        fail(2, tr("%1 does not exist").arg(id));
    QJsonObject o;
    o.insert(QLatin1String(idKey), id);
    fn(o);
    arr.append(o);
    s.insert(QLatin1String(key), arr);
}

void printEntries(const QJsonArray &arr, bool json, const QStringList &columns)
{
    for (const QJsonValue &v : arr) {
        QJsonObject o = v.toObject();
        for (const char *secret : {"primaryKey", "secondaryKey", "caCert", "cert"})
            if (o.contains(QLatin1String(secret)))
                o.insert(QLatin1String(secret), QStringLiteral("<set>"));
        if (json) {
            outJson(o);
            continue;
        }
        QStringList cells;
        for (const QString &c : columns) {
            const QJsonValue cv = o.value(c);
            cells << c + u'=' +
                         (cv.isObject() ? QString::fromUtf8(QJsonDocument(cv.toObject()).toJson(QJsonDocument::Compact))
                                        : cv.toVariant().toString());
        }
        out(cells.join(u' '));
    }
}

int policyCommand(const QString &verb, const QCommandLineParser &p, const QString &dir, bool hub)
{
    const char *arr = hub ? "hubPolicies" : "dpsPolicies";
    if (verb == QStringLiteral("list")) {
        for (const QJsonValue &v : loadState(dir).value(QLatin1String(arr)).toArray()) {
            const QJsonObject o = v.toObject();
            QStringList rights;
            for (const QJsonValue &r : o.value(QStringLiteral("rights")).toArray())
                rights << r.toString();
            out(QStringLiteral("name=%1 rights=%2")
                    .arg(o.value(QStringLiteral("name")).toString(), rights.join(QLatin1Char(','))));
        }
        return 0;
    }
    if (verb != QStringLiteral("set"))
        fail(2, tr("unknown policy command; see local-azure --help"));
    const QString name = required(p, "name");
    const QString key = QString::fromLatin1(readFileOrFail(required(p, "key-file")).trimmed());
    checkKey(key);
    const QStringList known = hub ? hubRights() : dpsRights();
    QJsonArray rights;
    for (const QString &r : required(p, "rights").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!known.contains(r))
            fail(2, tr("--rights takes %1").arg(known.join(QStringLiteral(", "))));
        rights.append(r);
    }
    mutate(dir, [&](QJsonObject &s, QString *) {
        ensureDefaultPolicies(s);
        upsert(s, arr, "name", name, false, false, [&](QJsonObject &o) {
            o.insert(QStringLiteral("primaryKey"), key);
            if (!o.contains(QStringLiteral("secondaryKey")))
                o.insert(QStringLiteral("secondaryKey"), QString::fromLatin1(randomKeyBase64(32)));
            o.insert(QStringLiteral("rights"), rights);
        });
        return true;
    });
    return 0;
}

} // namespace laztool
