#include "provisioning/secretstore.h"

#include "common/files.h"
#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

// --- SecretStore ----------------------------------------------------------------------------

QString SecretStore::notSetMessage(const QString &name)
{
    return tr("the secret '%1' is not set: give --secret %1=env:VAR or store it in the keychain").arg(name);
}

bool SecretStore::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
    return re.match(name).hasMatch();
}

SecretJob *SecretStore::createJob(const QString &name)
{
    return new SecretJob(name, this);
}

void SecretStore::finishLater(SecretJob *job, SecretJob::Status status, const QString &error, const QByteArray &value)
{
    // The first answer wins (a keychain answer racing its own timeout); it is delivered on the next
    // event-loop turn so that the creator of the job can always connect to finished() first.
    if (!job || job->property("ps_finishing").toBool())
        return;
    job->setProperty("ps_finishing", true);
    QMetaObject::invokeMethod(
        job,
        [job, status, error, value] {
            job->m_status = status;
            job->m_error = status == SecretJob::Status::Ok ? QString() : error;
            job->m_value = status == SecretJob::Status::Ok ? value : QByteArray();
            emit job->finished();
        },
        Qt::QueuedConnection);
}

SecretJob *SecretStore::answer(const QString &name, SecretJob::Status status, const QString &error,
                               const QByteArray &value)
{
    SecretJob *job = createJob(name);
    finishLater(job, status, error, value);
    return job;
}

namespace {
QString invalidNameMessage(const QString &name)
{
    return SecretStore::tr("'%1' is not a valid secret name: use letters, digits, '.', '_' and '-' only").arg(name);
}
} // namespace

// --- MemorySecretStore ----------------------------------------------------------------------

SecretJob *MemorySecretStore::read(const QString &name)
{
    const auto it = m_values.constFind(name);
    if (it == m_values.cend())
        return answer(name, SecretJob::Status::NotFound, notSetMessage(name));
    return answer(name, SecretJob::Status::Ok, {}, *it);
}

SecretJob *MemorySecretStore::write(const QString &name, const QByteArray &value)
{
    if (!isValidName(name))
        return answer(name, SecretJob::Status::Failed, invalidNameMessage(name));
    m_values.insert(name, value);
    qCDebug(lcStore) << "secret" << name << "stored in memory";
    return answer(name, SecretJob::Status::Ok);
}

SecretJob *MemorySecretStore::remove(const QString &name)
{
    m_values.remove(name);
    return answer(name, SecretJob::Status::Ok);
}

QString MemorySecretStore::describe() const
{
    return tr("memory");
}

// --- KeychainSecretStore --------------------------------------------------------------------

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

QString KeychainSecretStore::describe() const
{
    return tr("system keychain");
}

SecretJob *KeychainSecretStore::read(const QString &name)
{
    return start(Op::Read, name);
}

SecretJob *KeychainSecretStore::write(const QString &name, const QByteArray &value)
{
    return start(Op::Write, name, value);
}

SecretJob *KeychainSecretStore::remove(const QString &name)
{
    return start(Op::Remove, name);
}

