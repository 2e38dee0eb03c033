#include "wizard/wifipage.h"

#include "provisioning/station.h"
#include "wizard/secretfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace wizardui;

WifiPage::WifiPage(Station *station, QWidget *parent)
    : ProvisioningPage(station, parent)
{
    m_ssid = lineEdit("ssidEdit", this);
    m_ssid->setMaxLength(32);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("securityCombo"));
    m_security->addItem(QString(), QStringLiteral("wpa2"));
    m_security->addItem(QString(), QStringLiteral("open"));
    const auto passphraseProblem = [](const QString &typed) {
        if (typed.contains(u'"'))
            return WifiPage::tr("The passphrase cannot contain a double quote (the module's AT syntax cannot "
                                "carry it).");
        if (typed.size() < 8 || typed.size() > 63)
            return WifiPage::tr("A WPA2 passphrase has 8 to 63 characters.");
        return QString();
    };
    m_passphrase = new SecretField(QStringLiteral("passphraseEdit"), this);
    m_passphrase->setValidator(passphraseProblem);
    m_autoJoin = new QCheckBox(this);
    m_autoJoin->setObjectName(QStringLiteral("autoJoinCheck"));
    m_ssidLabel = new QLabel(this);
    m_securityLabel = new QLabel(this);
    m_passLabel = new QLabel(this);
    m_ssidLabel->setBuddy(m_ssid);
    m_securityLabel->setBuddy(m_security);
    m_passLabel->setBuddy(m_passphrase->edit());
    m_form = new QFormLayout;
    m_form->addRow(m_ssidLabel, m_ssid);
    m_form->addRow(m_securityLabel, m_security);
    m_form->addRow(m_passLabel, m_passphrase);
    m_form->addRow(QString(), m_autoJoin);

    m_fieldHeading = new QLabel(this);
    m_fieldHeading->setObjectName(QStringLiteral("fieldHeading"));
    m_fieldHeading->setWordWrap(true);
    QFont bold = m_fieldHeading->font();
    bold.setBold(true);
    m_fieldHeading->setFont(bold);
    m_fieldSsid = lineEdit("fieldSsidEdit", this);
    m_fieldSsid->setMaxLength(32);
    m_fieldSecurity = new QComboBox(this);
    m_fieldSecurity->setObjectName(QStringLiteral("fieldSecurityCombo"));
    m_fieldSecurity->addItem(QString(), QStringLiteral("wpa2"));
    m_fieldSecurity->addItem(QString(), QStringLiteral("open"));
    m_fieldPassphrase = new SecretField(QStringLiteral("fieldPassphraseEdit"), this);
    m_fieldPassphrase->setValidator(passphraseProblem);
    m_fieldSsidLabel = new QLabel(this);
    m_fieldSecurityLabel = new QLabel(this);
    m_fieldPassLabel = new QLabel(this);
    m_fieldSsidLabel->setBuddy(m_fieldSsid);
    m_fieldSecurityLabel->setBuddy(m_fieldSecurity);
    m_fieldPassLabel->setBuddy(m_fieldPassphrase->edit());
    m_form->addRow(m_fieldHeading);
    m_form->addRow(m_fieldSsidLabel, m_fieldSsid);
    m_form->addRow(m_fieldSecurityLabel, m_fieldSecurity);
    m_form->addRow(m_fieldPassLabel, m_fieldPassphrase);
    content()->addLayout(m_form);
    content()->addWidget(m_problems);
    content()->addStretch();

    connect(m_ssid, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit([&](Profile &p) { p.wifi.ssid = t; }); });
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        const QString s = m_security->currentData().toString();
        edit([&](Profile &p) { p.wifi.security = s; });
        load();
    });
    connect(m_passphrase, &SecretField::changed, this, &WifiPage::showProblems);
    connect(m_autoJoin, &QCheckBox::toggled, this,
            [this](bool on) { edit([&](Profile &p) { p.wifi.autoJoin = on; }); });
    connect(m_fieldSsid, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit([&](Profile &p) { p.wifi.field.ssid = t; });
        // With a field network the line network is never activated at start-up.
        m_autoJoin->setEnabled(editable() && t.isEmpty());
    });
    connect(m_fieldSecurity, &QComboBox::currentIndexChanged, this, [this] {
        const QString s = m_fieldSecurity->currentData().toString();
        edit([&](Profile &p) { p.wifi.field.security = s; });
        load();
    });
    connect(m_fieldPassphrase, &SecretField::changed, this, &WifiPage::showProblems);
    connect(m_station, &Station::secretsChanged, this, &WifiPage::reload);
    setFocusProxy(m_ssid);
    retranslate();
}

