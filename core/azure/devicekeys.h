#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace azure {

/// One device and its symmetric key, as an engineer exports them from the hub.
struct DeviceKey
{
    QString deviceId;
    QString key; ///< base64 (secret)
};

/// Reads "deviceId,primaryKey" lines (a header line, blank lines and '#' comments are skipped;
/// a third column is ignored). Every bad line is reported in @p errors with its number; the good
/// ones are returned.
QList<DeviceKey> parseDeviceKeysCsv(QByteArrayView csv, QStringList *errors);

} // namespace azure
