// provstation-cli doctor as a user runs it: the built program on this machine, a pseudo-terminal
// typed as a port, a port whose permissions refuse the user (the program really runs as an
// unprivileged user when the test is root), and a clock set back by libfaketime.

#include "testregistry.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <grp.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

/// A pseudo-terminal pair; the test holds the master, the program opens the slave by path.
struct Pty
{
    Pty()
    {
        master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master >= 0 && ::grantpt(master) == 0 && ::unlockpt(master) == 0)
            path = QString::fromLocal8Bit(::ptsname(master));
    }
    ~Pty()
    {
        if (master >= 0)
            ::close(master);
    }
    Pty(const Pty &) = delete;
    Pty &operator=(const Pty &) = delete;
    int master = -1;
    QString path;
};

struct Run
{
    int code = -1;
    QList<QJsonObject> lines;
    QByteArray out, err;

    /// The finding of @p check (and @p subject when given).
    QJsonObject find(const QString &check, const QString &subject = {}) const
    {
        for (const QJsonObject &o : lines) {
            if (o.value(u"check").toString() == check &&
                (subject.isEmpty() || o.value(u"subject").toString() == subject))
                return o;
        }
        return {};
    }
};

/// Runs @p program with @p args (English messages) and parses one JSON object per line.
Run run(const QString &program, const QStringList &args, const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PROVSTATION_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR")); // root's; an unprivileged user may not enter it
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(5000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = p.readAllStandardError();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    for (const QByteArray &line : r.out.split('\n')) {
        if (!line.trimmed().isEmpty())
            r.lines << QJsonDocument::fromJson(line).object();
    }
    return r;
}

QString cli()
{
    return qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/provstation-cli");
}

} // namespace

class DoctorTest : public QObject
{
    Q_OBJECT
private slots:
    void reportsEveryCheckOnThisMachineAsJson()
    {
        Pty pty;
        QVERIFY2(!pty.path.isEmpty(), "no pseudo-terminal");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("results.sqlite"));
        // ctest gives DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent: no keychain can answer.
        const Run r = run(cli(), {QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--port"),
                                  pty.path, QStringLiteral("--db"), db});
        QVERIFY2(!r.lines.isEmpty(), r.err.constData());
        bool problem = false;
        for (const QJsonObject &o : r.lines) {
            for (const char *key : {"check", "subject", "status", "message", "fix"})
                QVERIFY2(o.contains(QLatin1String(key)), qPrintable(QJsonDocument(o).toJson()));
            const QString status = o.value(u"status").toString();
            QVERIFY(status == u"ok" || status == u"warning" || status == u"problem");
            QCOMPARE(o.value(u"fix").toString().isEmpty(), status == u"ok"); // every problem says what to do
            problem = problem || status == u"problem";
        }
        QCOMPARE(r.code, problem ? 1 : 0);

