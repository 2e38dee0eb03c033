// Staged Wi-Fi (issue 17, item 4): the station tests on the line network and leaves the customer's.
// uxsim offers only the line SSID, so a station that tried to join the field network fails. After
// the run the module's flash (uxsim's state file) holds the field network with activation at
// start-up and not the line network; restarted "at the customer's" (only the field SSID offered)
// the module joins by itself. The field passphrase is searched for in every log (station.* debug and
// hex), the traffic and its text/CSV/pcapng exports, the result rows and the SQLite file's bytes.

#include "enginehelpers.h"
#include "testregistry.h"
#include "traffic/trafficexport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPasswordDigestor>
#include <QProcess>
#include <QRandomGenerator>
#include <QSerialPort>
#include <QTemporaryDir>

using namespace engine;

namespace {

const QString kFieldSsid = QStringLiteral("customer-field-net");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A passphrase no other part of the test bed could produce by chance.
QByteArray uniquePassphrase(const char *prefix)
{
    return QByteArray(prefix) + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
}

Profile stagedProfile(const Simulation &sim)
{
    Profile p = sim.profile();
    p.wifi.field.ssid = kFieldSsid;
    return p;
}

// The module's stored Wi-Fi configurations from uxsim's state file: id -> tag -> value.
QMap<int, QMap<QString, QString>> storedConfigs(const QString &stateFile)
{
    QMap<int, QMap<QString, QString>> out;
    const QJsonObject o = QJsonDocument::fromJson(readAll(stateFile)).object();
    for (const QJsonValue &v : o.value(u"wifi").toArray()) {
        const QJsonObject tags = v[u"tags"].toObject();
        for (auto it = tags.begin(); it != tags.end(); ++it)
            out[v[u"id"].toInt()][it.key()] = it.value().toString();
    }
    return out;
}

QString describeConfigs(const QMap<int, QMap<QString, QString>> &configs)
{
    QStringList out;
    for (auto it = configs.cbegin(); it != configs.cend(); ++it)
        out << QStringLiteral("%1: ssid \"%2\", on start-up %3")
                   .arg(it.key())
                   .arg(it->value(QStringLiteral("2")), it->value(QStringLiteral("0")));
    return out.join(QStringLiteral("; "));
}

// Waits for @p text on @p port (bytes kept in @p seen), with a deadline.
bool waitForText(QSerialPort &port, QByteArray *seen, const QByteArray &text, int deadlineMs)
{
    return QTest::qWaitFor(
        [&] {
            *seen += port.readAll();
            return seen->contains(text);
        },
        deadlineMs);
}

} // namespace

class StagedWifiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// The module's state after a run must be the customer's: field stored, on start-up, line gone.
    static void checkModuleKeptOnlyTheFieldNetwork(const QString &stateFile, const QString &lineSsid,
                                                   const QByteArray &fieldPass)
    {
        const auto configs = storedConfigs(stateFile);
        QVERIFY2(configs.contains(1), qPrintable(describeConfigs(configs)));
        QCOMPARE(configs[1].value(QStringLiteral("2")), kFieldSsid);
        QCOMPARE(configs[1].value(QStringLiteral("0")), QStringLiteral("1")); // activated at start-up
        QCOMPARE(configs[1].value(QStringLiteral("5")), QStringLiteral("2")); // WPA2
        // The module keeps the PSK it derived from the passphrase (WPA2: PBKDF2-SHA1, SSID as salt,
        // 4096 rounds), computed here independently with Qt Network.
        const QByteArray psk =
            QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha1, fieldPass, kFieldSsid.toUtf8(), 4096, 32)
                .toHex();
        QCOMPARE(configs[1].value(QStringLiteral("8")).toLatin1(), psk);
        for (auto it = configs.cbegin(); it != configs.cend(); ++it) {
            QVERIFY2(it->value(QStringLiteral("2")) != lineSsid, qPrintable(describeConfigs(configs)));
            if (it.key() != 1)
                QVERIFY2(it->value(QStringLiteral("0")) != u"1", qPrintable(describeConfigs(configs)));
        }
        QVERIFY(!readAll(stateFile).contains(fieldPass));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theFieldNetworkIsStoredNotJoinedAndTheLineNetworkIsNotKept()
    {
        const QString state = m_dir.filePath(QStringLiteral("module-a.json"));
        Simulation::Options o;
        o.moduleStateFile = state;
        auto sim = startSimulation(o);
        QVERIFY(sim);
        const QByteArray fieldPass = uniquePassphrase("field-secret-");
        const QByteArray linePass = secretValue(sim->secrets(), QStringLiteral("wifi-passphrase"));
        const Profile profile = stagedProfile(*sim);
        putSecret(sim->secrets(), profile.wifi.field.passphraseSecret, fieldPass);
        const QString db = QDir(sim->workDir()).filePath(QStringLiteral("results.sqlite"));
        const Run run = provision(profile, sim->ports(), sim->secrets(), db);
        QCOMPARE(run.results.size(), 1);
        const ResultRow &r = run.results[0];
        QVERIFY2(r.passed(), qPrintable(describe(r)));
        QStringList steps;
        for (const StepResult &s : r.steps)
            steps << stepName(s.step);
        // The join starts before the uploads and is awaited after them (issue 13); no persist step
        // for the line network, and no restart unless the profile asks (the read-back loads flash).
        QCOMPARE(steps, (QStringList{"prepare", "open", "identify", "capability", "identity", "wifi", "credentials",
                                     "wifi", "edm", "dps", "hub", "field_wifi", "wifi_check", "verify"}));

        // On the line: the line network joined and never stored; the field network stored with
        // activation at start-up and never activated.
        QByteArray sent;
        for (const TrafficRecord &t : run.traffic) {
            if (t.direction == TrafficRecord::Direction::ToModule)
                sent += t.raw + '\n';
        }
        QVERIFY(sent.contains("AT+UWSCA=0,3"));
        QVERIFY(!sent.contains("AT+UWSCA=0,1"));
        QVERIFY(sent.contains("AT+UWSCA=0,0"));
        QVERIFY(sent.contains("AT+UWSC=1,0,1"));
        QVERIFY(sent.contains("AT+UWSCA=1,1"));
        QVERIFY(!sent.contains("AT+UWSCA=1,3"));
        QVERIFY(sent.contains("AT+UWSC=1,2\r")); // the read-back

        sim.reset(); // uxsim exits; its state file is the module's flash
        checkModuleKeptOnlyTheFieldNetwork(state, profile.wifi.ssid, fieldPass);

        // No secret in anything a person or a script could read.
        QByteArray all;
        for (const TrafficRecord &t : run.traffic)
            all += t.raw + '\n' + t.summary.toUtf8() + '\n';
        all += run.log.join(u'\n').toUtf8();
        all += traffic::toText(run.traffic) + traffic::toCsv(run.traffic) + traffic::toPcapng(run.traffic);
        all += readAll(db) + readAll(db + QStringLiteral("-wal"));
        all += QJsonDocument(toJson(r)).toJson();
        QVERIFY(run.log.size() > 50); // debug and hex logging really ran
        QVERIFY(!all.contains(fieldPass));
        QVERIFY(!all.contains(fieldPass.toHex()));
        QVERIFY(!all.contains(linePass));
        QVERIFY(all.contains(kFieldSsid.toUtf8())); // the search does look where the field network went
    }

    void atTheCustomersSiteTheModuleJoinsTheFieldNetworkByItself()
    {
        // Provision a module, then start it again with its flash where only the field network exists.
        const QString state = m_dir.filePath(QStringLiteral("module-b.json"));
        Simulation::Options o;
        o.moduleStateFile = state;
        auto sim = startSimulation(o);
        QVERIFY(sim);
        const QByteArray fieldPass = uniquePassphrase("customer-");
        const Profile profile = stagedProfile(*sim);
        putSecret(sim->secrets(), profile.wifi.field.passphraseSecret, fieldPass);
        const Run run = provision(profile, sim->ports(), sim->secrets(),
                                  QDir(sim->workDir()).filePath(QStringLiteral("results.sqlite")));
        QVERIFY2(run.results[0].passed(), qPrintable(describe(run.results[0])));
        sim.reset();

        QProcess uxsim;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("UXSIM_WIFI"), kFieldSsid + u':' + QString::fromLatin1(fieldPass));
        uxsim.setProcessEnvironment(env);
        const QString link = m_dir.filePath(QStringLiteral("customer-tty"));
        uxsim.start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/uxsim"),
                    {QStringLiteral("--link"), link, QStringLiteral("--state-file"), state});
        QVERIFY(uxsim.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(uxsim.canReadLine(), 20000); // booted
        QSerialPort port(link);
        port.setBaudRate(115200);
        QVERIFY2(port.open(QIODevice::ReadWrite), qPrintable(port.errorString()));
        QByteArray seen;
        // Linked already (its +UUWLE went out before the port was open), or linking: ask, then wait.
        port.write("AT+UWSSTAT=3\r");
        QVERIFY2(waitForText(port, &seen, "+UWSSTAT:3,", 5000), seen.constData());
        if (!seen.contains("+UWSSTAT:3,2"))
            QVERIFY2(waitForText(port, &seen, "+UUWLE:0,", 20000), seen.constData());
        port.write("AT+UWSSTAT=0\r");
        QVERIFY2(waitForText(port, &seen, "+UWSSTAT:0,\"" + kFieldSsid.toUtf8() + '"', 5000), seen.constData());
        port.close();
        uxsim.terminate();
        QVERIFY(uxsim.waitForFinished(10000));
    }

    void aModuleThatDropsTheStartUpFlagFailsTheReadBack()
    {
        const QString state = m_dir.filePath(QStringLiteral("module-c.json"));
        Simulation::Options o;
        o.moduleStateFile = state;
        o.faults = {QStringLiteral("wifi-startup-off")};
        auto sim = startSimulation(o);
        QVERIFY(sim);
        const Profile profile = stagedProfile(*sim);
        putSecret(sim->secrets(), profile.wifi.field.passphraseSecret, uniquePassphrase("field-"));
        const Run run = provision(profile, sim->ports(), sim->secrets(),
                                  QDir(sim->workDir()).filePath(QStringLiteral("results.sqlite")));
        const ResultRow &r = run.results[0];
        QCOMPARE(r.outcome, Outcome::Fail);
        QCOMPARE(causeCode(r.cause), QStringLiteral("wifi_stored"));
        QCOMPARE(exitCodeFor(r.cause), ExitCode::Wifi);
        QVERIFY2(r.causeMessage.contains(u"configuration 1 is not activated at start-up"), qPrintable(r.causeMessage));
        QCOMPARE(r.steps.last().step, Step::WifiCheck);
    }

    void aFieldPassphraseTheModuleCannotTakeFailsBeforeTheLineIsJoined()
    {
        auto sim = startSimulation({});
        QVERIFY(sim);
        const Profile profile = stagedProfile(*sim);
        putSecret(sim->secrets(), profile.wifi.field.passphraseSecret, QByteArray("short"));
        const Run run = provision(profile, sim->ports(), sim->secrets(),
                                  QDir(sim->workDir()).filePath(QStringLiteral("results.sqlite")));
        const ResultRow &r = run.results[0];
        QCOMPARE(causeCode(r.cause), QStringLiteral("secret_invalid"));
        QVERIFY2(r.causeMessage.contains(u"field network"), qPrintable(r.causeMessage));
        QCOMPARE(r.steps.last().step, Step::Wifi);
        for (const TrafficRecord &t : run.traffic)
            QVERIFY(!t.raw.contains("AT+UWSC"));
    }
};

