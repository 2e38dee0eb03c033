// provstation-cli results list | export | stats | migrate, and the results options of provision
// and demo (docs/line.md).

#include "cmd_results.h"

#include "cli.h"
#include "provisioning/linestats.h"
#include "provisioning/resultstore.h"
#include "provisioning/secretstore.h"
#include "provisioning/station.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int g_resultsWaitMs = 300000;

/// The PostgreSQL password for @p url: the secret ResultsUrl::kPasswordSecret from --secret sources
/// (and the keychain unless --no-keychain); none found leaves libpq's .pgpass.
bool readPassword(ResultsUrl &url, const QCommandLineParser &p, QString *error)
{
    if (!url.isPostgres() || url.passwordInUrl)
        return true;
    HeadlessSecretStore headless;
    for (const QString &spec : p.values(QStringLiteral("secret"))) {
        if (!headless.addSource(spec, error)) {
            *error = tr("--secret %1: %2").arg(spec, *error);
            return false;
        }
    }
    LayeredSecretStore secrets;
    secrets.addLayer(&headless);
    std::unique_ptr<KeychainSecretStore> keychain;
    if (!p.isSet(QStringLiteral("no-keychain"))) {
        keychain = std::make_unique<KeychainSecretStore>();
        secrets.addLayer(keychain.get());
    }
    SecretJob *job = secrets.read(QLatin1String(ResultsUrl::kPasswordSecret));
    if (!job->isFinished()) {
        QEventLoop loop;
        QTimer deadline; // the keychain has its own 15 s deadline; this one is the last word
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(job, &SecretJob::finished, &loop, &QEventLoop::quit);
        deadline.start(20000);
        loop.exec();
    }
    if (job->isOk())
        url.password = QString::fromUtf8(job->value());
    else if (job->isFinished() && !job->isNotFound() && job->status() != SecretJob::Status::Unavailable)
        err() << tr("warning: the secret %1: %2; trying without it")
                     .arg(QLatin1String(ResultsUrl::kPasswordSecret), job->errorString())
              << Qt::endl;
    job->deleteLater();
    return true;
}

/// "8h", "30m", "2d", "1w" before now, or an ISO 8601 date or time (local time unless it says
/// otherwise).
std::optional<QDateTime> parseSince(const QString &text)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d+)\\s*([mhdw])$"));
    const QRegularExpressionMatch m = relative.match(text.trimmed().toLower());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const qint64 unit = m.captured(2) == u"m"   ? 60
                            : m.captured(2) == u"h" ? 3600
                            : m.captured(2) == u"d" ? 86400
                                                    : 604800;
        return QDateTime::currentDateTimeUtc().addSecs(-n * unit);
    }
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (d.isValid())
            t = d.startOfDay();
    }
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

void printStats(const LineStats &s, const QString &database, const QString &since, const QString &station)
{
    const QLocale c = QLocale::c();
    out() << tr("Line statistics for %1").arg(database);
    if (!since.isEmpty())
        out() << ", " << tr("since %1").arg(since);
    if (!station.isEmpty())
        out() << ", " << tr("station %1").arg(station);
    out() << '\n';
    out() << "  " << tr("attempts: %1 (%2 passed, %3 failed)").arg(s.attempts()).arg(s.passed()).arg(s.failed())
          << '\n';
    out() << "  " << tr("modules per hour: %1").arg(c.toString(s.modulesPerHour(), 'f', 1)) << '\n';
    if (s.firstPassYield() < 0)
        out() << "  " << tr("first-pass yield: no module known") << '\n';
    else
        out() << "  "
              << tr("first-pass yield: %1 % (%2 of %3 modules)")
                     .arg(c.toString(s.firstPassYield() * 100, 'f', 1))
                     .arg(s.firstPassModules())
                     .arg(s.modules())
              << '\n';
    out() << tr("Stations:") << '\n';
    for (const LineStats::StationCount &st : s.stations())
        out() << "  " << st.station.leftJustified(20) << ' '
              << tr("%1 attempts, %2 passed").arg(st.attempts).arg(st.passed) << '\n';
    out() << tr("Per hour (UTC):") << '\n';
    for (const LineStats::Hour &h : s.hours())
        out() << "  " << h.start.toString(QStringLiteral("yyyy-MM-dd HH:00")) << "  "
              << tr("%1 passed, %2 failed").arg(h.passed).arg(h.failed) << '\n';
    out() << tr("Failures by station and step:") << '\n';
    if (s.failures().isEmpty())
        out() << "  " << tr("none") << '\n';
    for (const LineStats::Failure &f : s.failures())
        out() << "  " << f.station.leftJustified(20) << ' '
              << (f.step.isEmpty() ? QStringLiteral("-") : f.step).leftJustified(12) << ' '
              << causeCode(f.cause).leftJustified(22) << ' ' << f.count << '\n';
    out() << tr("Time per step (steps that passed): count, median, 95th percentile") << '\n';
    for (const LineStats::StepTime &t : s.stepTimes())
        out() << "  " << stepName(t.step).leftJustified(12) << ' ' << QString::number(t.count).rightJustified(6) << ' '
              << tr("%1 ms").arg(t.medianMs).rightJustified(10) << ' ' << tr("%1 ms").arg(t.p95Ms).rightJustified(10)
              << '\n';
    out().flush();
}

