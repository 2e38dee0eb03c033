// The bad-input table (issue 12): hostile input to provstation-cli — devices, FIFOs, folders, a 2 GB
// sparse file, binary junk, deep nesting, a 50 MB name, odd hex, bad --secret specs — gets one line
// on stderr and its documented exit code, under a memory limit, without hanging. The rows are in
// tests/integration/data/badinput.table (its header explains the columns and placeholders).

#include "pki/issue.h"
#include "pki/key.h"
#include "provisioning/profile.h"
#include "testregistry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace {

constexpr rlim_t kAddressSpace = 512ull << 20; // an unbounded read of /dev/zero fails long before
constexpr int kDeadlineMs = 20000;             // a FIFO that blocks the reader would never end

QString binDir()
{
    return qEnvironmentVariable("PROVSTATION_BIN_DIR");
}

QString tablePath()
{
    return qEnvironmentVariable("PROVSTATION_SOURCE_DIR") + QStringLiteral("/tests/integration/data/badinput.table");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// A profile file from @p p.
bool saveProfile(const Profile &p, const QString &path)
{
    QString error;
    if (!p.save(path, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

Profile symmetricProfile()
{
    Profile p;
    p.name = QStringLiteral("bad input");
    p.flow = Profile::Flow::DpsSymmetric;
    p.dps.idScope = QStringLiteral("0ne00000001");
    p.wifi.ssid = QStringLiteral("lab");
    return p;
}

Profile x509Profile(const QString &ca, const QString &key)
{
    Profile p = symmetricProfile();
    p.flow = Profile::Flow::DpsX509;
    p.certificates.caCertificate = ca;
    p.certificates.caKey = key;
    return p;
}

} // namespace

class BadInputTableTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_places; ///< placeholder -> path or text

    QString place(const QString &name) const { return m_dir.filePath(name); }

    /// The fixtures the table's placeholders name.
    void makeFixtures()
    {
        QVERIFY(m_dir.isValid());
        const QString fifo = place(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString sparse = place(QStringLiteral("sparse.bin"));
        QFile s(sparse);
        QVERIFY(s.open(QIODevice::WriteOnly) && s.resize(2ll << 30)); // 2 GiB, no blocks on disk
        s.close();
        QByteArray junk(64 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(12);
        for (char &c : junk)
            c = char(rng.bounded(256));
        QVERIFY(writeFile(place(QStringLiteral("junk.bin")), junk));
        const QByteArray bigName = "{\"format\":\"provstation-profile\",\"version\":1,\"name\":\"" +
                                   QByteArray(50 * 1000 * 1000, 'n') + "\",\"flow\":\"dps-x509\"}";
        QVERIFY(writeFile(place(QStringLiteral("bigname.json")), bigName));
        QVERIFY(writeFile(place(QStringLiteral("deep.json")), QByteArray(100000, '[') + QByteArray(100000, ']')));
        QVERIFY(writeFile(place(QStringLiteral("array.json")), "[{\"format\":\"provstation-profile\"}]"));
        Profile longName = symmetricProfile();
        longName.name = QString(1000, u'n');
        QVERIFY(saveProfile(longName, place(QStringLiteral("longname.json"))));
        QVERIFY(saveProfile(symmetricProfile(), place(QStringLiteral("sym.json"))));

        const auto key = pki::Key::generate(pki::KeyType::EcP256);
        QVERIFY(key);
        pki::CertificateSpec spec;
        spec.commonName = QStringLiteral("Bad Input CA");
        const auto ca = pki::makeRootCa(*key, spec);
        QVERIFY(ca);
        QVERIFY(writeFile(place(QStringLiteral("ca.pem")), ca->toPem()));
        QVERIFY(writeFile(place(QStringLiteral("ca.key.pem")), key->toPem()));
        QVERIFY(saveProfile(x509Profile(QStringLiteral("/dev/zero"), QStringLiteral("/dev/zero")),
                            place(QStringLiteral("cazero.json"))));
        QVERIFY(saveProfile(x509Profile(place(QStringLiteral("ca.pem")), fifo), place(QStringLiteral("cafifo.json"))));
        QVERIFY(saveProfile(x509Profile(m_dir.path(), place(QStringLiteral("ca.key.pem"))),
                            place(QStringLiteral("cadir.json"))));
        Profile rootBig = symmetricProfile();
        rootBig.trust.roots = {sparse};
        QVERIFY(saveProfile(rootBig, place(QStringLiteral("rootbig.json"))));

        m_places = {{QStringLiteral("{dir}"), m_dir.path()},
                    {QStringLiteral("{fifo}"), fifo},
                    {QStringLiteral("{sparse}"), sparse},
                    {QStringLiteral("{junk}"), place(QStringLiteral("junk.bin"))},
                    {QStringLiteral("{bigname}"), place(QStringLiteral("bigname.json"))},
                    {QStringLiteral("{longname}"), place(QStringLiteral("longname.json"))},
                    {QStringLiteral("{deep}"), place(QStringLiteral("deep.json"))},
                    {QStringLiteral("{array}"), place(QStringLiteral("array.json"))},
                    {QStringLiteral("{sym}"), place(QStringLiteral("sym.json"))},
                    {QStringLiteral("{cazero}"), place(QStringLiteral("cazero.json"))},
                    {QStringLiteral("{cafifo}"), place(QStringLiteral("cafifo.json"))},
                    {QStringLiteral("{cadir}"), place(QStringLiteral("cadir.json"))},
                    {QStringLiteral("{rootbig}"), place(QStringLiteral("rootbig.json"))},
                    {QStringLiteral("{ca}"), place(QStringLiteral("ca.pem"))},
                    {QStringLiteral("{cakey}"), place(QStringLiteral("ca.key.pem"))},
                    {QStringLiteral("{long}"), QString(200, u'x')}};
    }

    QString substitute(QString text) const
    {
        for (auto it = m_places.cbegin(); it != m_places.cend(); ++it)
            text.replace(it.key(), it.value());
        return text;
    }

    /// The environment of a user's shell, made private: a home, a runtime folder, English, no
    /// session bus (so no keychain), and the CLI's own logging defaults.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString home = place(QStringLiteral("home"));
        const QString run = place(QStringLiteral("run"));
        QDir().mkpath(home);
        QDir().mkpath(run);
        QFile::setPermissions(run, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), run);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/share"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("PROVSTATION_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        return env;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(binDir() + QStringLiteral("/provstation-cli")),
                 "PROVSTATION_BIN_DIR must name the folder of the built provstation-cli");
        QVERIFY2(QFile::exists(tablePath()), qPrintable(tablePath()));
        makeFixtures();
    }

    void hostileInputGetsOneLineAndItsExitCode_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<QString>("never");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("args");
        QFile table(tablePath());
        QVERIFY(table.open(QIODevice::ReadOnly | QIODevice::Text));
        int rows = 0;
        int lineNo = 0;
        while (!table.atEnd()) {
            ++lineNo;
            const QString line = QString::fromUtf8(table.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList f = line.split(QStringLiteral(" | "));
            QVERIFY2(f.size() == 6,
                     qPrintable(QStringLiteral("badinput.table line %1: 6 fields expected").arg(lineNo)));
            bool ok = false;
            const int code = f[1].toInt(&ok);
            QVERIFY2(ok, qPrintable(QStringLiteral("badinput.table line %1: the exit code").arg(lineNo)));
            QTest::newRow(qPrintable(f[0])) << code << f[2] << (f[3] == u"-" ? QString() : f[3])
                                            << (f[4] == u"-" ? QString() : f[4]) << QProcess::splitCommand(f[5]);
            ++rows;
        }
        QVERIFY2(rows >= 40, "the table lost its rows");
    }

    void hostileInputGetsOneLineAndItsExitCode()
    {
        QFETCH(int, exitCode);
        QFETCH(QString, fragment);
        QFETCH(QString, never);
        QFETCH(QString, input);
        QFETCH(QStringList, args);
        for (QString &a : args)
            a = substitute(a);
        QProcess cli;
        cli.setProcessEnvironment(environment());
        cli.setWorkingDirectory(m_dir.path());
        cli.setStandardInputFile(input.isEmpty() ? QProcess::nullDevice() : substitute(input));
        cli.setChildProcessModifier([] {
            const rlimit limit{kAddressSpace, kAddressSpace};
            ::setrlimit(RLIMIT_AS, &limit);
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        });
        QSignalSpy finished(&cli, &QProcess::finished);
        QElapsedTimer clock;
        clock.start();
        cli.start(binDir() + QStringLiteral("/provstation-cli"), args);
        QVERIFY2(cli.waitForStarted(5000), qPrintable(cli.errorString()));
        if (!finished.wait(kDeadlineMs)) {
            cli.kill();
            QVERIFY(finished.wait(5000));
            QFAIL(
                qPrintable(QStringLiteral("still running after %1 s: it hangs on this input").arg(kDeadlineMs / 1000)));
        }
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        qInfo().noquote()
            << QStringLiteral("%1 ms, exit %2: %3").arg(clock.elapsed()).arg(cli.exitCode()).arg(err.trimmed());
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit,
                 qPrintable(QStringLiteral("crashed (signal %1; out of memory?): %2").arg(cli.exitCode()).arg(err)));
        QVERIFY2(cli.exitCode() == exitCode,
                 qPrintable(QStringLiteral("exit %1, expected %2: %3").arg(cli.exitCode()).arg(exitCode).arg(err)));
        QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1,
                 qPrintable(QStringLiteral("stderr is not one line:\n%1").arg(err)));
        QVERIFY2(err.contains(fragment), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(fragment, err)));
        QVERIFY2(out.isEmpty(), qPrintable(QStringLiteral("stdout: %1").arg(out)));
        for (const QString &silly : {QStringLiteral("No error"), QStringLiteral("no error occurred")})
            QVERIFY2(!err.contains(silly, Qt::CaseInsensitive), qPrintable(err));
        if (!never.isEmpty())
            QVERIFY2(!err.contains(never) && !out.contains(never), qPrintable(err));
    }
};

PS_REGISTER_TEST(BadInputTableTest);
#include "tst_badinput.moc"
