// Issue 12, "Prove it": `kill -9` of `provstation-cli provision` at 24 points spread over a slow
// run (uxsim's `hardware` latency model: a real module's timings), each inside something that
// takes time - the probe, each certificate upload (before its prompt, among its bytes, during the
// flash write), the Wi-Fi set-up, join and store, EDM, both DPS peers and the DPS poll, the hub peer
// and its test message, and the restart. Every kill is followed by a rerun on the same, still running uxsim (which
// keeps what the killed run left: half uploads, EDM, open peers, a joined network) that must pass and must skip exactly
// the certificates the killed run stored. Afterwards the shared results database is intact and holds one `interrupted`
// row per kill.
//
// The points are found in uxsim's trace (what the module received and sent, flushed per line) as
// it is written - no sleeps. Six modules of one uxsim run six chains of four kills side by side.

#include "pki/issue.h"
#include "pki/key.h"
#include "pki/load.h"
#include "provisioning/result.h"
#include "simulationsupport.h"
#include "testregistry.h"

#include <QFile>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

constexpr int kChains = 6;
constexpr int kRounds = 4;

/// One place to kill at: the @c occurrence-th time @c needle is seen in what the module received
/// (tx) or sent (rx), counted from the start of the run, plus @c extra more bytes received after it.
struct Point
{
    const char *name;
    bool tx;
    QString needle; ///< may hold {ca}, {cert}, {key}: the round's object names
    int occurrence = 1;
    int extra = 0;
};

// In the order a run meets them (dps-x509, folder policy, RSA-2048 device credentials).
const QList<Point> kPoints{
    {"the probe", true, QStringLiteral("AT\\r")},
    {"identify", true, QStringLiteral("AT+GMR")},
    // The Wi-Fi join starts before the uploads and runs through them (issue 13).
    {"the Wi-Fi settings", true, QStringLiteral("AT+UWSC=0,8")},
    {"the Wi-Fi join", true, QStringLiteral("AT+UWSCA=0,3")},
    {"the root's check", true, QStringLiteral("AT+USECMNG=4,0,\"{ca}\"")},
    {"the root's upload, before its prompt", true, QStringLiteral(",0,\"{ca}\",")},
    {"the root's upload, among its bytes", true, QStringLiteral("BEGIN CERTIFICATE"), 1, 200},
    {"the root's upload, during the flash write", true, QStringLiteral("END CERTIFICATE")},
    {"the certificate's upload, before its prompt", true, QStringLiteral(",1,\"{cert}\",")},
    {"the certificate's upload, among its bytes", true, QStringLiteral("BEGIN CERTIFICATE"), 2, 400},
    {"the certificate's upload, during the flash write", true, QStringLiteral("END CERTIFICATE"), 2},
    {"the key's upload, before its prompt", true, QStringLiteral(",2,\"{key}\",")},
    {"the key's upload, among its bytes", true, QStringLiteral("BEGIN PRIVATE KEY"), 1, 700},
    {"the key's upload, during the flash write", true, QStringLiteral("END PRIVATE KEY")},
    {"storing the Wi-Fi settings", true, QStringLiteral("AT+UWSCA=0,1")},
    {"waiting for an address", true, QStringLiteral("AT+UNSTAT=0,101")},
    {"entering EDM", true, QStringLiteral("ATO2")},
    {"the DPS peer's TLS handshake", true, QStringLiteral("AT+UDCP=mqtt://global")},
    {"waiting for DPS's first answer", true, QStringLiteral("\"registrationId\"")},
    {"the DPS status peer", true, QStringLiteral("AT+UDCP=mqtt://global"), 2},
    {"the DPS poll", true, QStringLiteral("get operationstatus")},
    {"the hub peer", true, QStringLiteral("AT+UDCP=mqtt://local-azure-hub")},
    {"the hub's test message", true, QStringLiteral("\"test\":true")},
    {"the restart", true, QStringLiteral("AT+CPWROFF")},
};