// The same through provstation-cli as a script runs it: a profile file with a field network, the
// line passphrase from a 0600 file, the field passphrase from the environment, station.* debug and
// hex logging on; then results list --json, the CSV export and the SQLite file's bytes.
class StagedWifiCliTest : public QObject
{
    Q_OBJECT

    struct Cli
    {
        int code = -1;
        QByteArray out, err;
    };
    static Cli run(const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/provstation-cli"), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished(2000);
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

private slots:
    void provisionStoresTheFieldNetworkAndLeaksItsPassphraseNowhere()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("module.json"));
        Simulation::Options o;
        o.moduleStateFile = state;
        auto sim = startSimulation(o);
        QVERIFY(sim);
        Profile profile = stagedProfile(*sim);
        const QString profileFile = dir.filePath(QStringLiteral("staged.json"));
        QVERIFY(profile.save(profileFile));
        QVERIFY(readAll(profileFile).contains("\"field\""));
        const QByteArray linePass = secretValue(sim->secrets(), QStringLiteral("wifi-passphrase"));
        const QString lineFile = dir.filePath(QStringLiteral("line.pass"));
        {
            QFile f(lineFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(linePass + '\n');
            f.close();
            QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        }
        const QByteArray fieldPass = uniquePassphrase("cli-field-");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FIELD_PASS"), QString::fromLatin1(fieldPass));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("station.*.debug=true"));
        const QString db = dir.filePath(QStringLiteral("results.sqlite"));
        Cli r = run({QStringLiteral("provision"), QStringLiteral("--profile"), profileFile, QStringLiteral("--port"),
                     sim->ports().first(), QStringLiteral("--no-keychain"), QStringLiteral("--db"), db,
                     QStringLiteral("--secret"), QStringLiteral("wifi-passphrase=file:") + lineFile,
                     QStringLiteral("--secret"),
                     profile.wifi.field.passphraseSecret + QStringLiteral("=env:FIELD_PASS"), QStringLiteral("--json")},
                    env);
        QVERIFY2(r.code == 0, (r.out + r.err.right(3000)).constData());
        const QJsonObject result = QJsonDocument::fromJson(r.out.trimmed()).object();
        QCOMPARE(result[u"outcome"].toString(), QStringLiteral("pass"));
        QStringList steps;
        for (const QJsonValue &s : result[u"steps"].toArray())
            steps << s[u"name"].toString();
        QVERIFY2(steps.contains(u"field_wifi") && steps.contains(u"wifi_check"), qPrintable(steps.join(u' ')));
        // The logging really was on, hex included.
        QVERIFY2(r.err.contains("station.link.hex"), r.err.left(2000).constData());

        Cli list = run(
            {QStringLiteral("results"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")},
            env);
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains("\"pass\""));
        const QString csv = dir.filePath(QStringLiteral("results.csv"));
        Cli exported = run({QStringLiteral("results"), QStringLiteral("export"), QStringLiteral("--csv"), csv,
                            QStringLiteral("--db"), db},
                           env);
        QCOMPARE(exported.code, 0);

        sim.reset();
        const auto configs = storedConfigs(state);
        QCOMPARE(configs.value(1).value(QStringLiteral("2")), kFieldSsid);
        QCOMPARE(configs.value(1).value(QStringLiteral("0")), QStringLiteral("1"));
        for (const auto &c : configs)
            QVERIFY2(c.value(QStringLiteral("2")) != profile.wifi.ssid, qPrintable(describeConfigs(configs)));

        const QByteArray all = r.out + r.err + list.out + list.err + exported.out + exported.err + readAll(csv) +
                               readAll(db) + readAll(db + QStringLiteral("-wal")) + readAll(profileFile);
        QVERIFY(!all.contains(fieldPass));
        QVERIFY(!all.contains(fieldPass.toHex()));
        QVERIFY(!all.contains(linePass));
    }
};

PS_REGISTER_TEST(StagedWifiTest);
PS_REGISTER_TEST(StagedWifiCliTest);
#include "tst_stagedwifi.moc"
