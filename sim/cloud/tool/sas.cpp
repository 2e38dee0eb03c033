// local-azure sas: derived device keys and SAS tokens.
#include "tool.h"

#include <QDateTime>

using namespace laz;

namespace laztool {

int cmdSas(const QCommandLineParser &p)
{
    if (!hasKey(p, "key"))
        fail(2, tr("--key-file FILE, --key-env VAR or --key KEY is required"));
    QByteArray key = keyValue(p, "key").toLatin1();
    if (p.isSet(QStringLiteral("registration-id")))
        key = deriveDeviceKey(key, p.value(QStringLiteral("registration-id")).toUtf8());
    if (key.isEmpty())
        fail(2, tr("--key must be base64"));
    if (!p.isSet(QStringLiteral("resource"))) { // derive only
        out(QString::fromLatin1(key));
        return 0;
    }
    bool ok = true;
    const qint64 se = p.isSet(QStringLiteral("expiry")) ? p.value(QStringLiteral("expiry")).toLongLong(&ok)
                                                        : QDateTime::currentSecsSinceEpoch() + 3600;
    if (!ok)
        fail(2, tr("--expiry needs Unix seconds"));
    out(QString::fromLatin1(makeSas(p.value(QStringLiteral("resource")).toUtf8(), key, se,
                                    p.value(QStringLiteral("skn")).toUtf8(), p.isSet(QStringLiteral("skn")))));
    return 0;
}

} // namespace laztool
