// local-azure service fail: faults of the service REST APIs (429 with Retry-After, 500, 503), served
// to the next requests and counted down in the state file.
#include "tool.h"

using namespace laz;

namespace laztool {

int cmdService(const QStringList &args, const QCommandLineParser &p, const QString &dir)
{
    if (args.value(1) != QStringLiteral("fail"))
        fail(2, tr("unknown service command; see local-azure --help"));
    const QString mode = required(p, "mode");
    static const QStringList modes{QStringLiteral("throttled"), QStringLiteral("internal"),
                                   QStringLiteral("unavailable"), QStringLiteral("none")};
    if (!modes.contains(mode))
        fail(2, tr("--mode must be one of %1").arg(modes.join(QStringLiteral(", "))));
    QJsonObject f{{QStringLiteral("mode"), mode}, {QStringLiteral("count"), 1}, {QStringLiteral("retryAfter"), 1}};
    for (const auto &[opt, key] : {std::pair{"count", "count"}, std::pair{"retry-after", "retryAfter"}}) {
        if (!p.isSet(QLatin1String(opt)))
            continue;
        bool ok = false;
        const int v = p.value(QLatin1String(opt)).toInt(&ok);
        if (!ok || v < 0)
            fail(2, tr("--%1 needs a non-negative number").arg(QLatin1String(opt)));
        f.insert(QLatin1String(key), v);
    }
    if (p.isSet(QStringLiteral("path")))
        f.insert(QStringLiteral("path"), p.value(QStringLiteral("path")));
    mutate(dir, [&](QJsonObject &s, QString *) {
        if (mode == QStringLiteral("none"))
            s.remove(QStringLiteral("serviceFail"));
        else
            s.insert(QStringLiteral("serviceFail"), f);
        return true;
    });
    return 0;
}

} // namespace laztool