SecretJob *KeychainSecretStore::start(Op op, const QString &name, const QByteArray &value)
{
    SecretJob *job = createJob(name);
    if (!isValidName(name)) {
        finishLater(job, SecretJob::Status::Failed, invalidNameMessage(name));
        return job;
    }
    QKeychain::Job *kj = nullptr;
    switch (op) {
    case Op::Read:
        kj = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service, this);
        w->setBinaryData(value);
        kj = w;
        break;
    }
    case Op::Remove:
        kj = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    kj->setAutoDelete(true);
    kj->setInsecureFallback(false); // never a plaintext file behind the operator's back
    kj->setKey(name);

    const QString service = m_service;
    connect(kj, &QKeychain::Job::finished, job, [job, op, name, service](QKeychain::Job *k) {
        const QString detail = k->errorString();
        switch (k->error()) {
        case QKeychain::NoError:
            qCDebug(lcStore) << "keychain"
                             << (op == Op::Read    ? "read"
                                 : op == Op::Write ? "wrote"
                                                   : "removed")
                             << "secret" << name;
            finishLater(job, SecretJob::Status::Ok, {},
                        op == Op::Read ? static_cast<QKeychain::ReadPasswordJob *>(k)->binaryData() : QByteArray());
            return;
        case QKeychain::EntryNotFound:
            if (op == Op::Remove) { // already gone: removing is idempotent
                finishLater(job, SecretJob::Status::Ok);
                return;
            }
            finishLater(job, SecretJob::Status::NotFound,
                        tr("the secret '%1' is not set in the system keychain (service '%2'): store it there, "
                           "or give --secret %1=env:VAR")
                            .arg(name, service));
            return;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            qCWarning(lcStore) << "keychain refused access to secret" << name << ":" << detail;
            finishLater(job, SecretJob::Status::Unavailable,
                        tr("the system keychain refused access to the secret '%1' (%2): unlock the keyring "
                           "(log in to the desktop session) and try again")
                            .arg(name, detail));
            return;
        case QKeychain::CouldNotDeleteEntry:
            finishLater(job, SecretJob::Status::Failed,
                        tr("the system keychain could not remove the secret '%1': %2").arg(name, detail));
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            break;
        }
        qCWarning(lcStore) << "keychain unavailable for secret" << name << ":" << detail;
        finishLater(job, SecretJob::Status::Unavailable,
                    tr("the system keychain is not available (%1): run the station in a desktop session with a "
                       "keyring, or give --secret %2=env:VAR or --secret %2=file:PATH")
                        .arg(detail, name));
    });

    // A keyring waiting for an unlock prompt that nobody sees would otherwise hang the job forever.
    const int timeoutMs = m_timeoutMs;
    QTimer::singleShot(timeoutMs, job, [job, name, timeoutMs] {
        qCWarning(lcStore) << "keychain did not answer for secret" << name << "within" << timeoutMs << "ms";
        finishLater(job, SecretJob::Status::Unavailable,
                    tr("the system keychain did not answer within %1 s (is it locked, waiting for a password "
                       "prompt?): unlock it, or give --secret %2=env:VAR")
                        .arg(timeoutMs / 1000.0, 0, 'f', 1)
                        .arg(name));
    });
    kj->start();
    return job;
}

// --- HeadlessSecretStore --------------------------------------------------------------------

bool HeadlessSecretStore::addSource(const QString &spec, QString *error)
{
    const auto bad = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // The spec is never echoed whole: a user who typed NAME=the-password must not see it in a log.
    const qsizetype eq = spec.indexOf(u'=');
    if (eq < 0)
        return bad(tr("bad --secret: expected NAME=env:VARIABLE or NAME=file:PATH"));
    const QString name = spec.left(eq);
    const QString source = spec.mid(eq + 1);
    if (!isValidName(name))
        return bad(tr("bad --secret: %1").arg(invalidNameMessage(name.left(40))));
    if (source.startsWith(QLatin1String("env:"))) {
        const QString var = source.mid(4);
        static const QRegularExpression varRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!varRe.match(var).hasMatch())
            return bad(tr("bad --secret for '%1': after env: give the name of an environment variable "
                          "(letters, digits and '_', not starting with a digit)")
                           .arg(name));
        m_sources.insert(name, {Source::Kind::Env, var});
    } else if (source.startsWith(QLatin1String("file:"))) {
        const QString path = source.mid(5);
        if (path.isEmpty())
            return bad(tr("bad --secret for '%1': after file: give the path of a file").arg(name));
        // A device, FIFO or folder is never a secret file: say so now, not when a job reads it. A file
        // that does not exist yet is looked up when it is needed.
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode))
            return bad(tr("bad --secret for '%1': %2").arg(name, files::whyNotReadable(path, files::kMaxSecret)));
        m_sources.insert(name, {Source::Kind::File, QDir::current().absoluteFilePath(path)});
    } else {
        return bad(tr("bad --secret for '%1': the source must be env:VARIABLE or file:PATH (a secret value is "
                      "never given on the command line)")
                       .arg(name));
    }
    qCDebug(lcStore) << "headless secret source for" << name;
    return true;
}