/// uxsim's trace of one module, read as it grows (inotify through QFileSystemWatcher).
class Trace : public QObject
{
    Q_OBJECT
public:
    struct Line
    {
        bool tx;
        qsizetype end; ///< offset in its direction's stream after this line
    };

    explicit Trace(QString path)
        : m_file(std::move(path))
    {
        connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &Trace::read);
    }
    void watch()
    {
        m_watcher.addPath(m_file.fileName());
        read();
    }
    void read()
    {
        if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly))
            return;
        m_partial += m_file.readAll();
        qsizetype nl;
        bool grew = false;
        while ((nl = m_partial.indexOf('\n')) >= 0) {
            const QByteArray line = m_partial.left(nl);
            m_partial.remove(0, nl + 1);
            // "   1234ms -> bytes", "<- bytes", "-- event"
            const qsizetype ms = line.indexOf("ms ");
            if (ms < 0 || line.size() < ms + 6)
                continue;
            const QByteArray dir = line.mid(ms + 3, 2);
            if (dir != "->" && dir != "<-")
                continue;
            QByteArray &stream = dir == "->" ? m_tx : m_rx;
            stream += line.mid(ms + 6);
            m_lines.append({dir == "->", stream.size()});
            grew = true;
        }
        if (grew)
            emit grown();
    }
    const QByteArray &tx() const { return m_tx; }
    const QByteArray &rx() const { return m_rx; }
    const QList<Line> &lines() const { return m_lines; }
    /// Where in @p stream the @p n-th @p needle at or after @p from ends; -1 when not (yet) there.
    static qsizetype find(const QByteArray &stream, const QByteArray &needle, qsizetype from, int n)
    {
        qsizetype at = from - 1;
        for (int i = 0; i < n; ++i) {
            at = stream.indexOf(needle, at + 1);
            if (at < 0)
                return -1;
        }
        return at + needle.size();
    }
    /// The first line whose stream end reaches @p offset in the direction @p tx.
    qsizetype lineAt(bool tx, qsizetype offset) const
    {
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            if (m_lines[i].tx == tx && m_lines[i].end >= offset)
                return i;
        }
        return -1;
    }

signals:
    void grown();

private:
    QFile m_file;
    QFileSystemWatcher m_watcher;
    QByteArray m_partial, m_tx, m_rx;
    QList<Line> m_lines;
};

/// What one chain saw: a line per kill, and the problems.
struct Report
{
    QStringList rows;
    QStringList problems;
    int kills = 0;
    int reruns = 0;
};

/// One module: kill a run at each of its points, rerun, check, next point.
class Chain : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        int index = 0;
        QString port;
        QString traceFile;
        QString workDir;
        QString db;
        QString secretFile;
        Profile profile; ///< the round's names are set per round
        QList<Point> points;
    };

    explicit Chain(Setup setup)
        : m_setup(std::move(setup))
        , m_trace(m_setup.traceFile)
    {
        connect(&m_trace, &Trace::grown, this, &Chain::onTrace);
    }

    void start()
    {
        m_trace.watch();
        nextRound();
    }
    bool isDone() const { return m_done; }
    const Report &report() const { return m_report; }

