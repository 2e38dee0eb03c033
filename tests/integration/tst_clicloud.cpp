// provstation-cli cloud prepare | status | verify and demo --prepare-cloud, run as a script runs
// them: connection strings from 0600 secret files, local Azure reached with --connect-to.
#include "cloud/servicesupport.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace cloudtest;

namespace {

struct Cli
{
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object(); }
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> list;
        for (const QByteArray &l : out.split('\n'))
            if (!l.trimmed().isEmpty())
                list.append(QJsonDocument::fromJson(l).object());
        return list;
    }
};

Cli station(const QStringList &args, int deadlineMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("station.*=false"));
    p.setProcessEnvironment(env);
    p.start(binDir() + QStringLiteral("/provstation-cli"), args);
    if (!p.waitForFinished(deadlineMs)) {
        p.kill();
        p.waitForFinished(2000);
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QStringList actions(const QJsonObject &report)
{
    QStringList out;
    for (const QJsonValue &v : report.value(u"items").toArray())
        out << v[u"kind"].toString() + u':' + v[u"action"].toString();
    return out;
}

} // namespace

class CliCloudTest : public QObject
{
    Q_OBJECT
    LocalAzure az;
    QPair<QString, QString> ca;
    QString hubCs, dpsCs, groupKey, deviceKey, wrongCs;

    QString file(const QString &name) const { return az.state() + u'/' + name; }
    QString writeProfile(const QString &flow)
    {
        QJsonObject p{
            {QStringLiteral("format"), QStringLiteral("provstation-profile")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("name"), QStringLiteral("cli cloud ") + flow},
            {QStringLiteral("flow"), flow},
            {QStringLiteral("dps"), QJsonObject{{QStringLiteral("host"), az.info.value(u"dps_host")},
                                                {QStringLiteral("idScope"), QString::fromUtf8(az.scope())},
                                                {QStringLiteral("enrollmentGroupId"), QStringLiteral("cli-") + flow}}},
            {QStringLiteral("hub"), QJsonObject{{QStringLiteral("host"), QString::fromUtf8(az.hub())},
                                                {QStringLiteral("x509Auth"), QStringLiteral("ca")}}},
            {QStringLiteral("certificates"),
             QJsonObject{{QStringLiteral("caCertificate"), ca.first}, {QStringLiteral("caKey"), ca.second}}},
            {QStringLiteral("trust"),
             QJsonObject{{QStringLiteral("roots"), QJsonArray{QString::fromUtf8(az.caFile())}}}},
            {QStringLiteral("wifi"), QJsonObject{{QStringLiteral("ssid"), QStringLiteral("lab")}}}};
        QFile f(file(flow + QStringLiteral(".json")));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(p).toJson());
        return f.fileName();
    }
    QStringList common(const QString &flow, const QString &dpsSecret = {})
    {
        const QString to = QStringLiteral("%1:%2").arg(QString::fromUtf8(az.sasAddress())).arg(az.servicePort());
        return {QStringLiteral("--profile"),
                writeProfile(flow),
                QStringLiteral("--no-keychain"),
                QStringLiteral("--secret"),
                QStringLiteral("hub-connection-string=file:") + hubCs,
                QStringLiteral("--secret"),
                QStringLiteral("dps-connection-string=file:") + (dpsSecret.isEmpty() ? dpsCs : dpsSecret),
                QStringLiteral("--secret"),
                QStringLiteral("dps-group-key=file:") + groupKey,
                QStringLiteral("--secret"),
                QStringLiteral("hub-device-key=file:") + deviceKey,
                QStringLiteral("--connect-to"),
                QString::fromUtf8(az.hub()) + u'=' + to,
                QStringLiteral("--connect-to"),
                az.dpsServiceHost() + u'=' + to};
    }

