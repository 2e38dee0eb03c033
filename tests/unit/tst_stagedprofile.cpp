// Staged Wi-Fi in the profile (issue 17, item 4): an optional field network beside the line network.
// Old profiles load and hash as before; the field network round-trips; every bad value is named.

#include "provisioning/profile.h"
#include "testregistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

Profile lineOnly()
{
    Profile p;
    p.name = QStringLiteral("Line 3");
    p.dps.idScope = QStringLiteral("0ne0067E45C");
    p.wifi.ssid = QStringLiteral("factory-line-3");
    p.certificates.caCertificate = QStringLiteral("pki/ca.pem");
    p.certificates.caKey = QStringLiteral("pki/ca.key.pem");
    return p;
}

Profile staged()
{
    Profile p = lineOnly();
    p.wifi.field.ssid = QStringLiteral("customer-net");
    return p;
}

QString joined(const QStringList &problems)
{
    return problems.join(QStringLiteral(" | "));
}

} // namespace

class StagedWifiProfileTest : public QObject
{
    Q_OBJECT
private slots:
    void aProfileWithoutAFieldNetworkKeepsItsJsonAndHash()
    {
        const Profile p = lineOnly();
        QVERIFY(!p.stagedWifi());
        const QJsonObject wifi = p.toJson().value(u"wifi").toObject();
        QCOMPARE(wifi.keys(), (QStringList{"autoJoin", "passphraseSecret", "security", "ssid"}));
        // The same document as before the field network existed loads to the same profile.
        const QByteArray old = QJsonDocument(p.toJson()).toJson();
        QString error;
        const auto back = Profile::fromJson(QJsonDocument::fromJson(old).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->hash(), p.hash());
        QVERIFY(!back->stagedWifi());
        QCOMPARE(p.requiredSecrets(), (QStringList{"wifi-passphrase"}));
    }

    void theFieldNetworkRoundTripsAndNeedsItsSecret()
    {
        Profile p = staged();
        p.wifi.field.configId = 3;
        p.wifi.field.passphraseSecret = QStringLiteral("customer-wifi");
        QVERIFY2(p.validate().isEmpty(), qPrintable(joined(p.validate())));
        const QJsonObject field = p.toJson().value(u"wifi").toObject().value(u"field").toObject();
        QCOMPARE(field.value(u"ssid").toString(), QStringLiteral("customer-net"));
        QCOMPARE(field.value(u"configId").toInt(), 3);
        QVERIFY(!field.contains(u"passphrase")); // a name, never a value
        const auto back = Profile::fromJson(p.toJson());
        QVERIFY(back);
        QCOMPARE(back->wifi.field, p.wifi.field);
        QCOMPARE(back->hash(), p.hash());
        QVERIFY(p.hash() != lineOnly().hash());
        QCOMPARE(p.requiredSecrets(), (QStringList{"wifi-passphrase", "customer-wifi"}));
        p.wifi.field.security = QStringLiteral("open");
        QCOMPARE(p.requiredSecrets(), (QStringList{"wifi-passphrase"}));
    }

    void badFieldValuesAreNamed_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same SSID") << "same"
                                   << "wifi.field.ssid: must differ from the line network";
        QTest::newRow("long SSID") << "long"
                                   << "wifi.field.ssid: at most 32 characters";
        QTest::newRow("quote") << "quote"
                               << "wifi.field.ssid: a double quote";
        QTest::newRow("security") << "security"
                                  << "wifi.field.security: must be \"wpa2\" or \"open\"";
        QTest::newRow("no secret") << "secret"
                                   << "wifi.field.passphraseSecret: must name the secret";
        QTest::newRow("config id") << "id"
                                   << "wifi.field.configId: must be a whole number from 1 to 9";
        QTest::newRow("not persisted") << "persist"
                                       << "wifi.field: needs options.persist";
    }
    void badFieldValuesAreNamed()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        Profile p = staged();
        if (what == u"same")
            p.wifi.field.ssid = p.wifi.ssid;
        else if (what == u"long")
            p.wifi.field.ssid = QString(33, u'x');
        else if (what == u"quote")
            p.wifi.field.ssid = QStringLiteral("a\"b");
        else if (what == u"security")
            p.wifi.field.security = QStringLiteral("wep");
        else if (what == u"secret")
            p.wifi.field.passphraseSecret.clear();
        else if (what == u"id")
            p.wifi.field.configId = 0;
        else if (what == u"persist")
            p.options.persist = false;
        const QStringList problems = p.validate();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(expected), qPrintable(joined(problems)));
    }

    void aFieldObjectFromAFileIsCheckedWhereItIsRead()
    {
        QJsonObject json = lineOnly().toJson();
        QJsonObject wifi = json.value(u"wifi").toObject();
        wifi[u"field"] =
            QJsonObject{{QStringLiteral("security"), QStringLiteral("wpa2")}, {QStringLiteral("configId"), 12}};
        json[u"wifi"] = wifi;
        QString error;
        QVERIFY(!Profile::fromJson(json, &error));
        QVERIFY2(error.contains(u"wifi.field.configId: must be a whole number from 1 to 9"), qPrintable(error));
        QVERIFY2(error.contains(u"wifi.field.ssid: must not be empty"), qPrintable(error));
        wifi[u"field"] = QStringLiteral("customer-net");
        json[u"wifi"] = wifi;
        QVERIFY(!Profile::fromJson(json, &error));
        QVERIFY2(error.contains(u"wifi.field: must be an object"), qPrintable(error));
    }
};

PS_REGISTER_TEST(StagedWifiProfileTest);
#include "tst_stagedprofile.moc"