private:
    QString name(const char *what) const
    {
        return QStringLiteral("%1-c%2r%3.pem").arg(QLatin1String(what)).arg(m_setup.index).arg(m_round);
    }
    QString needle(const Point &p) const
    {
        QString n = p.needle;
        n.replace(QStringLiteral("{ca}"), name("ca"));
        n.replace(QStringLiteral("{cert}"), name("cert"));
        n.replace(QStringLiteral("{key}"), name("key"));
        return n;
    }

    void nextRound()
    {
        if (m_round >= m_setup.points.size()) {
            m_done = true;
            return;
        }
        // Fresh names each round, so that every round uploads (and can be killed inside uploads).
        Profile p = m_setup.profile;
        p.certificates.caName = name("ca");
        p.certificates.certName = name("cert");
        p.certificates.keyName = name("key");
        m_profilePath =
            QDir(m_setup.workDir).filePath(QStringLiteral("profile-c%1r%2.json").arg(m_setup.index).arg(m_round));
        QString error;
        if (!p.save(m_profilePath, &error))
            return fail(QStringLiteral("cannot save the profile: ") + error);
        m_trace.read();
        m_roundTx = m_trace.tx().size();
        m_roundRx = m_trace.rx().size();
        m_killed = false;
        m_run = launch(false);
    }

    QProcess *launch(bool rerun)
    {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::SeparateChannels);
        // Its own data folder (a results journal, settings), and a log of every run to look at.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_setup.workDir).filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(m_setup.workDir).filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("station.job.info=true;station.link.debug=true;station.edm.debug=true;"
                                  "station.store.info=true;station.azure.info=true"));
        env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{time process} %{category} %{message}"));
        p->setProcessEnvironment(env);
        p->setStandardErrorFile(QDir(m_setup.workDir)
                                    .filePath(QStringLiteral("run-c%1r%2%3.log")
                                                  .arg(m_setup.index)
                                                  .arg(m_round)
                                                  .arg(rerun ? QStringLiteral("-rerun") : QString())));
        connect(p, &QProcess::finished, this, [this, p, rerun](int code, QProcess::ExitStatus status) {
            p->deleteLater();
            rerun ? onRerunEnded(p, code) : onRunEnded(status);
        });
        p->start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/provstation-cli"),
                 {QStringLiteral("provision"), QStringLiteral("--profile"), m_profilePath, QStringLiteral("--port"),
                  m_setup.port, QStringLiteral("--secret"),
                  QStringLiteral("wifi-passphrase=file:") + m_setup.secretFile, QStringLiteral("--no-keychain"),
                  QStringLiteral("--db"), m_setup.db, QStringLiteral("--station-id"),
                  QStringLiteral("crash-%1").arg(m_setup.index), QStringLiteral("--json")});
        return p;
    }

    void onTrace()
    {
        if (!m_run || m_killed)
            return;
        const Point &p = m_setup.points[m_round];
        const QByteArray &stream = p.tx ? m_trace.tx() : m_trace.rx();
        const qsizetype from = p.tx ? m_roundTx : m_roundRx;
        const qsizetype at = Trace::find(stream, needle(p).toUtf8(), from, p.occurrence);
        if (at < 0 || stream.size() < at + p.extra)
            return;
        m_killed = true;
        m_run->kill(); // SIGKILL: kill -9
    }

    void onRunEnded(QProcess::ExitStatus status)
    {
        m_run = nullptr;
        const Point &p = m_setup.points[m_round];
        if (!m_killed || status != QProcess::CrashExit)
            return fail(QStringLiteral("the run ended before the point \"%1\" was reached").arg(QLatin1String(p.name)));
        ++m_report.kills;
        m_trace.read();
        m_rerunTx = m_trace.tx().size();
        launch(true);
    }

    void onRerunEnded(QProcess *p, int code)
    {
        ++m_report.reruns;
        const Point &point = m_setup.points[m_round];
        QJsonObject result;
        for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
            if (const auto doc = QJsonDocument::fromJson(line); doc.isObject())
                result = doc.object();
        }
        m_trace.read();
        const QString where = QStringLiteral("module %1, kill %2 (%3)")
                                  .arg(m_setup.index)
                                  .arg(m_round + 1)
                                  .arg(QLatin1String(point.name));
        QString skipped;
        for (const QJsonValue &s : result.value(u"steps").toArray()) {
            if (s[u"name"].toString() == u"credentials")
                skipped = s[u"message"].toString();
        }
        m_report.rows << QStringLiteral("%1: rerun %2 in %3 ms; credentials: %4")
                             .arg(where, result.value(u"outcome").toString())
                             .arg(result.value(u"elapsed_ms").toInteger())
                             .arg(skipped);
        if (code != 0 || result.value(u"outcome").toString() != u"pass")
            m_report.problems << QStringLiteral("%1: the rerun did not pass (exit %2): %3 %4")
                                     .arg(where)
                                     .arg(code)
                                     .arg(result.value(u"cause_code").toString(), result.value(u"cause").toString());
        else
            checkSkipped(where, skipped);
        ++m_round;
        nextRound();
    }

    /// The rerun skips an object exactly when the killed run had stored it before the rerun asked.
    void checkSkipped(const QString &where, const QString &message)
    {
        const QString already = message.section(QStringLiteral("already on the module: "), 1).section(u';', 0, 0);
        const QStringList said = already.split(QStringLiteral(", "), Qt::SkipEmptyParts);
        for (int type = 0; type < 3; ++type) {
            const QString object = name(type == 0 ? "ca" : type == 1 ? "cert" : "key");
            // The killed run's answer storing it, in what the module sent.
            const QByteArray stored = QStringLiteral("+USECMNG:0,%1,\"%2\"").arg(type).arg(object).toUtf8();
            const qsizetype storedAt = Trace::find(m_trace.rx(), stored, 0, 1);
            const qsizetype storedLine = storedAt < 0 ? -1 : m_trace.lineAt(false, storedAt);
            // The rerun's question about it.
            const QByteArray asked = QStringLiteral("AT+USECMNG=4,%1,\"%2\"").arg(type).arg(object).toUtf8();
            const qsizetype askedAt = Trace::find(m_trace.tx(), asked, m_rerunTx, 1);
            if (askedAt < 0) {
                m_report.problems << QStringLiteral("%1: the rerun never asked for %2").arg(where, object);
                continue;
            }
            const bool wasStored = storedLine >= 0 && storedLine < m_trace.lineAt(true, askedAt);
            if (wasStored != said.contains(object))
                m_report.problems << QStringLiteral("%1: %2 was %3 before the rerun asked, but the rerun says: %4")
                                         .arg(where, object,
                                              wasStored ? QStringLiteral("stored") : QStringLiteral("not stored"),
                                              message);
        }
    }

    void fail(const QString &problem)
    {
        m_report.problems << QStringLiteral("module %1: %2").arg(m_setup.index).arg(problem);
        m_done = true;
    }

    Setup m_setup;
    Trace m_trace;
    Report m_report;
    QString m_profilePath;
    QProcess *m_run = nullptr;
    int m_round = 0;
    qsizetype m_roundTx = 0, m_roundRx = 0, m_rerunTx = 0;
    bool m_killed = false;
    bool m_done = false;
};

