// ResultsUrl: which database a results URL names, and that its password never shows.

#include "provisioning/resultstore.h"
#include "provisioning/resultsurl.h"
#include "provisioning/station.h"
#include "testregistry.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class ResultsUrlTest : public QObject
{
    Q_OBJECT
private slots:
    void pathsAndSqliteUrlsNameAFile()
    {
        auto url = ResultsUrl::parse(QStringLiteral("/var/lib/station/results.sqlite"));
        QVERIFY(url);
        QCOMPARE(url->driver, ResultsUrl::Driver::Sqlite);
        QCOMPARE(url->path, QStringLiteral("/var/lib/station/results.sqlite"));
        url = ResultsUrl::parse(QStringLiteral("sqlite:///var/lib/station/results.sqlite"));
        QVERIFY(url);
        QCOMPARE(url->path, QStringLiteral("/var/lib/station/results.sqlite"));
        url = ResultsUrl::parse(QStringLiteral("relative/r.sqlite"));
        QVERIFY(url);
        QCOMPARE(url->path, QDir::current().absoluteFilePath(QStringLiteral("relative/r.sqlite")));
        url = ResultsUrl::parse(QString());
        QVERIFY(url);
        QCOMPARE(url->path, ResultStore::defaultPath());
        QCOMPARE(url->display(), ResultStore::defaultPath());
    }

    void postgresqlUrlsNameAServer()
    {
        auto url = ResultsUrl::parse(QStringLiteral("postgresql://station@db.line3:5433/provstation?sslmode=require"));
        QVERIFY2(url, qPrintable(url ? QString() : url.error()));
        QVERIFY(url->isPostgres());
        QCOMPARE(url->user, QStringLiteral("station"));
        QCOMPARE(url->host, QStringLiteral("db.line3"));
        QCOMPARE(url->port, 5433);
        QCOMPARE(url->database, QStringLiteral("provstation"));
        QCOMPARE(url->options, QStringList{QStringLiteral("sslmode=require")});
        QVERIFY(url->password.isEmpty());
        QCOMPARE(url->display(), QStringLiteral("postgresql://station@db.line3:5433/provstation?sslmode=require"));
        url = ResultsUrl::parse(QStringLiteral("postgres://station@/provstation?host=/run/postgresql"));
        QVERIFY(url);
        QCOMPARE(url->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(url->port, 5432);
        QCOMPARE(url->display(), QStringLiteral("postgresql://station@/provstation?host=/run/postgresql"));
    }

    void aPasswordInTheUrlIsNeverShown()
    {
        const auto url = ResultsUrl::parse(QStringLiteral("postgresql://station:s3cr%40t@db/provstation"));
        QVERIFY(url);
        QVERIFY(url->passwordInUrl);
        QCOMPARE(url->password, QStringLiteral("s3cr@t"));
        QCOMPARE(url->display(), QStringLiteral("postgresql://station:****@db/provstation"));
        QVERIFY(!url->key().contains(u"s3cr"));
        QCOMPARE(ResultsUrl::mask(QStringLiteral("cannot open postgresql://u:hunter2@h/d: refused")),
                 QStringLiteral("cannot open postgresql://u:****@h/d: refused"));
        QCOMPARE(ResultsUrl::mask(QStringLiteral("postgres://h/d?sslmode=require&password=hunter2")),
                 QStringLiteral("postgres://h/d?sslmode=require&password=****"));
        QCOMPARE(ResultsUrl::mask(QStringLiteral("/plain/path:with@signs")), QStringLiteral("/plain/path:with@signs"));
    }

    void badUrlsSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("words");
        QTest::newRow("scheme") << "mysql://root@db/line"
                                << "mysql";
        QTest::newRow("no database") << "postgresql://station@db"
                                     << "names no database";
        QTest::newRow("no user") << "postgresql://db/provstation"
                                 << "names no user";
        QTest::newRow("password option") << "postgresql://s@db/p?password=hunter2"
                                         << "results-password";
        QTest::newRow("unknown option") << "postgresql://s@db/p?sslmod=require"
                                        << "sslmod";
        QTest::newRow("option with a space") << "postgresql://s@db/p?application_name=a%20b"
                                             << "space";
        QTest::newRow("empty sqlite") << "sqlite://"
                                      << "no SQLite file";
    }
    void badUrlsSayWhatIsWrong()
    {
        QFETCH(QString, url);
        QFETCH(QString, words);
        const auto parsed = ResultsUrl::parse(url);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(words), qPrintable(parsed.error()));
        QVERIFY2(!parsed.error().contains(u"hunter2"), qPrintable(parsed.error()));
    }
};

