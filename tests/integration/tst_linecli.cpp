// A factory line with the built programs (issue 16): two station processes provisioning simulated
// modules into one real PostgreSQL 15 database at the same time, a device id refused because
// another station already passed it, the server stopped in the middle of a run and started again,
// and the line's figures from `results stats`.

#include "pgserver.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Cli
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> json() const
    {
        QList<QJsonObject> list;
        for (const QByteArray &l : out.split('\n')) {
            if (!l.trimmed().isEmpty())
                list.append(QJsonDocument::fromJson(l).object());
        }
        return list;
    }
};

} // namespace

class LineCliTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<testbed::PgServer> m_server;
    QTemporaryDir m_home; // journals and settings of the station processes
    int m_next = 0;

    QProcessEnvironment environment(const QString &logging = QStringLiteral("station.*=false")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), logging);
        env.insert(QStringLiteral("PGPASSFILE"), m_server->passFile());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("PROVSTATION_RESULTS"));
        return env;
    }
    void start(QProcess &p, const QStringList &args, const QString &logging = QStringLiteral("station.*=false")) const
    {
        p.setProcessEnvironment(environment(logging));
        p.start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/provstation-cli"), args);
    }
    Cli finish(QProcess &p, int deadlineMs) const
    {
        if (!p.waitForFinished(deadlineMs)) {
            p.kill();
            p.waitForFinished(5000);
            return {-1, p.readAllStandardOutput(), p.readAllStandardError()};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
    Cli run(const QStringList &args, int deadlineMs = 120000) const
    {
        QProcess p;
        start(p, args);
        return finish(p, deadlineMs);
    }
    /// A fresh line database, migrated by the owner role with the CLI (docs/line.md); returns the
    /// URL a station uses.
    QString freshLine()
    {
        const QString db = QStringLiteral("line%1").arg(++m_next);
        if (!m_server->createDatabase(db))
            return {};
        const Cli migrate =
            run({QStringLiteral("results"), QStringLiteral("migrate"), QStringLiteral("--no-keychain"),
                 QStringLiteral("--results"), m_server->url(QLatin1String(testbed::PgServer::kOwner), db)});
        if (migrate.code != 0) {
            qWarning().noquote() << migrate.err;
            return {};
        }
        return m_server->url(QLatin1String(testbed::PgServer::kStation), db);
    }
    QList<QJsonObject> rows(const QString &url) const
    {
        const Cli r = run({QStringLiteral("results"), QStringLiteral("list"), QStringLiteral("--no-keychain"),
                           QStringLiteral("--results"), url, QStringLiteral("--json"), QStringLiteral("--limit"),
                           QStringLiteral("1000")});
        return r.code == 0 ? r.json() : QList<QJsonObject>{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_server = std::make_unique<testbed::PgServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    void twoStationsShareOneDatabaseAndNeverOneNumber()
    {
        const QString url = freshLine();
        QVERIFY(!url.isEmpty());
        QProcess a, b;
        const auto args = [&url](const char *station) {
            return QStringList{QStringLiteral("demo"),
                               QStringLiteral("--modules"),
                               QStringLiteral("8"),
                               QStringLiteral("--results"),
                               url,
                               QStringLiteral("--station-id"),
                               QLatin1String(station),
                               QStringLiteral("--line-id"),
                               QStringLiteral("line-3"),
                               QStringLiteral("--id-template"),
                               QStringLiteral("l3-{seq:5}"),
                               QStringLiteral("--json")};
        };
        start(a, args("pc-a"));
        start(b, args("pc-b")); // at the same time
        const Cli ra = finish(a, 240000);
        const Cli rb = finish(b, 240000);
        QVERIFY2(ra.code == 0, ra.err.constData());
        QVERIFY2(rb.code == 0, rb.err.constData());
        QCOMPARE(ra.json().size(), 8);
        QCOMPARE(rb.json().size(), 8);

        const QList<QJsonObject> all = rows(url);
        QCOMPARE(all.size(), 16);
        QSet<QString> ids;
        QSet<qint64> numbers;
        QHash<QString, int> perStation;
        for (const QJsonObject &o : all) {
            QCOMPARE(o[u"outcome"].toString(), QStringLiteral("pass"));
            QCOMPARE(o[u"line_id"].toString(), QStringLiteral("line-3"));
            const qint64 seq = o[u"seq"].toInteger();
            QCOMPARE(o[u"device_id"].toString(), QStringLiteral("l3-%1").arg(seq, 5, 10, QChar(u'0')));
            ids.insert(o[u"device_id"].toString());
            numbers.insert(seq);
            ++perStation[o[u"station_id"].toString()];
        }
        QCOMPARE(ids.size(), 16);
        QCOMPARE(numbers.size(), 16);
        QCOMPARE(*std::min_element(numbers.begin(), numbers.end()), 1);
        QCOMPARE(*std::max_element(numbers.begin(), numbers.end()), 16);
        QCOMPARE(perStation.value(QStringLiteral("pc-a")), 8);
        QCOMPARE(perStation.value(QStringLiteral("pc-b")), 8);

        // The line at a glance.
        Cli stats = run({QStringLiteral("results"), QStringLiteral("stats"), QStringLiteral("--no-keychain"),
                         QStringLiteral("--results"), url, QStringLiteral("--json")});
        QVERIFY2(stats.code == 0, stats.err.constData());
        QJsonObject s = stats.json().value(0);
        QCOMPARE(s[u"attempts"].toInt(), 16);
        QCOMPARE(s[u"passed"].toInt(), 16);
        QCOMPARE(s[u"stations"].toArray().size(), 2);
        QVERIFY(s[u"modules_per_hour"].toDouble() > 0);
        QVERIFY(s[u"steps"].toArray().size() >= 10);
        for (const QJsonValue &step : s[u"steps"].toArray())
            QVERIFY(step[u"median_ms"].toInteger() <= step[u"p95_ms"].toInteger());
        stats = run({QStringLiteral("results"), QStringLiteral("stats"), QStringLiteral("--no-keychain"),
                     QStringLiteral("--results"), url, QStringLiteral("--station"), QStringLiteral("pc-b"),
                     QStringLiteral("--since"), QStringLiteral("1h"), QStringLiteral("--json")});
        QCOMPARE(stats.json().value(0)[u"attempts"].toInt(), 8);
        stats = run({QStringLiteral("results"), QStringLiteral("stats"), QStringLiteral("--no-keychain"),
                     QStringLiteral("--results"), url});
        QCOMPARE(stats.code, 0);
        QVERIFY2(stats.out.contains("16 passed") && stats.out.contains("pc-a") && stats.out.contains("dps"),
                 stats.out.constData());
    }

    void aDeviceIdThatPassedOnAnotherStationIsRefused()
    {
        const QString url = freshLine();
        QVERIFY(!url.isEmpty());
        // The default template {model}-{mac}: both simulations have a module with the same MAC.
        const Cli first = run({QStringLiteral("demo"), QStringLiteral("--results"), url, QStringLiteral("--station-id"),
                               QStringLiteral("pc-a"), QStringLiteral("--json")});
        QVERIFY2(first.code == 0, first.err.constData());
        const QString id = first.json().value(0)[u"device_id"].toString();
        QVERIFY(!id.isEmpty());
        const Cli second = run({QStringLiteral("demo"), QStringLiteral("--results"), url,
                                QStringLiteral("--station-id"), QStringLiteral("pc-b"), QStringLiteral("--json")});
        QCOMPARE(second.code, 3); // configuration: the identity
        const QJsonObject refused = second.json().value(0);
        QCOMPARE(refused[u"cause_code"].toString(), QStringLiteral("identity"));
        QVERIFY2(refused[u"cause"].toString().contains(id) && refused[u"cause"].toString().contains(u"pc-a"),
                 qPrintable(refused[u"cause"].toString()));
        QVERIFY(!refused[u"steps"].toArray().isEmpty());
        // Refused before any certificate went to the module.
        for (const QJsonValue &step : refused[u"steps"].toArray())
            QVERIFY(step[u"name"].toString() != QLatin1String("credentials"));
        const QList<QJsonObject> all = rows(url);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0][u"station_id"].toString(), QStringLiteral("pc-b"));
        QCOMPARE(all[0][u"outcome"].toString(), QStringLiteral("fail"));
    }

    void theServerStoppedMidRunLosesNoResultAndWritesNoneTwice()
    {
        const QString url = freshLine();
        QVERIFY(!url.isEmpty());
        // The seed latency model: about half a minute per module, time to stop the server while
        // every module is uploading its certificates (after its identity was checked).
        QProcess demo;
        start(demo,
              {QStringLiteral("demo"), QStringLiteral("--modules"), QStringLiteral("8"), QStringLiteral("--latency"),
               QStringLiteral("seed"), QStringLiteral("--results"), url, QStringLiteral("--station-id"),
               QStringLiteral("pc-lost"), QStringLiteral("--id-template"), QStringLiteral("lost-{seq}"),
               QStringLiteral("--json")},
              QStringLiteral("station.*=false\nstation.job.info=true"));
        QByteArray err;
        const auto stderrHas = [&](const QByteArray &what, int times) {
            err += demo.readAllStandardError();
            return err.count(what) >= times;
        };
        QVERIFY2(QTest::qWaitFor([&] { return stderrHas("step \"credentials\"", 8); }, 120000), err.constData());
        QVERIFY(m_server->stop());
        // The first module that finishes finds the server gone; the station says so.
        QVERIFY2(QTest::qWaitFor([&] { return stderrHas("is unreachable", 1); }, 120000), err.constData());
        QVERIFY(m_server->restart());
        const Cli r = finish(demo, 180000);
        err += r.err;
        QVERIFY2(r.code == 0, err.constData());
        QVERIFY2(err.contains("is back"), err.constData());
        QCOMPARE(r.json().size(), 8);

        const QList<QJsonObject> all = rows(url);
        QCOMPARE(all.size(), 8); // every module that ran: one row, not two
        QSet<QString> ids;
        for (const QJsonObject &o : all) {
            QCOMPARE(o[u"outcome"].toString(), QStringLiteral("pass"));
            QCOMPARE(o[u"station_id"].toString(), QStringLiteral("pc-lost"));
            ids.insert(o[u"device_id"].toString());
        }
        QCOMPARE(ids.size(), 8);
        QVERIFY(QDir(m_home.filePath(QStringLiteral("data/provstation/journal")))
                    .entryList(QDir::Files | QDir::NoDotAndDotDot)
                    .isEmpty()); // nothing left behind
    }

    void aPasswordOnTheCommandLineIsRefusedWithoutShowingIt()
    {
        const QString withPassword = QStringLiteral("postgresql://%1:hunter2@127.0.0.1:%2/provstation")
                                         .arg(QLatin1String(testbed::PgServer::kStation))
                                         .arg(m_server->port());
        for (const QStringList &args : {QStringList{QStringLiteral("demo"), QStringLiteral("--results"), withPassword},
                                        QStringList{QStringLiteral("results"), QStringLiteral("list"),
                                                    QStringLiteral("--results"), withPassword}}) {
            const Cli r = run(args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("ps") && r.err.contains("****") && !r.err.contains("hunter2"), r.err.constData());
        }
        const Cli bad = run({QStringLiteral("results"), QStringLiteral("stats"), QStringLiteral("--no-keychain"),
                             QStringLiteral("--results"), m_server->url(), QStringLiteral("--since"),
                             QStringLiteral("yesterday-ish")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("--since"), bad.err.constData());
    }
};

PS_REGISTER_TEST(LineCliTest);
#include "tst_linecli.moc"
