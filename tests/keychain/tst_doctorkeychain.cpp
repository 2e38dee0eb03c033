// provstation-cli doctor where a keyring answers (the private, unlocked gnome-keyring of
// run_with_keyring.sh): the keychain check is ok, and it leaves nothing in the keyring.

#include "testregistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class DoctorKeychainTest : public QObject
{
    Q_OBJECT
private slots:
    void keychainThatAnswersIsOk()
    {
        QVERIFY2(qEnvironmentVariableIsSet("PROVSTATION_PRIVATE_KEYRING"),
                 "run through tests/keychain/run_with_keyring.sh (a private, unlocked keyring)");
        QTemporaryDir dir;
        QProcess p;
        p.start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/provstation-cli"),
                {QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--db"),
                 dir.filePath(QStringLiteral("r.sqlite"))});
        QVERIFY(p.waitForFinished(60000));
        QJsonObject keychain;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(u"check").toString() == u"keychain")
                keychain = o;
        }
        QCOMPARE(keychain.value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(keychain.value(u"subject").toString(), QStringLiteral("provstation"));
        QVERIFY(keychain.value(u"fix").toString().isEmpty());

        // The probe only read. A control item proves the search sees the station's entries
        // (QtKeychain's libsecret schema: attribute server = service, user = name).
        QProcess store;
        store.start(QStringLiteral("secret-tool"),
                    {QStringLiteral("store"), QStringLiteral("--label=control"), QStringLiteral("server"),
                     QStringLiteral("provstation"), QStringLiteral("user"), QStringLiteral("control-item")});
        if (!store.waitForStarted(5000))
            QFAIL("secret-tool is missing (it lists the keyring's items): apt-get install libsecret-tools");
        store.write("control-value");
        store.closeWriteChannel();
        QVERIFY(store.waitForFinished(15000));
        QCOMPARE(store.exitCode(), 0);
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                     QStringLiteral("server"), QStringLiteral("provstation")});
        QVERIFY(lookup.waitForFinished(15000));
        const QByteArray items = lookup.readAllStandardOutput() + lookup.readAllStandardError();
        QVERIFY2(items.contains("control-item"), items.constData());
        QVERIFY2(!items.contains("provstation-doctor-probe"), items.constData());
    }
};

PS_REGISTER_TEST(DoctorKeychainTest);
#include "tst_doctorkeychain.moc"
