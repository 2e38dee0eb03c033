// provstation-cli doctor [--json] [--port DEV]... [--db PATH] [--no-keychain]
//
// Checks what a station needs on this machine (serial ports, group membership, the keychain, the
// results database, the clock) and says what to do about each problem. Exit code 0 when nothing is
// a problem (warnings allowed), 1 when something is, 2 for bad usage.

#include "cli.h"
#include "link/serialtransport.h"
#include "provisioning/resultstore.h"
#include "provisioning/secretstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSerialPortInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cerrno>
#include <grp.h>
#include <pwd.h>
#include <sys/timex.h>
#include <unistd.h>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

enum class Status
{
    Ok,
    Warning,
    Problem
};

/// One line of the report: what was checked, what was found, what to do.
struct Finding
{
    QString check;   ///< "port", "group", "keychain", "results", "clock" (stable, for scripts)
    QString subject; ///< the port, group, service, database or clock that was checked
    Status status = Status::Ok;
    QString message; ///< what was found, in words
    QString fix;     ///< what to do; empty when there is nothing to do
    QJsonObject details;
};

QString statusName(Status s)
{
    return s == Status::Ok        ? QStringLiteral("ok")
           : s == Status::Warning ? QStringLiteral("warning")
                                  : QStringLiteral("problem");
}

QString userName()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid());
}

/// A port the system reports or the user typed: opened and closed again through the station's own
/// transport, so the message is the one a job would give.
Finding checkPort(const QString &path, QJsonObject details)
{
    Finding f{QStringLiteral("port"), path, Status::Ok, {}, {}, std::move(details)};
    if (!QFileInfo::exists(path)) {
        f.status = Status::Problem;
        f.message = tr("no such device");
        f.fix = tr("Check the path; 'ls -l /dev/serial/by-id/' lists the USB serial adapters that are plugged in.");
        return f;
    }
    SerialTransport transport(SerialSettings{path});
    const LinkError e = transport.open();
    transport.close();
    if (!e.isError()) {
        f.message = tr("opens for reading and writing");
        return f;
    }
    f.status = Status::Problem;
    f.message = e.message;
    // The cause codes a provisioning job records for the same failure (docs/profile.md).
    const bool busy = e.code == LinkError::Code::PortBusy;
    const bool denied = !busy && ::access(QFile::encodeName(path).constData(), R_OK | W_OK) != 0 && errno == EACCES;
    f.details.insert(QStringLiteral("error"), busy ? QStringLiteral("port_busy") : QStringLiteral("port_open"));
    f.details.insert(QStringLiteral("permission_denied"), denied);
    if (busy)
        f.fix = tr("Close the program that holds the port; 'fuser -v %1' names it.").arg(path);
    else if (denied)
        f.fix = tr("Give this user read and write access as the message says, or install the udev rule "
                   "(man provstation-cli, PERMISSIONS).");
    else
        f.fix = tr("Check the cable and the adapter; 'dmesg' shows what the kernel saw when it was plugged in.");
    return f;
}

QList<Finding> checkPorts(const QStringList &typed)
{
    QList<Finding> found;
    QStringList seen;
    const auto ports = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : ports) {
        QJsonObject details{{QStringLiteral("listed"), true}, {QStringLiteral("description"), info.description()}};
        if (info.hasVendorIdentifier() && info.hasProductIdentifier()) {
            const QString vidPid = QStringLiteral("%1:%2")
                                       .arg(info.vendorIdentifier(), 4, 16, QLatin1Char('0'))
                                       .arg(info.productIdentifier(), 4, 16, QLatin1Char('0'));
            details.insert(QStringLiteral("vid_pid"), vidPid);
            // The adapter of u-blox's EVK-NINA-W1 boards (docs/packaging.md says what is assumed).
            if (vidPid == QLatin1String("0403:6011"))
                details.insert(QStringLiteral("adapter"), QStringLiteral("FTDI FT4232H (EVK-NINA-W1)"));
        }
        seen << info.systemLocation();
        found << checkPort(info.systemLocation(), details);
    }
    for (const QString &path : typed) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (seen.contains(path) || (!canonical.isEmpty() && seen.contains(canonical)))
            continue;
        seen << path;
        found << checkPort(path, {{QStringLiteral("listed"), false}});
    }
    if (found.isEmpty()) {
        found << Finding{QStringLiteral("port"),
                         QString(),
                         Status::Warning,
                         tr("no serial ports found (pseudo-terminals are never listed)"),
                         tr("Plug the module's adapter in and run doctor again; 'dmesg' shows whether the kernel saw "
                            "it. Give a pseudo-terminal with --port PATH."),
                         {}};
    }
    return found;
}

