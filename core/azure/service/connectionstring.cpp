#include "azure/service/connectionstring.h"

#include "azure/sas.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace azure::service {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("azure::service::ConnectionString", text); // the context lupdate sees
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

std::optional<ConnectionString> ConnectionString::parse(QStringView text, QString *error)
{
    QHash<QString, QString> parts;
    for (const QStringView part : text.trimmed().split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0 || eq == part.size() - 1)
            continue; // as the SDKs do: a part without name or value is ignored
        parts.insert(part.left(eq).trimmed().toString(), part.mid(eq + 1).trimmed().toString());
    }
    if (parts.contains(QStringLiteral("DeviceId"))) {
        setError(error, tr("this is a device connection string (it has DeviceId); the station needs a shared access "
                           "policy's connection string (HostName, SharedAccessKeyName, SharedAccessKey) from the "
                           "service's \"Shared access policies\""));
        return std::nullopt;
    }
    QStringList missing;
    for (const char *name : {"HostName", "SharedAccessKeyName", "SharedAccessKey"})
        if (parts.value(QLatin1String(name)).isEmpty())
            missing << QLatin1String(name);
    if (!missing.isEmpty()) {
        setError(error, tr("the connection string lacks %1 (expected HostName=…;SharedAccessKeyName=…;"
                           "SharedAccessKey=…)")
                            .arg(missing.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    ConnectionString cs;
    cs.hostName = parts.value(QStringLiteral("HostName"));
    cs.keyName = parts.value(QStringLiteral("SharedAccessKeyName"));
    cs.key = parts.value(QStringLiteral("SharedAccessKey"));
    if (cs.hostName.contains(u'/') || cs.hostName.contains(u':') || cs.hostName.contains(u' ')) {
        setError(error, tr("HostName \"%1\" must be a bare host name (no scheme, port or path)").arg(cs.hostName));
        return std::nullopt;
    }
    if (cs.hostName.compare(QLatin1String("global.azure-devices-provisioning.net"), Qt::CaseInsensitive) == 0) {
        setError(error, tr("HostName global.azure-devices-provisioning.net is the devices' endpoint; a DPS "
                           "connection string names the service's own host (<name>.azure-devices-provisioning.net)"));
        return std::nullopt;
    }
    QString why;
    if (!decodeKey(cs.key, &why)) {
        setError(error, tr("SharedAccessKey of policy %1: %2").arg(cs.keyName, why));
        return std::nullopt;
    }
    return cs;
}

QString ConnectionString::sasToken(qint64 validitySeconds) const
{
    const qint64 expiry = QDateTime::currentSecsSinceEpoch() + validitySeconds;
    return azure::sasToken(hostName, key, expiry, keyName).value_or(QString());
}

QString ConnectionString::describe() const
{
    return QStringLiteral("HostName=%1;SharedAccessKeyName=%2").arg(hostName, keyName);
}

} // namespace azure::service
