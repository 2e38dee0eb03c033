#include "common/files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace files {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("files", text);
}

QString cannotRead(const QString &path, const QString &why)
{
    return tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), why);
}

QString tooBig(qint64 size, qint64 maxBytes)
{
    return tr("it is %1 bytes; at most %2 are accepted").arg(size).arg(maxBytes);
}

#ifdef Q_OS_UNIX
/// The reason a file of this kind (st_mode) is not data, or empty for a regular file.
QString whyNotRegular(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return tr("it is a folder, not a file");
    if (S_ISFIFO(mode))
        return tr("it is a pipe (FIFO), not a file");
    if (S_ISSOCK(mode))
        return tr("it is a socket, not a file");
    return tr("it is a device, not a file");
}
#endif
} // namespace

QString whyNotReadable(const QString &path, qint64 maxBytes)
{
    if (path.isEmpty())
        return tr("no file name was given");
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return cannotRead(path, errno == ENOENT ? tr("no such file") : QString::fromLocal8Bit(std::strerror(errno)));
    if (const QString why = whyNotRegular(st.st_mode); !why.isEmpty())
        return cannotRead(path, why);
    if (st.st_size > maxBytes)
        return cannotRead(path, tooBig(st.st_size, maxBytes));
#else
    const QFileInfo info(path);
    if (!info.exists())
        return cannotRead(path, tr("no such file"));
    if (info.isDir())
        return cannotRead(path, tr("it is a folder, not a file"));
    if (!info.isFile())
        return cannotRead(path, tr("it is a device, not a file"));
    if (info.size() > maxBytes)
        return cannotRead(path, tooBig(info.size(), maxBytes));
#endif
    return {};
}

std::optional<QByteArray> readBounded(const QString &path, qint64 maxBytes, QString *error)
{
    const auto failed = [&](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = cannotRead(path, why);
        return std::nullopt;
    };
    if (const QString why = whyNotReadable(path, maxBytes); !why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    QFile file;
#ifdef Q_OS_UNIX
    // Open without blocking, then look at what was opened: no window between check and read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const QString why = whyNotRegular(st.st_mode);
        ::close(fd);
        return failed(why.isEmpty() ? tr("it changed while it was opened") : why);
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return failed(file.errorString());
    }
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
#endif
    // Read one byte more than allowed: a file that grew after the check is still refused.
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failed(file.errorString());
    if (data.size() > maxBytes)
        return failed(tr("it is more than %1 bytes").arg(maxBytes));
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
