#include "cli.h"

#include "common/files.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}
} // namespace

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message, int code)
{
    out().flush();
    err() << "provstation-cli: " << message << Qt::endl;
    return code;
}

void printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
}

bool parse(QCommandLineParser &parser, const QStringList &args)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(args)) {
        fail(parser.errorText());
        return false;
    }
    return true;
}

QString whyStdinNotReadable()
{
    struct stat st
    {
    };
    if (::fstat(STDIN_FILENO, &st) != 0)
        return tr("standard input is closed");
    if (::isatty(STDIN_FILENO))
        return tr("standard input is a terminal; pipe or redirect a file into it");
    if (S_ISDIR(st.st_mode))
        return tr("standard input is a folder, not a file");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return tr("standard input is a device, not a file; pipe or redirect a file into it");
    return {};
}

bool readInput(const QString &path, qint64 maxBytes, QByteArray &data, QString &error)
{
    if (path != QLatin1String("-")) {
        const auto read = files::readBounded(path, maxBytes, &error);
        if (read)
            data = *read;
        return bool(read);
    }
    if (const QString why = whyStdinNotReadable(); !why.isEmpty()) {
        error = why;
        return false;
    }
    QFile file;
    if (!file.open(stdin, QIODevice::ReadOnly)) {
        error = tr("cannot read standard input: %1").arg(file.errorString());
        return false;
    }
    // One byte more than allowed tells "too big" from "exactly the limit".
    data.clear();
    while (data.size() <= maxBytes) {
        const QByteArray chunk = file.read(qMin<qint64>(maxBytes + 1 - data.size(), 1 << 20));
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (file.error() != QFileDevice::NoError) {
        error = tr("cannot read standard input: %1").arg(file.errorString());
        return false;
    }
    if (data.size() > maxBytes) {
        data.clear();
        error = tr("standard input is more than %1 bytes").arg(maxBytes);
        return false;
    }
    return true;
}

} // namespace cli
