#include "cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace cli {

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

bool readInput(const QString &path, QByteArray &data, QString &error)
{
    QFile file;
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                               : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        error = QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        error = QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace cli
