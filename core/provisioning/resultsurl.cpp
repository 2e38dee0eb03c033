#include "provisioning/resultsurl.h"

#include "provisioning/resultstore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

QStringList ResultsUrl::allowedOptions()
{
    return {QStringLiteral("sslmode"),
            QStringLiteral("sslrootcert"),
            QStringLiteral("sslcert"),
            QStringLiteral("sslkey"),
            QStringLiteral("sslcrl"),
            QStringLiteral("connect_timeout"),
            QStringLiteral("application_name"),
            QStringLiteral("target_session_attrs"),
            QStringLiteral("host")};
}

Expected<ResultsUrl, QString> ResultsUrl::parse(const QString &input)
{
    using R = Expected<ResultsUrl, QString>;
    const QString text = input.trimmed();
    ResultsUrl url;
    if (text.isEmpty()) {
        url.path = ResultStore::defaultPath();
        return R::success(url);
    }
    const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+):"));
    const QRegularExpressionMatch m = scheme.match(text);
    const QString name = m.hasMatch() ? m.captured(1).toLower() : QString();
    if (name.isEmpty() || name == QLatin1String("sqlite")) {
        QString path = text;
        if (name == QLatin1String("sqlite")) {
            path = text.mid(m.capturedLength());
            if (path.startsWith(QLatin1String("//")))
                path = path.mid(2);
        }
        if (path.isEmpty())
            return R::failure(tr("the results URL %1 names no SQLite file").arg(mask(text)));
        url.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        return R::success(url);
    }
    if (name != QLatin1String("postgresql") && name != QLatin1String("postgres"))
        return R::failure(tr("the results URL %1 has the scheme \"%2\": use a file path, sqlite:///PATH or "
                             "postgresql://USER@HOST/DATABASE")
                              .arg(mask(text), name));
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid())
        return R::failure(tr("the results URL %1 is not a valid URL: %2").arg(mask(text), mask(parsed.errorString())));
    url.driver = Driver::Postgres;
    url.user = parsed.userName();
    url.password = parsed.password();
    url.passwordInUrl = !url.password.isEmpty();
    url.host = parsed.host();
    url.port = parsed.port(5432);
    url.database = parsed.path().mid(1);
    if (url.database.isEmpty() || url.database.contains(u'/'))
        return R::failure(
            tr("the results URL %1 names no database: write postgresql://USER@HOST/DATABASE").arg(mask(text)));
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            return R::failure(tr("the results URL %1 carries a password: give it as the secret \"%2\" or in "
                                 "~/.pgpass instead")
                                  .arg(mask(text), QLatin1String(kPasswordSecret)));
        if (!allowedOptions().contains(key))
            return R::failure(tr("the results URL %1 has the unknown option \"%2\" (known: %3)")
                                  .arg(mask(text), key, allowedOptions().join(QStringLiteral(", "))));
        if (value.contains(u' ') || value.contains(u'\'') || value.contains(u'\\') || value.contains(u';'))
            return R::failure(tr("the option \"%1\" of the results URL %2 holds a space, quote, backslash or "
                                 "semicolon, which a connection option cannot carry")
                                  .arg(key, mask(text)));
        if (key == QLatin1String("host"))
            url.host = value; // a socket folder ("/run/postgresql") as libpq writes it
        else
            url.options.append(key + u'=' + value);
    }
    if (url.user.isEmpty())
        return R::failure(
            tr("the results URL %1 names no user: write postgresql://USER@HOST/DATABASE").arg(mask(text)));
    return R::success(url);
}

QString ResultsUrl::display() const
{
    if (driver == Driver::Sqlite)
        return QDir::toNativeSeparators(path);
    QString out = QStringLiteral("postgresql://") + user;
    if (passwordInUrl)
        out += QStringLiteral(":****");
    out += u'@';
    if (!host.startsWith(u'/'))
        out += host;
    if (port != 5432)
        out += u':' + QString::number(port);
    out += u'/' + database;
    QStringList query = options;
    if (host.startsWith(u'/'))
        query.prepend(QStringLiteral("host=") + host);
    if (!query.isEmpty())
        out += u'?' + query.join(u'&');
    return out;
}

QString ResultsUrl::key() const
{
    if (driver == Driver::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString ResultsUrl::mask(const QString &text)
{
    // scheme://user:secret@ -> scheme://user:****@ (the user part may be empty).
    static const QRegularExpression withPassword(QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s]*):[^@\\s]*@"));
    QString out = text;
    out.replace(withPassword, QStringLiteral("\\1:****@"));
    static const QRegularExpression queryPassword(QStringLiteral("([?&]password=)[^&\\s]*"),
                                                  QRegularExpression::CaseInsensitiveOption);
    out.replace(queryPassword, QStringLiteral("\\1****"));
    return out;
}
