#include "pki/lint.h"
#include "azure/identifiers.h"
#include "pki/ssl_p.h"
#include "pki/trust.h"

#include <optional>
#include <QCoreApplication>

namespace pki {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pki", text);
}

bool sameName(const Certificate &issuerOf, const Certificate &candidate)
{
    return X509_NAME_cmp(X509_get_issuer_name(issuerOf.handle()), X509_get_subject_name(candidate.handle())) == 0;
}

// Keys at rest: whoever can read a CA's key file in clear can issue certificates Azure trusts.
std::optional<LintFinding> keyAtRestFinding(const Certificate &leaf, const LintOptions &options)
{
    const Key &caKey = options.privateKey;
    if (!leaf.isCa() || caKey.isNull() || !caKey.hasPrivateKey() || caKey.isOnToken() || options.privateKeyEncrypted ||
        !leaf.matches(caKey))
        return std::nullopt;
    return LintFinding{Severity::Warning, QStringLiteral("ca-key-unencrypted"),
                       tr("the CA's private key is stored without a passphrase: anyone who can read the file can "
                          "issue certificates that Azure trusts; encrypt it (openssl pkey -aes256) or keep it on a "
                          "token"),
                       0};
}

} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

bool hasErrors(const QList<LintFinding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const auto &f) { return f.severity == Severity::Error; });
}

