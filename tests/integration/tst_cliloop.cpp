// provstation-cli provision --loop as a line runs it (issue 13): the built program waits on a port,
// a module is plugged in (uxsim starts on the port's path) and passes, it is unplugged (uxsim
// stops, the path goes), another is plugged in and passes, and SIGTERM ends the loop with a
// summary and exit code 0.

#include "simulationsupport.h"
#include "testregistry.h"
#include "uxsim/simhost.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using testbed::secretValue;
using testbed::startSimulation;

class CliLoopTest : public QObject
{
    Q_OBJECT

    /// A module on @p link: uxsim pointed at the simulation's local Azure, the Wi-Fi secret in
    /// its environment (never on a command line).
    static bool plugIn(QProcess &uxsim, const QString &link, const QString &mac, const Simulation &sim,
                       const QByteArray &passphrase)
    {
        const QJsonObject azure = sim.azure();
        const QString x509 = QStringLiteral("127.0.0.1:") + QString::number(azure.value(u"x509_port").toInt());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("UXSIM_WIFI"),
                   sim.profile().wifi.ssid + u':' + QString::fromUtf8(passphrase) + u'\n');
        uxsim.setProcessEnvironment(env);
        uxsim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        uxsim.start(SimHost::bin(QStringLiteral("uxsim")),
                    {QStringLiteral("--link"), link, QStringLiteral("--mac"), mac, QStringLiteral("--resolve"),
                     azure.value(u"dps_host").toString() + u'=' + x509, QStringLiteral("--resolve"),
                     azure.value(u"hub_host").toString() + u'=' + x509});
        return uxsim.waitForStarted(5000);
    }

    /// The next JSON line the loop prints on standard output, within @p ms.
    static QJsonObject nextResult(QProcess &cli, QByteArray &out, int ms)
    {
        QJsonObject o;
        const bool got = QTest::qWaitFor(
            [&] {
                out += cli.readAllStandardOutput();
                const qsizetype nl = out.indexOf('\n');
                if (nl < 0)
                    return false;
                o = QJsonDocument::fromJson(out.left(nl)).object();
                out.remove(0, nl + 1);
                return true;
            },
            ms);
        return got ? o : QJsonObject();
    }

    static bool waitForErr(QProcess &cli, QByteArray &err, const QByteArray &text, int ms)
    {
        return QTest::qWaitFor(
            [&] {
                err += cli.readAllStandardError();
                const qsizetype at = err.indexOf(text);
                if (at < 0)
                    return false;
                err.remove(0, at + text.size());
                return true;
            },
            ms);
    }

private slots:
    void aLoopProvisionsEachModulePluggedInAndEndsOnSigtermWithASummary()
    {
        auto sim = startSimulation({});
        QVERIFY(sim);
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("line.json"));
        QVERIFY(sim->profile().save(profile));
        const QByteArray pass = secretValue(sim->secrets(), QStringLiteral("wifi-passphrase"));
        QVERIFY(!pass.isEmpty());
        const QString secretFile = dir.filePath(QStringLiteral("wifi.pass"));
        QFile f(secretFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pass + '\n');
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString link = dir.filePath(QStringLiteral("ttyLine"));

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("station.*=false\nstation.job.info=true\nstation.azure*=true"));
        cli.setProcessEnvironment(env);
        cli.start(SimHost::bin(QStringLiteral("provstation-cli")),
                  {QStringLiteral("provision"), QStringLiteral("--loop"), QStringLiteral("--profile"), profile,
                   QStringLiteral("--port"), link, QStringLiteral("--no-keychain"), QStringLiteral("--db"),
                   dir.filePath(QStringLiteral("results.sqlite")), QStringLiteral("--secret"),
                   QStringLiteral("wifi-passphrase=file:") + secretFile, QStringLiteral("--json")});
        QVERIFY(cli.waitForStarted(5000));
        QByteArray out, err;
        QVERIFY2(waitForErr(cli, err, "waiting for modules", 30000), err.constData());

        // The first module is plugged in: it passes.
        QProcess first;
        QVERIFY(plugIn(first, link, QStringLiteral("D4CA6E000010"), *sim, pass));
        QVERIFY2(waitForErr(cli, err, "module plugged in", 30000), err.constData());
        const QJsonObject a = nextResult(cli, out, 60000);
        err += cli.readAllStandardError();
        if (a.value(u"outcome").toString() != u"pass")
            qInfo("the loop's standard error:\n%s", err.constData());
        QVERIFY2(a.value(u"outcome").toString() == u"pass", QJsonDocument(a).toJson().constData());
        QVERIFY(a.value(u"device_id").toString().endsWith(u"d4ca6e000010"));

        // Unplugged: the loop sees the port go.
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
        QVERIFY2(waitForErr(cli, err, "module removed", 10000), err.constData());

        // Another one on the same port: it passes too.
        QProcess second;
        QVERIFY(plugIn(second, link, QStringLiteral("D4CA6E000020"), *sim, pass));
        QVERIFY2(waitForErr(cli, err, "module plugged in", 30000), err.constData());
        const QJsonObject b = nextResult(cli, out, 60000);
        err += cli.readAllStandardError();
        if (b.value(u"outcome").toString() != u"pass")
            qInfo("the loop's standard error:\n%s", err.constData());
        QVERIFY2(b.value(u"outcome").toString() == u"pass", QJsonDocument(b).toJson().constData());
        QVERIFY(b.value(u"device_id").toString().endsWith(u"d4ca6e000020"));

        // SIGTERM: a summary, exit 0, and nothing started after it.
        cli.terminate();
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        const QJsonObject summary = nextResult(cli, out, 1000).value(u"summary").toObject();
        QCOMPARE(summary.value(u"modules").toInt(), 2);
        QCOMPARE(summary.value(u"passed").toInt(), 2);
        QCOMPARE(summary.value(u"failed").toInt(), 0);
        QCOMPARE(summary.value(u"unrecorded").toInt(), 0);
        QCOMPARE(cli.exitCode(), 0);
        second.terminate();
        QVERIFY(second.waitForFinished(10000));
    }

    void aLoopWithoutPortsOrAUsbFilterIsRefusedWithTheReason()
    {
        auto sim = startSimulation({});
        QVERIFY(sim);
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("line.json"));
        QVERIFY(sim->profile().save(profile));
        QProcess cli;
        cli.start(SimHost::bin(QStringLiteral("provstation-cli")),
                  {QStringLiteral("provision"), QStringLiteral("--loop"), QStringLiteral("--profile"), profile,
                   QStringLiteral("--no-keychain"), QStringLiteral("--db"),
                   dir.filePath(QStringLiteral("results.sqlite"))});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(cli.readAllStandardError().contains("line.usbFilter"), "the error names what is missing");
    }
};

PS_REGISTER_TEST(CliLoopTest);
#include "tst_cliloop.moc"
