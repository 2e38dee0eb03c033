// Redaction property (issue 12): every secret the station sends — the Wi-Fi passphrase, a SAS token
// through AT+UDUV, a private key upload — split at every byte boundary across the reads in which the
// module's answer arrives, never appears in the hex log (station.link.hex, captured with a message
// handler), in a traffic record, or in the text, CSV and pcapng exports of those records.
//
// The commands are the station's own: the real module layer (module::ModuleClient) builds them over
// a real ModuleLink, driven by the tests' FakeTransport that plays the module's side. "Appears"
// means any 12-byte window of the secret, as bytes or as hex (the hex log and the CSV show hex).

#include "edm/edmframe.h"
#include "faketransport.h"
#include "module/moduleclient.h"
#include "pki/key.h"
#include "testregistry.h"
#include "traffic/trafficexport.h"

#include <QLoggingCategory>
#include <QTest>

using namespace std::chrono_literals;

namespace {

QStringList *g_log = nullptr;
QtMessageHandler g_previous = nullptr;

/// Keeps every station.* line for the property; the rest goes where it went before.
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QLatin1String category(context.category ? context.category : "default");
    if (g_log && category.startsWith(QLatin1String("station.")))
        g_log->append(category + QLatin1String(": ") + message);
    else if (g_previous)
        g_previous(type, context, message);
}

/// Every form in which a piece of @p secret could show: its 12-byte windows, raw and as hex.
QList<QByteArray> needlesOf(const QByteArray &secret)
{
    QList<QByteArray> out;
    const qsizetype w = qMin<qsizetype>(12, secret.size());
    for (qsizetype i = 0; i + w <= secret.size(); ++i) {
        const QByteArray window = secret.mid(i, w);
        out << window << window.toHex() << window.toHex(' ') << window.toHex().toUpper() << window.toHex(' ').toUpper();
    }
    return out;
}

/// Runs @p task (a module operation) and stores its result.
template<typename T> coro::Task<void> into(coro::Task<T> task, std::optional<T> *out)
{
    *out = co_await std::move(task);
}

/// Why a module operation failed (empty when it did not): for QVERIFY2, which formats its
/// message whether or not the check fails.
template<typename T> QString failureOf(const module::Result<T> &r)
{
    return r ? QString() : r.error().message;
}

/// The PEM body lines of a private key: what must never show of a key upload.
QList<QByteArray> keyLines(const QByteArray &pem)
{
    QList<QByteArray> out;
    for (const QByteArray &line : pem.split('\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith("-----"))
            out << line.trimmed();
    }
    return out;
}

} // namespace

class RedactionPropertyTest : public QObject
{
    Q_OBJECT

    // One module session: a fake port, the link over it, the module layer over the link.
    FakeTransport *m_fake = nullptr;
    std::unique_ptr<module::ModuleClient> m_client;
    QList<TrafficRecord> m_records;
    QStringList m_log;