/// Where a station takes its results URL, station id and line id from (docs/line.md).
class StationResultsTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        // A settings folder of our own: the test never touches a real station's settings.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }
    void cleanup()
    {
        qunsetenv("PROVSTATION_RESULTS");
        qunsetenv("PROVSTATION_STATION_ID");
        qunsetenv("PROVSTATION_LINE_ID");
        QSettings().clear();
    }

    void anOptionWinsOverTheEnvironmentWhichWinsOverTheSetting()
    {
        QSettings().setValue(QStringLiteral("results/url"), QStringLiteral("/from/setting.sqlite"));
        QSettings().setValue(QStringLiteral("station/id"), QStringLiteral("pc-setting"));
        QSettings().setValue(QStringLiteral("station/line"), QStringLiteral("line-setting"));
        QCOMPARE(Station::resultsUrlFor({}), QStringLiteral("/from/setting.sqlite"));
        QCOMPARE(Station::stationIdFor({}), QStringLiteral("pc-setting"));
        QCOMPARE(Station::lineIdFor({}), QStringLiteral("line-setting"));
        qputenv("PROVSTATION_RESULTS", "postgresql://station@db/line");
        qputenv("PROVSTATION_STATION_ID", "pc-env");
        qputenv("PROVSTATION_LINE_ID", "line-env");
        QCOMPARE(Station::resultsUrlFor({}), QStringLiteral("postgresql://station@db/line"));
        QCOMPARE(Station::stationIdFor({}), QStringLiteral("pc-env"));
        QCOMPARE(Station::lineIdFor({}), QStringLiteral("line-env"));
        QCOMPARE(Station::resultsUrlFor(QStringLiteral(" /given.sqlite ")), QStringLiteral("/given.sqlite"));
        QCOMPARE(Station::stationIdFor(QStringLiteral("pc-given")), QStringLiteral("pc-given"));
        Station station; // takes its ids when made
        QCOMPARE(station.stationName(), QStringLiteral("pc-env"));
        QCOMPARE(station.lineId(), QStringLiteral("line-env"));
        qunsetenv("PROVSTATION_STATION_ID");
        QSettings().remove(QStringLiteral("station/id"));
        QVERIFY(!Station::stationIdFor({}).isEmpty()); // the host name
    }

    void aPasswordInTheSettingIsRefusedAndNeverShown()
    {
        QSettings().setValue(QStringLiteral("results/url"), QStringLiteral("postgresql://station:hunter2@db/line"));
        Station station;
        QSignalSpy state(&station, &Station::resultsStateChanged);
        station.openResults({});
        QCOMPARE(station.resultsState(), Station::ResultsState::Failed);
        QVERIFY2(station.resultsError().contains(u"results/url") && !station.resultsError().contains(u"hunter2"),
                 qPrintable(station.resultsError()));
        QVERIFY(!station.resultsPath().contains(u"hunter2"));
        // A job is refused with the reason, before any port is touched.
        const auto started = station.startPort(QStringLiteral("/dev/null"));
        QVERIFY(!started);
        QVERIFY2(started.error().contains(u"results/url"), qPrintable(started.error()));
    }

    void aBadUrlFailsTheResultsWithItsReason()
    {
        Station station;
        station.openResults(QStringLiteral("mysql://db/line"));
        QCOMPARE(station.resultsState(), Station::ResultsState::Failed);
        QVERIFY2(station.resultsError().contains(u"mysql"), qPrintable(station.resultsError()));
        QVERIFY(station.resultsNotice().isEmpty()); // the tiles' notice is for a lost server only
    }
};

PS_REGISTER_TEST(ResultsUrlTest);
PS_REGISTER_TEST(StationResultsTest);
#include "tst_resultsurl.moc"
