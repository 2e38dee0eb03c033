#pragma once

#include "wizard/wizardpage.h"

class QComboBox;
class QFormLayout;
class QListWidget;
class SecretField;

/// Azure: the flow, the DPS endpoint and ID scope or the hub host, and the keys the symmetric-key
/// flows need (into the secret store).
class HubPage : public ProvisioningPage
{
    Q_OBJECT
public:
    explicit HubPage(Station *station, QWidget *parent = nullptr);
    QString helpText() const override;
    QStringList problems() const override;
    bool validatePage() override;

protected:
    void load() override;
    void retranslate() override;

private:
    void updateVisibility();
    void importKeys();
    void prepareCloud();
    SecretField *currentKeyField() const;

    QFormLayout *m_form = nullptr;
    QLabel *m_nameLabel, *m_flowLabel, *m_hubLabel, *m_dpsHostLabel, *m_scopeLabel, *m_keysLabel, *m_groupKeyLabel,
        *m_enrollmentKeyLabel, *m_deviceKeyLabel;
    QLineEdit *m_name;
    QComboBox *m_flow;
    QLineEdit *m_hubHost;
    QLineEdit *m_dpsHost;
    QLineEdit *m_idScope;
    QComboBox *m_deviceKeys;
    SecretField *m_groupKey;
    SecretField *m_enrollmentKey;
    SecretField *m_deviceKey;
    QPushButton *m_import;
    QLabel *m_importResult;
    QLabel *m_hubConnectionLabel, *m_dpsConnectionLabel;
    SecretField *m_hubConnection;
    SecretField *m_dpsConnection;
    QPushButton *m_prepare;
    QListWidget *m_cloudReport;
    QLabel *m_cloudCause;
    QLabel *m_lockNote;
};