/// RSA-2048 device credentials (like the seed log's) signed by the simulation's CA, in @p folder.
QString makeDeviceCredentials(const Profile &profile, const QString &folder, const QString &id)
{
    const auto ca = pki::loadCa(profile.certificates.caCertificate, profile.certificates.caKey);
    if (!ca)
        return ca.error();
    const auto key = pki::Key::generate(pki::KeyType::Rsa2048);
    if (!key)
        return key.error();
    pki::CertificateSpec spec;
    spec.commonName = id;
    spec.validityDays = 30;
    const auto cert = pki::makeDeviceCertificate(*key, spec, ca->certificate, ca->key);
    if (!cert)
        return cert.error();
    const auto w1 = pki::writePublicFile(QDir(folder).filePath(id + QStringLiteral(".pem")), cert->toPem());
    const auto w2 = pki::writePrivateFile(QDir(folder).filePath(id + QStringLiteral(".key.pem")), key->toPem());
    return !w1 ? w1.error() : !w2 ? w2.error() : QString();
}

} // namespace

class CrashTest : public QObject
{
    Q_OBJECT
private:
    /// The profile on disk: device credentials from a folder (so a rerun can find them on the
    /// module), no check in the cloud afterwards (the CLI has no route to local Azure's API); the
    /// Wi-Fi passphrase in a 0600 file.
    static void prepare(Simulation &sim, const QTemporaryDir &dir, Profile *profile, const QString &secretFile)
    {
        *profile = sim.profile();
        profile->certificates.policy = QStringLiteral("folder");
        profile->certificates.folder = dir.filePath(QStringLiteral("devices"));
        QVERIFY(QDir().mkpath(profile->certificates.folder));
        profile->options.cloudCheck = false;
        profile->options.rebootAtEnd = true; // so that a kill can land in the restart
        profile->options.testTelemetry = true;
        for (const QJsonObject &m : sim.modules()) {
            const QString problem =
                makeDeviceCredentials(*profile, profile->certificates.folder, Simulation::deviceIdFor(m));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QFile f(secretFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(testbed::secretValue(sim.secrets(), QStringLiteral("wifi-passphrase")));
    }

    /// The shared database: intact, one interrupted row per kill, one pass per rerun, nothing running.
    static void checkDatabase(const QString &db, int kills, int reruns)
    {
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-check"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT outcome, count(*) FROM results GROUP BY outcome")));
            QHash<QString, int> counts;
            while (q.next())
                counts.insert(q.value(0).toString(), q.value(1).toInt());
            qInfo() << "rows by outcome:" << counts;
            QCOMPARE(counts.value(QStringLiteral("interrupted")), kills);
            QCOMPARE(counts.value(QStringLiteral("pass")), reruns);
            QCOMPARE(counts.value(QStringLiteral("running")), 0);
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crash-check"));
    }