/// The dialout group: members open serial ports; a member added after login must log in again.
Finding checkGroup(const QList<Finding> &ports)
{
    const QString user = userName();
    Finding f{QStringLiteral("group"), QStringLiteral("dialout"), Status::Ok, {}, {}, {{QStringLiteral("user"), user}}};
    if (::geteuid() == 0) {
        f.message = tr("running as root, which may open every port; operators should run the station as their own "
                       "user in the group dialout");
        return f;
    }
    const group *g = ::getgrnam("dialout");
    if (!g) {
        f.status = Status::Warning;
        f.message = tr("this system has no group 'dialout'");
        f.fix = tr("Look at the group of the port ('ls -l /dev/ttyUSB0') and add the user to that group.");
        return f;
    }
    QList<gid_t> groups(qMax(0, ::getgroups(0, nullptr)));
    groups.resize(qMax(0, ::getgroups(int(groups.size()), groups.data())));
    if (groups.contains(g->gr_gid) || ::getegid() == g->gr_gid) {
        f.message = tr("the user %1 is a member").arg(user);
        return f;
    }
    bool listed = false;
    for (char **m = g->gr_mem; *m; ++m)
        listed = listed || user == QString::fromLocal8Bit(*m);
    const bool refused = std::any_of(ports.begin(), ports.end(), [](const Finding &p) {
        return p.details.value(QStringLiteral("permission_denied")).toBool();
    });
    f.status = listed || refused ? Status::Problem : Status::Warning;
    if (listed) {
        f.message = tr("the user %1 was added to the group after this session started").arg(user);
        f.fix = tr("Log out and back in (or run: newgrp dialout).");
    } else {
        f.message = tr("the user %1 is not a member, so serial ports owned by the group are closed to it").arg(user);
        f.fix = tr("sudo usermod -aG dialout %1, then log out and back in.").arg(user);
    }
    return f;
}

/// Reads a name no station uses: "not found" proves the keychain answers. The value, if any, is
/// dropped unread.
Finding checkKeychain()
{
    KeychainSecretStore store;
    store.setTimeoutMs(10000);
    Finding f{QStringLiteral("keychain"), store.service(), Status::Ok, {}, {}, {}};
    const QString probe = QStringLiteral("provstation-doctor-probe");
    SecretJob *job = store.read(probe);
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec(); // the store's own deadline (timeoutMs) ends the wait
    if (job->status() == SecretJob::Status::Ok || job->isNotFound()) {
        f.message = tr("the system keychain answers (service '%1')").arg(store.service());
        return f;
    }
    f.status = Status::Problem;
    // The store's sentence names the secret it was asked for; for the probe, any NAME is meant.
    f.message = job->errorString().replace(probe, QStringLiteral("NAME"));
    f.fix = tr("Run the station in a desktop session whose keyring (GNOME Keyring or KWallet) is unlocked. Scripts "
               "can do without it: provision --no-keychain --secret NAME=env:VAR.");
    return f;
}

/// Opens the database as the station does, then takes and drops a write lock, which needs write
/// access to the file and its folder (SQLite's WAL files live beside it). Nothing is written.
Finding checkResults(const QString &path)
{
    Finding f{QStringLiteral("results"), path, Status::Ok, {}, {}, {}};
    f.details.insert(QStringLiteral("existed"), QFileInfo::exists(path));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        f.status = Status::Problem;
        f.message = tr("Qt's SQLite driver is not installed");
        f.fix = tr("sudo apt-get install libqt6sql6-sqlite");
        return f;
    }
    QString error;
    {
        ResultStore store;
        if (!store.open(path, &error)) {
            f.status = Status::Problem;
            f.message = error;
            f.fix = tr("Make %1 writable for this user, or give another database with --db PATH.")
                        .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
            return f;
        }
    }
    const QString connection = QStringLiteral("provstation-doctor");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            error = (db.isOpen() ? q.lastError() : db.lastError()).text();
        else
            q.exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty()) {
        f.status = Status::Problem;
        f.message = tr("the database opens but cannot be written: %1").arg(error);
        f.fix = tr("Give this user write access to %1 and its folder, or close the program that holds a write lock "
                   "on it.")
                    .arg(QDir::toNativeSeparators(path));
        return f;
    }
    f.message = f.details.value(QStringLiteral("existed")).toBool() ? tr("opens and can be written")
                                                                    : tr("created, opens and can be written");
    return f;
}

