// KeychainSecretStore against the real QtKeychain (libsecret -> gnome-keyring) inside the private
// session made by tests/keychain/run_with_keyring.sh, and its fast failure without a session bus.

#include "provisioning/secretstore.h"
#include "testregistry.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int kDeadlineMs = 10000;

bool done(SecretJob *job, int ms = kDeadlineMs)
{
    if (job->isFinished()) {
        qWarning("job for %s finished synchronously", qPrintable(job->name()));
        return false;
    }
    QSignalSpy spy(job, &SecretJob::finished);
    return spy.wait(ms) && spy.size() == 1;
}

// The keyring tests need the private session; anywhere else they would touch (or wait for) a
// real user's keyring.
#define REQUIRE_PRIVATE_KEYRING()                                                                                      \
    do {                                                                                                               \
        if (qEnvironmentVariable("PROVSTATION_PRIVATE_KEYRING") != QLatin1String("1"))                                 \
            QSKIP("not inside tests/keychain/run_with_keyring.sh: no private keyring to test against");                \
    } while (false)

const QString kService = QStringLiteral("provstation-test");

} // namespace

class KeychainStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void writeReadOverwriteRemove()
    {
        REQUIRE_PRIVATE_KEYRING();
        KeychainSecretStore store(kService);
        QCOMPARE(store.service(), kService);
        QCOMPARE(store.describe(), QStringLiteral("system keychain"));
        const QString name = QStringLiteral("wifi-passphrase");
        const QByteArray value("p\xc3\xa4ss phrase, \"quoted\"\n\x01\xff", 25);

        SecretJob *w = store.write(name, value);
        QVERIFY(done(w));
        QVERIFY2(w->isOk(), qPrintable(w->errorString()));
        SecretJob *r = store.read(name);
        QVERIFY(done(r));
        QVERIFY2(r->isOk(), qPrintable(r->errorString()));
        QCOMPARE(r->value(), value);

        SecretJob *w2 = store.write(name, "second value");
        QVERIFY(done(w2));
        QVERIFY2(w2->isOk(), qPrintable(w2->errorString()));
        SecretJob *r2 = store.read(name);
        QVERIFY(done(r2));
        QCOMPARE(r2->value(), QByteArray("second value"));

        // Another service does not see it: entries are per service.
        KeychainSecretStore other(QStringLiteral("provstation-test-other"));
        SecretJob *elsewhere = other.read(name);
        QVERIFY(done(elsewhere));
        QVERIFY(elsewhere->isNotFound());

        SecretJob *rm = store.remove(name);
        QVERIFY(done(rm));
        QVERIFY2(rm->isOk(), qPrintable(rm->errorString()));
        SecretJob *gone = store.read(name);
        QVERIFY(done(gone));
        QVERIFY(gone->isNotFound());
        SecretJob *again = store.remove(name); // removing what is gone is fine
        QVERIFY(done(again));
        QVERIFY2(again->isOk(), qPrintable(again->errorString()));
    }

    void readingAMissingNameSaysNotSet()
    {
        REQUIRE_PRIVATE_KEYRING();
        KeychainSecretStore store(kService);
        SecretJob *r = store.read(QStringLiteral("ca-passphrase"));
        QVERIFY(done(r));
        QCOMPARE(r->status(), SecretJob::Status::NotFound);
        QVERIFY(r->value().isEmpty());
        QCOMPARE(r->errorString(),
                 QStringLiteral("the secret 'ca-passphrase' is not set in the system keychain (service "
                                "'provstation-test'): store it there, or give --secret ca-passphrase=env:VAR"));
    }

    void layeredOverTheKeychain()
    {
        REQUIRE_PRIVATE_KEYRING();
        HeadlessSecretStore headless;
        KeychainSecretStore keychain(kService);
        LayeredSecretStore layered;
        layered.addLayer(&headless);
        layered.addLayer(&keychain);
        qputenv("PS_KEYCHAIN_TEST_SAS", "from-env");
        QVERIFY(headless.addSource(QStringLiteral("sas-key=env:PS_KEYCHAIN_TEST_SAS")));
        SecretJob *w = layered.write(QStringLiteral("sas-key"), "from-keychain");
        QVERIFY(done(w));
        QVERIFY2(w->isOk(), qPrintable(w->errorString()));
        SecretJob *r = layered.read(QStringLiteral("sas-key"));
        QVERIFY(done(r));
        QCOMPARE(r->value(), QByteArray("from-env"));
        SecretJob *k = keychain.read(QStringLiteral("sas-key"));
        QVERIFY(done(k));
        QCOMPARE(k->value(), QByteArray("from-keychain"));
        QVERIFY(done(layered.remove(QStringLiteral("sas-key"))));
    }

    // libsecret/GDBus keep the first session-bus connection of a process, so this runs in a fresh
    // child process of this executable, which sets the bus address before creating the store.
    void failsFastWithoutASessionBus()
    {
        if (qEnvironmentVariableIsSet("PS_KEYCHAIN_NO_BUS_CHILD")) {
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
            KeychainSecretStore store(kService);
            store.setTimeoutMs(60000); // the failure must come from the keychain, not our timeout
            QElapsedTimer clock;
            clock.start();
            SecretJob *r = store.read(QStringLiteral("wifi-passphrase"));
            QVERIFY(done(r, 20000));
            QVERIFY(clock.elapsed() < 5000);
            QCOMPARE(r->status(), SecretJob::Status::Unavailable);
            QVERIFY2(r->errorString().startsWith(QLatin1String("the system keychain is not available")),
                     qPrintable(r->errorString()));
            QVERIFY2(r->errorString().contains(QLatin1String("--secret wifi-passphrase=env:VAR")),
                     qPrintable(r->errorString()));
            SecretJob *w = store.write(QStringLiteral("wifi-passphrase"), "never stored");
            QVERIFY(done(w, 20000));
            QCOMPARE(w->status(), SecretJob::Status::Unavailable);
            QVERIFY(clock.elapsed() < 5000);
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PS_KEYCHAIN_NO_BUS_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("KeychainStoreTest"), QStringLiteral("failsFastWithoutASessionBus")});
        QVERIFY(child.waitForStarted(5000));
        if (!child.waitForFinished(30000)) {
            child.kill();
            child.waitForFinished(5000);
            QFAIL("the keychain did not fail fast without a session bus: the child hung for 30 s");
        }
        const QByteArray out = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, out.constData());
    }

    // A bad name is refused before any keychain call.
    void invalidNameFailsWithoutTouchingTheKeychain()
    {
        KeychainSecretStore store(kService);
        SecretJob *r = store.read(QStringLiteral("no spaces allowed"));
        QVERIFY(done(r));
        QCOMPARE(r->status(), SecretJob::Status::Failed);
        QVERIFY2(r->errorString().contains(QLatin1String("not a valid secret name")), qPrintable(r->errorString()));
    }
};

PS_REGISTER_TEST(KeychainStoreTest);
#include "tst_keychainstore.moc"