        const QJsonObject port = r.find(QStringLiteral("port"), pty.path);
        QCOMPARE(port.value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(port.value(u"listed").toBool(true), false); // ptys are never listed: the typed path was checked

        const QJsonObject keychain = r.find(QStringLiteral("keychain"));
        QCOMPARE(keychain.value(u"status").toString(), QStringLiteral("problem"));
        QVERIFY(keychain.value(u"fix").toString().contains(u"--no-keychain"));
        QCOMPARE(r.code, 1);

        const QJsonObject results = r.find(QStringLiteral("results"));
        QCOMPARE(results.value(u"subject").toString(), db);
        QCOMPARE(results.value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(results.value(u"existed").toBool(true), false);
        QVERIFY(QFile::exists(db));

        const QJsonObject clock = r.find(QStringLiteral("clock"));
        const QDateTime utc = QDateTime::fromString(clock.value(u"utc").toString(), Qt::ISODate);
        QVERIFY(utc.isValid());
        QVERIFY(qAbs(utc.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(clock.value(u"status").toString(),
                 clock.value(u"synchronised").toBool() ? QStringLiteral("ok") : QStringLiteral("warning"));

        const QJsonObject group = r.find(QStringLiteral("group"));
        QCOMPARE(group.value(u"subject").toString(), QStringLiteral("dialout"));
        if (::geteuid() == 0)
            QCOMPARE(group.value(u"status").toString(), QStringLiteral("ok"));
    }

    void textReportSaysWhatToDoAndCounts()
    {
        QTemporaryDir dir;
        const Run r =
            run(cli(), {QStringLiteral("doctor"), QStringLiteral("--port"), dir.filePath(QStringLiteral("nope")),
                        QStringLiteral("--db"), dir.filePath(QStringLiteral("r.sqlite"))});
        QCOMPARE(r.code, 1);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("PROBLEM  port")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("no such device")));
        QVERIFY(text.contains(QStringLiteral("fix: Check the path")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\nproblems: [1-9]\\d*, warnings: \\d+\\n$"))));
    }

    void badUsageIsExitCodeTwo()
    {
        const Run r = run(cli(), {QStringLiteral("doctor"), QStringLiteral("extra")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("doctor takes no arguments"));
    }

    // The program runs as an unprivileged user (nobody) when the test is root, against a pty that
    // only root may open, then one of the group dialout: it must say why and how to fix it, and the
    // fix (the group) must work. As a plain user, the user's own pty with mode 0000 plays the part.
    void refusedPortIsExplainedWithTheFix()
    {
        Pty pty;
        QVERIFY2(!pty.path.isEmpty(), "no pseudo-terminal");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther |
                                          QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup));
        const QStringList args{QStringLiteral("doctor"),
                               QStringLiteral("--json"),
                               QStringLiteral("--no-keychain"),
                               QStringLiteral("--port"),
                               pty.path,
                               QStringLiteral("--db"),
                               dir.filePath(QStringLiteral("r.sqlite"))};
        if (::geteuid() != 0) {
            QCOMPARE(::chmod(QFile::encodeName(pty.path).constData(), 0), 0);
            const Run r = run(cli(), args);
            const QJsonObject port = r.find(QStringLiteral("port"), pty.path);
            QCOMPARE(port.value(u"status").toString(), QStringLiteral("problem"));
            QVERIFY2(port.value(u"message").toString().contains(u"permission denied") &&
                         port.value(u"message").toString().contains(u"mode 0000"),
                     qPrintable(port.value(u"message").toString()));
            QCOMPARE(r.code, 1);
            return;
        }
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QFAIL("setpriv is missing (it runs the program as an unprivileged user): apt-get install util-linux");
        // The build tree may sit in a folder nobody cannot enter: run a copy from the open folder.
        const QString copy = dir.filePath(QStringLiteral("provstation-cli"));
        QVERIFY(QFile::copy(cli(), copy));
        const group *dialout = ::getgrnam("dialout");
        QVERIFY2(dialout, "this system has no group dialout");
        const QByteArray tty = QFile::encodeName(pty.path);
        const QStringList asNobody{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                   QStringLiteral("--clear-groups"), copy};

        QCOMPARE(::chown(tty.constData(), 0, 0), 0);
        QCOMPARE(::chmod(tty.constData(), 0600), 0);
        Run r = run(setpriv, asNobody + args);
        QJsonObject port = r.find(QStringLiteral("port"), pty.path);
        QCOMPARE(port.value(u"status").toString(), QStringLiteral("problem"));
        QCOMPARE(port.value(u"error").toString(), QStringLiteral("port_open"));
        QCOMPARE(port.value(u"permission_denied").toBool(), true);
        QString message = port.value(u"message").toString();
        QVERIFY2(message.contains(u"permission denied") && message.contains(u"owner root") &&
                     message.contains(u"mode 0600") && message.contains(u"udev rule"),
                 qPrintable(message));
        QJsonObject group = r.find(QStringLiteral("group"));
        QCOMPARE(group.value(u"status").toString(), QStringLiteral("problem"));
        QVERIFY2(group.value(u"fix").toString().contains(u"sudo usermod -aG dialout nobody"),
                 qPrintable(group.value(u"fix").toString()));
        QCOMPARE(r.code, 1);

        QCOMPARE(::chown(tty.constData(), 0, dialout->gr_gid), 0);
        QCOMPARE(::chmod(tty.constData(), 0660), 0);
        r = run(setpriv, asNobody + args);
        message = r.find(QStringLiteral("port"), pty.path).value(u"message").toString();
        QVERIFY2(message.contains(u"permission denied") && message.contains(u"group 'dialout'") &&
                     message.contains(u"Fix: sudo usermod -aG dialout nobody, then log out and back in."),
                 qPrintable(message));

        // The fix: the same user with the group opens the port.
        const QStringList withGroup{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                    QStringLiteral("--groups=dialout"), copy};
        r = run(setpriv, withGroup + args);
        QCOMPARE(r.find(QStringLiteral("port"), pty.path).value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(r.find(QStringLiteral("group")).value(u"status").toString(), QStringLiteral("ok"));
    }

    // libfaketime sets the program's clock back to 2001, before its own file was written.
    void clockBeforeTheProgramIsAProblem()
    {
        const QString faketime = QStandardPaths::findExecutable(QStringLiteral("faketime"));
        if (faketime.isEmpty())
            QFAIL("faketime is missing (it sets the program's clock back): apt-get install faketime");
        QTemporaryDir dir;
        QProcessEnvironment env;
        env.insert(QStringLiteral("DONT_FAKE_MONOTONIC"), QStringLiteral("1")); // timers keep working
        env.insert(QStringLiteral("NO_FAKE_STAT"), QStringLiteral("1"));        // file times stay true
        const Run r = run(faketime,
                          {QStringLiteral("-f"), QStringLiteral("@2001-01-01 00:00:00"), cli(),
                           QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--no-keychain"),
                           QStringLiteral("--db"), dir.filePath(QStringLiteral("r.sqlite"))},
                          env);
        const QJsonObject clock = r.find(QStringLiteral("clock"));
        QVERIFY2(clock.value(u"utc").toString().startsWith(u"2001-01-01"), r.out.constData());
        QCOMPARE(clock.value(u"status").toString(), QStringLiteral("problem"));
        QVERIFY(clock.value(u"fix").toString().contains(u"timedatectl"));
        QCOMPARE(r.code, 1);
    }
};

PS_REGISTER_TEST(DoctorTest);
#include "tst_doctor.moc"
