#pragma once

// A real PostgreSQL server for tests and benches (issue 16): initdb + pg_ctl in a temporary
// directory, as the unprivileged user "postgres" when the test runs as root (PostgreSQL refuses
// root), listening on 127.0.0.1 only, on a free port. No mock: the station's QPSQL driver, libpq
// and the server are the ones a line runs.
//
// The roles are those docs/line.md sets up: provstation_owner (owns the database, runs the
// migrations) and provstation_station (reads and writes rows, nothing else), each with a password
// that reaches libpq through a 0600 .pgpass file named by PGPASSFILE, never a command line.

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace testbed {

class PgServer
{
public:
    static constexpr const char *kAdmin = "provstation_admin";
    static constexpr const char *kOwner = "provstation_owner";
    static constexpr const char *kStation = "provstation_station";
    static constexpr const char *kWriters = "provstation_writer";
    static constexpr const char *kDatabase = "provstation";

    /// @p durable false turns fsync off (tests); the bench keeps it on, as a line would.
    explicit PgServer(bool durable = false)
        : m_durable(durable)
    {
    }
    ~PgServer()
    {
        if (m_running)
            pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate")}, 30000);
    }
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    /// Makes the cluster, starts it and sets up the line's database and roles (docs/line.md).
    /// False with error() naming what is missing and how to get it.
    bool start()
    {
        if (!findBinaries() || !m_dir.isValid() || !prepareDirectory() || !initdb() || !startServer())
            return false;
        return setUpLine();
    }
    /// Stops the server (fast shutdown: connections are cut, as when a server goes down).
    bool stop()
    {
        if (!pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                    QStringLiteral("-t"), QStringLiteral("30")},
                   40000))
            return false;
        m_running = false;
        return true;
    }
    /// Starts the stopped server again, same data and port.
    bool restart() { return startServer(); }

    int port() const { return m_port; }
    QString error() const { return m_error; }
    /// A URL for @p user and @p database; the password is in passFile().
    QString url(const QString &user = QLatin1String(kStation), const QString &database = QLatin1String(kDatabase)) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
    }
    QString password(const QString &user) const { return QStringLiteral("pw-") + user + QStringLiteral("-7f3a"); }
    /// The .pgpass (0600) holding every role's password: set PGPASSFILE to it.
    QString passFile() const { return m_dir.filePath(QStringLiteral("pgpass")); }

    /// Runs @p sql with psql as @p user on @p database; false with the output in error().
    bool psql(const QString &sql, QString *output = nullptr, const QString &user = QLatin1String(kAdmin),
              const QString &database = QStringLiteral("postgres"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSFILE"), passFile());
        p.setProcessEnvironment(env);
        p.start(m_bin + QStringLiteral("/psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                 QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                 QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), user,
                 QStringLiteral("-d"), database});
        // The SQL goes in on standard input: a password in it never shows on a command line.
        p.write(sql.toUtf8() + ";\n");
        p.closeWriteChannel();
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_error = QStringLiteral("psql: %1%2").arg(QString::fromUtf8(p.readAllStandardError()), p.errorString());
            if (output)
                *output = m_error;
            return false;
        }
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        return true;
    }
    /// A fresh database owned by the owner role, with the station role's rights (docs/line.md).
    bool createDatabase(const QString &name)
    {
        return psql(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, QLatin1String(kOwner))) &&
               grantStation(name);
    }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool findBinaries()
    {
        QStringList candidates;
        if (qEnvironmentVariableIsSet("PG_BINDIR"))
            candidates << qEnvironmentVariable("PG_BINDIR");
        candidates << QStringLiteral("/usr/lib/postgresql/15/bin");
        const QStringList others =
            QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &v : others)
            candidates << QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
        for (const QString &dir : candidates) {
            if (QFile::exists(dir + QStringLiteral("/initdb")) && QFile::exists(dir + QStringLiteral("/pg_ctl")) &&
                QFile::exists(dir + QStringLiteral("/psql"))) {
                m_bin = dir;
                return true;
            }
        }
        return fail(QStringLiteral("PostgreSQL 15 server binaries (initdb, pg_ctl) are missing: install them with "
                                   "`apt-get install --no-install-recommends postgresql-15` (installer/bootstrap.sh "
                                   "test does), or point PG_BINDIR at them"));
    }

    bool prepareDirectory()
    {
        m_data = m_dir.filePath(QStringLiteral("data"));
        if (!QDir().mkpath(m_data))
            return fail(QStringLiteral("cannot create %1").arg(m_data));
        // The pgpass file is the test's (libpq refuses one that others can read).
        QFile pass(passFile());
        if (!pass.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1").arg(passFile()));
        for (const char *user : {kAdmin, kOwner, kStation})
            pass.write(QStringLiteral("127.0.0.1:*:*:%1:%2\n")
                           .arg(QLatin1String(user), password(QLatin1String(user)))
                           .toUtf8());
        pass.close();
        ::chmod(QFile::encodeName(passFile()).constData(), 0600);
        QFile pw(m_dir.filePath(QStringLiteral("adminpw")));
        if (!pw.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write the admin password file"));
        pw.write(password(QLatin1String(kAdmin)).toUtf8() + '\n');
        pw.close();
        if (::geteuid() != 0)
            return true;
        // As root, the server runs as "postgres": it needs to own its folder and reach it.
        const passwd *pg = ::getpwnam("postgres");
        if (!pg)
            return fail(QStringLiteral("running as root, the test needs the user \"postgres\" to run the server as "
                                       "(the postgresql-15 package creates it)"));
        m_uid = pg->pw_uid;
        m_gid = pg->pw_gid;
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0711);
        for (const QString &path : {m_data, m_dir.filePath(QStringLiteral("adminpw"))}) {
            if (::chown(QFile::encodeName(path).constData(), m_uid, m_gid) != 0)
                return fail(QStringLiteral("cannot hand %1 to the user postgres").arg(path));
        }
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        log.open(QIODevice::WriteOnly);
        log.close();
        if (::chown(QFile::encodeName(log.fileName()).constData(), m_uid, m_gid) != 0)
            return fail(QStringLiteral("cannot hand the server log to the user postgres"));
        return true;
    }

    /// Runs a server binary, as "postgres" when we are root (runuser; the environment stays ours).
    bool runServerTool(const QString &tool, const QStringList &args, int timeoutMs, QString *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (::geteuid() == 0)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                           QStringLiteral("--"), m_bin + u'/' + tool} +
                                                   args);
        else
            p.start(m_bin + u'/' + tool, args);
        const bool done = p.waitForFinished(timeoutMs);
        const QString out = QString::fromUtf8(p.readAll());
        if (output)
            *output = out;
        if (!done || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return fail(QStringLiteral("%1 %2 failed: %3 %4").arg(tool, args.join(u' '), out, p.errorString()));
        return true;
    }

    bool initdb()
    {
        if (!runServerTool(QStringLiteral("initdb"),
                           {QStringLiteral("-D"), m_data, QStringLiteral("-U"), QLatin1String(kAdmin),
                            QStringLiteral("--pwfile=") + m_dir.filePath(QStringLiteral("adminpw")),
                            QStringLiteral("--auth-local=scram-sha-256"), QStringLiteral("--auth-host=scram-sha-256"),
                            QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale")},
                           120000))
            return false;
        QTcpServer probe; // a free port, released just before the server takes it
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return fail(QStringLiteral("no free TCP port on 127.0.0.1"));
        m_port = probe.serverPort();
        probe.close();
        QFile conf(m_data + QStringLiteral("/postgresql.auto.conf"));
        if (!conf.open(QIODevice::WriteOnly | QIODevice::Append))
            return fail(QStringLiteral("cannot write %1").arg(conf.fileName()));
        conf.write(QStringLiteral("port = %1\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n"
                                  "max_connections = 60\nshared_buffers = 32MB\nfsync = %2\n"
                                  "synchronous_commit = %2\n")
                       .arg(m_port)
                       .arg(m_durable ? QStringLiteral("on") : QStringLiteral("off"))
                       .toUtf8());
        return true;
    }

    bool startServer()
    {
        if (!pgCtl({QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                    QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log"))},
                   90000))
            return false;
        m_running = true;
        return true;
    }

    bool pgCtl(QStringList args, int timeoutMs)
    {
        args << QStringLiteral("-D") << m_data;
        return runServerTool(QStringLiteral("pg_ctl"), args, timeoutMs);
    }

    bool grantStation(const QString &database)
    {
        // Least privilege: the station role may connect; the migrations grant the rows to
        // provstation_writer, of which it is a member (docs/line.md).
        return psql(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, QLatin1String(kStation)));
    }

    bool setUpLine()
    {
        return psql(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                        .arg(QLatin1String(kOwner), password(QLatin1String(kOwner)))) &&
               psql(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(QLatin1String(kWriters))) &&
               psql(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3")
                        .arg(QLatin1String(kStation), password(QLatin1String(kStation)), QLatin1String(kWriters))) &&
               createDatabase(QLatin1String(kDatabase));
    }

    bool m_durable;
    QTemporaryDir m_dir;
    QString m_bin;
    QString m_data;
    QString m_error;
    int m_port = 0;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    bool m_running = false;
};

} // namespace testbed
