// Staged Wi-Fi as an engineer sets it up (issue 17, item 4): the field network's SSID and passphrase
// typed into the Wi-Fi page, the passphrase going to the secret store and never into the profile,
// then Start clicked: the simulated module (which sees only the line network) passes and keeps the
// field network with activation at start-up, and not the line network.

#include "guitest.h"
#include "testregistry.h"
#include "wizard/provisioningwizard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QRandomGenerator>

using namespace guitest;

class StagedWifiGuiTest : public QObject
{
    Q_OBJECT

    Bed m_bed;
    QTemporaryDir m_dir;
    ProvisioningWizard *wizard() const { return m_bed.window->wizard(); }
    const Profile &profile() const { return m_bed.station->profile(); }

    bool typeField(const char *name, const QString &text)
    {
        auto *e = find<QLineEdit>(wizard(), QString::fromLatin1(name));
        return typeInto(e, text) && e->hasFocus() && e->text() == text;
    }
    bool next()
    {
        const int before = wizard()->currentId();
        if (!click(wizard(), QStringLiteral("wizardNext")))
            return false;
        return QTest::qWaitFor([&] { return wizard()->currentId() == before + 1; }, 2000);
    }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void cleanup() { m_bed.reset(); }

    void theFieldNetworkTypedIntoTheWifiPageIsStoredNotJoined()
    {
        const QString state = m_dir.filePath(QStringLiteral("module.json"));
        Simulation::Options options;
        options.moduleStateFile = state;
        QVERIFY(m_bed.start(options));
        QVERIFY(m_bed.show());
        QVERIFY(m_bed.becomeEngineer());
        QVERIFY(next()); // certificates
        QVERIFY(next()); // Wi-Fi
        QCOMPARE(wizard()->currentId(), int(ProvisioningWizard::Page_Wifi));
        auto *heading = find<QLabel>(wizard(), QStringLiteral("fieldHeading"));
        QVERIFY(heading->isVisible());
        QCOMPARE(heading->text(), QStringLiteral("Field network (stored for the customer, not joined here)"));

        const QString fieldSsid = QStringLiteral("customer-gui-net");
        const QString fieldPass =
            QStringLiteral("gui-field-") + QString::number(QRandomGenerator::system()->generate64(), 36);
        QVERIFY(typeField("fieldSsidEdit", fieldSsid));
        QCOMPARE(profile().wifi.field.ssid, fieldSsid);
        QVERIFY(profile().stagedWifi());
        // The line network's auto-join no longer applies: the field network is the one that starts.
        QVERIFY(!find<QAbstractButton>(wizard(), QStringLiteral("autoJoinCheck"))->isEnabled());
        QVERIFY(typeField("fieldPassphraseEdit", fieldPass));
        QVERIFY(next()); // leaving the page puts the passphrase into the secret store
        QTRY_COMPARE_WITH_TIMEOUT(testbed::secretValue(m_bed.station->secrets(), profile().wifi.field.passphraseSecret),
                                  fieldPass.toUtf8(), 5000);
        QVERIFY(!QJsonDocument(profile().toJson()).toJson().contains(fieldPass.toUtf8()));

        QVERIFY(next()); // options
        QVERIFY(next()); // provision
        QCOMPARE(wizard()->currentId(), int(ProvisioningWizard::Page_Provision));
        QVERIFY(click(wizard(), QStringLiteral("startButton")));
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentId(), int(ProvisioningWizard::Page_Result), 90000);
        auto *verdict = find<QLabel>(wizard(), QStringLiteral("verdictLabel"));
        QVERIFY2(verdict->text().contains(u"PASS"),
                 qPrintable(verdict->text() + u' ' + find<QLabel>(wizard(), QStringLiteral("causeLabel"))->text()));

        const QString db = m_bed.sim->workDir() + QStringLiteral("/results.sqlite");
        const QString lineSsid = profile().wifi.ssid;
        const QByteArray results = readAll(db) + readAll(db + QStringLiteral("-wal"));
        m_bed.reset(); // the window, the station, then uxsim: its state file is the module's flash

        QVERIFY(!results.isEmpty());
        QVERIFY(!results.contains(fieldPass.toUtf8()));
        const QJsonObject flash = QJsonDocument::fromJson(readAll(state)).object();
        bool field = false;
        for (const QJsonValue &c : flash.value(u"wifi").toArray()) {
            const QJsonObject tags = c[u"tags"].toObject();
            QVERIFY2(tags.value(u"2").toString() != lineSsid, readAll(state).constData());
            if (c[u"id"].toInt() == 1) {
                field = tags.value(u"2").toString() == fieldSsid && tags.value(u"0").toString() == u"1";
            }
        }
        QVERIFY2(field, readAll(state).constData());
        QVERIFY(!readAll(state).contains(fieldPass.toUtf8()));
    }
};

PS_REGISTER_TEST(StagedWifiGuiTest);
#include "tst_stagedwifigui.moc"
