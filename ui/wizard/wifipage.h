#pragma once

#include "wizard/wizardpage.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class SecretField;

/// Wi-Fi: the network the module joins; the passphrase goes to the secret store.
class WifiPage : public ProvisioningPage
{
    Q_OBJECT
public:
    explicit WifiPage(Station *station, QWidget *parent = nullptr);
    QString helpText() const override;
    QStringList problems() const override;
    bool validatePage() override;

protected:
    void load() override;
    void retranslate() override;

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_ssidLabel, *m_securityLabel, *m_passLabel;
    QLineEdit *m_ssid;
    QComboBox *m_security;
    SecretField *m_passphrase;
    QCheckBox *m_autoJoin;
    // Staged Wi-Fi (issue 17): the customer's network, stored on the module, never joined here.
    QLabel *m_fieldHeading, *m_fieldSsidLabel, *m_fieldSecurityLabel, *m_fieldPassLabel;
    QLineEdit *m_fieldSsid;
    QComboBox *m_fieldSecurity;
    SecretField *m_fieldPassphrase;
};
