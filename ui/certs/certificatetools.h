#pragma once

#include "pki/load.h"

#include <QDialog>
#include <QFutureWatcher>

class CertificateSummaryWidget;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

/// Certificate tools outside the wizard (docs/station-view.md): generate a root CA, an intermediate
/// CA, a device certificate or a proof-of-possession verification certificate into a folder, and
/// inspect any certificate / key file (PEM, DER, PKCS#12) with its lint findings. Keys are made and
/// files are read on worker threads; the dialog is meant to be shown non-modally (show()).
/// File paths are typed or picked with Browse (non-blocking file dialogs). A CA's key may be made on,
/// and an issuing CA's key used from, a PKCS#11 token (a pkcs11: URI and the token's user PIN).
class CertificateToolsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CertificateToolsDialog(QWidget *parent = nullptr);
    ~CertificateToolsDialog() override;

    enum class Kind
    {
        RootCa,
        IntermediateCa,
        Device,
        Verification
    };

    /// Opens on the Generate tab, ready to make a certificate of @p kind signed by the CA
    /// @p issuerCert / @p issuerKey into @p outDir (what the wizard's Certificates page asks for).
    void preset(Kind kind, const QString &issuerCert = {}, const QString &issuerKey = {}, const QString &outDir = {});

signals:
    /// A generation finished: the files written (key path empty for a verification certificate;
    /// the key's pkcs11: URI when the new key is on a token).
    void generated(const QString &certificatePath, const QString &keyPath);
    void generationFailed(const QString &message);
    /// An inspection finished; false when the file could not be read (the error label says why).
    void inspected(bool ok);

private:
    struct Request;
    struct Generated
    {
        QString error;
        QString certificatePath;
        QString keyPath;
        pki::Bundle bundle;
    };
    struct Inspected
    {
        QString error;
        pki::Bundle bundle;
    };
    QWidget *makeGeneratePage();
    QWidget *makeInspectPage();
    void addNewKeyRows(QWidget *page, QFormLayout *form);
    void kindChanged();
    void generate();
    static Generated make(const Request &request);
    void onGenerated();
    void inspect();
    void onInspected();
    void browse(QLineEdit *target, const QString &title, bool directory, bool save = false);
    void storageChanged();
    /// What keeps @p request from being generated, in words (empty: nothing).
    QString problemWith(const Request &request) const;
    Kind kind() const;
    bool newKeyOnToken() const;
    /// A CA whose new key goes to a file: it needs a passphrase or the explicit "in clear" box.
    bool newCaKeyInFile() const;
    bool issuerKeyOnToken() const;

    QTabWidget *m_tabs = nullptr;
    // Generate
    QComboBox *m_kind = nullptr;
    QLabel *m_cnLabel = nullptr;
    QLineEdit *m_cn = nullptr;
    QLineEdit *m_organization = nullptr;
    QSpinBox *m_days = nullptr;
    QComboBox *m_keyType = nullptr;
    QComboBox *m_keyStorage = nullptr; ///< the new key: in a file or on a token (CAs only)
    QLabel *m_keyUriLabel = nullptr;
    QLineEdit *m_keyUri = nullptr;
    QLabel *m_keyPinLabel = nullptr;
    QLineEdit *m_keyPin = nullptr;
    QWidget *m_issuerBox = nullptr;
    QComboBox *m_issuerStorage = nullptr; ///< the issuing CA's key: in a file or on a token
    QLineEdit *m_issuerCert = nullptr;
    QLabel *m_issuerKeyLabel = nullptr;
    QLineEdit *m_issuerKey = nullptr;
    QPushButton *m_issuerKeyBrowse = nullptr;
    QLabel *m_issuerPassphraseLabel = nullptr;
    QLineEdit *m_issuerPassphrase = nullptr;
    QLineEdit *m_outDir = nullptr;
    QLineEdit *m_fileName = nullptr;
    QLabel *m_keyPassphraseLabel = nullptr;
    QLineEdit *m_keyPassphrase = nullptr;
    /// Keys at rest: a CA key is written in clear only when this is ticked (docs/limits.md).
    QCheckBox *m_unencryptedKey = nullptr;
    QPushButton *m_generate = nullptr;
    QProgressBar *m_generateProgress = nullptr;
    QLabel *m_generateStatus = nullptr;
    CertificateSummaryWidget *m_generatedSummary = nullptr;
    QFutureWatcher<Generated> m_generateWatcher;
    // Inspect
    QLineEdit *m_inspectFile = nullptr;
    QLineEdit *m_inspectPassword = nullptr;
    QLineEdit *m_expectedId = nullptr;
    QPushButton *m_inspect = nullptr;
    QProgressBar *m_inspectProgress = nullptr;
    QLabel *m_inspectError = nullptr;
    CertificateSummaryWidget *m_inspectSummary = nullptr;
    QFutureWatcher<Inspected> m_inspectWatcher;
};
