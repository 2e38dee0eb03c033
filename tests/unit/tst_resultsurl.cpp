// ResultsUrl: which database a results URL names, and that its password never shows.

#include "provisioning/resultstore.h"
#include "provisioning/resultsurl.h"
#include "testregistry.h"

#include <QDir>
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

PS_REGISTER_TEST(ResultsUrlTest);
#include "tst_resultsurl.moc"
