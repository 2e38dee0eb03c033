#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

/// The answer to one read, write or remove. Emits finished() exactly once, always from the event
/// loop (never inside the call that created it), so callers can connect first. The store that
/// created it is its parent; deleteLater() after finished() is the caller's job (what is left is
/// deleted with the store). The value is never logged.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Pending,
        Ok,
        NotFound,    ///< this store has no secret by that name
        Unavailable, ///< the store cannot answer at all (no keychain service, locked, no D-Bus)
        Failed,      ///< the store knows the name but could not deliver it (bad file mode, refused write)
    };

    bool isFinished() const { return m_status != Status::Pending; }
    bool isOk() const { return m_status == Status::Ok; }
    Status status() const { return m_status; }
    bool isNotFound() const { return m_status == Status::NotFound; }
    /// A sentence an operator can act on; empty when ok.
    QString errorString() const { return m_error; }
    /// The secret (reads only).
    QByteArray value() const { return m_value; }
    QString name() const { return m_name; }

signals:
    void finished();

private:
    friend class SecretStore;
    SecretJob(QString name, QObject *parent)
        : QObject(parent)
        , m_name(std::move(name))
    {
    }
    QString m_name;
    QByteArray m_value;
    QString m_error;
    Status m_status = Status::Pending;
};

/// Named secrets (Wi-Fi passphrase, CA key passphrase, symmetric keys, SAS keys, engineer
/// password). Implementations: KeychainSecretStore (the system keychain), HeadlessSecretStore
/// (--secret NAME=env:VAR / NAME=file:PATH for scripts), MemorySecretStore (tests, demo), and
/// LayeredSecretStore to combine them. Names are logged, values never.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual SecretJob *read(const QString &name) = 0;
    virtual SecretJob *write(const QString &name, const QByteArray &value) = 0;
    virtual SecretJob *remove(const QString &name) = 0;
    /// "system keychain", "environment/file (headless)", "memory"
    virtual QString describe() const = 0;
    /// False for read-only stores (write() and remove() are refused).
    virtual bool isWritable() const { return true; }

    /// The operator's sentence for a secret that no store has.
    static QString notSetMessage(const QString &name);
    /// Secret names: letters, digits, '.', '_' and '-' (they appear in --secret NAME=...).
    static bool isValidName(const QString &name);

protected:
    /// A new pending job owned by this store.
    SecretJob *createJob(const QString &name);
    /// Finishes @p job on the next event-loop turn (never synchronously).
    static void finishLater(SecretJob *job, SecretJob::Status status, const QString &error = {},
                            const QByteArray &value = {});
    /// A job already finishing with @p status (convenience for synchronous stores).
    SecretJob *answer(const QString &name, SecretJob::Status status, const QString &error = {},
                      const QByteArray &value = {});
};

/// Secrets in memory only: the tests and the demo.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    SecretJob *read(const QString &name) override;
    SecretJob *write(const QString &name, const QByteArray &value) override;
    SecretJob *remove(const QString &name) override;
    QString describe() const override;
    bool contains(const QString &name) const { return m_values.contains(name); }

private:
    QHash<QString, QByteArray> m_values;
};

/// The system keychain through QtKeychain (Secret Service / gnome-keyring or KWallet on Linux).
/// Every secret is one entry of the service ("provstation" unless configured), keyed by its name.
/// A keychain that does not answer within timeoutMs() fails instead of hanging (a keyring that
/// waits for an unlock prompt nobody sees).
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    SecretJob *read(const QString &name) override;
    SecretJob *write(const QString &name, const QByteArray &value) override;
    SecretJob *remove(const QString &name) override;
    QString describe() const override;

    QString service() const { return m_service; }
    void setService(const QString &service) { m_service = service; }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    enum class Op
    {
        Read,
        Write,
        Remove
    };
    SecretJob *start(Op op, const QString &name, const QByteArray &value = {});

    QString m_service = QStringLiteral("provstation");
    int m_timeoutMs = 15000;
};

/// Read-only secrets for scripts and test rigs, given on the command line:
///   --secret NAME=env:VAR     the environment variable VAR (must exist and not be empty)
///   --secret NAME=file:PATH   the regular file PATH with mode 0600 or 0400 exactly; one trailing
///                             newline (LF or CRLF) is stripped
/// Values are read at read() time, not when the source is added.
class HeadlessSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    /// Parses "NAME=env:VAR" or "NAME=file:PATH"; false and a clear message on bad syntax.
    /// A later source for the same name replaces the earlier one.
    bool addSource(const QString &spec, QString *error = nullptr);
    bool hasSource(const QString &name) const { return m_sources.contains(name); }
    QStringList names() const { return m_sources.keys(); }

    SecretJob *read(const QString &name) override;
    /// Refused: the headless store is read-only.
    SecretJob *write(const QString &name, const QByteArray &value) override;
    /// Refused: the headless store is read-only.
    SecretJob *remove(const QString &name) override;
    QString describe() const override;
    bool isWritable() const override { return false; }

private:
    struct Source
    {
        enum class Kind
        {
            Env,
            File
        } kind;
        QString where; ///< variable name or file path
    };
    QHash<QString, Source> m_sources;
};

/// Reads from the first layer that has the name: a layer that answers NotFound or Unavailable is
/// passed over; a layer that has the name but fails (a file with a wrong mode) stops the search
/// with its error, so a misconfiguration is never hidden by another layer's value. Writes and
/// removes go to the first writable layer.
class LayeredSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    /// Does not take ownership; a layer destroyed before this store is skipped.
    void addLayer(SecretStore *layer);

    SecretJob *read(const QString &name) override;
    SecretJob *write(const QString &name, const QByteArray &value) override;
    SecretJob *remove(const QString &name) override;
    /// The layers' descriptions in order, e.g. "environment/file (headless), then system keychain".
    QString describe() const override;
    bool isWritable() const override;

private:
    QList<SecretStore *> liveLayers() const;
    void readFrom(SecretJob *job, QList<QPointer<SecretStore>> rest, QStringList unavailable);
    SecretStore *firstWritable() const;

    QList<QPointer<SecretStore>> m_layers;
};
