// The station's files as a desktop meets them: the MIME types of resources/mime/provstation.xml
// recognise a saved profile and an exported capture by content (through Qt's MIME database, built
// with the system's update-mime-database), and the window opens both when they are given as files,
// which is how the desktop entry (Exec=provstation %F) hands them over.

#include "provisioning/profile.h"
#include "testregistry.h"
#include "traffic/trafficexport.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Gui
{
    int code = -1;
    QStringList errors; ///< the program's own "provstation: ..." lines on standard error
};

/// Runs the window offscreen with @p args; --screenshot makes it start, open the files, save its
/// pictures and quit by itself.
Gui runGui(const QStringList &args, const QString &shots)
{
    QProcess p;
    p.start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/provstation"),
            QStringList{QStringLiteral("--screenshot"), shots} + args);
    Gui g;
    if (!p.waitForStarted(5000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return g;
    }
    g.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    for (const QString &line : QString::fromLocal8Bit(p.readAllStandardError()).split(u'\n')) {
        if (line.startsWith(u"provstation: "))
            g.errors << line;
    }
    return g;
}

QList<TrafficRecord> someTraffic()
{
    TrafficRecord r;
    r.wallMs = 1700000000000;
    r.monotonicNs = 1;
    r.direction = TrafficRecord::Direction::ToModule;
    r.kind = TrafficRecord::Kind::AtLine;
    r.raw = "AT+GMM\r";
    r.summary = QStringLiteral("AT+GMM");
    r.step = QStringLiteral("identify");
    r.slot = 0;
    return {r};
}

Profile lineProfile()
{
    Profile p;
    p.name = QStringLiteral("Line 3");
    p.flow = Profile::Flow::DpsX509;
    p.dps.idScope = QStringLiteral("0ne0067E45C");
    p.wifi.ssid = QStringLiteral("factory");
    p.certificates.caCertificate = QStringLiteral("pki/ca.pem");
    p.certificates.caKey = QStringLiteral("pki/ca.key.pem");
    return p;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class DesktopFilesTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Qt reads the MIME database once, at its first use: point it at ours (plus the system's)
        // before any test touches it.
        const QString umd = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
        if (umd.isEmpty())
            QFAIL("update-mime-database is missing: apt-get install shared-mime-info");
        QVERIFY(m_xdg.isValid() && m_files.isValid());
        // The database as it is once the package is installed: the system's type definitions and ours,
        // compiled together (as dpkg's trigger does in /usr/share/mime).
        const QString packages = m_xdg.filePath(QStringLiteral("mime/packages"));
        QVERIFY(QDir().mkpath(packages));
        const QDir system(QStringLiteral("/usr/share/mime/packages"));
        for (const QString &xml : system.entryList({QStringLiteral("*.xml")}, QDir::Files))
            QVERIFY(QFile::copy(system.filePath(xml), packages + u'/' + xml));
        QVERIFY(QFile::copy(qEnvironmentVariable("PROVSTATION_SOURCE_DIR") +
                                QStringLiteral("/resources/mime/provstation.xml"),
                            packages + QStringLiteral("/provstation.xml")));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_xdg.path()); // else it notes the folder is not searched
        p.setProcessEnvironment(env);
        p.start(umd, {m_xdg.filePath(QStringLiteral("mime"))});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardError(), QByteArray()); // the compiler accepts the XML without a word
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_xdg.path()));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(m_xdg.filePath(QStringLiteral("none"))));

        QString error;
        QVERIFY2(lineProfile().save(m_files.filePath(QStringLiteral("line3.json")), &error), qPrintable(error));
        QVERIFY(writeFile(m_files.filePath(QStringLiteral("capture.pcapng")), traffic::toPcapng(someTraffic())));
    }

    void profilesAndCapturesAreRecognisedByContent()
    {
        // By content (what GIO does by itself for a *.json profile; Qt 6.4 only when asked to).
        QMimeDatabase db;
        const QMimeType profile =
            db.mimeTypeForFile(m_files.filePath(QStringLiteral("line3.json")), QMimeDatabase::MatchContent);
        QCOMPARE(profile.name(), QStringLiteral("application/x-provstation-profile"));
        QVERIFY(profile.inherits(QStringLiteral("application/json")));
        QCOMPARE(
            db.mimeTypeForFile(m_files.filePath(QStringLiteral("capture.pcapng")), QMimeDatabase::MatchContent).name(),
            QStringLiteral("application/x-provstation-capture"));
        // By name: the longer globs win over *.json and *.pcapng.
        QVERIFY(QFile::copy(m_files.filePath(QStringLiteral("line3.json")),
                            m_files.filePath(QStringLiteral("line3.provstation.json"))));
        QCOMPARE(db.mimeTypeForFile(m_files.filePath(QStringLiteral("line3.provstation.json"))).name(),
                 QStringLiteral("application/x-provstation-profile"));
        QCOMPARE(db.mimeTypeForFile(QStringLiteral("traffic.provstation.pcapng"), QMimeDatabase::MatchExtension).name(),
                 QStringLiteral("application/x-provstation-capture"));

        // Other JSON and another program's pcapng keep their own types.
        QVERIFY(writeFile(m_files.filePath(QStringLiteral("other.json")), "{\"format\": \"something-else\"}\n"));
        QCOMPARE(db.mimeTypeForFile(m_files.filePath(QStringLiteral("other.json"))).name(),
                 QStringLiteral("application/json"));
        QByteArray foreign = traffic::toPcapng(someTraffic());
        const qsizetype at = foreign.indexOf("Provisioning Station");
        QVERIFY(at > 0);
        foreign.replace(at, 20, "Some other capturer ");
        QVERIFY(writeFile(m_files.filePath(QStringLiteral("foreign.pcapng")), foreign));
        QVERIFY(db.mimeTypeForFile(m_files.filePath(QStringLiteral("foreign.pcapng")), QMimeDatabase::MatchContent)
                    .name() != QStringLiteral("application/x-provstation-capture"));
    }

    void windowOpensTheFilesItIsGiven()
    {
        QTemporaryDir shots;
        const Gui ok =
            runGui({m_files.filePath(QStringLiteral("line3.json")), m_files.filePath(QStringLiteral("capture.pcapng"))},
                   shots.path());
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.errors.isEmpty(), qPrintable(ok.errors.join(u'\n')));

        QVERIFY(writeFile(m_files.filePath(QStringLiteral("garbage.bin")), QByteArray(64, '\x01')));
        const Gui bad =
            runGui({m_files.filePath(QStringLiteral("garbage.bin")), m_files.filePath(QStringLiteral("missing.json"))},
                   shots.path());
        QCOMPARE(bad.code, 0); // the window still opens
        QCOMPARE(bad.errors.size(), 2);
        QVERIFY(bad.errors[0].contains(m_files.filePath(QStringLiteral("garbage.bin"))));
        QVERIFY(bad.errors[1].contains(m_files.filePath(QStringLiteral("missing.json"))));
    }

private:
    QTemporaryDir m_xdg;
    QTemporaryDir m_files;
};

PS_REGISTER_TEST(DesktopFilesTest);
#include "tst_desktop.moc"