private slots:
    void killedAtTwentyFourPointsEveryRerunPassesSkipsWhatIsStoredAndTheRecordHolds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString traceBase = dir.filePath(QStringLiteral("trace"));
        Simulation::Options o;
        o.flow = Profile::Flow::DpsX509;
        o.modules = kChains;
        o.latency = QStringLiteral("hardware");
        o.uxsimArgs = {QStringLiteral("--trace"), traceBase};
        auto sim = testbed::startSimulation(o);
        QVERIFY2(sim, "the simulation did not start");

        Profile profile;
        const QString secretFile = dir.filePath(QStringLiteral("wifi.secret"));
        prepare(*sim, dir, &profile, secretFile);
        if (QTest::currentTestFailed())
            return;
        const QString db = dir.filePath(QStringLiteral("results.sqlite"));

        // Point i goes to chain i % kChains: every chain meets early and late points.
        QList<Chain *> chains;
        QObject owner;
        for (int c = 0; c < kChains; ++c) {
            Chain::Setup s;
            s.index = c;
            s.port = sim->ports()[c];
            s.traceFile = traceBase + u'.' + QString::number(c);
            s.workDir = dir.path();
            s.db = db;
            s.secretFile = secretFile;
            s.profile = profile;
            for (int r = 0; r < kRounds; ++r)
                s.points << kPoints[r * kChains + c];
            auto *chain = new Chain(s);
            chain->setParent(&owner);
            chains << chain;
        }
        QCOMPARE(kChains * kRounds, int(kPoints.size()));
        QElapsedTimer clock;
        clock.start();
        for (Chain *c : chains)
            c->start();
        const bool finished = QTest::qWaitFor(
            [&] { return std::all_of(chains.begin(), chains.end(), [](Chain *c) { return c->isDone(); }); }, 280000);
        QStringList rows, problems;
        int kills = 0, reruns = 0;
        for (Chain *c : chains) {
            rows << c->report().rows;
            problems << c->report().problems;
            kills += c->report().kills;
            reruns += c->report().reruns;
        }
        qInfo().noquote()
            << QStringLiteral("%1 kills, %2 reruns in %3 s:\n").arg(kills).arg(reruns).arg(clock.elapsed() / 1000) +
                   rows.join(u'\n');
        if (!finished || !problems.isEmpty()) {
            dir.setAutoRemove(false); // the traces, profiles and database, for whoever looks
            qInfo().noquote() << "kept for inspection:" << dir.path();
        }
        QVERIFY2(finished, "the chains did not finish within the test's deadline");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(kills, kChains * kRounds);

        checkDatabase(db, kills, reruns);
    }
};

PS_REGISTER_TEST(CrashTest);
#include "tst_crash.moc"
