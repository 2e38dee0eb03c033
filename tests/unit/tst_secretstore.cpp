// SecretStore without a keychain: the memory store, the headless store (env: and file: sources
// and their rules), the layered store; every job finishes from the event loop.

#include "provisioning/secretstore.h"
#include "testregistry.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Waits for the job with a deadline; fails if it finished inside the call that created it.
bool done(SecretJob *job, int ms = 3000)
{
    if (job->isFinished()) {
        qWarning("job for %s finished synchronously", qPrintable(job->name()));
        return false;
    }
    QSignalSpy spy(job, &SecretJob::finished);
    if (!spy.wait(ms))
        return false;
    // Exactly once: nothing else arrives on the following turns.
    QCoreApplication::sendPostedEvents();
    return spy.size() == 1 && job->isFinished();
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content, QFile::Permissions perms)
{
    QFile f(dir.filePath(QLatin1String(name)));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    f.close();
    f.setPermissions(perms);
    return f.fileName();
}

constexpr QFile::Permissions kOwnerRw = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

class SecretStoreTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void memoryStoreRoundTrip()
    {
        MemorySecretStore store;
        QCOMPARE(store.describe(), QStringLiteral("memory"));
        SecretJob *missing = store.read(QStringLiteral("wifi-passphrase"));
        QVERIFY(done(missing));
        QVERIFY(!missing->isOk());
        QVERIFY(missing->isNotFound());
        QCOMPARE(missing->errorString(),
                 QStringLiteral("the secret 'wifi-passphrase' is not set: give --secret wifi-passphrase=env:VAR or "
                                "store it in the keychain"));

        const QByteArray value("p\xc3\xa4ss, with \0 nul", 18);
        SecretJob *w = store.write(QStringLiteral("wifi-passphrase"), value);
        QVERIFY(done(w));
        QVERIFY2(w->isOk(), qPrintable(w->errorString()));
        SecretJob *r = store.read(QStringLiteral("wifi-passphrase"));
        QVERIFY(done(r));
        QVERIFY(r->isOk());
        QCOMPARE(r->value(), value);
        QCOMPARE(r->name(), QStringLiteral("wifi-passphrase"));
        QVERIFY(r->errorString().isEmpty());

        QVERIFY(done(store.write(QStringLiteral("wifi-passphrase"), "second")));
        SecretJob *r2 = store.read(QStringLiteral("wifi-passphrase"));
        QVERIFY(done(r2));
        QCOMPARE(r2->value(), QByteArray("second"));

        SecretJob *rm = store.remove(QStringLiteral("wifi-passphrase"));
        QVERIFY(done(rm));
        QVERIFY(rm->isOk());
        QVERIFY(!store.contains(QStringLiteral("wifi-passphrase")));
        SecretJob *gone = store.read(QStringLiteral("wifi-passphrase"));
        QVERIFY(done(gone));
        QVERIFY(gone->isNotFound());

        SecretJob *bad = store.write(QStringLiteral("no spaces=here"), "x");
        QVERIFY(done(bad));
        QCOMPARE(bad->status(), SecretJob::Status::Failed);
        QVERIFY2(bad->errorString().contains(QLatin1String("not a valid secret name")), qPrintable(bad->errorString()));
    }

    void headlessEnvSource()
    {
        HeadlessSecretStore store;
        QString error;
        QVERIFY2(store.addSource(QStringLiteral("sas-key=env:PS_TEST_SAS_KEY"), &error), qPrintable(error));
        QVERIFY(store.hasSource(QStringLiteral("sas-key")));
        QVERIFY(!store.isWritable());

        qputenv("PS_TEST_SAS_KEY", "c2VjcmV0LWtleQ==");
        SecretJob *r = store.read(QStringLiteral("sas-key"));
        QVERIFY(done(r));
        QVERIFY2(r->isOk(), qPrintable(r->errorString()));
        QCOMPARE(r->value(), QByteArray("c2VjcmV0LWtleQ=="));

        qputenv("PS_TEST_SAS_KEY", "");
        SecretJob *empty = store.read(QStringLiteral("sas-key"));
        QVERIFY(done(empty));
        QCOMPARE(empty->status(), SecretJob::Status::Failed);
        QVERIFY2(empty->errorString().contains(QLatin1String("PS_TEST_SAS_KEY, which is empty")),
                 qPrintable(empty->errorString()));

        qunsetenv("PS_TEST_SAS_KEY");
        SecretJob *unset = store.read(QStringLiteral("sas-key"));
        QVERIFY(done(unset));
        QCOMPARE(unset->status(), SecretJob::Status::Failed);
        QCOMPARE(unset->errorString(),
                 QStringLiteral("the secret 'sas-key' comes from the environment variable PS_TEST_SAS_KEY, which is "
                                "not set: export PS_TEST_SAS_KEY before starting"));

        SecretJob *other = store.read(QStringLiteral("wifi-passphrase"));
        QVERIFY(done(other));
        QVERIFY(other->isNotFound());
        QVERIFY(other->errorString().contains(QLatin1String("--secret wifi-passphrase=env:VAR")));
    }

    void headlessFileSource()
    {
        QVERIFY(m_dir.isValid());
        const QString rw = writeFile(m_dir, "wifi.txt", "correct horse\n", kOwnerRw);
        const QString ro = writeFile(m_dir, "ca.txt", "ca pass\r\n", QFile::ReadOwner);
        const QString raw = writeFile(m_dir, "raw.bin", "two\n\n", kOwnerRw);
        HeadlessSecretStore store;
        QVERIFY(store.addSource(QStringLiteral("wifi-passphrase=file:") + rw));
        QVERIFY(store.addSource(QStringLiteral("ca-passphrase=file:") + ro));
        QVERIFY(store.addSource(QStringLiteral("raw=file:") + raw));

        SecretJob *a = store.read(QStringLiteral("wifi-passphrase"));
        SecretJob *b = store.read(QStringLiteral("ca-passphrase"));
        SecretJob *c = store.read(QStringLiteral("raw"));
        QVERIFY(done(a));
        QVERIFY(b->isFinished() || done(b));
        QVERIFY(c->isFinished() || done(c));
        QVERIFY2(a->isOk(), qPrintable(a->errorString()));
        QCOMPARE(a->value(), QByteArray("correct horse")); // trailing newline stripped
        QVERIFY2(b->isOk(), qPrintable(b->errorString()));
        QCOMPARE(b->value(), QByteArray("ca pass")); // CRLF too
        QCOMPARE(c->value(), QByteArray("two\n"));   // only one newline
    }

    void headlessFileWithLooseModeIsRefused()
    {
        const QString loose = writeFile(m_dir, "loose.txt", "secret\n",
                                        kOwnerRw | QFile::ReadGroup | QFile::ReadOther); // 0644
        HeadlessSecretStore store;
        QVERIFY(store.addSource(QStringLiteral("wifi-passphrase=file:") + loose));
        SecretJob *r = store.read(QStringLiteral("wifi-passphrase"));
        QVERIFY(done(r));
        QCOMPARE(r->status(), SecretJob::Status::Failed);
        QVERIFY(r->value().isEmpty());
        QVERIFY2(r->errorString().contains(loose), qPrintable(r->errorString()));
        QVERIFY2(r->errorString().contains(QLatin1String("has mode 0644")), qPrintable(r->errorString()));
        QVERIFY2(r->errorString().contains(QLatin1String("0600 or 0400")), qPrintable(r->errorString()));

        const QString exec = writeFile(m_dir, "exec.txt", "secret\n", kOwnerRw | QFile::ExeOwner); // 0700
        QVERIFY(store.addSource(QStringLiteral("x=file:") + exec));
        SecretJob *x = store.read(QStringLiteral("x"));
        QVERIFY(done(x));
        QVERIFY2(x->errorString().contains(QLatin1String("has mode 0700")), qPrintable(x->errorString()));

        // A folder (or device, or FIFO) is never a secret file: refused when the source is given.
        QString why;
        QVERIFY(!store.addSource(QStringLiteral("dir=file:") + m_dir.path(), &why));
        QVERIFY2(why.contains(QLatin1String("it is a folder, not a file")), qPrintable(why));

        QVERIFY(store.addSource(QStringLiteral("gone=file:") + m_dir.filePath(QStringLiteral("missing.txt"))));
        SecretJob *g = store.read(QStringLiteral("gone"));
        QVERIFY(done(g));
        QVERIFY2(g->errorString().contains(QLatin1String("missing.txt for 'gone' cannot be opened: No such file")),
                 qPrintable(g->errorString()));

        const QString empty = writeFile(m_dir, "empty.txt", "\n", kOwnerRw);
        QVERIFY(store.addSource(QStringLiteral("empty=file:") + empty));
        SecretJob *e = store.read(QStringLiteral("empty"));
        QVERIFY(done(e));
        QVERIFY2(e->errorString().contains(QLatin1String("is empty")), qPrintable(e->errorString()));
    }

    void headlessBadSpecSyntax_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no =") << "wifi-passphrase"
                              << "expected NAME=env:VARIABLE or NAME=file:PATH";
        QTest::newRow("empty name") << "=env:X"
                                    << "not a valid secret name";
        QTest::newRow("bad name") << "wi fi=env:X"
                                  << "'wi fi' is not a valid secret name";
        QTest::newRow("bad var") << "wifi=env:1X"
                                 << "after env: give the name of an environment variable";
        QTest::newRow("no var") << "wifi=env:"
                                << "after env: give the name";
        QTest::newRow("no path") << "wifi=file:"
                                 << "after file: give the path";
        QTest::newRow("literal value") << "wifi=hunter2secret"
                                       << "the source must be env:VARIABLE or file:PATH";
    }
    void headlessBadSpecSyntax()
    {
        QFETCH(QString, spec);
        QFETCH(QString, expected);
        HeadlessSecretStore store;
        QString error;
        QVERIFY(!store.addSource(spec, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("hunter2"))); // a value typed by mistake is not echoed
        QVERIFY(store.names().isEmpty());
    }

    void headlessIsReadOnly()
    {
        HeadlessSecretStore store;
        QCOMPARE(store.describe(), QStringLiteral("environment/file (headless)"));
        SecretJob *w = store.write(QStringLiteral("wifi-passphrase"), "x");
        SecretJob *r = store.remove(QStringLiteral("wifi-passphrase"));
        QVERIFY(done(w));
        QVERIFY(r->isFinished() || done(r));
        QCOMPARE(w->status(), SecretJob::Status::Failed);
        QVERIFY2(w->errorString().contains(QLatin1String("read-only")), qPrintable(w->errorString()));
        QCOMPARE(r->status(), SecretJob::Status::Failed);
        QVERIFY2(r->errorString().contains(QLatin1String("read-only")), qPrintable(r->errorString()));
    }

    void layeredReadsFromTheFirstLayerThatHasTheName()
    {
        HeadlessSecretStore headless;
        MemorySecretStore memory;
        LayeredSecretStore layered;
        layered.addLayer(&headless);
        layered.addLayer(&memory);
        QCOMPARE(layered.describe(), QStringLiteral("environment/file (headless), then memory"));
        QVERIFY(layered.isWritable());

        qputenv("PS_TEST_WIFI", "from-env");
        QVERIFY(headless.addSource(QStringLiteral("wifi-passphrase=env:PS_TEST_WIFI")));
        QVERIFY(done(memory.write(QStringLiteral("wifi-passphrase"), "from-memory")));
        QVERIFY(done(memory.write(QStringLiteral("sas-key"), "memory-sas")));

        SecretJob *first = layered.read(QStringLiteral("wifi-passphrase"));
        QVERIFY(done(first));
        QCOMPARE(first->value(), QByteArray("from-env"));
        SecretJob *second = layered.read(QStringLiteral("sas-key"));
        QVERIFY(done(second));
        QCOMPARE(second->value(), QByteArray("memory-sas"));
        SecretJob *none = layered.read(QStringLiteral("ca-passphrase"));
        QVERIFY(done(none));
        QVERIFY(none->isNotFound());
        QCOMPARE(none->errorString(), SecretStore::notSetMessage(QStringLiteral("ca-passphrase")));

        // A layer that has the name but fails stops the search: no silent fallback to another value.
        qunsetenv("PS_TEST_WIFI");
        SecretJob *broken = layered.read(QStringLiteral("wifi-passphrase"));
        QVERIFY(done(broken));
        QCOMPARE(broken->status(), SecretJob::Status::Failed);
        QVERIFY2(broken->errorString().contains(QLatin1String("PS_TEST_WIFI")), qPrintable(broken->errorString()));

        // Writes go to the first writable layer (memory), not the read-only headless one.
        SecretJob *w = layered.write(QStringLiteral("engineer-password"), "pw");
        QVERIFY(done(w));
        QVERIFY2(w->isOk(), qPrintable(w->errorString()));
        QVERIFY(memory.contains(QStringLiteral("engineer-password")));
        SecretJob *rm = layered.remove(QStringLiteral("engineer-password"));
        QVERIFY(done(rm));
        QVERIFY(rm->isOk());
        QVERIFY(!memory.contains(QStringLiteral("engineer-password")));
    }

    void layeredWithoutWritableLayerRefusesWrites()
    {
        HeadlessSecretStore headless;
        LayeredSecretStore layered;
        layered.addLayer(&headless);
        QVERIFY(!layered.isWritable());
        SecretJob *w = layered.write(QStringLiteral("wifi-passphrase"), "x");
        QVERIFY(done(w));
        QCOMPARE(w->status(), SecretJob::Status::Failed);
        QVERIFY2(w->errorString().contains(QLatin1String("no writable secret store")), qPrintable(w->errorString()));

        LayeredSecretStore empty;
        SecretJob *r = empty.read(QStringLiteral("wifi-passphrase"));
        QVERIFY(done(r));
        QVERIFY(r->isNotFound());
    }

    void layeredSkipsADestroyedLayer()
    {
        auto memory = std::make_unique<MemorySecretStore>();
        MemorySecretStore second;
        QVERIFY(done(second.write(QStringLiteral("k"), "v")));
        LayeredSecretStore layered;
        layered.addLayer(memory.get());
        layered.addLayer(&second);
        memory.reset();
        SecretJob *r = layered.read(QStringLiteral("k"));
        QVERIFY(done(r));
        QCOMPARE(r->value(), QByteArray("v"));
    }
};

PS_REGISTER_TEST(SecretStoreTest);
#include "tst_secretstore.moc"