/// Certificates the station makes start "now", and TLS to Azure fails on a clock far off. Two
/// checks that need no network: the clock is not older than this program's own file, and the
/// kernel says whether a time service keeps it synchronised.
Finding checkClock()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime built = QFileInfo(QCoreApplication::applicationFilePath()).lastModified().toUTC();
    const auto text = [](const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); };
    timex tx{};
    const int state = ::adjtimex(&tx);
    const bool synchronised = state != -1 && state != TIME_ERROR;
    Finding f{QStringLiteral("clock"),
              QStringLiteral("system"),
              Status::Ok,
              {},
              {},
              {{QStringLiteral("utc"), now.toString(Qt::ISODate)},
               {QStringLiteral("program_file_time"), built.toString(Qt::ISODate)},
               {QStringLiteral("synchronised"), synchronised}}};
    if (built.isValid() && now < built) {
        f.status = Status::Problem;
        f.message = tr("the clock says %1 UTC, before this program was even written (%2 UTC): certificates made now "
                       "would not be valid yet and TLS to Azure fails")
                        .arg(text(now), text(built));
        f.fix = tr("Set the clock (timedatectl set-time, or turn on a time service: timedatectl set-ntp true).");
        return f;
    }
    if (!synchronised) {
        f.status = Status::Warning;
        f.message = tr("the clock (%1 UTC) is not kept synchronised by a time service").arg(text(now));
        f.fix = tr("Turn on a time service (timedatectl set-ntp true, or install chrony); certificates and SAS tokens "
                   "depend on the time.");
        return f;
    }
    f.message = tr("%1 UTC, synchronised").arg(text(now));
    return f;
}

void print(const Finding &f, bool json)
{
    if (json) {
        QJsonObject o{{QStringLiteral("check"), f.check},
                      {QStringLiteral("subject"), f.subject},
                      {QStringLiteral("status"), statusName(f.status)},
                      {QStringLiteral("message"), f.message},
                      {QStringLiteral("fix"), f.fix}};
        for (auto it = f.details.begin(); it != f.details.end(); ++it)
            o.insert(it.key(), it.value());
        printJson(o);
        return;
    }
    const QString label = f.status == Status::Ok        ? tr("ok")
                          : f.status == Status::Warning ? tr("warning")
                                                        : tr("PROBLEM");
    out() << label.leftJustified(9) << f.check.leftJustified(9) << ' '
          << (f.subject.isEmpty() ? QStringLiteral("-") : f.subject) << '\n'
          << "         " << f.message << '\n';
    if (!f.fix.isEmpty())
        out() << "         " << tr("fix: %1").arg(f.fix) << '\n';
}

} // namespace

int doctorCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Check what the station needs on this machine: serial ports (those the system lists and those given), "
           "membership of the group dialout, the system keychain, the results database and the clock. Each problem "
           "comes with what to do.\nExit codes: 0 no problem (warnings allowed), 1 a problem found, 2 bad usage."));
    p.addHelpOption();
    p.addOption({QStringLiteral("port"), tr("Also check this serial port or pty path (repeatable)."), tr("DEV")});
    p.addOption(
        {QStringLiteral("db"), tr("Results database (default: %1).").arg(ResultStore::defaultPath()), tr("PATH")});
    p.addOption({QStringLiteral("no-keychain"), tr("Do not check the system keychain.")});
    p.addOption({QStringLiteral("json"), tr("One JSON object per check and line.")});
    if (!parse(p, args))
        return Usage;
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(tr("doctor takes no arguments (give ports with --port DEV)"));
    const bool json = p.isSet(QStringLiteral("json"));
    // The keychain's own warning would repeat what the report says (unless the user chose the log).
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("station.*.info=false\nstation.store.warning=false"));
    QList<Finding> findings = checkPorts(p.values(QStringLiteral("port")));
    findings << checkGroup(findings);
    if (!p.isSet(QStringLiteral("no-keychain")))
        findings << checkKeychain();
    findings << checkResults(p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db"))
                                                           : ResultStore::defaultPath());
    findings << checkClock();
    int problems = 0, warnings = 0;
    for (const Finding &f : findings) {
        print(f, json);
        problems += f.status == Status::Problem;
        warnings += f.status == Status::Warning;
    }
    if (!json)
        out() << '\n' << tr("problems: %1, warnings: %2").arg(problems).arg(warnings) << '\n';
    return problems > 0 ? Failed : Ok;
}

} // namespace cli