void WifiPage::retranslate()
{
    setTitle(tr("Wi-Fi"));
    setSubTitle(tr("The network the module joins. The passphrase goes to the secret store, never into the profile."));
    m_ssidLabel->setText(tr("&SSID:"));
    m_securityLabel->setText(tr("Se&curity:"));
    m_passLabel->setText(tr("Passphr&ase:"));
    m_security->setItemText(0, tr("WPA2 personal"));
    m_security->setItemText(1, tr("Open (no password)"));
    m_autoJoin->setText(tr("&Join this network automatically when the module starts"));
    m_passphrase->edit()->setPlaceholderText(tr("8 to 63 characters"));
    m_passphrase->retranslate();
    m_fieldHeading->setText(tr("Field network (stored for the customer, not joined here)"));
    m_fieldSsidLabel->setText(tr("Field SS&ID:"));
    m_fieldSecurityLabel->setText(tr("Fie&ld security:"));
    m_fieldPassLabel->setText(tr("Field passphrase:"));
    m_fieldSecurity->setItemText(0, tr("WPA2 personal"));
    m_fieldSecurity->setItemText(1, tr("Open (no password)"));
    m_fieldSsid->setPlaceholderText(tr("empty: the module keeps the network above"));
    m_fieldPassphrase->edit()->setPlaceholderText(tr("8 to 63 characters"));
    m_fieldPassphrase->retranslate();
}

void WifiPage::load()
{
    const Profile &p = profile();
    m_ssid->setText(p.wifi.ssid);
    m_security->setCurrentIndex(qMax(0, m_security->findData(p.wifi.security)));
    m_autoJoin->setChecked(p.wifi.autoJoin);
    m_passphrase->setSecret(m_station->secrets(), p.wifi.passphraseSecret);
    lock({m_ssid, m_security, m_autoJoin});
    // Secrets are never shown; the operator does not even get the field.
    const bool needsPassphrase = editable() && p.wifi.security == QLatin1String("wpa2");
    m_passphrase->setVisible(needsPassphrase);
    m_passLabel->setVisible(needsPassphrase);
    m_fieldSsid->setText(p.wifi.field.ssid);
    m_fieldSecurity->setCurrentIndex(qMax(0, m_fieldSecurity->findData(p.wifi.field.security)));
    m_fieldPassphrase->setSecret(m_station->secrets(), p.wifi.field.passphraseSecret);
    lock({m_fieldSsid, m_fieldSecurity});
    if (p.stagedWifi())
        m_autoJoin->setEnabled(false); // the line network is never activated at start-up
    const bool needsFieldPassphrase = editable() && p.wifi.field.security == QLatin1String("wpa2");
    m_fieldPassphrase->setVisible(needsFieldPassphrase);
    m_fieldPassLabel->setVisible(needsFieldPassphrase);
}

QStringList WifiPage::problems() const
{
    const Profile &p = profile();
    QStringList out;
    if (p.wifi.ssid.isEmpty())
        out << tr("The SSID must not be empty.");
    if (p.wifi.ssid.contains(u'"'))
        out << tr("The SSID cannot contain a double quote.");
    if (editable() && p.wifi.security == QLatin1String("wpa2")) {
        if (!m_passphrase->problem().isEmpty())
            out << m_passphrase->problem();
        else if (!m_passphrase->hasTyped() && m_passphrase->stored() == 0)
            out << tr("Type the Wi-Fi passphrase; it goes to the secret store.");
    }
    if (p.stagedWifi()) {
        if (p.wifi.field.ssid == p.wifi.ssid)
            out << tr("The field network must differ from the line network, which is not left on the module.");
        if (p.wifi.field.ssid.contains(u'"'))
            out << tr("The field SSID cannot contain a double quote.");
        if (editable() && p.wifi.field.security == QLatin1String("wpa2")) {
            if (!m_fieldPassphrase->problem().isEmpty())
                out << m_fieldPassphrase->problem();
            else if (!m_fieldPassphrase->hasTyped() && m_fieldPassphrase->stored() == 0)
                out << tr("Type the field network's passphrase; it goes to the secret store.");
        }
    }
    return out;
}

bool WifiPage::validatePage()
{
    if (editable()) {
        m_passphrase->commit();
        if (profile().stagedWifi())
            m_fieldPassphrase->commit();
    }
    return true;
}

QString WifiPage::helpText() const
{
    return tr("The module joins this network during provisioning. The passphrase is kept in the secret store "
              "(the system keychain) and is never written to the profile, the log or the results. With automatic "
              "join the module reconnects by itself after a restart.") +
           QStringLiteral("\n\n") +
           tr("With a field network, the network above is the line network: the module joins it for the test, "
              "then forgets it. The field network (the customer's) is stored on the module with activation at "
              "start-up and is never joined on the line; its passphrase also goes to the secret store.");
}
