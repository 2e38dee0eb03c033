// The station object on its own (no Widgets): what its faces (wizard, station view, CLI) rely on.
// Real uxsim modules on ptys and local Azure, through Station's public API only.

#include "edm/edmparser.h"
#include "enginehelpers.h"
#include "link/ports.h"
#include "module/modulestatus.h"
#include "testregistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSerialPort>
#include <QSslCertificate>
#include <QTemporaryDir>

using namespace engine;

namespace {

/// A station with the simulation's profile and secrets and a results file, ready to start jobs.
struct Bed
{
    std::unique_ptr<Simulation> sim;
    std::unique_ptr<Station> station;

    bool start(int modules)
    {
        Simulation::Options o;
        o.modules = modules;
        sim = startSimulation(o);
        if (!sim)
            return false;
        station = std::make_unique<Station>();
        station->setProfile(sim->profile());
        station->setSecrets(sim->secrets());
        station->setCloudOptions(sim->cloudOptions());
        station->openResults(QDir(sim->workDir()).filePath(QStringLiteral("results.sqlite")));
        return QTest::qWaitFor([&] { return station->resultsState() == Station::ResultsState::Ready; }, 10000);
    }
    ~Bed()
    {
        station.reset(); // jobs first: they hold the ports the simulators serve
    }
};

/// Asks the module on @p port one AT command with a plain serial port (in an EDM AT request when
/// the module is in EDM) and returns the lines before OK (empty on ERROR or no answer within 5 s).
/// The module's own word, not the station's.
QList<QByteArray> ask(const QString &port, const QByteArray &command, bool edm)
{
    QSerialPort serial(port);
    serial.setBaudRate(QSerialPort::Baud115200);
    if (!serial.open(QIODevice::ReadWrite))
        return {};
    serial.write(edm ? edm::Frame::atRequest(command + "\r").encode() : command + "\r");
    edm::Parser parser;
    QByteArray text;
    const bool done = QTest::qWaitFor(
        [&] {
            const QByteArray bytes = serial.readAll(); // qWaitFor runs the event loop that fills it
            if (!edm)
                text += bytes;
            for (const edm::Parser::Item &item : edm ? parser.feed(bytes) : QList<edm::Parser::Item>{})
                if (item.frame() && item.frame()->type() == edm::PacketType::AtConfirmation)
                    text += item.frame()->text().toByteArray();
            return text.contains("\r\nOK\r\n") || text.contains("ERROR");
        },
        5000);
    QList<QByteArray> lines;
    if (!done || text.contains("ERROR"))
        return lines;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray l = line.trimmed();
        if (!l.isEmpty() && l != "OK" && l != command)
            lines.append(l);
    }
    return lines;
}

QByteArray md5OfPemFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // MD5 over the DER, the PEM body base64-decoded: what the module reports (protocol §3.3).
    QByteArray body;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.startsWith("-----"))
            body += line.trimmed();
    return QCryptographicHash::hash(QByteArray::fromBase64(body), QCryptographicHash::Md5).toHex().toUpper();
}

} // namespace

class StationCoreTest : public QObject
{
    Q_OBJECT
private slots:
    // An edit made while two jobs run reaches the next job and not the running ones; the edit is
    // kept (modified), never dropped.
    void editWhileRunningReachesOnlyTheNextJob()
    {
        Bed bed;
        QVERIFY(bed.start(3));
        Station &station = *bed.station;
        const QStringList ports = bed.sim->ports();
        QVERIFY(station.setPorts(ports.mid(0, 2)));
        QSignalSpy finished(&station, &Station::jobFinished);
        QSignalSpy started(&station, &Station::jobStarted);
        station.startAll();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 5000);
        QVERIFY(station.isBusy());

        const QString oldTemplate = station.profile().identity.idTemplate;
        station.editProfile([](Profile &p) { p.identity.idTemplate = QStringLiteral("edited-{mac}"); });
        QVERIFY(station.isProfileModified());
        QCOMPARE(station.profile().identity.idTemplate, QStringLiteral("edited-{mac}"));

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        for (const auto &args : std::as_const(finished)) {
            const auto row = args.at(1).value<ResultRow>();
            QVERIFY2(row.passed(), qPrintable(describe(row)));
            QVERIFY2(!row.deviceId.startsWith(u"edited-"), qPrintable(row.deviceId));
        }
        QCOMPARE(station.profile().identity.idTemplate, QStringLiteral("edited-{mac}")); // not dropped

