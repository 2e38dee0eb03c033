// PKCS#11 URIs (RFC 7512) as the station reads them, and the profile fields of a CA key on a token.
// The token itself (SoftHSM) is exercised in tests/integration/tst_token.cpp.

#include "pki/token.h"
#include "provisioning/profile.h"
#include "testregistry.h"

#include <QJsonDocument>
#include <QTest>

namespace {

Profile tokenProfile()
{
    Profile p;
    p.flow = Profile::Flow::DpsX509;
    p.dps.idScope = QStringLiteral("0ne0067E45C");
    p.wifi.ssid = QStringLiteral("factory");
    p.certificates.caCertificate = QStringLiteral("pki/ca.pem");
    p.certificates.caKey = QStringLiteral("pkcs11:token=Station%20CA;object=ca-key");
    p.baseDir = QStringLiteral("/srv/line3");
    return p;
}

} // namespace

class PkiTokenUriTest : public QObject
{
    Q_OBJECT
private slots:
    void aUriIsReadWithItsPercentEncodedAttributes()
    {
        const auto uri = pki::Pkcs11Uri::parse(
            QStringLiteral("pkcs11:token=Station%20CA;object=ca%3Bkey;id=%01%ff;serial=42;type=private"
                           "?module-path=/usr/lib/softhsm/libsofthsm2.so"));
        QVERIFY2(uri, qPrintable(uri.error()));
        QCOMPARE(uri->token, QStringLiteral("Station CA"));
        QCOMPARE(uri->object, QStringLiteral("ca;key"));
        QCOMPARE(uri->id, QByteArray("\x01\xff", 2));
        QCOMPARE(uri->serial, QStringLiteral("42"));
        QCOMPARE(uri->type, QStringLiteral("private"));
        QCOMPARE(uri->modulePath, QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"));
        // Written back it parses to the same thing; the engine gets the key's URI without the query.
        const auto again = pki::Pkcs11Uri::parse(uri->toString());
        QVERIFY(again);
        QCOMPARE(again->token, uri->token);
        QCOMPARE(again->object, uri->object);
        QCOMPARE(again->id, uri->id);
        QCOMPARE(again->modulePath, uri->modulePath);
        QCOMPARE(uri->privateKeyUri(), QStringLiteral("pkcs11:token=Station%20CA;serial=42;object=ca%3Bkey;id=%01%FF;"
                                                      "type=private"));
    }

    void badUrisAreRefusedNamingWhatIsWrong_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a uri") << "/etc/ca.key"
                                   << "starts with \"pkcs11:\"";
        QTest::newRow("no token") << "pkcs11:object=ca-key"
                                  << "name the token";
        QTest::newRow("no key") << "pkcs11:token=ca"
                                << "name the key";
        QTest::newRow("pin in the path") << "pkcs11:token=ca;object=k;pin-value=1234"
                                         << "PIN does not belong";
        QTest::newRow("pin in the query") << "pkcs11:token=ca;object=k?pin-value=1234"
                                          << "PIN does not belong";
        QTest::newRow("pin source") << "pkcs11:token=ca;object=k?pin-source=file:/p"
                                    << "PIN does not belong";
        QTest::newRow("unknown attribute") << "pkcs11:token=ca;objekt=k"
                                           << "unknown attribute \"objekt\"";
        QTest::newRow("twice") << "pkcs11:token=ca;object=k;token=b"
                               << "token is given twice";
        QTest::newRow("no value") << "pkcs11:token=ca;object"
                                  << "is not name=value";
        QTest::newRow("bad type") << "pkcs11:token=ca;object=k;type=secret-key"
                                  << "type=secret-key";
        QTest::newRow("relative module") << "pkcs11:token=ca;object=k?module-path=lib.so"
                                         << "absolute path";
        QTest::newRow("unknown query") << "pkcs11:token=ca;object=k?module-name=softhsm2"
                                       << "module-name";
    }
    void badUrisAreRefusedNamingWhatIsWrong()
    {
        QFETCH(QString, uri);
        QFETCH(QString, says);
        const auto parsed = pki::Pkcs11Uri::parse(uri);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(says), qPrintable(parsed.error()));
    }

    void onlyPkcs11UrisLookLikeOne()
    {
        QVERIFY(pki::Pkcs11Uri::looksLike(u"pkcs11:token=a;object=b"));
        QVERIFY(pki::Pkcs11Uri::looksLike(u"  PKCS11:token=a"));
        QVERIFY(!pki::Pkcs11Uri::looksLike(u"pki/ca.key.pem"));
        QVERIFY(!pki::Pkcs11Uri::looksLike(u"/srv/pkcs11:token"));
    }

    void aTokenKeyWithoutPinOrWithABadUriFailsBeforeTouchingAToken()
    {
        const auto noPin = pki::loadTokenKey(QStringLiteral("pkcs11:token=ca;object=k"), {});
        QVERIFY(!noPin);
        QVERIFY2(noPin.error().contains(u"no PIN"), qPrintable(noPin.error()));
        const auto bad = pki::loadTokenKey(QStringLiteral("pkcs11:object=k"), "1234");
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(u"name the token"), qPrintable(bad.error()));
    }

    void theProfileKeepsATokenUriAndAsksForItsPin()
    {
        Profile p = tokenProfile();
        QVERIFY2(p.validate().isEmpty(), qPrintable(p.validate().join(u'\n')));
        QVERIFY(p.caKeyOnToken());
        // A URI is not a path: it is not resolved against the profile's folder.
        QCOMPARE(p.resolvePath(p.certificates.caKey), p.certificates.caKey);
        QCOMPARE(p.resolvePath(p.certificates.caCertificate), QStringLiteral("/srv/line3/pki/ca.pem"));
        QCOMPARE(p.caKeySecret(), QStringLiteral("ca-token-pin"));
        QVERIFY(p.requiredSecrets().contains(QStringLiteral("ca-token-pin")));
        // The file key's passphrase is not what unlocks a token.
        p.certificates.caKeyPassphraseSecret = QStringLiteral("ca-key-passphrase");
        QVERIFY(!p.requiredSecrets().contains(QStringLiteral("ca-key-passphrase")));
        const QJsonObject certs = p.toJson().value(u"certificates").toObject();
        QCOMPARE(certs.value(u"caKeyPinSecret").toString(), QStringLiteral("ca-token-pin"));
        const auto back = Profile::fromJson(p.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), p.toJson());
        QVERIFY(!QString::fromUtf8(QJsonDocument(p.toJson()).toJson()).contains(u"pin-value"));
    }

    void aFileKeyProfileKeepsItsJsonAndHash()
    {
        Profile p = tokenProfile();
        p.certificates.caKey = QStringLiteral("pki/ca.key.pem");
        const QJsonObject certs = p.toJson().value(u"certificates").toObject();
        QVERIFY(!certs.contains(u"caKeyPinSecret"));
        QVERIFY(!p.toJson().contains(u"label"));
        QVERIFY(!p.requiredSecrets().contains(QStringLiteral("ca-token-pin")));
    }

    void aBadTokenProfileNamesTheField()
    {
        Profile p = tokenProfile();
        p.certificates.caKey = QStringLiteral("pkcs11:token=ca;object=k;pin-value=1");
        p.certificates.caKeyPinSecret.clear();
        const QString problems = p.validate().join(u'\n');
        QVERIFY2(problems.contains(u"certificates.caKey: PKCS#11 URI: a PIN does not belong"), qPrintable(problems));
        QVERIFY2(problems.contains(u"certificates.caKeyPinSecret:"), qPrintable(problems));
    }
};

PS_REGISTER_TEST(PkiTokenUriTest);
#include "tst_pkitoken.moc"
