// Local Azure (sim/cloud) driven by real MQTT clients: DPS, IoT Hub and the local-azure tool.
#include "cloud/localazure.h"
#include "testregistry.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTest>

#include <csignal>
#include <functional>

using namespace cloudtest;

namespace {

const QByteArray kGroupKey = "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==";
const QByteArray kDeviceKey = "c2VjcmV0LWRldmljZS1rZXktZm9yLWxvY2FsLWF6dXJlIQ==";
constexpr int kWait = 5000;

QByteArray dpsUser(const QByteArray &scope, const QByteArray &reg)
{
    return scope + "/registrations/" + reg + "/api-version=2019-03-31";
}

QJsonObject json(const QByteArray &b)
{
    return QJsonDocument::fromJson(b).object();
}

bool waitFor(const std::function<bool()> &done, int ms = kWait)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(10);
    return done();
}

bool waitConnack(Peer &p)
{
    return waitFor([&] { return p.connackRc() != -1 || p.isDisconnected(); });
}

bool subscribed(Peer &p, const char *filter)
{
    p.subscribe(filter);
    return waitFor([&] { return p.grantedQos() != -2; });
}

// publishes and returns the next message the receiver gets (empty topic on timeout)
Message exchange(Peer &sender, Peer &receiver, const QByteArray &topic, const QByteArray &payload)
{
    const int before = receiver.count();
    sender.publish(topic, payload);
    QElapsedTimer t;
    t.start();
    while (receiver.count() == before && t.elapsed() < kWait)
        QTest::qWait(10);
    return receiver.count() > before ? receiver.at(before) : Message{};
}

QByteArray registerTopic(const QByteArray &rid = "{request_id}")
{
    return "$dps/registrations/PUT/iotdps-register/?$rid=" + rid;
}

QByteArray pollTopic(const QByteArray &opId, const QByteArray &rid = "{request_id}")
{
    return "$dps/registrations/GET/iotdps-get-operationstatus/?$rid=" + rid + "&operationId=" + opId;
}

// Polls (honouring a short client-side retry interval) until a non-202 answer arrives.
Message pollUntilFinal(Peer &sender, Peer &receiver, const QByteArray &opId)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        const Message m = exchange(sender, receiver, pollTopic(opId), "get operationstatus");
        if (m.topic.isEmpty() || !m.topic.startsWith("$dps/registrations/res/202/"))
            return m;
        // 202: still assigning. Each poll waits for its own answer, so polling again at once is
        // paced by the broker's round trips (the assignment delay in these tests is short).
    }
    return {};
}

bool isAzureTimestamp(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z$"));
    return re.match(s).hasMatch();
}

} // namespace

class CloudDpsTest : public QObject
{
    Q_OBJECT
    LocalAzure az;
    QPair<QString, QString> groupCa, otherCa;

