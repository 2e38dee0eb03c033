#include "common/files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace files {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("files", text);
}
} // namespace

std::optional<QByteArray> readBounded(const QString &path, qint64 maxBytes, QString *error)
{
    const auto failed = [&](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), why);
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return failed(tr("no such file"));
    if (info.isDir())
        return failed(tr("it is a folder, not a file"));
    if (!info.isFile())
        return failed(tr("it is a device, pipe or socket, not a file"));
    if (info.size() > maxBytes)
        return failed(tr("it is %1 bytes; at most %2 are accepted").arg(info.size()).arg(maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    // Read one byte more than allowed: a file that grew after the check is still refused.
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return failed(tr("it is more than %1 bytes").arg(maxBytes));
    if (file.error() != QFileDevice::NoError)
        return failed(file.errorString());
    return data;
}

bool writeAtomically(const QString &path, const QByteArray &data, bool ownerOnly, QString *error)
{
    const auto failed = [&](const QString &why) {
        if (error)
            *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (QFileInfo(path).isDir())
        return failed(tr("it is a folder"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
#ifdef Q_OS_UNIX
    // Restrict the temporary file before the secret goes in; the rename keeps the mode.
    if (ownerOnly && ::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0)
        return failed(tr("cannot restrict it to its owner"));
#else
    if (ownerOnly)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    if (file.write(data) != data.size())
        return failed(file.errorString());
    if (!file.commit())
        return failed(file.errorString());
    return true;
}

} // namespace files