private slots:
    void initTestCase()
    {
        mosquitto_lib_init();
        QVERIFY(az.start());
        ca = az.issue(QStringLiteral("cli-ca"), QStringLiteral("CLI Line CA"),
                      {QStringLiteral("--ca"), QStringLiteral("--self-signed")});
        // Azure's management plane: the CA uploaded and verified in DPS and in the hub.
        QCOMPARE(az.run({"dps", "ca", "add", "--cert", ca.first, "--verified"}).code, 0);
        QCOMPARE(az.run({"hub", "ca", "add", "--cert", ca.first}).code, 0);
        hubCs = file(QStringLiteral("hub.cs"));
        dpsCs = file(QStringLiteral("dps.cs"));
        groupKey = file(QStringLiteral("group.key"));
        deviceKey = file(QStringLiteral("device.key"));
        wrongCs = file(QStringLiteral("wrong.cs"));
        QVERIFY(writePrivateFile(hubCs, az.hubConnectionString().toUtf8()));
        QVERIFY(writePrivateFile(dpsCs, az.dpsConnectionString().toUtf8()));
        QVERIFY(writePrivateFile(groupKey, QByteArray(64, 'g').toBase64()));
        QVERIFY(writePrivateFile(deviceKey, QByteArray(32, 'd').toBase64()));
        QVERIFY(
            writePrivateFile(wrongCs, (az.dpsConnectionString().section(QStringLiteral("SharedAccessKey="), 0, 0) +
                                       QStringLiteral("SharedAccessKey=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="))
                                          .toUtf8()));
    }
    void cleanupTestCase() { QCOMPARE(az.stop(), 0); }

    void eachFlowIsPreparedFromEmptyThenLeftAlone_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QStringList>("first");
        // DPS flows: devices are made by DPS when they register; --device only says so.
        QTest::newRow("dps-x509") << QStringLiteral("dps-x509")
                                  << QStringList{"enrollment-group:created", "device:exists"};
        QTest::newRow("dps-symmetric") << QStringLiteral("dps-symmetric")
                                       << QStringList{"enrollment-group:created", "device:exists"};
        QTest::newRow("hub-x509") << QStringLiteral("hub-x509") << QStringList{"hub:exists", "device:created"};
        QTest::newRow("hub-sas") << QStringLiteral("hub-sas") << QStringList{"hub:exists", "device:created"};
    }
    void eachFlowIsPreparedFromEmptyThenLeftAlone()
    {
        QFETCH(QString, flow);
        QFETCH(QStringList, first);
        QStringList args =
            QStringList{QStringLiteral("cloud"), QStringLiteral("prepare"), QStringLiteral("--json"),
                        QStringLiteral("--device"), QStringLiteral("cli-") + flow + QStringLiteral("-01")} +
            common(flow);
        const Cli made = station(args);
        QVERIFY2(made.code == 0, made.out + made.err);
        QCOMPARE(actions(made.json()), first);
        QCOMPARE(made.json().value(u"changed").toBool(), true);
        const Cli again = station(args);
        QVERIFY2(again.code == 0, again.out + again.err);
        QCOMPARE(again.json().value(u"changed").toBool(), false);
        for (const QString &a : actions(again.json()))
            QVERIFY2(a.endsWith(QLatin1String(":exists")), qPrintable(a));
        const Cli st = station(QStringList{QStringLiteral("cloud"), QStringLiteral("status")} + common(flow));
        QVERIFY2(st.code == 0, st.out + st.err);
        if (flow.startsWith(QLatin1String("dps")))
            QVERIFY2(st.out.contains("cli-" + flow.toUtf8()) && st.out.contains("exists"), st.out);
        else
            QVERIFY2(st.out.contains("cli-" + flow.toUtf8() + "-01"), st.out);
        // No secret of the run reaches the output.
        for (const QString &path : {hubCs, dpsCs, groupKey, deviceKey}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            const qsizetype at = content.indexOf("SharedAccessKey=");
            const QByteArray secret = at < 0 ? content : content.mid(at + 16);
            QVERIFY(!made.out.contains(secret) && !made.err.contains(secret) && !st.out.contains(secret));
        }
    }
    void verifySaysWhetherTheHubKnowsTheDevice()
    {
        const Cli known =
            station(QStringList{QStringLiteral("cloud"), QStringLiteral("verify"), QStringLiteral("--json"),
                                QStringLiteral("--device"), QStringLiteral("cli-hub-sas-01")} +
                    common(QStringLiteral("hub-sas")));
        // Made but never connected: registered, which is not "seen".
        QCOMPARE(known.json().value(u"verdict").toString(), QStringLiteral("registered"));
        const Cli ghost =
            station(QStringList{QStringLiteral("cloud"), QStringLiteral("verify"), QStringLiteral("--json"),
                                QStringLiteral("--device"), QStringLiteral("nobody-here")} +
                    common(QStringLiteral("hub-sas")));
        QCOMPARE(ghost.code, 8);
        QCOMPARE(ghost.json().value(u"verdict").toString(), QStringLiteral("not_registered"));
    }
    void wrongKeyIsRefusedWithAClearCause()
    {
        const Cli r = station(QStringList{QStringLiteral("cloud"), QStringLiteral("prepare")} +
                              common(QStringLiteral("dps-x509"), wrongCs));
        QCOMPARE(r.code, 8);
        QVERIFY2(r.out.contains("provisioningserviceowner") && r.out.contains("Shared access policies") &&
                     r.out.contains("(unauthorized)"),
                 r.out);
        QVERIFY(!r.out.contains("AAECAwQF") && !r.err.contains("AAECAwQF"));
    }
    void missingConnectionStringIsAConfigurationError()
    {
        QStringList args = common(QStringLiteral("hub-sas"));
        const int at = int(args.indexOf(QStringLiteral("hub-connection-string=file:") + hubCs));
        args.removeAt(at);
        args.removeAt(at - 1);
        const Cli r = station(QStringList{QStringLiteral("cloud"), QStringLiteral("status")} + args);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains("hub-connection-string"), r.out);
    }
    void throttlingIsWaitedOut()
    {
        QCOMPARE(az.run({"service", "fail", "--mode", "throttled", "--retry-after", "1", "--count", "2"}).code, 0);
        const Cli r = station(QStringList{QStringLiteral("cloud"), QStringLiteral("status"), QStringLiteral("--json")} +
                              common(QStringLiteral("dps-x509")));
        QVERIFY2(r.code == 0, r.out + r.err);
        QFile log(az.state() + QStringLiteral("/service.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.readAll().count(" 429 (injected)"), 2);
    }
    void demoPreparesAnEmptyLocalAzureThroughTheStationsClients_data()
    {
        QTest::addColumn<QString>("flow");
        for (const char *f : {"dps-x509", "dps-symmetric", "hub-x509", "hub-sas"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void demoPreparesAnEmptyLocalAzureThroughTheStationsClients()
    {
        QFETCH(QString, flow);
        const Cli r = station({QStringLiteral("demo"), QStringLiteral("--flow"), flow, QStringLiteral("--modules"),
                               QStringLiteral("2"), QStringLiteral("--prepare-cloud"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.out + r.err);
        const QList<QJsonObject> results = r.lines();
        QCOMPARE(results.size(), 2);
        for (const QJsonObject &o : results) {
            QCOMPARE(o.value(u"outcome").toString(), QStringLiteral("pass"));
            QCOMPARE(o.value(u"cloud_check").toString(), QStringLiteral("seen"));
            if (flow.startsWith(QLatin1String("hub"))) {
                // Each identity made by the job just before its module (per-device key or thumbprint).
                QString cloudStep;
                for (const QJsonValue &s : o.value(u"steps").toArray())
                    if (s[u"name"].toString() == QLatin1String("cloud"))
                        cloudStep = s[u"message"].toString();
                QVERIFY2(cloudStep.contains(o.value(u"device_id").toString() + QStringLiteral(" created")),
                         qPrintable(cloudStep));
            }
        }
        if (flow.startsWith(QLatin1String("dps")))
            QVERIFY2(r.err.contains("Cloud: enrollment-group provstation created"), r.err);
        QVERIFY(!r.err.contains("SharedAccessKey="));
    }
};

PS_REGISTER_TEST(CliCloudTest);
#include "tst_clicloud.moc"
