#include "azure/devicekeys.h"

#include "azure/identifiers.h"

#include <QCoreApplication>

namespace azure {

QList<DeviceKey> parseDeviceKeysCsv(QByteArrayView csv, QStringList *errors)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("azure", text); };
    QList<DeviceKey> out;
    int number = 0;
    for (const QByteArray &rawLine : csv.toByteArray().split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u',');
        const QString id = fields.value(0).trimmed().remove(u'"');
        const QString key = fields.value(1).trimmed().remove(u'"');
        if (number == 1 && id.compare(QLatin1String("deviceId"), Qt::CaseInsensitive) == 0)
            continue; // header
        if (fields.size() < 2) {
            errors->append(tr("line %1: expected deviceId,primaryKey").arg(number));
            continue;
        }
        if (const auto why = checkDeviceId(id)) {
            errors->append(tr("line %1: the device ID: %2").arg(number).arg(*why));
            continue;
        }
        const QByteArray raw = QByteArray::fromBase64(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (raw.size() < 16 || raw.size() > 64) {
            errors->append(tr("line %1: the key of %2 is not a base64 key of 16 to 64 bytes").arg(number).arg(id));
            continue;
        }
        out.append({id, key});
    }
    return out;
}

} // namespace azure