// Longer than the house's usual length for a reason: one rule after the other, in the order
// docs/credentials.md lists them, each a few lines.
QList<LintFinding> lint(const QList<Certificate> &certificates, const LintOptions &options)
{
    QList<LintFinding> out;
    const auto add = [&out](Severity s, const char *code, const QString &message, int index = 0) {
        out.append({s, QString::fromLatin1(code), message, index});
    };
    if (certificates.isEmpty()) {
        add(Severity::Error, "no-certificate", tr("there is no certificate to check"));
        return out;
    }
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();

    // Module storage limits.
    if (!options.pemText.isEmpty() && options.pemText.size() > kModuleMaxCredentialSize)
        add(Severity::Error, "pem-too-large",
            tr("the PEM text is %1 bytes; AT+USECMNG accepts at most %2 bytes per credential")
                .arg(options.pemText.size())
                .arg(kModuleMaxCredentialSize));
    if (options.credentialName.size() > kModuleMaxCredentialName)
        add(Severity::Error, "name-too-long",
            tr("the credential name '%1' has %2 characters; the module allows at most %3")
                .arg(options.credentialName)
                .arg(options.credentialName.size())
                .arg(kModuleMaxCredentialName));

    const Certificate &leaf = certificates.front();
    const bool rootOnly = certificates.size() == 1 && leaf.isCa() && leaf.isSelfIssued();

    if (const auto f = keyAtRestFinding(leaf, options))
        out.append(*f);

    // Identity of the leaf (not for a root being uploaded as a trust anchor).
    if (!rootOnly) {
        const QString cn = leaf.subjectCommonName();
        if (cn.isEmpty()) {
            add(Severity::Error, "cn-missing",
                tr("the certificate has no common name (CN); Azure uses the CN as the "
                   "device or registration ID"));
        } else if (!leaf.isCa()) {
            if (const auto e = azure::checkRegistrationId(cn, true))
                add(Severity::Error, "cn-rules", tr("the CN '%1' is not a valid registration ID: %2").arg(cn, *e));
            else if (const auto e2 = azure::checkDeviceId(cn))
                add(Severity::Error, "cn-rules", tr("the CN '%1' is not a valid device ID: %2").arg(cn, *e2));
            else if (const auto e3 = azure::checkStationId(cn))
                add(Severity::Info, "cn-not-conservative",
                    tr("the CN '%1' is valid for Azure but outside the station's safe ID rule: %2").arg(cn, *e3));
        }
        if (!options.expectedId.isEmpty() && cn != options.expectedId)
            add(Severity::Error, "cn-mismatch",
                tr("the CN is '%1' but the certificate is meant for '%2'; Azure requires them to be equal")
                    .arg(cn, options.expectedId));
        if (!leaf.isCa() && !leaf.hasClientAuth() && (X509_get_extension_flags(leaf.handle()) & EXFLAG_XKUSAGE))
            add(Severity::Warning, "no-client-auth",
                tr("the certificate's extended key usage does not include clientAuth"));
    }

    for (int i = 0; i < certificates.size(); ++i) {
        const Certificate &c = certificates[i];
        const QString who =
            i == 0 ? tr("the certificate") : tr("chain certificate %1 (%2)").arg(i).arg(c.subjectCommonName());
        const bool root = c.isCa() && c.isSelfIssued();
        if (c.notAfter() < now) {
            if (root) {
                const TrustedRoot *known = findKnownRoot(c);
                add(Severity::Error, "expired-root",
                    known ? tr("%1 is %2, which expired on %3: %4")
                                .arg(who, known->name, c.notAfter().toString(Qt::ISODate), known->note)
                          : tr("%1 is a root that expired on %2; TLS connections that depend on it fail")
                                .arg(who, c.notAfter().toString(Qt::ISODate)),
                    i);
            } else {
                add(Severity::Error, "expired", tr("%1 expired on %2").arg(who, c.notAfter().toString(Qt::ISODate)), i);
            }
        } else if (c.notBefore() > now) {
            add(Severity::Error, "not-yet-valid",
                tr("%1 is not valid before %2 (check the clock of the machine that made it)")
                    .arg(who, c.notBefore().toString(Qt::ISODate)),
                i);
        } else if (c.notAfter() < now.addDays(options.expiringSoonDays)) {
            add(Severity::Warning, "expiring-soon",
                tr("%1 expires on %2, in less than %3 days")
                    .arg(who, c.notAfter().toString(Qt::ISODate))
                    .arg(options.expiringSoonDays),
                i);
        }

        // Keys the module's TLS stack can use: RSA 2048-4096, EC P-256 / P-384.
        const Key key = c.publicKey();
        const QString alg = key.algorithm();
        if (alg == QLatin1String("RSA")) {
            if (key.bits() < 2048)
                add(Severity::Error, "key-unsupported",
                    tr("%1 has an RSA %2 key; Azure and the module need at least 2048 bits").arg(who).arg(key.bits()),
                    i);
            else if (key.bits() > 4096)
                add(Severity::Error, "key-unsupported",
                    tr("%1 has an RSA %2 key; the module handles at most 4096 bits").arg(who).arg(key.bits()), i);
        } else if (alg == QLatin1String("EC")) {
            const QString curve = key.curve();
            if (curve != QLatin1String("P-256") && curve != QLatin1String("P-384"))
                add(Severity::Error, "key-unsupported",
                    tr("%1 uses curve %2; the module supports P-256 and P-384").arg(who, curve), i);
        } else {
            add(Severity::Error, "key-unsupported",
                tr("%1 has a %2 key; the module supports RSA and EC P-256 / P-384").arg(who, key.description()), i);
        }
    }

    // Chain completeness: follow issuers through the list (and the known-verified anchors).
    if (!rootOnly) {
        Certificate current = leaf;
        QList<Certificate> pool = certificates.mid(1);
        for (int guard = 0; guard < 10 && !current.isSelfIssued(); ++guard) {
            auto it =
                std::find_if(pool.begin(), pool.end(), [&](const Certificate &c) { return sameName(current, c); });
            if (it != pool.end()) {
                current = *it;
                pool.erase(it);
                continue;
            }
            const bool anchored = std::any_of(options.anchors.begin(), options.anchors.end(),
                                              [&](const Certificate &a) { return sameName(current, a); });
            if (anchored)
                break;
            const QString issuer = current.issuerCommonName();
            if (!options.anchors.isEmpty())
                add(Severity::Error, "intermediate-missing",
                    tr("the chain stops at '%1', whose issuer '%2' is neither in the file nor a verified CA; add "
                       "the intermediate certificate (DPS needs the chain up to a verified certificate)")
                        .arg(current.subjectCommonName(), issuer));
            else if (current.isCa())
                add(Severity::Warning, "intermediate-missing",
                    tr("the chain stops at '%1', issued by '%2', which is not in the file; unless '%2' is the CA "
                       "verified in Azure, add the intermediate certificates")
                        .arg(current.subjectCommonName(), issuer));
            else
                add(Severity::Info, "issuer-not-included",
                    tr("the issuer '%1' is not in the file; that is fine when '%1' is the CA verified in Azure")
                        .arg(issuer));
            break;
        }
    }
    return out;
}

} // namespace pki
