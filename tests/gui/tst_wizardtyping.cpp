// The wizard as an engineer really uses it: the main window shown and active, every editable field
// of every page clicked into and typed into, in English and in German; what the profile holds
// afterwards is exactly what was typed, and the focus never left the field being typed into (the
// focus jump: one character, then the Provision tab).

#include "common/i18n.h"
#include "guitest.h"
#include "testregistry.h"
#include "wizard/provisioningwizard.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>

using namespace guitest;

class WizardTypingTest : public QObject
{
    Q_OBJECT

    Bed m_bed;
    ProvisioningWizard *wizard() const { return m_bed.window->wizard(); }
    const Profile &profile() const { return m_bed.station->profile(); }

    /// Types @p text into the line edit @p name and checks it kept every character and the focus.
    bool typeField(const char *name, const QString &text)
    {
        auto *e = find<QLineEdit>(wizard(), QString::fromLatin1(name));
        if (!typeInto(e, text))
            return false;
        if (!e->hasFocus()) {
            qWarning("the focus left %s while typing (it is on %s)", name,
                     QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName()) : "nothing");
            return false;
        }
        if (e->text() != text) {
            qWarning("%s holds \"%s\", typed \"%s\"", name, qPrintable(e->text()), qPrintable(text));
            return false;
        }
        return true;
    }

    bool next()
    {
        const int before = wizard()->currentId();
        if (!click(wizard(), QStringLiteral("wizardNext")))
            return false;
        return QTest::qWaitFor([&] { return wizard()->currentId() == before + 1; }, 2000);
    }