int stats(const ResultStore &store, const QCommandLineParser &p, const QDateTime &since)
{
    const QString station = p.value(QStringLiteral("station"));
    LineStats s;
    if (!store.forEach(since, station, [&s](const ResultRow &r) { s.add(r); }))
        return fail(store.lastError(), Failed);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = s.toJson();
        o.insert(QStringLiteral("database"), store.path());
        o.insert(QStringLiteral("since"), since.isValid() ? since.toString(Qt::ISODateWithMs) : QString());
        o.insert(QStringLiteral("station"), station);
        printJson(o);
        return Ok;
    }
    printStats(s, store.path(), since.isValid() ? since.toLocalTime().toString(Qt::ISODate) : QString(), station);
    return Ok;
}

int list(const ResultStore &store, const QCommandLineParser &p)
{
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return fail(tr("--limit needs a positive number"));
    ResultQuery query;
    query.filter = p.value(QStringLiteral("filter"));
    query.station = p.value(QStringLiteral("station"));
    query.limit = limit;
    const QList<ResultRow> rows = store.query(query);
    if (rows.isEmpty() && !store.lastError().isEmpty())
        return fail(store.lastError(), Failed);
    for (const ResultRow &r : rows) {
        if (p.isSet(QStringLiteral("json"))) {
            QJsonObject o = toJson(r);
            o.insert(QStringLiteral("id"), r.id);
            o.insert(QStringLiteral("station_id"), r.station);
            o.insert(QStringLiteral("line_id"), r.lineId);
            o.insert(QStringLiteral("seq"), r.seq > 0 ? QJsonValue(r.seq) : QJsonValue());
            printJson(o);
        } else {
            out() << r.id << '\t' << r.started.toString(Qt::ISODate) << '\t' << outcomeName(r.outcome) << '\t'
                  << r.deviceId << '\t' << r.mac << '\t' << r.assignedHub << '\t' << causeCode(r.cause) << '\t'
                  << r.station << '\t' << r.lineId << '\n';
        }
    }
    return Ok;
}

} // namespace

void addResultsOptions(QCommandLineParser &p, bool withDb, bool withWait)
{
    p.addOption({QStringLiteral("results"),
                 tr("Results database: a file path, sqlite:///PATH or postgresql://USER@HOST[:PORT]/DB "
                    "(default: PROVSTATION_RESULTS, else the station setting, else %1). The PostgreSQL password "
                    "comes from the secret results-password or ~/.pgpass, never from the URL.")
                     .arg(ResultStore::defaultPath()),
                 tr("URL")});
    if (withDb)
        p.addOption({QStringLiteral("db"), tr("Results database file (the same as --results PATH)."), tr("PATH")});
    p.addOption({QStringLiteral("station-id"),
                 tr("Station id recorded with each result (default: PROVSTATION_STATION_ID, else the setting, "
                    "else the host name)."),
                 tr("ID")});
    p.addOption({QStringLiteral("line-id"),
                 tr("Line id recorded with each result (default: PROVSTATION_LINE_ID, else the setting)."), tr("ID")});
    if (withWait)
        p.addOption({QStringLiteral("results-wait"),
                     tr("At the end, wait at most S seconds for a results server that went away (default 300)."),
                     tr("S"), QStringLiteral("300")});
}

Expected<QString, QString> resultsUrlOption(const QCommandLineParser &p)
{
    using R = Expected<QString, QString>;
    QString text = p.value(QStringLiteral("results"));
    if (text.isEmpty() && p.optionNames().contains(QStringLiteral("db")))
        text = p.value(QStringLiteral("db"));
    if (text.isEmpty())
        return R::success(QString());
    const auto url = ResultsUrl::parse(text);
    if (!url)
        return R::failure(tr("--results: %1").arg(url.error()));
    if (url->passwordInUrl)
        return R::failure(tr("--results %1: a password on the command line can be read by every user of this "
                             "machine (ps); give it as --secret %2=file:PATH, in the keychain or in ~/.pgpass")
                              .arg(url->display(), QLatin1String(ResultsUrl::kPasswordSecret)));
    return R::success(text);
}

QString stationIdOption(const QCommandLineParser &p)
{
    return p.value(QStringLiteral("station-id"));
}

QString lineIdOption(const QCommandLineParser &p)
{
    return p.value(QStringLiteral("line-id"));
}