SecretJob *HeadlessSecretStore::read(const QString &name)
{
    const auto it = m_sources.constFind(name);
    if (it == m_sources.cend())
        return answer(name, SecretJob::Status::NotFound, notSetMessage(name));
    const Source &src = *it;

    if (src.kind == Source::Kind::Env) {
        if (!qEnvironmentVariableIsSet(qPrintable(src.where)))
            return answer(name, SecretJob::Status::Failed,
                          tr("the secret '%1' comes from the environment variable %2, which is not set: "
                             "export %2 before starting")
                              .arg(name, src.where));
        const QByteArray value = qgetenv(qPrintable(src.where));
        if (value.isEmpty())
            return answer(
                name, SecretJob::Status::Failed,
                tr("the secret '%1' comes from the environment variable %2, which is empty").arg(name, src.where));
        return answer(name, SecretJob::Status::Ok, {}, value);
    }

    const QString shown = QDir::toNativeSeparators(src.where);
    const auto failed = [&](const QString &message) { return answer(name, SecretJob::Status::Failed, message); };
    // Open first, then check what was opened (no window between the check and the read);
    // O_NONBLOCK so that a FIFO cannot hang the station.
    const int fd = ::open(QFile::encodeName(src.where).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return failed(tr("the secret file %1 for '%2' cannot be opened: %3")
                          .arg(shown, name, QString::fromLocal8Bit(std::strerror(errno))));
    QFile file;
    file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return failed(tr("the secret file %1 for '%2' cannot be examined: %3")
                          .arg(shown, name, QString::fromLocal8Bit(std::strerror(errno))));
    if (!S_ISREG(st.st_mode))
        return failed(tr("the secret file %1 for '%2' is not a regular file").arg(shown, name));
    const unsigned mode = st.st_mode & 07777;
    if (mode != 0600 && mode != 0400)
        return failed(tr("the secret file %1 for '%2' has mode %3; it must be 0600 or 0400 (readable by its owner "
                         "only): run chmod 600 %1")
                          .arg(shown, name, QString::asprintf("%04o", mode)));
    if (st.st_size > files::kMaxSecret)
        return failed(tr("the secret file %1 for '%2' is %3 bytes; a secret file holds at most %4")
                          .arg(shown, name)
                          .arg(qint64(st.st_size))
                          .arg(files::kMaxSecret));
    QByteArray value = file.read(files::kMaxSecret + 1);
    if (file.error() != QFileDevice::NoError)
        return failed(tr("the secret file %1 for '%2' cannot be read: %3").arg(shown, name, file.errorString()));
    if (value.size() > files::kMaxSecret)
        return failed(tr("the secret file %1 for '%2' grew past %3 bytes while it was read")
                          .arg(shown, name)
                          .arg(files::kMaxSecret));
    if (value.endsWith('\n')) {
        value.chop(1);
        if (value.endsWith('\r'))
            value.chop(1);
    }
    if (value.isEmpty())
        return failed(tr("the secret file %1 for '%2' is empty").arg(shown, name));
    return answer(name, SecretJob::Status::Ok, {}, value);
}

SecretJob *HeadlessSecretStore::write(const QString &name, const QByteArray &)
{
    return answer(name, SecretJob::Status::Failed,
                  tr("cannot store the secret '%1': secrets given with --secret are read-only; store it in the "
                     "keychain instead")
                      .arg(name));
}

SecretJob *HeadlessSecretStore::remove(const QString &name)
{
    return answer(name, SecretJob::Status::Failed,
                  tr("cannot remove the secret '%1': secrets given with --secret are read-only").arg(name));
}

QString HeadlessSecretStore::describe() const
{
    return tr("environment/file (headless)");
}

// --- LayeredSecretStore ---------------------------------------------------------------------

void LayeredSecretStore::addLayer(SecretStore *layer)
{
    if (layer)
        m_layers.append(layer);
}

QList<SecretStore *> LayeredSecretStore::liveLayers() const
{
    QList<SecretStore *> live;
    for (const QPointer<SecretStore> &l : m_layers)
        if (l)
            live.append(l.data());
    return live;
}

QString LayeredSecretStore::describe() const
{
    QStringList parts;
    for (SecretStore *l : liveLayers())
        parts.append(l->describe());
    return parts.join(tr(", then "));
}

SecretStore *LayeredSecretStore::firstWritable() const
{
    for (SecretStore *l : liveLayers())
        if (l->isWritable())
            return l;
    return nullptr;
}

bool LayeredSecretStore::isWritable() const
{
    return firstWritable() != nullptr;
}

SecretJob *LayeredSecretStore::read(const QString &name)
{
    SecretJob *job = createJob(name);
    readFrom(job, m_layers, {});
    return job;
}

void LayeredSecretStore::readFrom(SecretJob *job, QList<QPointer<SecretStore>> rest, QStringList unavailable)
{
    while (!rest.isEmpty() && !rest.first())
        rest.removeFirst();
    if (rest.isEmpty()) {
        if (unavailable.isEmpty())
            finishLater(job, SecretJob::Status::NotFound, notSetMessage(job->name()));
        else
            finishLater(job, SecretJob::Status::Unavailable,
                        tr("%1 (%2)").arg(notSetMessage(job->name()), unavailable.join(u"; ")));
        return;
    }
    SecretStore *layer = rest.takeFirst();
    SecretJob *inner = layer->read(job->name());
    connect(inner, &SecretJob::finished, job, [this, job, inner, layer, rest, unavailable]() mutable {
        inner->deleteLater();
        switch (inner->status()) {
        case SecretJob::Status::Ok:
            finishLater(job, SecretJob::Status::Ok, {}, inner->value());
            return;
        case SecretJob::Status::NotFound:
            break;
        case SecretJob::Status::Unavailable:
            unavailable.append(tr("%1: %2").arg(layer->describe(), inner->errorString()));
            break;
        case SecretJob::Status::Failed:
        case SecretJob::Status::Pending:
            finishLater(job, SecretJob::Status::Failed, inner->errorString());
            return;
        }
        readFrom(job, rest, unavailable);
    });
}

SecretJob *LayeredSecretStore::write(const QString &name, const QByteArray &value)
{
    SecretStore *target = firstWritable();
    SecretJob *job = createJob(name);
    if (!target) {
        finishLater(job, SecretJob::Status::Failed,
                    tr("cannot store the secret '%1': no writable secret store (%2)").arg(name, describe()));
        return job;
    }
    SecretJob *inner = target->write(name, value);
    connect(inner, &SecretJob::finished, job, [job, inner] {
        inner->deleteLater();
        finishLater(job, inner->status(), inner->errorString());
    });
    return job;
}

SecretJob *LayeredSecretStore::remove(const QString &name)
{
    SecretStore *target = firstWritable();
    SecretJob *job = createJob(name);
    if (!target) {
        finishLater(job, SecretJob::Status::Failed,
                    tr("cannot remove the secret '%1': no writable secret store (%2)").arg(name, describe()));
        return job;
    }
    SecretJob *inner = target->remove(name);
    connect(inner, &SecretJob::finished, job, [job, inner] {
        inner->deleteLater();
        finishLater(job, inner->status(), inner->errorString());
    });
    return job;
}
