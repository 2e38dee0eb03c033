#pragma once

#include "wizard/wizardpage.h"

class CertificateSummaryWidget;
class QComboBox;
class QFileDialog;
class QFormLayout;
class QListWidget;
class QSpinBox;
class SecretField;

/// Certificates: how device certificates are made (signed on the station by the CA, or taken from a
/// folder), the signing CA (loaded and shown with the certificate tools' summary, or generated with
/// them), and the roots the module trusts. A CA that fails to load keeps the page from going on.
class CertificatesPage : public ProvisioningPage
{
    Q_OBJECT
public:
    explicit CertificatesPage(Station *station, QWidget *parent = nullptr);
    QString helpText() const override;
    QStringList problems() const override;
    bool validatePage() override;
    /// Loads the CA named in the CA fields (PEM, DER, PKCS#12) and, when it is good, puts it in the profile.
    void loadCa();

protected:
    void load() override;
    void retranslate() override;

private:
    void loadCaWith(const QByteArray &passphrase);
    void showCa();
    void openTools(int kind);
    void rebuildTrust();
    void trustChanged();
    void addTrustFile(const QString &file);
    QFileDialog *fileDialog(const QString &objectName, const QString &filter);
    void updateVisibility();

    QFormLayout *m_form = nullptr;
    QLabel *m_policyLabel, *m_keyTypeLabel, *m_validityLabel, *m_caFileLabel, *m_caKeyLabel, *m_passLabel,
        *m_folderLabel, *m_trustLabel;
    QComboBox *m_policy;
    QComboBox *m_keyType;
    QSpinBox *m_validity;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLineEdit *m_caKeyFile;
    SecretField *m_passphrase;
    QPushButton *m_load;
    QPushButton *m_generate;
    QPushButton *m_verification;
    CertificateSummaryWidget *m_summary;
    QLabel *m_caState;
    QLineEdit *m_folder;
    QListWidget *m_trust;
    QPushButton *m_trustAdd;
    QString m_caError; ///< why the CA last typed did not load (blocks Next)
};