        // The next job (third module, on a port given to the station later) runs the edit.
        QVERIFY(station.addSlot(ports[2]));
        const auto job = station.startSlot(2);
        QVERIFY2(job, qPrintable(job ? QString() : job.error()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
        const auto third = finished.last().at(1).value<ResultRow>();
        QVERIFY2(third.passed(), qPrintable(describe(third)));
        QVERIFY2(third.deviceId.startsWith(u"edited-"), qPrintable(third.deviceId));
        QVERIFY(third.profileHash != finished.first().at(1).value<ResultRow>().profileHash);
        QVERIFY(oldTemplate != QStringLiteral("edited-{mac}"));
    }

    // One job per port: a second start on a busy port, from a slot or from the wizard, is refused
    // with a sentence naming who holds it; the running job is untouched.
    void samePortTwiceIsRefused()
    {
        Bed bed;
        QVERIFY(bed.start(1));
        Station &station = *bed.station;
        const QString port = bed.sim->ports().first();
        QVERIFY(station.setPorts({port}));
        QSignalSpy finished(&station, &Station::jobFinished);
        const auto first = station.startSlot(0);
        QVERIFY(first);

        const auto again = station.startSlot(0);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(port) && again.error().contains(u"slot 1"), qPrintable(again.error()));
        const auto wizard = station.startPort(port);
        QVERIFY(!wizard);
        QVERIFY2(wizard.error().contains(u"busy") && wizard.error().contains(u"slot 1"), qPrintable(wizard.error()));
        QVERIFY2(!station.addSlot(port), "the same port in two slots");

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto row = finished.first().at(1).value<ResultRow>();
        QVERIFY2(row.passed(), qPrintable(describe(row)));

        // The wizard holding a port: a slot on it cannot start.
        const auto byWizard = station.startPort(port);
        QVERIFY(byWizard);
        const auto slot = station.startSlot(0);
        QVERIFY(!slot);
        QVERIFY2(slot.error().contains(u"wizard"), qPrintable(slot.error()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    }

    // The wizard's job and a slot's job on different ports run at the same time, both recorded.
    void wizardAndSlotRunTogether()
    {
        Bed bed;
        QVERIFY(bed.start(2));
        Station &station = *bed.station;
        const QStringList ports = bed.sim->ports();
        QVERIFY(station.setPorts({ports[0]}));
        QSignalSpy finished(&station, &Station::jobFinished);
        QSignalSpy recorded(&station, &Station::resultRecorded);
        const auto slotJob = station.startSlot(0);
        const auto wizardJob = station.startPort(ports[1]);
        QVERIFY(slotJob && wizardJob);
        QCOMPARE((*wizardJob)->setup().slot, -1);
        // Together, not queued: both run before either finishes.
        QTRY_VERIFY_WITH_TIMEOUT((*slotJob)->isRunning() && (*wizardJob)->isRunning(), 5000);
        QCOMPARE(finished.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QSet<QString> seen;
        for (const auto &args : std::as_const(finished)) {
            const auto row = args.at(1).value<ResultRow>();
            QVERIFY2(row.passed(), qPrintable(describe(row)));
            seen.insert(row.port);
        }
        QCOMPARE(seen, QSet<QString>(ports.begin(), ports.end()));
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 2, 10000);
        ResultStore store;
        QVERIFY(store.open(station.resultsPath()));
        QCOMPARE(store.list().size(), 2);
    }

    // The module status the job publishes is what the module itself says: model, MAC, IPv4, the
    // peers the job opened, and the three credentials with MD5 verdicts that match their files.
    void moduleStatusMatchesTheModule()
    {
        Bed bed;
        QVERIFY(bed.start(1));
        Station &station = *bed.station;
        station.editProfile([](Profile &p) { p.options.rebootAtEnd = false; }); // keep IPv4 to compare
        const QString port = bed.sim->ports().first();
        QVERIFY(station.setPorts({port}));
        ModuleStatus status;
        ModuleLink::Mode lastMode = ModuleLink::Mode::Closed; // the mode the job left the module in
        connect(&station, &Station::jobStarted, this, [&](Job *job) {
            connect(job, &Job::statusChanged, this, [&](const ModuleStatus &s) {
                status = s;
                if (s.mode != ModuleLink::Mode::Closed)
                    lastMode = s.mode;
            });
        });
        QSignalSpy finished(&station, &Station::jobFinished);
        QVERIFY(station.startSlot(0));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto row = finished.first().at(1).value<ResultRow>();
        QVERIFY2(row.passed(), qPrintable(describe(row)));

        const QJsonObject module = bed.sim->modules().first();
        QCOMPARE(status.port, port);
        QCOMPARE(status.module.model, module.value(u"model").toString());
        QCOMPARE(status.module.mac.toUpper(), module.value(u"mac").toString().toUpper());
        QCOMPARE(status.wifi, ModuleStatus::Wifi::Up);

        // Peers: the DPS registration and the hub, on the hosts of the profile.
        QStringList hosts;
        for (const ModuleStatus::Peer &p : std::as_const(status.peers)) {
            QVERIFY(p.handle >= 0);
            QVERIFY(!p.what.isEmpty());
            hosts << p.host.section(u':', 0, 0);
        }
        QVERIFY2(hosts.contains(station.profile().dps.host), qPrintable(hosts.join(u' ')));
        QVERIFY2(hosts.contains(row.assignedHub), qPrintable(hosts.join(u' ')));

        // Credentials: root, certificate and key, each verdict "matches", the root's MD5 the one of
        // its file, and each the one the module reports now.
        QCOMPARE(status.certificates.size(), 3);
        for (const ModuleStatus::Certificate &c : std::as_const(status.certificates)) {
            QCOMPARE(c.check, ModuleStatus::CertificateCheck::Matches);
            QVERIFY(!c.md5.isEmpty());
        }
        const auto byType = [&](int type) {
            for (const ModuleStatus::Certificate &c : std::as_const(status.certificates))
                if (c.type == type)
                    return c;
            return ModuleStatus::Certificate{};
        };
        QCOMPARE(byType(0).md5.toUpper().toLatin1(), md5OfPemFile(station.profile().trust.roots.first()));

        // The module's own word, asked after the job let go of the port.
        QTRY_VERIFY_WITH_TIMEOUT(!station.isBusy(), 5000);
        const bool edm = lastMode == ModuleLink::Mode::Edm;
        const QList<QByteArray> stored = ask(port, "AT+USECMNG=3", edm);
        QCOMPARE(stored.size(), 3);
        for (const ModuleStatus::Certificate &c : std::as_const(status.certificates)) {
            const QByteArray name = c.name.toLatin1();
            QVERIFY2(std::any_of(stored.begin(), stored.end(), [&](const QByteArray &l) { return l.contains(name); }),
                     qPrintable(c.name));
            const QList<QByteArray> hash =
                ask(port, "AT+USECMNG=4," + QByteArray::number(c.type) + ",\"" + name + '"', edm);
            QCOMPARE(hash.size(), 1);
            QVERIFY2(hash.first().toUpper().contains(c.md5.toUpper().toLatin1()),
                     qPrintable(QString::fromLatin1(hash.first()) + QStringLiteral(" vs ") + c.md5));
        }
        const QList<QByteArray> ip = ask(port, "AT+UNSTAT=0,101", edm);
        QCOMPARE(ip.size(), 1);
        QVERIFY2(ip.first().endsWith(status.ipv4.toLatin1()) && !status.ipv4.isEmpty(),
                 qPrintable(QString::fromLatin1(ip.first()) + QStringLiteral(" vs ") + status.ipv4));
    }
    // Auto-start with the profile's USB filter: of two modules plugged into their slots (the slot
    // paths appear as links to the simulators' ptys, as udev's /dev/serial/by-path links do), only
    // the one whose adapter reports a matching VID:PID starts.
    void autoStartOnlyStartsPortsMatchingTheUsbFilter()
    {
        Bed bed;
        QVERIFY(bed.start(2));
        Station &station = *bed.station;
        const QStringList ptys = bed.sim->ports();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ublox = dir.filePath(QStringLiteral("slot-ublox"));
        const QString other = dir.filePath(QStringLiteral("slot-other"));
        // The enumeration as the system would give it once both adapters are plugged in.
        ports::setSource([&] {
            PortInfo a;
            a.path = ptys.at(0);
            a.vendorId = 0x1546;
            a.productId = 0x0504;
            PortInfo b;
            b.path = ptys.at(1);
            b.vendorId = 0x0403;
            b.productId = 0x6015;
            return QList<PortInfo>{a, b};
        });
        const auto restore = qScopeGuard([] { ports::setSource({}); });
        station.editProfile([](Profile &p) { p.line.usbFilter = QStringLiteral("1546:*"); });
        QVERIFY(station.setPorts({ublox, other}));
        QSignalSpy started(&station, &Station::jobStarted);
        QSignalSpy presence(&station, &Station::portPresenceChanged);
        station.setAutoStart(true);

        QVERIFY(QFile::link(ptys.at(0), ublox));
        QVERIFY(QFile::link(ptys.at(1), other));
        QTRY_COMPARE_WITH_TIMEOUT(presence.size(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
        QCOMPARE(started.at(0).at(1).toInt(), 0);
        // The other one was seen (presence) and left alone; the matching one runs to PASS.
        QSignalSpy finished(&station, &Station::jobFinished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(started.size(), 1);
        const auto row = finished.at(0).at(1).value<ResultRow>();
        QVERIFY2(row.passed(), qPrintable(describe(row)));
        station.setAutoStart(false);
    }
};

PS_REGISTER_TEST(StationCoreTest);
#include "tst_stationcore.moc"