    Peer *sasPeer(const QByteArray &reg, const QByteArray &password)
    {
        return new Peer(reg, dpsUser(az.scope(), reg), password, az);
    }
    QByteArray groupToken(const QByteArray &reg)
    {
        return sas(az.scope() + "%2Fregistrations%2F" + reg, derivedKey(kGroupKey, reg), inOneHour(), "registration");
    }
    // registers on one connection; returns the 202 answer
    Message registerOn(Peer &p, const QByteArray &reg, const QByteArray &rid = "{request_id}")
    {
        return exchange(p, p, registerTopic(rid), "{\"payload\":\"\",\"registrationId\":\"" + reg + "\"}");
    }
    void expectError(const Message &m, int status, int code)
    {
        QVERIFY2(m.topic.startsWith("$dps/registrations/res/" + QByteArray::number(status) + "/?$rid="), m.topic);
        const QJsonObject b = json(m.payload);
        QCOMPARE(b.value(QStringLiteral("errorCode")).toInt(), code);
        QVERIFY(!b.value(QStringLiteral("trackingId")).toString().isEmpty());
        QVERIFY(!b.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(isAzureTimestamp(b.value(QStringLiteral("timestampUtc")).toString()));
    }

private slots:
    void initTestCase()
    {
        mosquitto_lib_init();
        QVERIFY(az.start({QStringLiteral("--assignment-delay-ms"), QStringLiteral("400"),
                          QStringLiteral("--retry-after"), QStringLiteral("1")}));
        QCOMPARE(az.run({"dps", "enrollment-group", "create", "--group-id", "symgroup", "--symmetric-key",
                         QString::fromLatin1(kGroupKey)})
                     .code,
                 0);
        groupCa = az.issue(QStringLiteral("groupca"), QStringLiteral("Group CA"), {QStringLiteral("--ca")});
        otherCa = az.issue(QStringLiteral("otherca"), QStringLiteral("Other CA"),
                           {QStringLiteral("--ca"), QStringLiteral("--self-signed")});
        QCOMPARE(
            az.run({"dps", "enrollment-group", "create", "--group-id", "x509group", "--ca-cert", groupCa.first}).code,
            0);
    }
    void cleanupTestCase() { QCOMPARE(az.stop(), 0); }

    void symmetricKeyVectorT5()
    {
        const QByteArray expected = "Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc=";
        QCOMPARE(derivedKey(kGroupKey, "sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6"), expected);
        const CliResult r = cli({"sas", "--key", QString::fromLatin1(kGroupKey), "--registration-id",
                                 "sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), expected);
    }
    void sasGroupDeviceRegistersAndIsAssigned()
    {
        const QByteArray reg = "sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6"; // the T5 vector's registration id
        std::unique_ptr<Peer> p(sasPeer(reg, groupToken(reg)));
        QVERIFY(waitConnack(*p));
        QCOMPARE(p->connackRc(), 0);
        QVERIFY(subscribed(*p, "$dps/registrations/res/#"));
        const Message accepted = registerOn(*p, reg);
        QCOMPARE(accepted.topic, QByteArray("$dps/registrations/res/202/?$rid={request_id}&retry-after=1"));
        const QJsonObject b = json(accepted.payload);
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("assigning"));
        const QString opId = b.value(QStringLiteral("operationId")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\.[0-9a-f]{16}\\.[0-9a-f-]{36}$")).match(opId).hasMatch(),
                 qPrintable(opId));
        const Message early = exchange(*p, *p, pollTopic(opId.toUtf8()), "get operationstatus");
        QVERIFY2(early.topic.startsWith("$dps/registrations/res/202/?$rid={request_id}&retry-after=1"), early.topic);
        const Message done = pollUntilFinal(*p, *p, opId.toUtf8());
        QCOMPARE(done.topic, QByteArray("$dps/registrations/res/200/?$rid={request_id}"));
        const QJsonObject f = json(done.payload);
        QCOMPARE(f.value(QStringLiteral("operationId")).toString(), opId);
        QCOMPARE(f.value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
        const QJsonObject rs = f.value(QStringLiteral("registrationState")).toObject();
        QCOMPARE(rs.value(QStringLiteral("registrationId")).toString(), QString::fromLatin1(reg));
        QCOMPARE(rs.value(QStringLiteral("deviceId")).toString(), QString::fromLatin1(reg));
        QCOMPARE(rs.value(QStringLiteral("assignedHub")).toString(), QString::fromLatin1(az.hub()));
        QCOMPARE(rs.value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
        QCOMPARE(rs.value(QStringLiteral("substatus")).toString(), QStringLiteral("initialAssignment"));
        QCOMPARE(
            rs.value(QStringLiteral("symmetricKey")).toObject().value(QStringLiteral("enrollmentGroupId")).toString(),
            QStringLiteral("symgroup"));
        QVERIFY(isAzureTimestamp(rs.value(QStringLiteral("createdDateTimeUtc")).toString()));
        QVERIFY(isAzureTimestamp(rs.value(QStringLiteral("lastUpdatedDateTimeUtc")).toString()));
        const QByteArray etag = QByteArray::fromBase64(rs.value(QStringLiteral("etag")).toString().toLatin1());
        QVERIFY2(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 10, etag);
        // the registration created the device; it can now connect to the hub with the derived key
        const CliResult show = az.run({"hub", "device", "show", "--device-id", QString::fromLatin1(reg)});
        QCOMPARE(show.code, 0);
        QCOMPARE(json(show.out).value(QStringLiteral("auth")).toString(), QStringLiteral("sas"));
        Peer hub(reg, az.hub() + '/' + reg + "/?api-version=2021-04-12",
                 sas(az.hub() + "%2Fdevices%2F" + reg, derivedKey(kGroupKey, reg), inOneHour()), az);
        QVERIFY(waitConnack(hub));
        QCOMPARE(hub.connackRc(), 0);
    }
    void individualEnrollmentAndSrSpellings_data()
    {
        QTest::addColumn<QByteArray>("sr");
        QTest::newRow("upper-case %2F") << QByteArray("%1%2Fregistrations%2Findiv-1");
        QTest::newRow("lower-case %2f") << QByteArray("%1%2fregistrations%2findiv-1");
        QTest::newRow("unencoded") << QByteArray("%1/registrations/indiv-1");
    }
    void individualEnrollmentAndSrSpellings()
    {
        QFETCH(QByteArray, sr);
        az.run({"dps", "enrollment", "create", "--registration-id", "indiv-1", "--symmetric-key",
                QString::fromLatin1(kDeviceKey)});
        sr.replace("%1", az.scope());
        std::unique_ptr<Peer> p(sasPeer("indiv-1", sas(sr, kDeviceKey, inOneHour(), "registration")));
        QVERIFY(waitConnack(*p));
        QVERIFY(subscribed(*p, "$dps/registrations/res/#"));
        const Message m = registerOn(*p, "indiv-1");
        QVERIFY2(m.topic.startsWith("$dps/registrations/res/202/"), m.topic + m.payload);
        const Message done =
            pollUntilFinal(*p, *p, json(m.payload).value(QStringLiteral("operationId")).toString().toUtf8());
        const QJsonObject rs = json(done.payload).value(QStringLiteral("registrationState")).toObject();
        QCOMPARE(rs.value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
        QVERIFY(!rs.contains(QStringLiteral("symmetricKey"))); // individual enrollment: no group id
    }
    void sasRefusals_data()
    {
        QTest::addColumn<QByteArray>("reg");
        QTest::addColumn<QByteArray>("password");
        const QByteArray s = "0ne00C0FFEE"; // the default id scope
        const QByteArray good = derivedKey(kGroupKey, "refused-1");
        QTest::newRow("wrong key") << QByteArray("refused-1")
                                   << sas(s + "%2Fregistrations%2Frefused-1", kDeviceKey, inOneHour(), "registration");
        QTest::newRow("expired token") << QByteArray("refused-1")
                                       << sas(s + "%2Fregistrations%2Frefused-1", good,
                                              QDateTime::currentSecsSinceEpoch() - 10, "registration");
        QTest::newRow("signed over another sr spelling") << QByteArray("refused-1")
                                                         << sas(s + "/registrations/refused-1", good, inOneHour(),
                                                                "registration", s + "%2Fregistrations%2Frefused-1");
        QTest::newRow("wrong skn") << QByteArray("refused-1")
                                   << sas(s + "%2Fregistrations%2Frefused-1", good, inOneHour(), "device");
        QTest::newRow("sr of another registration")
            << QByteArray("refused-1") << sas(s + "%2Fregistrations%2Fother", good, inOneHour(), "registration");
        QTest::newRow("no token") << QByteArray("refused-1") << QByteArray();
    }
    void sasRefusals()
    {
        QFETCH(QByteArray, reg);
        QFETCH(QByteArray, password);
        QCOMPARE(az.scope(), QByteArray("0ne00C0FFEE"));
        std::unique_ptr<Peer> p(sasPeer(reg, password));
        QVERIFY(waitConnack(*p));
        QCOMPARE(p->connackRc(), 0); // DPS answers the register request with 401
        QVERIFY(subscribed(*p, "$dps/registrations/res/#"));
        expectError(registerOn(*p, reg, "7"), 401, 401002);
    }
    void malformedUsernameGetsConnack5_data()
    {
        QTest::addColumn<QByteArray>("clientId");
        QTest::addColumn<QByteArray>("username");
        QTest::newRow("wrong scope") << QByteArray("u1")
                                     << QByteArray("0neDEADBEEF/registrations/u1/api-version=2019-03-31");
        QTest::newRow("client id differs")
            << QByteArray("u2") << QByteArray("0ne00C0FFEE/registrations/u1/api-version=2019-03-31");
        QTest::newRow("no api-version") << QByteArray("u1") << QByteArray("0ne00C0FFEE/registrations/u1");
    }
    void malformedUsernameGetsConnack5()
    {
        QFETCH(QByteArray, clientId);
        QFETCH(QByteArray, username);
        Peer p(clientId, username, groupToken(clientId), az);
        QVERIFY(waitConnack(p));
        QCOMPARE(p.connackRc(), 5);
    }
    void x509GroupDeviceRegistersWithTheSeedLogTwoConnections()
    {
        const auto dev =
            az.issue(QStringLiteral("ninadps"), QStringLiteral("ninadps"),
                     {QStringLiteral("--ca-cert"), groupCa.first, QStringLiteral("--ca-key"), groupCa.second});
        const QByteArray user = dpsUser(az.scope(), "ninadps");
        Peer ch0("ninadps", user, {}, az, dev.first, dev.second);
        QVERIFY(waitConnack(ch0));
        QCOMPARE(ch0.connackRc(), 0);
        QVERIFY(subscribed(ch0, "$dps/registrations/res/#"));
        const Message accepted = registerOn(ch0, "ninadps");
        QVERIFY2(accepted.topic.startsWith("$dps/registrations/res/202/?$rid={request_id}"), accepted.topic);
        const QByteArray opId = json(accepted.payload).value(QStringLiteral("operationId")).toString().toUtf8();
        // channel 1: same client id, no subscription, publishes only the poll
        Peer ch1("ninadps", user, {}, az, dev.first, dev.second);
        QVERIFY(waitConnack(ch1));
        QCOMPARE(ch1.connackRc(), 0);
        const Message done = pollUntilFinal(ch1, ch0, opId);
        QCOMPARE(done.topic, QByteArray("$dps/registrations/res/200/?$rid={request_id}"));
        const QJsonObject rs = json(done.payload).value(QStringLiteral("registrationState")).toObject();
        QCOMPARE(rs.value(QStringLiteral("x509")).toObject().value(QStringLiteral("enrollmentGroupId")).toString(),
                 QStringLiteral("x509group"));
        QCOMPARE(ch1.count(), 0);
        QVERIFY(!ch0.isDisconnected());
        QVERIFY(!ch1.isDisconnected());
    }
    void x509Refusals()
    {
        // CN differs from the registration id: connected, register answered 401
        const auto wrongCn =
            az.issue(QStringLiteral("wrongcn"), QStringLiteral("someone-else"),
                     {QStringLiteral("--ca-cert"), groupCa.first, QStringLiteral("--ca-key"), groupCa.second});
        Peer a("x509-dev-2", dpsUser(az.scope(), "x509-dev-2"), {}, az, wrongCn.first, wrongCn.second);
        QVERIFY(waitConnack(a));
        QCOMPARE(a.connackRc(), 0);
        QVERIFY(subscribed(a, "$dps/registrations/res/#"));
        expectError(registerOn(a, "x509-dev-2"), 401, 401002);
        // a certificate from a CA nobody enrolled: the TLS handshake fails, no CONNACK
        const auto stranger =
            az.issue(QStringLiteral("stranger"), QStringLiteral("x509-dev-3"),
                     {QStringLiteral("--ca-cert"), otherCa.first, QStringLiteral("--ca-key"), otherCa.second});
        QCOMPARE(connectOnce("x509-dev-3", dpsUser(az.scope(), "x509-dev-3"), az, stranger.first, stranger.second), -1);
        // trusted by the hub (so TLS passes) but not enrolled in DPS: 401
        const auto hubOnly = az.issue(QStringLiteral("hubonly"), QStringLiteral("x509-dev-4"));
        QCOMPARE(az.run({"hub", "ca", "add", "--cert", QString::fromUtf8(az.caFile())}).code, 0);
        Peer c("x509-dev-4", dpsUser(az.scope(), "x509-dev-4"), {}, az, hubOnly.first, hubOnly.second);
        QVERIFY(waitConnack(c));
        QVERIFY(subscribed(c, "$dps/registrations/res/#"));
        expectError(registerOn(c, "x509-dev-4"), 401, 401002);
    }
    void injectedFailures_data()
    {
        QTest::addColumn<QStringList>("fail");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::newRow("unauthorized") << QStringList{"--fail", "unauthorized"} << 401 << 401002;
        QTest::newRow("not found") << QStringList{"--fail", "notfound"} << 404 << 404201;
        QTest::newRow("internal") << QStringList{"--fail", "internal"} << 500 << 500000;
    }
    void injectedFailures()
    {
        QFETCH(QStringList, fail);
        QFETCH(int, status);
        QFETCH(int, code);
        const QString reg = QStringLiteral("inj-%1").arg(status);
        QCOMPARE(az.run(QStringList{"dps", "enrollment", "create", "--registration-id", reg, "--symmetric-key",
                                    QString::fromLatin1(kDeviceKey)} +
                        fail)
                     .code,
                 0);
        std::unique_ptr<Peer> p(sasPeer(reg.toUtf8(), sas(az.scope() + "%2Fregistrations%2F" + reg.toUtf8(), kDeviceKey,
                                                          inOneHour(), "registration")));
        QVERIFY(waitConnack(*p));
        QVERIFY(subscribed(*p, "$dps/registrations/res/#"));
        expectError(registerOn(*p, reg.toUtf8()), status, code);
    }
    void throttledAnswers429ThenRetrySucceeds()
    {
        QCOMPARE(az.run({"dps", "enrollment", "create", "--registration-id", "throttled-1", "--symmetric-key",
                         QString::fromLatin1(kDeviceKey), "--fail", "throttled", "--retry-after", "2", "--count", "1"})
                     .code,
                 0);
        std::unique_ptr<Peer> p(sasPeer("throttled-1", sas(az.scope() + "%2Fregistrations%2Fthrottled-1", kDeviceKey,
                                                           inOneHour(), "registration")));
        QVERIFY(waitConnack(*p));
        QVERIFY(subscribed(*p, "$dps/registrations/res/#"));
        const Message m = registerOn(*p, "throttled-1");
        QCOMPARE(m.topic, QByteArray("$dps/registrations/res/429/?$rid={request_id}&retry-after=2"));
        expectError(m, 429, 429001);
        const Message retry = registerOn(*p, "throttled-1");
        QVERIFY2(retry.topic.startsWith("$dps/registrations/res/202/"), retry.topic);
    }
    void disabledFailedAndSlowOutcomes()
    {
        az.run({"dps", "enrollment", "create", "--registration-id", "disabled-1", "--symmetric-key",
                QString::fromLatin1(kDeviceKey), "--disabled"});
        az.run({"dps", "enrollment", "create", "--registration-id", "failed-1", "--symmetric-key",
                QString::fromLatin1(kDeviceKey), "--fail", "failed"});
        az.run({"dps", "enrollment", "create", "--registration-id", "slow-1", "--symmetric-key",
                QString::fromLatin1(kDeviceKey), "--fail", "slow", "--delay-ms", "1500"});
        QElapsedTimer slowClock;
        for (const QByteArray &reg : {QByteArray("disabled-1"), QByteArray("failed-1"), QByteArray("slow-1")}) {
            std::unique_ptr<Peer> p(
                sasPeer(reg, sas(az.scope() + "%2Fregistrations%2F" + reg, kDeviceKey, inOneHour(), "registration")));
            QVERIFY(waitConnack(*p));
            QVERIFY(subscribed(*p, "$dps/registrations/res/#"));
            slowClock.start();
            const Message m = registerOn(*p, reg);
            QVERIFY2(m.topic.startsWith("$dps/registrations/res/202/"), m.topic);
            const Message done =
                pollUntilFinal(*p, *p, json(m.payload).value(QStringLiteral("operationId")).toString().toUtf8());
            QVERIFY2(done.topic.startsWith("$dps/registrations/res/200/"), done.topic);
            const QJsonObject f = json(done.payload);
            const QJsonObject rs = f.value(QStringLiteral("registrationState")).toObject();
            if (reg == "disabled-1") {
                QCOMPARE(f.value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
                QCOMPARE(rs.value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
            } else if (reg == "failed-1") {
                QCOMPARE(f.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
                QCOMPARE(rs.value(QStringLiteral("errorCode")).toInt(), 400207);
                QVERIFY(!rs.value(QStringLiteral("errorMessage")).toString().isEmpty());
            } else {
                QCOMPARE(f.value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
                QVERIFY2(slowClock.elapsed() >= 1400, qPrintable(QString::number(slowClock.elapsed())));
            }
        }
    }
    void badRequestsAnswered()
    {
        const QByteArray reg = "badreq-1";
        std::unique_ptr<Peer> p(sasPeer(reg, groupToken(reg)));
        QVERIFY(waitConnack(*p));
        QVERIFY(subscribed(*p, "$dps/registrations/res/#"));
        expectError(exchange(*p, *p, registerTopic(), "not json"), 400, 400004);
        expectError(exchange(*p, *p, registerTopic(), "{\"registrationId\":\"someone-else\"}"), 400, 400004);
        expectError(exchange(*p, *p, pollTopic("4.0123456789abcdef.00000000-0000-0000-0000-000000000000"), "x"), 404,
                    404104);
    }
    void eightDevicesRegisteringAtOnceEachGetTheirOwnAnswer()
    {
        std::vector<std::unique_ptr<Peer>> peers;
        for (int i = 0; i < 8; ++i) {
            const QByteArray reg = "crowd-" + QByteArray::number(i);
            peers.emplace_back(sasPeer(reg, groupToken(reg)));
        }
        for (auto &p : peers) {
            QVERIFY(waitConnack(*p));
            QCOMPARE(p->connackRc(), 0);
            QVERIFY(subscribed(*p, "$dps/registrations/res/#"));
        }
        for (int i = 0; i < 8; ++i) // the same $rid everywhere: only routing can tell the answers apart
            peers[i]->publish(registerTopic("1"), "{\"registrationId\":\"crowd-" + QByteArray::number(i) + "\"}");
        for (auto &p : peers)
            QTRY_COMPARE_WITH_TIMEOUT(p->count(), 1, kWait);
        QSet<QString> ops;
        for (auto &p : peers)
            ops.insert(json(p->at(0).payload).value(QStringLiteral("operationId")).toString());
        QCOMPARE(ops.size(), 8);
        // Everyone polls at once, again while still assigning (202), until each is assigned.
        QList<int> answered(8, 1);
        QDeadlineTimer until(10000);
        for (bool pending = true; pending && !until.hasExpired();) {
            for (auto &p : peers)
                p->publish(
                    pollTopic(json(p->at(0).payload).value(QStringLiteral("operationId")).toString().toUtf8(), "1"),
                    "");
            pending = false;
            for (int i = 0; i < 8; ++i) {
                QTRY_COMPARE_WITH_TIMEOUT(peers[i]->count(), answered[i] + 1, kWait);
                const Message m = peers[i]->at(answered[i]++);
                if (m.topic.startsWith("$dps/registrations/res/202/")) {
                    pending = true;
                    continue;
                }
                QCOMPARE(m.topic, QByteArray("$dps/registrations/res/200/?$rid=1"));
                QCOMPARE(json(m.payload)
                             .value(QStringLiteral("registrationState"))
                             .toObject()
                             .value(QStringLiteral("registrationId"))
                             .toString(),
                         QStringLiteral("crowd-%1").arg(i));
            }
        }
        QVERIFY(!until.hasExpired());
        // Nothing else arrived: one more poll each is a barrier (the broker keeps each client's
        // messages in order), and its answer must be the very next message.
        for (int i = 0; i < 8; ++i) {
            peers[i]->publish(
                pollTopic(json(peers[i]->at(0).payload).value(QStringLiteral("operationId")).toString().toUtf8(),
                          "barrier"),
                "");
            QTRY_COMPARE_WITH_TIMEOUT(peers[i]->count(), answered[i] + 1, kWait);
            QCOMPARE(peers[i]->at(answered[i]).topic, QByteArray("$dps/registrations/res/200/?$rid=barrier"));
        }
    }
};

class CloudHubTest : public QObject
{
    Q_OBJECT
    LocalAzure az;

    QByteArray hubUser(const QByteArray &dev, bool appNote = false)
    {
        return appNote ? az.hub() + '/' + dev : az.hub() + '/' + dev + "/?api-version=2021-04-12";
    }
    QByteArray hubToken(const QByteArray &dev, const QByteArray &key = kDeviceKey, qint64 se = inOneHour())
    {
        return sas(az.hub() + "%2Fdevices%2F" + dev, key, se);
    }

private slots:
    void initTestCase()
    {
        mosquitto_lib_init();
        QVERIFY(az.start());
        QCOMPARE(az.run({"hub", "device", "create", "--device-id", "hubdev-1", "--symmetric-key",
                         QString::fromLatin1(kDeviceKey)})
                     .code,
                 0);
        QCOMPARE(az.run({"hub", "device", "create", "--device-id", "hubdev-off", "--symmetric-key",
                         QString::fromLatin1(kDeviceKey), "--status", "disabled"})
                     .code,
                 0);
    }
    void cleanupTestCase() { QCOMPARE(az.stop(), 0); }

    void sasDeviceTelemetryIsRecorded()
    {
        Peer p("hubdev-1", hubUser("hubdev-1"), hubToken("hubdev-1"), az);
        QVERIFY(waitConnack(p));
        QCOMPARE(p.connackRc(), 0);
        p.publish("devices/hubdev-1/messages/events/%24.ct=application%2Fjson&%24.ce=utf-8&line=A%201",
                  "{\"temperature\":21.5}", 1);
        QJsonObject rec;
        QTRY_VERIFY_WITH_TIMEOUT(
            (rec = json(az.run({"hub", "telemetry", "--json", "--device", "hubdev-1"}).out.split('\n').value(0)))
                    .size() > 0,
            kWait);
        QCOMPARE(rec.value(QStringLiteral("body")).toString(), QStringLiteral("{\"temperature\":21.5}"));
        const QJsonObject props = rec.value(QStringLiteral("properties")).toObject();
        QCOMPARE(props.value(QStringLiteral("$.ct")).toString(), QStringLiteral("application/json"));
        QCOMPARE(props.value(QStringLiteral("line")).toString(), QStringLiteral("A 1"));
        QVERIFY(!rec.value(QStringLiteral("time")).toString().isEmpty());
    }
    void applicationNoteUsernameIsAccepted()
    {
        Peer p("hubdev-1", hubUser("hubdev-1", true), hubToken("hubdev-1"), az);
        QVERIFY(waitConnack(p));
        QCOMPARE(p.connackRc(), 0);
    }
    void refusedWithConnack5_data()
    {
        QTest::addColumn<QByteArray>("dev");
        QTest::addColumn<QByteArray>("token");
        const QByteArray h = "local-azure-hub.azure-devices.net";
        QTest::newRow("wrong key") << QByteArray("hubdev-1")
                                   << sas(h + "%2Fdevices%2Fhubdev-1", kGroupKey, inOneHour());
        QTest::newRow("expired") << QByteArray("hubdev-1")
                                 << sas(h + "%2Fdevices%2Fhubdev-1", kDeviceKey,
                                        QDateTime::currentSecsSinceEpoch() - 5);
        QTest::newRow("sr of another device")
            << QByteArray("hubdev-1") << sas(h + "%2Fdevices%2Fhubdev-2", kDeviceKey, inOneHour());
        QTest::newRow("sr prefix not on a segment")
            << QByteArray("hubdev-1") << sas(h + "%2Fdevices%2Fhubdev", kDeviceKey, inOneHour());
        QTest::newRow("disabled device") << QByteArray("hubdev-off")
                                         << sas(h + "%2Fdevices%2Fhubdev-off", kDeviceKey, inOneHour());
        QTest::newRow("unknown device") << QByteArray("nobody")
                                        << sas(h + "%2Fdevices%2Fnobody", kDeviceKey, inOneHour());
    }
    void refusedWithConnack5()
    {
        QFETCH(QByteArray, dev);
        QFETCH(QByteArray, token);
        QCOMPARE(az.hub(), QByteArray("local-azure-hub.azure-devices.net"));
        Peer p(dev, hubUser(dev), token, az);
        QVERIFY(waitConnack(p));
        QCOMPARE(p.connackRc(), 5);
    }
    void x509SelfSignedAndCaSigned()
    {
        const auto self =
            az.issue(QStringLiteral("selfsigned"), QStringLiteral("thumb-1"), {QStringLiteral("--self-signed")});
        const CliResult thumbs = cli({"pki", "issue", "--state-dir", az.state(), "--cn", "unused", "--out-cert",
                                      az.state() + "/u.pem", "--out-key", az.state() + "/u.key", "--self-signed"});
        QCOMPARE(thumbs.code, 0);
        QCOMPARE(az.run({"hub", "device", "create", "--device-id", "thumb-1", "--cert", self.first}).code, 0);
        {
            Peer p("thumb-1", hubUser("thumb-1"), {}, az, self.first, self.second);
            QVERIFY(waitConnack(p));
            QCOMPARE(p.connackRc(), 0);
        }
        // SHA-1 thumbprint recorded instead: also accepted; another thumbprint: refused
        QFile f(self.first);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray sha1 =
            QCryptographicHash::hash(QByteArray::fromBase64(f.readAll().split('\n').mid(1, -1).join().replace(
                                         "-----END CERTIFICATE-----", "")),
                                     QCryptographicHash::Sha1)
                .toHex();
        QCOMPARE(
            az.run({"hub", "device", "update", "--device-id", "thumb-1", "--thumbprint", QString::fromLatin1(sha1)})
                .code,
            0);
        {
            Peer p("thumb-1", hubUser("thumb-1"), {}, az, self.first, self.second);
            QVERIFY(waitConnack(p));
            QCOMPARE(p.connackRc(), 0);
        }
        QCOMPARE(az.run({"hub", "device", "update", "--device-id", "thumb-1", "--thumbprint", QString(40, u'A')}).code,
                 0);
        {
            Peer p("thumb-1", hubUser("thumb-1"), {}, az, self.first, self.second);
            QVERIFY(waitConnack(p));
            QCOMPARE(p.connackRc(), 5);
        }
        // CA-signed: chain to a hub CA and CN = device id
        QCOMPARE(az.run({"hub", "ca", "add", "--cert", QString::fromUtf8(az.caFile())}).code, 0);
        QCOMPARE(az.run({"hub", "device", "create", "--device-id", "casigned-1", "--ca-signed"}).code, 0);
        const auto good = az.issue(QStringLiteral("casigned"), QStringLiteral("casigned-1"));
        const auto wrongCn = az.issue(QStringLiteral("casigned-wrong"), QStringLiteral("casigned-2"));
        {
            Peer p("casigned-1", hubUser("casigned-1"), {}, az, good.first, good.second);
            QVERIFY(waitConnack(p));
            QCOMPARE(p.connackRc(), 0);
        }
        {
            Peer p("casigned-1", hubUser("casigned-1"), {}, az, wrongCn.first, wrongCn.second);
            QVERIFY(waitConnack(p));
            QCOMPARE(p.connackRc(), 5);
        }
    }
    void c2dArrivesWithItsPropertyBag()
    {
        Peer p("hubdev-1", hubUser("hubdev-1"), hubToken("hubdev-1"), az);
        QVERIFY(waitConnack(p));
        QVERIFY(subscribed(p, "devices/hubdev-1/messages/devicebound/#"));
        QCOMPARE(p.grantedQos(), 1);
        QCOMPARE(az.run({"hub", "c2d", "send", "--device", "hubdev-1", "--body", "hello module", "--property",
                         "color=blue sky", "--message-id", "m-1"})
                     .code,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(p.count(), 1, kWait);
        const Message m = p.at(0);
        QCOMPARE(m.payload, QByteArray("hello module"));
        QVERIFY2(m.topic.startsWith(
                     "devices/hubdev-1/messages/devicebound/%24.to=%2Fdevices%2Fhubdev-1%2Fmessages%2FdeviceBound"),
                 m.topic);
        QVERIFY2(m.topic.contains("&%24.mid=m-1"), m.topic);
        QVERIFY2(m.topic.contains("&color=blue%20sky"), m.topic);
    }
    void twinGetAndReportedPatch()
    {
        Peer p("hubdev-1", hubUser("hubdev-1"), hubToken("hubdev-1"), az);
        QVERIFY(waitConnack(p));
        QVERIFY(subscribed(p, "$iothub/twin/res/#"));
        const Message get = exchange(p, p, "$iothub/twin/GET/?$rid=10", "");
        QCOMPARE(get.topic, QByteArray("$iothub/twin/res/200/?$rid=10"));
        QVERIFY(json(get.payload).value(QStringLiteral("desired")).toObject().contains(QStringLiteral("$version")));
        const Message patch =
            exchange(p, p, "$iothub/twin/PATCH/properties/reported/?$rid=11", "{\"firmware\":\"3.1\",\"gone\":null}");
        QVERIFY2(patch.topic.startsWith("$iothub/twin/res/204/?$rid=11&$version="), patch.topic);
        const Message again = exchange(p, p, "$iothub/twin/GET/?$rid=12", "");
        QCOMPARE(json(again.payload)
                     .value(QStringLiteral("reported"))
                     .toObject()
                     .value(QStringLiteral("firmware"))
                     .toString(),
                 QStringLiteral("3.1"));
        QCOMPARE(exchange(p, p, "$iothub/twin/PATCH/properties/reported/?$rid=13", "not json").topic,
                 QByteArray("$iothub/twin/res/400/?$rid=13"));
    }
    void undocumentedSubscriptionIsRefusedAndForeignPublishCloses()
    {
        Peer p("hubdev-1", hubUser("hubdev-1"), hubToken("hubdev-1"), az);
        QVERIFY(waitConnack(p));
        QVERIFY(subscribed(p, "devices/hubdev-2/messages/devicebound/#"));
        QCOMPARE(p.grantedQos(), 0x80);
        p.publish("devices/hubdev-2/messages/events/", "not mine");
        QTRY_VERIFY_WITH_TIMEOUT(p.isDisconnected(), kWait);
    }
    void connectionClosesWhenTheTokenExpires()
    {
        Peer p("hubdev-1", hubUser("hubdev-1"),
               hubToken("hubdev-1", kDeviceKey, QDateTime::currentSecsSinceEpoch() + 2), az);
        QVERIFY(waitConnack(p));
        QCOMPARE(p.connackRc(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(p.isDisconnected(), 6000);
    }
};

class CloudToolTest : public QObject
{
    Q_OBJECT
    static bool procAlive(qint64 pid)
    {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QByteArray s = f.readAll();
        const int close = s.lastIndexOf(')');
        return close > 0 && s.mid(close + 2, 1) != "Z";
    }

private slots:
    void startAndStopLeaveNoProcess()
    {
        LocalAzure az;
        QVERIFY(az.start());
        const qint64 broker = az.info.value(QStringLiteral("broker_pid")).toInteger();
        QVERIFY(broker > 0);
        QVERIFY(procAlive(broker));
        QVERIFY(az.x509Port() > 0 && az.sasPort() > 0 && az.x509Port() != az.sasPort());
        QVERIFY(QFile::exists(QString::fromUtf8(az.caFile())));
        QCOMPARE(az.stop(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!procAlive(broker), kWait);
    }
    void fixedPortsAreUsed()
    {
        quint16 a, b;
        {
            QTcpServer s1, s2;
            QVERIFY(s1.listen(QHostAddress::LocalHost, 0) && s2.listen(QHostAddress::LocalHost, 0));
            a = s1.serverPort();
            b = s2.serverPort();
        }
        LocalAzure az;
        QVERIFY(az.start(
            {QStringLiteral("--x509-port"), QString::number(a), QStringLiteral("--sas-port"), QString::number(b)}));
        QCOMPARE(az.x509Port(), int(a));
        QCOMPARE(az.sasPort(), int(b));
    }
    void killedLauncherTakesTheBrokerWithIt()
    {
        LocalAzure az;
        QVERIFY(az.start());
        const qint64 broker = az.info.value(QStringLiteral("broker_pid")).toInteger();
        ::kill(pid_t(az.proc.processId()), SIGKILL);
        QVERIFY(az.proc.waitForFinished(kWait));
        QTRY_VERIFY_WITH_TIMEOUT(!procAlive(broker), kWait);
    }
    void badStateFileGetsAClearError()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\":\"local-azure-state\",");
        f.close();
        for (const QStringList &args : {QStringList{"dps", "enrollment-group", "list"}, QStringList{"run"}}) {
            const CliResult r = cli(args + QStringList{"--state-dir", dir.path()});
            QCOMPARE(r.code, 2);
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY2(r.err.contains("state.json") && r.err.contains("not valid JSON"), r.err);
        }
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\":\"local-azure-state\",\"version\":1,\"idScope\":\"x\",\"dpsHost\":\"d\",\"hubHost\":\"h\","
                "\"assignmentDelayMs\":1,\"retryAfterSeconds\":1,\"hubCas\":[],\"enrollmentGroups\":[{\"groupId\":"
                "\"g\",\"attestation\":\"tpm\"}],"
                "\"enrollments\":[],\"devices\":[],\"c2d\":[]}");
        f.close();
        const CliResult r = cli({"dps", "enrollment-group", "list", "--state-dir", dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("enrollmentGroups[0]") && r.err.contains("attestation"), r.err);
    }
    void badArgumentsGetAClearError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("no command") << QStringList{} << QByteArray("no command");
        QTest::newRow("unknown command") << QStringList{"frobnicate", "--state-dir", "/tmp"}
                                         << QByteArray("frobnicate");
        QTest::newRow("no state dir") << QStringList{"hub", "device", "list"} << QByteArray("--state-dir");
        QTest::newRow("unknown option") << QStringList{"run", "--bogus"} << QByteArray("bogus");
        QTest::newRow("bad fail mode") << QStringList{"dps",
                                                      "enrollment",
                                                      "create",
                                                      "--registration-id",
                                                      "r",
                                                      "--symmetric-key",
                                                      QString::fromLatin1(kDeviceKey),
                                                      "--fail",
                                                      "explode"}
                                       << QByteArray("--fail");
        QTest::newRow("bad key") << QStringList{"dps", "enrollment-group", "create",     "--group-id",
                                                "g",   "--symmetric-key",  "not base64!"}
                                 << QByteArray("--symmetric-key");
        QTest::newRow("no attestation") << QStringList{"dps", "enrollment-group", "create", "--group-id", "g"}
                                        << QByteArray("--symmetric-key");
        QTest::newRow("bad port") << QStringList{"run", "--x509-port", "70000"} << QByteArray("--x509-port");
        QTest::newRow("bad thumbprint") << QStringList{"hub", "device",       "create", "--device-id",
                                                       "d",   "--thumbprint", "xyz"}
                                        << QByteArray("--thumbprint");
    }
    void badArgumentsGetAClearError()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, mentions);
        QTemporaryDir dir;
        if (args.size() > 2 && !args.contains(QStringLiteral("--state-dir")) && args.value(0) != QStringLiteral("hub"))
            args << QStringLiteral("--state-dir") << dir.path();
        else if (args.value(0) == QStringLiteral("hub") && args.contains(QStringLiteral("create")))
            args << QStringLiteral("--state-dir") << dir.path();
        else if (args.value(0) == QStringLiteral("run"))
            args << QStringLiteral("--state-dir") << dir.path();
        const CliResult r = cli(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(mentions), r.err);
    }
    void enrollmentListShowsWhatWasCreated()
    {
        QTemporaryDir dir;
        QCOMPARE(cli({"dps", "enrollment-group", "create", "--state-dir", dir.path(), "--group-id", "g1",
                      "--symmetric-key", QString::fromLatin1(kGroupKey), "--fail", "throttled", "--retry-after", "5"})
                     .code,
                 0);
        QCOMPARE(cli({"dps", "enrollment-group", "create", "--state-dir", dir.path(), "--group-id", "g1",
                      "--symmetric-key", QString::fromLatin1(kGroupKey)})
                     .code,
                 2);
        const CliResult r = cli({"dps", "enrollment-group", "list", "--state-dir", dir.path(), "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject g = json(r.out.trimmed());
        QCOMPARE(g.value(QStringLiteral("groupId")).toString(), QStringLiteral("g1"));
        QCOMPARE(g.value(QStringLiteral("fail")).toObject().value(QStringLiteral("retryAfter")).toInt(), 5);
        QCOMPARE(g.value(QStringLiteral("primaryKey")).toString(), QStringLiteral("<set>")); // lists never print keys
    }
};

PS_REGISTER_TEST(CloudDpsTest);
PS_REGISTER_TEST(CloudHubTest);
PS_REGISTER_TEST(CloudToolTest);
#include "tst_cloud.moc"
