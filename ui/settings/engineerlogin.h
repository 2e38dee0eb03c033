#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;
class SecretStore;

/// Asks for the engineer password before engineer mode. The first use sets it (typed twice). Only a
/// salted PBKDF2-SHA256 digest is kept, in the SecretStore under "engineer-password". Opened with
/// open(), never exec(): granted() or rejected() tells the caller.
class EngineerLoginDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr const char *kSecretName = "engineer-password";

    explicit EngineerLoginDialog(SecretStore *secrets, QWidget *parent = nullptr);
    /// "pbkdf2-sha256$<iterations>$<salt hex>$<digest hex>"
    static QByteArray digest(const QString &password, const QByteArray &salt = {});
    static bool verify(const QString &password, const QByteArray &stored);
    bool isFirstUse() const { return m_firstUse; }

signals:
    void granted();

private:
    void onStoredRead(bool found, const QByteArray &stored, const QString &error);
    void submit();

    SecretStore *m_secrets;
    QLabel *m_prompt;
    QLineEdit *m_password;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QByteArray m_stored;
    bool m_firstUse = false;
    bool m_ready = false;
};
