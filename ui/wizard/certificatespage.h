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
/// The CA's key is in a file (with an optional passphrase) or on a PKCS#11 token (a pkcs11: URI,
/// the user PIN kept in the secret store; docs/pkcs11.md).
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
    /// The CA's key on a PKCS#11 token: logs in with @p pin on a worker thread.
    void loadCaFromToken(const QByteArray &pin);
    /// The "key on a token" choice is selected (not necessarily loaded yet).
    bool tokenMode() const;
    void showCa();
    void openTools(int kind);
    void rebuildTrust();
    void trustChanged();
    void addTrustFile(const QString &file);
    QFileDialog *fileDialog(const QString &objectName, const QString &filter);
    void updateVisibility();

    QFormLayout *m_form = nullptr;
    QLabel *m_policyLabel, *m_keyTypeLabel, *m_validityLabel, *m_caFileLabel, *m_caKeyLabel, *m_passLabel,
        *m_folderLabel, *m_trustLabel, *m_keyStorageLabel, *m_caUriLabel, *m_pinLabel;
    QComboBox *m_policy;
    QComboBox *m_keyType;
    QSpinBox *m_validity;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QComboBox *m_keyStorage; ///< "key in a file" or "key on a token (PKCS#11)"
    QLineEdit *m_caKeyFile;
    SecretField *m_passphrase;
    QLineEdit *m_caKeyUri; ///< the token key's pkcs11: URI
    SecretField *m_pin;    ///< the token's user PIN (kept in the secret store)
    QPushButton *m_load;
    QPushButton *m_generate;
    QPushButton *m_verification;
    CertificateSummaryWidget *m_summary;
    QLabel *m_caState;
    QLineEdit *m_folder;
    QListWidget *m_trust;
    QPushButton *m_trustAdd;
    QString m_caError; ///< why the CA last typed did not load (blocks Next)
    bool m_tokenBusy = false;
};
