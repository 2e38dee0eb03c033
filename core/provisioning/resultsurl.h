#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// Where a station's results go, as one text (docs/line.md "Results URL"):
///
///   (empty)                               the default SQLite file (ResultStore::defaultPath())
///   /var/lib/station/results.sqlite       an SQLite file (a relative path is made absolute)
///   sqlite:///var/lib/station/results.sqlite
///   postgresql://station@db.line3/provstation?sslmode=require
///   postgres://station@db.line3:5433/provstation
///
/// A PostgreSQL password does not belong in the URL: it comes from the secret store (secret
/// kResultsPasswordSecret) or from libpq's .pgpass. A URL that carries one anyway still works,
/// but display() and mask() hide it wherever the URL is printed or logged.
struct ResultsUrl
{
    Q_DECLARE_TR_FUNCTIONS(ResultsUrl)
public:
    enum class Driver
    {
        Sqlite,
        Postgres,
    };
    /// The secret the station reads the PostgreSQL password from.
    static constexpr const char *kPasswordSecret = "results-password";
    /// libpq connection parameters a URL's query may set (everything else is refused by name).
    static QStringList allowedOptions();

    Driver driver = Driver::Sqlite;
    QString path; ///< SQLite: the absolute file path
    QString host; ///< PostgreSQL: a host name, an address, or a socket folder (starts with '/')
    int port = 5432;
    QString user;
    QString database;
    QStringList options; ///< "sslmode=require", … (libpq key=value)
    QString password;    ///< set from the secret store (or, discouraged, the URL itself)
    bool passwordInUrl = false;

    /// Parses @p text (see above); the error names what is wrong with it.
    static Expected<ResultsUrl, QString> parse(const QString &text);
    bool isPostgres() const { return driver == Driver::Postgres; }
    /// The URL for people and logs: never a password ("postgresql://station:****@host/db").
    QString display() const;
    /// Identifies the database (no password): the same text for every station that shares it.
    QString key() const;
    /// @p text with any "scheme://user:password@" password replaced by "****" (error messages,
    /// command lines, settings shown on screen).
    static QString mask(const QString &text);
};