bool applyResultsWait(const QCommandLineParser &p, QString *error)
{
    bool ok = false;
    const int seconds = p.value(QStringLiteral("results-wait")).toInt(&ok);
    if (!ok || seconds < 0 || seconds > 86400) {
        *error = tr("--results-wait needs a number of seconds from 0 to 86400");
        return false;
    }
    g_resultsWaitMs = seconds * 1000;
    return true;
}

int resultsWaitMs()
{
    return g_resultsWaitMs;
}

bool readResultsPassword(ResultsUrl &url, const QCommandLineParser &p, QString *error)
{
    return readPassword(url, p, error);
}

int resultsCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Show, export or summarise the results database.\n"
                                   "  results list [--filter TEXT] [--station ID] [--limit N] [--json]\n"
                                   "  results export --csv FILE\n"
                                   "  results stats [--since WHEN] [--station ID] [--json]\n"
                                   "  results migrate   (bring the schema up to date; the line's owner role)"));
    p.addHelpOption();
    p.addOption({QStringLiteral("results"),
                 tr("Results database: a file path, sqlite:///PATH or postgresql://USER@HOST[:PORT]/DB (default: "
                    "PROVSTATION_RESULTS, else %1).")
                     .arg(ResultStore::defaultPath()),
                 tr("URL")});
    p.addOption({QStringLiteral("db"), tr("Results database file (the same as --results PATH)."), tr("PATH")});
    p.addOption({QStringLiteral("secret"),
                 tr("Where the PostgreSQL password is: results-password=env:VAR or results-password=file:PATH "
                    "(mode 0600); else the keychain, else ~/.pgpass."),
                 tr("SPEC")});
    p.addOption({QStringLiteral("no-keychain"), tr("Do not look the password up in the system keychain.")});
    p.addOption({QStringLiteral("filter"),
                 tr("Only rows whose ids, MAC, outcome, cause, station or line contain TEXT."), tr("TEXT")});
    p.addOption({QStringLiteral("station"), tr("Only the rows of station ID."), tr("ID")});
    p.addOption({QStringLiteral("since"), tr("stats: only attempts started since WHEN (8h, 2d, 2026-11-22T06:00)."),
                 tr("WHEN")});
    p.addOption({QStringLiteral("limit"), tr("At most N rows (default 1000)."), tr("N"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("csv"), tr("Export every row to FILE as CSV."), tr("FILE")});
    p.addOption({QStringLiteral("json"), tr("One JSON object per row and line (stats: one object).")});
    p.addPositionalArgument(QStringLiteral("action"), tr("list, export, stats or migrate"));
    if (!parse(p, args))
        return Usage;
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    const QString action = p.positionalArguments().value(0);
    const QStringList actions{QStringLiteral("list"), QStringLiteral("export"), QStringLiteral("stats"),
                              QStringLiteral("migrate")};
    if (!actions.contains(action))
        return fail(tr("results needs list, export, stats or migrate"));
    QDateTime since; // checked before anything is opened: bad input is one line and exit 2
    if (p.isSet(QStringLiteral("since"))) {
        const auto t = parseSince(p.value(QStringLiteral("since")));
        if (!t)
            return fail(tr("--since %1: give a time like 8h, 30m, 2d, 1w, 2026-11-22 or 2026-11-22T06:00")
                            .arg(p.value(QStringLiteral("since"))));
        since = *t;
    }
    const auto given = resultsUrlOption(p);
    if (!given)
        return fail(given.error());
    const auto url = ResultsUrl::parse(Station::resultsUrlFor(*given));
    if (!url)
        return fail(url.error());
    ResultsUrl target = *url;
    // Reading must not make a database where there was none (a typo would look like an empty line).
    if (!target.isPostgres() && action != QLatin1String("migrate") && !QFileInfo::exists(target.path))
        return fail(tr("no results database at %1 (nothing provisioned yet?)").arg(target.display()), Failed);
    QString error;
    if (!readPassword(target, p, &error))
        return fail(error);
    ResultStore store;
    if (!store.open(target, &error))
        return fail(error, Failed);
    if (action == QLatin1String("migrate")) {
        out() << tr("%1: schema %2").arg(store.path()).arg(store.schemaVersion()) << '\n';
        return Ok;
    }
    if (action == QLatin1String("stats"))
        return stats(store, p, since);
    if (action == QLatin1String("export")) {
        if (!p.isSet(QStringLiteral("csv")))
            return fail(tr("results export needs --csv FILE"));
        if (!store.exportCsv(p.value(QStringLiteral("csv")), &error))
            return fail(error, Failed);
        err() << tr("exported to %1").arg(p.value(QStringLiteral("csv"))) << Qt::endl;
        return Ok;
    }
    return list(store, p);
}

} // namespace cli