private slots:
    void init()
    {
        QVERIFY(m_bed.start());
        QVERIFY(m_bed.show());
        QVERIFY(m_bed.becomeEngineer());
        QCOMPARE(wizard()->currentId(), int(ProvisioningWizard::Page_Hub));
    }
    void cleanup()
    {
        m_bed.reset();
        i18n::install(*qApp, QStringLiteral("C"));
    }

    void everyFieldKeepsWhatIsTyped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("C");
        QTest::newRow("German") << QStringLiteral("de");
    }
    void everyFieldKeepsWhatIsTyped()
    {
        QFETCH(QString, language);
        i18n::install(*qApp, language);

        // Azure: the symmetric flows first, for their keys.
        QVERIFY(typeField("profileNameEdit", QStringLiteral("Line 3, ODIN")));
        QCOMPARE(profile().name, QStringLiteral("Line 3, ODIN"));
        QVERIFY(chooseByKeyboard(find<QComboBox>(wizard(), QStringLiteral("flowCombo")), QStringLiteral("hub-sas")));
        QCOMPARE(profile().flow, Profile::Flow::HubSas);
        QVERIFY(typeField("hubHostEdit", QStringLiteral("line3.azure-devices.net")));
        QCOMPARE(profile().hub.host, QStringLiteral("line3.azure-devices.net"));
        const QString key = QString::fromLatin1(QByteArray(32, '\x5a').toBase64());
        QVERIFY(typeField("deviceKeyEdit", key));
        QVERIFY(chooseByKeyboard(find<QComboBox>(wizard(), QStringLiteral("flowCombo")), QStringLiteral("dps-x509")));
        QVERIFY(typeField("dpsHostEdit", QStringLiteral("line3.azure-devices-provisioning.net")));
        QCOMPARE(profile().dps.host, QStringLiteral("line3.azure-devices-provisioning.net"));
        QVERIFY(typeField("idScopeEdit", QStringLiteral("0ne00ABCDEF")));
        QCOMPARE(profile().dps.idScope, QStringLiteral("0ne00ABCDEF"));
        QVERIFY(next());

        // Certificates.
        QVERIFY(chooseByKeyboard(find<QComboBox>(wizard(), QStringLiteral("keyTypeCombo")), QStringLiteral("ec-p384")));
        QCOMPARE(profile().certificates.keyType, QStringLiteral("ec-p384"));
        QVERIFY(typeNumber(find<QSpinBox>(wizard(), QStringLiteral("validitySpin")), 730));
        QCOMPARE(profile().certificates.validityDays, 730);
        QVERIFY(next());

        // Wi-Fi: the passphrase goes to the secret store when the page is left.
        QVERIFY(typeField("ssidEdit", QStringLiteral("Line3 WLAN")));
        QCOMPARE(profile().wifi.ssid, QStringLiteral("Line3 WLAN"));
        QVERIFY(typeField("passphraseEdit", QStringLiteral("typed passphrase 7")));
        QVERIFY(click(wizard(), QStringLiteral("autoJoinCheck")));
        QCOMPARE(profile().wifi.autoJoin, false);
        QVERIFY(next());
        QTRY_COMPARE_WITH_TIMEOUT(testbed::secretValue(m_bed.station->secrets(), profile().wifi.passphraseSecret),
                                  QByteArray("typed passphrase 7"), 5000);

        // Identity and DPS.
        QVERIFY(typeField("idTemplateEdit", QStringLiteral("line3-{mac}")));
        QCOMPARE(profile().identity.idTemplate, QStringLiteral("line3-{mac}"));
        QCOMPARE(find<QLabel>(wizard(), QStringLiteral("idExample"))->text(), QStringLiteral("line3-d4ca6e0d1234"));
        QVERIFY(typeField("apiVersionEdit", QStringLiteral("2021-06-01")));
        QCOMPARE(profile().dps.apiVersion, QStringLiteral("2021-06-01"));
        QVERIFY(typeNumber(find<QSpinBox>(wizard(), QStringLiteral("dpsDeadlineSpin")), 120));
        QCOMPARE(profile().timeouts.dpsMs, 120000);
        QVERIFY(typeNumber(find<QSpinBox>(wizard(), QStringLiteral("dpsPollSpin")), 1500));
        QCOMPARE(profile().dps.pollIntervalMs, 1500);
        QVERIFY(next());

        // Options. Without the hub connection, what needs the hub goes off and cannot be asked.
        QVERIFY(click(wizard(), QStringLiteral("connectHubCheck")));
        QVERIFY(!profile().options.connectHub);
        QVERIFY(!profile().options.testTelemetry);
        QVERIFY(!find<QCheckBox>(wizard(), QStringLiteral("waitC2dCheck"))->isEnabled());
        QVERIFY(profile().validate().isEmpty());
        QVERIFY(click(wizard(), QStringLiteral("connectHubCheck")));
        QVERIFY(profile().options.connectHub);
        QVERIFY(click(wizard(), QStringLiteral("testTelemetryCheck")));
        QVERIFY(profile().options.testTelemetry);
        QVERIFY(click(wizard(), QStringLiteral("waitC2dCheck")));
        QVERIFY(profile().options.waitCloudToDevice);
        QVERIFY(click(wizard(), QStringLiteral("factoryResetCheck")));
        QVERIFY(profile().options.factoryReset);
        QVERIFY(typeField("usbFilterEdit", QStringLiteral("1546:*")));
        QCOMPARE(profile().line.usbFilter, QStringLiteral("1546:*"));
        QVERIFY(typeNumber(find<QSpinBox>(wizard(), QStringLiteral("commandTimeoutSpin")), 7000));
        QCOMPARE(profile().timeouts.commandMs, 7000);
        QVERIFY(typeNumber(find<QSpinBox>(wizard(), QStringLiteral("requestTimeoutSpin")), 4000));
        QCOMPARE(profile().timeouts.requestMs, 4000);
        QVERIFY(typeNumber(find<QSpinBox>(wizard(), QStringLiteral("peerRetriesSpin")), 3));
        QCOMPARE(profile().retries.peer, 3);
        QVERIFY(next());

        // Provision: a typed port and a scanned serial.
        QVERIFY(typeInto(find<QComboBox>(wizard(), QStringLiteral("portCombo"))->lineEdit(),
                         QStringLiteral("/dev/ttyTyped0")));
        QCOMPARE(find<QComboBox>(wizard(), QStringLiteral("portCombo"))->currentText(),
                 QStringLiteral("/dev/ttyTyped0"));

        QVERIFY(m_bed.station->isProfileModified());
        QVERIFY(m_bed.window->isWindowModified());
    }

    void theSymmetricKeysAndTheHubKeyGoToTheSecretStore()
    {
        QVERIFY(
            chooseByKeyboard(find<QComboBox>(wizard(), QStringLiteral("flowCombo")), QStringLiteral("dps-symmetric")));
        const QString key = QString::fromLatin1(QByteArray(32, '\x11').toBase64());
        QVERIFY(typeField("groupKeyEdit", key));
        QVERIFY(next());
        QTRY_COMPARE_WITH_TIMEOUT(testbed::secretValue(m_bed.station->secrets(), profile().dps.groupKeySecret),
                                  key.toLatin1(), 5000);
        // Never into the profile.
        QVERIFY(!QJsonDocument(profile().toJson()).toJson().contains(key.toLatin1()));
    }

    void aBadKeyOrPassphraseKeepsNextShutAndSaysWhy()
    {
        QVERIFY(chooseByKeyboard(find<QComboBox>(wizard(), QStringLiteral("flowCombo")), QStringLiteral("hub-sas")));
        QVERIFY(typeField("deviceKeyEdit", QStringLiteral("not base64 at all!")));
        auto *nextButton = find<QAbstractButton>(wizard(), QStringLiteral("wizardNext"));
        QVERIFY(!nextButton->isEnabled());
        QVERIFY2(nextButton->toolTip().contains(u"base64"), qPrintable(nextButton->toolTip()));
        QVERIFY2(find<QLabel>(wizard(), QStringLiteral("pageProblems"))->text().contains(u"base64"),
                 "the page lists the problem");
    }

    void aCaThatDoesNotLoadShowsWhyAndBlocksNext()
    {
        QVERIFY(next()); // Certificates
        const QString goodCa = profile().certificates.caCertificate;
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("not-a-ca.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a certificate\n");
        junk.close();
        QVERIFY(typeField("caFileEdit", junk.fileName()));
        QVERIFY(click(wizard(), QStringLiteral("caLoadButton")));
        auto *state = find<QLabel>(wizard(), QStringLiteral("caState"));
        QTRY_VERIFY_WITH_TIMEOUT(!state->text().isEmpty(), 5000);
        QVERIFY2(state->text().contains(u"not-a-ca.pem"), qPrintable(state->text()));
        QVERIFY(!find<QAbstractButton>(wizard(), QStringLiteral("wizardNext"))->isEnabled());
        QCOMPARE(profile().certificates.caCertificate, goodCa); // the job never runs with a CA that failed
        // The good one again: Next opens.
        QVERIFY(typeField("caFileEdit", goodCa));
        QVERIFY(click(wizard(), QStringLiteral("caLoadButton")));
        QTRY_VERIFY_WITH_TIMEOUT(find<QAbstractButton>(wizard(), QStringLiteral("wizardNext"))->isEnabled(), 5000);
    }
};

PS_REGISTER_TEST(WizardTypingTest);
#include "tst_wizardtyping.moc"
