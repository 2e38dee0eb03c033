#include "engineerlogin.h"

#include "common/logging.h"
#include "provisioning/secretstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPasswordDigestor>
#include <QPushButton>
#include <QRandomGenerator>

namespace {
constexpr int kIterations = 100000;
}

EngineerLoginDialog::EngineerLoginDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("engineerLoginDialog"));
    setWindowTitle(tr("Engineer mode"));
    m_prompt = new QLabel(tr("Reading the engineer password from the secret store…"), this);
    m_prompt->setObjectName(QStringLiteral("engineerPrompt"));
    m_prompt->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("engineerPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("engineerConfirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("engineerError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("engineerButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("engineerOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *form = new QFormLayout(this);
    form->addRow(m_prompt);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    m_confirmLabel = new QLabel(tr("&Repeat:"), this);
    m_confirmLabel->setBuddy(m_confirm);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(m_error);
    form->addRow(m_buttons);
    m_confirmLabel->hide();
    m_confirm->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EngineerLoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!m_secrets) {
        onStoredRead(false, {}, tr("There is no secret store."));
        return;
    }
    SecretJob *job = m_secrets->read(QString::fromLatin1(kSecretName));
    connect(job, &SecretJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->isOk())
            onStoredRead(true, job->value(), {});
        else if (job->isNotFound())
            onStoredRead(false, {}, {});
        else
            onStoredRead(false, {}, job->errorString());
    });
}

QByteArray EngineerLoginDialog::digest(const QString &password, const QByteArray &saltIn)
{
    QByteArray salt = saltIn;
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    }
    const QByteArray key =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, kIterations, 32);
    return "pbkdf2-sha256$" + QByteArray::number(kIterations) + '$' + salt.toHex() + '$' + key.toHex();
}

bool EngineerLoginDialog::verify(const QString &password, const QByteArray &stored)
{
    const QList<QByteArray> parts = stored.split('$');
    if (parts.size() != 4 || parts[0] != "pbkdf2-sha256")
        return false;
    const QByteArray salt = QByteArray::fromHex(parts[2]);
    const QByteArray key =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, parts[1].toInt(), 32);
    // Not timing-sensitive in practice (a local dialog), but compare all bytes anyway.
    const QByteArray want = QByteArray::fromHex(parts[3]);
    if (want.size() != key.size())
        return false;
    int diff = 0;
    for (int i = 0; i < key.size(); ++i)
        diff |= key[i] ^ want[i];
    return diff == 0;
}

void EngineerLoginDialog::onStoredRead(bool found, const QByteArray &stored, const QString &error)
{
    m_stored = stored;
    m_firstUse = !found;
    if (!error.isEmpty()) {
        m_prompt->setText(tr("The secret store cannot be read: %1").arg(error));
        return;
    }
    m_prompt->setText(m_firstUse ? tr("No engineer password is set yet. Choose one (at least 6 characters); "
                                      "operators will need it to change the profile.")
                                 : tr("Enter the engineer password."));
    m_confirmLabel->setVisible(m_firstUse);
    m_confirm->setVisible(m_firstUse);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_ready = true;
    m_password->setFocus();
}

void EngineerLoginDialog::submit()
{
    if (!m_ready)
        return;
    const QString password = m_password->text();
    if (!m_firstUse) {
        if (!verify(password, m_stored)) {
            m_error->setText(tr("Wrong password."));
            m_password->clear();
            qCInfo(lcUi) << "engineer mode refused: wrong password";
            return;
        }
        emit granted();
        accept();
        return;
    }
    if (password.size() < 6) {
        m_error->setText(tr("Use at least 6 characters."));
        return;
    }
    if (password != m_confirm->text()) {
        m_error->setText(tr("The two passwords differ."));
        return;
    }
    m_ready = false;
    SecretJob *job = m_secrets->write(QString::fromLatin1(kSecretName), digest(password));
    connect(job, &SecretJob::finished, this, [this, job] {
        job->deleteLater();
        m_ready = true;
        if (!job->isOk()) {
            m_error->setText(tr("The password could not be stored: %1").arg(job->errorString()));
            return;
        }
        emit granted();
        accept();
    });
}
