// Issue 12: when a module's peer does not connect, the module says only that; the station checks
// the endpoint itself (docs/decisions.md "Why a peer failed") and tells apart an endpoint nobody
// answers on (broker_unreachable), a server certificate the profile's root does not trust (tls) and
// a device the endpoint refuses (dps_unauthorized, or hub in the hub flows) - in every flow, on a
// real local Azure that plays each: a port where nothing listens, a root of another CA, a device
// certificate of an unknown CA or a wrong key.

#include "faultcell.h"
#include "pki/issue.h"
#include "pki/key.h"
#include "provisioning/result.h"
#include "testregistry.h"

#include <QRandomGenerator>
#include <QSignalSpy>

namespace {

/// A root CA nobody in local Azure knows, written into @p dir; empty paths on failure.
std::pair<QString, QString> strangerCa(const QString &dir, const QString &name)
{
    const auto key = pki::Key::generate(pki::KeyType::EcP256);
    if (!key)
        return {};
    pki::CertificateSpec spec;
    spec.commonName = QStringLiteral("Stranger CA ") + name;
    spec.validityDays = 30;
    const auto ca = pki::makeRootCa(*key, spec);
    const QString certFile = QDir(dir).filePath(name + QStringLiteral(".pem"));
    const QString keyFile = QDir(dir).filePath(name + QStringLiteral(".key.pem"));
    if (!ca || !pki::writePublicFile(certFile, ca->toPem()) || !pki::writePrivateFile(keyFile, key->toPem()))
        return {};
    return {certFile, keyFile};
}

void putSecret(SecretStore *store, const QString &name, const QByteArray &value)
{
    SecretJob *job = store->write(name, value);
    if (!job->isFinished())
        QSignalSpy(job, &SecretJob::finished).wait(5000);
    job->deleteLater();
}

QByteArray randomBase64(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toBase64();
}

struct Case
{
    QString flow;
    QString play; ///< "unreachable", "foreign-root", "refused"
    Cause expected;
};

} // namespace

class PeerCauseTest : public QObject
{
    Q_OBJECT
private slots:
    void theStationTellsApartUnreachableTlsAndRefusedInEveryFlow()
    {
        const QList<Case> cases{
            {QStringLiteral("dps-x509"), QStringLiteral("unreachable"), Cause::BrokerUnreachable},
            {QStringLiteral("dps-symmetric"), QStringLiteral("unreachable"), Cause::BrokerUnreachable},
            {QStringLiteral("hub-x509"), QStringLiteral("unreachable"), Cause::BrokerUnreachable},
            {QStringLiteral("hub-sas"), QStringLiteral("unreachable"), Cause::BrokerUnreachable},
            {QStringLiteral("dps-x509"), QStringLiteral("foreign-root"), Cause::Tls},
            {QStringLiteral("dps-symmetric"), QStringLiteral("foreign-root"), Cause::Tls},
            {QStringLiteral("hub-x509"), QStringLiteral("foreign-root"), Cause::Tls},
            {QStringLiteral("hub-sas"), QStringLiteral("foreign-root"), Cause::Tls},
            {QStringLiteral("dps-x509"), QStringLiteral("refused"), Cause::DpsUnauthorized},
            {QStringLiteral("dps-symmetric"), QStringLiteral("refused"), Cause::DpsUnauthorized},
            {QStringLiteral("hub-x509"), QStringLiteral("refused"), Cause::Hub},
            {QStringLiteral("hub-sas"), QStringLiteral("refused"), Cause::Hub},
        };
        QObject owner;
        QList<faults::Cell *> cells;
        for (const Case &c : cases) {
            faults::Cell::Setup setup;
            setup.options.flow = *Profile::flowFromName(c.flow);
            setup.options.unreachableCloud = c.play == u"unreachable";
            setup.prepare = [c](Simulation &sim, Profile &p) -> QString {
                p.timeouts.peerMs = 10000;
                if (c.play == u"foreign-root") {
                    // The module is given the root of another CA: local Azure's server
                    // certificate does not chain to it.
                    const auto [cert, key] = strangerCa(sim.workDir(), QStringLiteral("foreign-root"));
                    if (cert.isEmpty())
                        return QStringLiteral("cannot make the foreign root");
                    p.trust.roots = {cert};
                } else if (c.play == u"refused" && p.usesX509()) {
                    // Device certificates of a CA no enrollment and no hub trusts.
                    const auto [cert, key] = strangerCa(sim.workDir(), QStringLiteral("stranger-ca"));
                    if (cert.isEmpty())
                        return QStringLiteral("cannot make the stranger CA");
                    p.certificates.caCertificate = cert;
                    p.certificates.caKey = key;
                } else if (c.play == u"refused") {
                    // A key of the right form that is not the device's (or the group's).
                    const bool group = p.flow == Profile::Flow::DpsSymmetric;
                    putSecret(sim.secrets(),
                              group ? p.dps.groupKeySecret
                                    : p.deviceKeySecretFor(Simulation::deviceIdFor(sim.modules().first())),
                              randomBase64(group ? 64 : 32));
                }
                return QString();
            };
            cells.append(new faults::Cell(setup, &owner));
        }
        QVERIFY2(faults::runAll(cells, 4, 240000), "not every case finished in time");
        QStringList wrong;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const Case &c = cases[i];
            const faults::Cell *cell = cells[i];
            const ResultRow &r = cell->row();
            const QString what = QStringLiteral("%1 with %2").arg(c.flow, c.play);
            qInfo().noquote() << what << "->" << outcomeName(r.outcome) << causeCode(r.cause) << "-" << r.causeMessage
                              << cell->error();
            if (!cell->error().isEmpty())
                wrong << QStringLiteral("%1: %2").arg(what, cell->error());
            else if (r.cause != c.expected)
                wrong << QStringLiteral("%1: expected %2, got %3 (%4)")
                             .arg(what, causeCode(c.expected), causeCode(r.cause), r.causeMessage);
            else if (exitCodeFor(r.cause) != ExitCode::Cloud)
                wrong << QStringLiteral("%1: exit class %2").arg(what).arg(int(exitCodeFor(r.cause)));
            // Where the module only said "closed", the message says what the station found.
            // (DPS answers a wrong symmetric key itself, with 401, on a connection it accepted.)
            else if (!(c.play == u"refused" && c.flow == u"dps-symmetric") &&
                     !r.causeMessage.contains(u"the station checked"))
                wrong << QStringLiteral("%1: the message does not say what the station found: %2")
                             .arg(what, r.causeMessage);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }
};

PS_REGISTER_TEST(PeerCauseTest);
#include "tst_peercauses.moc"