    void openSession()
    {
        m_fake = new FakeTransport;
        auto *link = new ModuleLink(m_fake);
        ModuleLink::Timings t;
        t.quiet = 5ms;
        t.probeAnswer = 200ms;
        link->setTimings(t);
        connect(link, &ModuleLink::traffic, this, [this](const TrafficRecord &r) { m_records.append(r); });
        m_client =
            std::make_unique<module::ModuleClient>(link, QStringLiteral("fake"), module::ModuleClient::Settings{});
        m_fake->answer("AT\r", "AT\r\r\nOK\r\n"); // a module with echo on, in command mode
        std::optional<module::Result<>> opened;
        auto task = into(m_client->open(), &opened);
        task.start();
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 5000);
        QVERIFY(bool(*opened));
        QCOMPARE(link->mode(), ModuleLink::Mode::Command);
        QVERIFY(link->echoes());
    }

    /// Feeds @p stream as consecutive reads cut at @p cuts (ascending offsets).
    void feedCut(const QByteArray &stream, const QList<qsizetype> &cuts)
    {
        qsizetype from = 0;
        for (qsizetype cut : cuts) {
            m_fake->feed(stream.mid(from, cut - from));
            from = cut;
        }
        m_fake->feed(stream.mid(from));
    }

    /// Where a needle of @p secrets shows in the log, the records or their exports; empty when nowhere.
    QString leakOf(const QList<QByteArray> &secrets) const
    {
        QList<QByteArray> needles;
        for (const QByteArray &s : secrets)
            needles += needlesOf(s);
        const QByteArray log = m_log.join(u'\n').toUtf8();
        QList<std::pair<QString, QByteArray>> places{
            {QStringLiteral("the log"), log},
            {QStringLiteral("the text export"), traffic::toText(m_records)},
            {QStringLiteral("the CSV export"), traffic::toCsv(m_records)},
            {QStringLiteral("the pcapng export"), traffic::toPcapng(m_records)}};
        for (int i = 0; i < m_records.size(); ++i)
            places.append(
                {QStringLiteral("traffic record %1").arg(i),
                 m_records[i].raw + '\n' + m_records[i].summary.toUtf8() + '\n' + m_records[i].step.toUtf8()});
        for (const auto &[where, text] : places) {
            for (const QByteArray &needle : std::as_const(needles)) {
                if (text.contains(needle)) {
                    const qsizetype at = text.indexOf(needle);
                    return QStringLiteral("\"%1\" in %2: …%3…")
                        .arg(QString::fromLatin1(needle), where,
                             QString::fromUtf8(text.mid(qMax<qsizetype>(0, at - 120), 240)));
                }
            }
        }
        return {};
    }

    /// Every way of cutting @p stream into reads that the property covers: at each single byte
    /// boundary, at every pair of boundaries inside each of @p ranges ([from, to) offsets), and
    /// one byte per read.
    static QList<QList<qsizetype>> cutsOf(const QByteArray &stream,
                                          const QList<std::pair<qsizetype, qsizetype>> &ranges = {})
    {
        QList<QList<qsizetype>> out;
        for (qsizetype k = 1; k < stream.size(); ++k)
            out.append(QList<qsizetype>{k});
        for (const auto &[from, to] : ranges) {
            for (qsizetype i = qMax<qsizetype>(1, from); i < to; ++i) {
                for (qsizetype j = i + 1; j < to; ++j)
                    out.append(QList<qsizetype>{i, j});
            }
        }
        QList<qsizetype> bytes;
        for (qsizetype k = 1; k < stream.size(); ++k)
            bytes.append(k);
        out.append(bytes);
        return out;
    }

    /// The hex log really ran: a property over an empty log would prove nothing.
    void verifyHexLogRan(qsizetype patterns)
    {
        qInfo("%lld ways of cutting the module's answer into reads checked", qlonglong(patterns));
        QVERIFY2(std::any_of(m_log.begin(), m_log.end(),
                             [](const QString &l) { return l.startsWith(u"station.link.hex: rx"); }),
                 qPrintable(m_log.join(u'\n').left(2000)));
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("station.*.debug=true"));
        g_log = &m_log;
        g_previous = qInstallMessageHandler(captureLog);
    }
    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        g_log = nullptr;
        QLoggingCategory::setFilterRules(QString());
    }
    void init()
    {
        m_records.clear();
        m_log.clear();
        openSession();
    }
    void cleanup()
    {
        m_client.reset();
        m_fake = nullptr;
    }

    void theWifiPassphraseEchoedInAnyPiecesNeverShows()
    {
        const QByteArray pass = "Zq7#xP2!vL9@wK4$mN8&";
        for (const char *cmd : {"AT+UWSC=0,2,\"lab\"", "AT+UWSC=0,5,2", "AT+UWSC=0,0,1", "AT+UWSCA=0,1"})
            m_fake->answer(QByteArray(cmd) + '\r', QByteArray(cmd) + "\r\r\nOK\r\n");
        const QByteArray command = "AT+UWSC=0,8,\"" + pass + '"';
        const QByteArray echo = command + "\r\r\nOK\r\n";
        const qsizetype at = echo.indexOf(pass);
        const auto cuts = cutsOf(echo, {{at, at + pass.size() + 1}});
        for (const QList<qsizetype> &cut : cuts) {
            m_records.clear();
            m_log.clear();
            m_fake->takeWritten();
            const qsizetype before = m_fake->chunks().size();
            std::optional<module::Result<>> done;
            auto task = into(m_client->configureWifi({QStringLiteral("lab"), false, pass, true, true, 0}), &done);
            task.start();
            QTRY_VERIFY_WITH_TIMEOUT(m_fake->chunks().size() > before && m_fake->chunks().last() == command + '\r',
                                     5000);
            feedCut(echo, cut);
            QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 5000);
            QVERIFY2(bool(*done), qPrintable(failureOf(*done)));
            const QString leak = leakOf({pass});
            QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("reads cut at %1: %2").arg(cut.size()).arg(leak)));
        }
        verifyHexLogRan(cuts.size());
    }

    void aSasTokenStoredWithAtUduvAndEchoedInAnyPiecesNeverShows()
    {
        const QString token = QStringLiteral("SharedAccessSignature sr=hub.example%2Fdevices%2Fdev-1&sig=k3Yq%2BZ9w"
                                             "QpLm7Tx0vRb4Hs2Nc8uJe6Ag1Fd5Io%3D&se=1893456000");
        azure::UdcpUrlBuilder url(QStringLiteral("mqtt"), QStringLiteral("hub.example"), 8883);
        url.add(QStringLiteral("client"), QStringLiteral("dev-1"));
        url.add(QStringLiteral("user"), QStringLiteral("hub.example/dev-1/?api-version=2021-04-12"));
        url.add(QStringLiteral("passwd"), token, true);
        const auto plan = url.build(azure::FirmwareLimits{});
        QVERIFY(plan);
        QCOMPARE(plan->udvCommands.size(), 1);
        QVERIFY(plan->udvCommands[0].secret);
        const QByteArray udv = plan->udvCommands[0].line;
        const QByteArray udcp = plan->udcpCommand.line;
        QVERIFY2(!udcp.contains(token.toUtf8()), udcp.constData());
        // The module: network up, and every AT+UDCP answered with a peer that connects.
        m_fake->feed("+UUNU:0\r\n");
        m_fake->answer(udcp + '\r', udcp + "\r\r\n+UDCP:1\r\nOK\r\n+UUDPC:1,2,6,10.0.0.2,50000,10.0.0.1,8883\r\n");
        const QByteArray echo = udv + "\r\r\nOK\r\n";
        const QByteArray secret = token.toUtf8();
        const qsizetype at = echo.indexOf(secret);
        QVERIFY(at > 0);
        // The signature is what must never show; the resource (sr=) and expiry (se=) are public,
        // and the host name in sr= rightly appears in the user name too. The whole token is masked.
        const QByteArray signature = "k3Yq%2BZ9wQpLm7Tx0vRb4Hs2Nc8uJe6Ag1Fd5Io%3D";
        const qsizetype sigAt = echo.indexOf(signature);
        QVERIFY(sigAt > at);
        // Pairs of cuts at the start of the token and across its signature (the quadratic part stays small).
        const auto cuts = cutsOf(echo, {{at, at + 16}, {sigAt, sigAt + signature.size() + 1}});
        for (const QList<qsizetype> &cut : cuts) {
            m_records.clear();
            m_log.clear();
            const qsizetype before = m_fake->chunks().size();
            std::optional<module::Result<module::Peer>> done;
            auto task =
                into(m_client->connectPeer(url, QStringLiteral("the hub"), QStringLiteral("hub.example"), 5s), &done);
            task.start();
            QTRY_VERIFY_WITH_TIMEOUT(m_fake->chunks().size() > before && m_fake->chunks().last() == udv + '\r', 5000);
            feedCut(echo, cut);
            QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 5000);
            QVERIFY2(bool(*done), qPrintable(failureOf(*done)));
            const QString leak = leakOf({signature});
            QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("reads cut at %1: %2").arg(cut.first()).arg(leak)));
        }
        verifyHexLogRan(cuts.size());
    }

    void aKeyUploadNeverShowsWhateverThePiecesAndEvenWhenTheModuleEchoesIt()
    {
        const auto key = pki::Key::generate(pki::KeyType::EcP256);
        QVERIFY(key);
        const QByteArray pem = key->toPem();
        const QList<QByteArray> lines = keyLines(pem);
        QVERIFY(lines.size() >= 2);
        const QByteArray md5 = "0123456789ABCDEF0123456789ABCDEF";
        const QByteArray command = "AT+USECMNG=0,2,\"key.pem\"," + QByteArray::number(pem.size());
        const QByteArray prompt = command + "\r\r\n>";
        const QByteArray answer = "\r\n+USECMNG:0,2,\"key.pem\",\"" + md5 + "\"\r\nOK\r\n";
        // A module that shows what it was sent (the worst case; the seed log's does not).
        qsizetype patterns = 0;
        for (const QByteArray &after : {answer, pem + answer}) {
            const qsizetype keyAt = after.indexOf(lines.first());
            const auto cuts = keyAt < 0 ? cutsOf(after) : cutsOf(after, {{keyAt, keyAt + 20}});
            patterns += cuts.size();
            for (const QList<qsizetype> &cut : cuts) {
                m_records.clear();
                m_log.clear();
                const qsizetype before = m_fake->chunks().size();
                std::optional<module::Result<>> done;
                auto task = into(
                    m_client->importObject(2, QStringLiteral("key.pem"), pem, QString::fromLatin1(md5), true), &done);
                task.start();
                QTRY_VERIFY_WITH_TIMEOUT(m_fake->chunks().size() > before && m_fake->chunks().last() == command + '\r',
                                         5000);
                feedCut(prompt, {prompt.size() / 2});
                QTRY_VERIFY_WITH_TIMEOUT(m_fake->chunks().last() == pem, 5000); // the upload went out
                feedCut(after, cut);
                QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 5000);
                QVERIFY2(bool(*done), qPrintable(failureOf(*done)));
                const QString leak = leakOf(lines);
                QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("%1 echoed, reads cut at %2: %3")
                                                        .arg(keyAt < 0 ? QStringLiteral("not") : QString())
                                                        .arg(cut.first())
                                                        .arg(leak)));
            }
        }
        verifyHexLogRan(patterns);
    }

    void secretsSentInEdmNeverShow()
    {
        // In EDM the module does not echo: the secrets only go out, inside AT request frames.
        m_fake->answer("ATO2\r", QByteArray("ATO2\r\r\nOK\r\n") + edm::Frame::startEvent().encode());
        std::optional<module::Result<>> inEdm;
        auto enter = into(m_client->enterEdm(), &inEdm);
        enter.start();
        QTRY_VERIFY_WITH_TIMEOUT(inEdm.has_value(), 5000);
        QVERIFY(bool(*inEdm));
        const QByteArray pass = "Zq7#xP2!vL9@wK4$mN8&";
        const QByteArray ok = edm::Frame::atConfirmation("\r\nOK\r\n").encode();
        std::optional<module::Result<>> done;
        auto wifi = into(m_client->configureWifi({QStringLiteral("lab"), false, pass, true, false, 0}), &done);
        wifi.start();
        qsizetype seen = m_fake->chunks().size();
        for (int i = 0; i < 4; ++i) { // SSID, security, passphrase, auto-join: each answered in pieces
            QTRY_VERIFY_WITH_TIMEOUT(m_fake->chunks().size() > seen, 5000);
            seen = m_fake->chunks().size();
            feedCut(ok, {1, 5});
        }
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 5000);
        QVERIFY2(bool(*done), qPrintable(failureOf(*done)));
        QVERIFY(m_fake->chunks().join().contains(pass)); // the module got the real thing
        const QString leak = leakOf({pass});
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        QVERIFY2(m_log.join(u'\n').contains(u"tx \"<redacted>\""), qPrintable(m_log.join(u'\n').left(3000)));
    }

    // Output an earlier session left on the line (the echo of AT+UWSC=0,8,"..." from a station
    // killed right after sending it) is read by the next session's drain, before that session sent
    // anything. The job gives the link its profile's secrets before it opens the port, so the echo
    // is masked in the records and the hex log. (A secret of another profile, never given to this
    // station, cannot be known: docs/link.md.)
    void aPassphraseLeftOnTheLineByAnEarlierSessionNeverShows()
    {
        const QByteArray pass = "Zq7#xP2!vL9@wK4$mN8&";
        m_client.reset();
        m_records.clear();
        m_log.clear();
        m_fake = new FakeTransport;
        auto *link = new ModuleLink(m_fake);
        ModuleLink::Timings t;
        t.quiet = 20ms;
        link->setTimings(t);
        connect(link, &ModuleLink::traffic, this, [this](const TrafficRecord &r) { m_records.append(r); });
        m_client =
            std::make_unique<module::ModuleClient>(link, QStringLiteral("fake"), module::ModuleClient::Settings{});
        m_fake->answer("AT\r", "AT\r\r\nOK\r\n");
        // The job hands the link its profile's secrets before it opens the port (Job::openPort).
        link->addKnownSecrets({pass});
        std::optional<module::Result<>> opened;
        auto task = into(m_client->open(), &opened);
        task.start();
        // Still draining: the module finishes what the killed station had asked.
        feedCut("AT+UWSC=0,8,\"" + pass + "\"\r\r\nOK\r\n", {7, 19});
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 5000);
        QVERIFY(bool(*opened));
        verifyHexLogRan(3);
        QVERIFY2(leakOf({pass}).isEmpty(), qPrintable(leakOf({pass})));
    }
};

PS_REGISTER_TEST(RedactionPropertyTest);
#include "tst_redaction.moc"
