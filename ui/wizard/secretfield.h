#pragma once

#include <functional>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class SecretJob;
class SecretStore;

/// A field for one secret of the profile (Wi-Fi passphrase, device or group key, CA passphrase):
/// typed hidden, with a Show toggle; says whether the secret store already holds it; commit() puts
/// the typed value into the store and forgets it. Never reads a stored value back into the field.
class SecretField : public QWidget
{
    Q_OBJECT
public:
    explicit SecretField(const QString &objectName, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    /// Follows @p name in @p store (re-reads whether it is stored).
    void setSecret(SecretStore *store, const QString &name);
    /// What is wrong with the typed value (empty: nothing typed, or fine).
    void setValidator(std::function<QString(const QString &)> validator) { m_validator = std::move(validator); }
    QString problem() const;
    bool hasTyped() const;
    /// -1 unknown (no store, still reading), 0 not stored, 1 stored.
    int stored() const { return m_stored; }
    /// Writes the typed value to the store (if any) and clears the field; the write's job (finished
    /// later, from the event loop), or null when there was nothing to write.
    SecretJob *commit();
    void retranslate();

signals:
    void changed();

private:
    void refresh();
    void showState(const QString &error = {});

    QLineEdit *m_edit = nullptr;
    QToolButton *m_show = nullptr;
    QLabel *m_state = nullptr;
    SecretStore *m_store = nullptr;
    QString m_name;
    int m_stored = -1;
    std::function<QString(const QString &)> m_validator;
};
