#pragma once

// Shared by the ledger tests (issue 17): real certificates from the station's PKI code recorded as
// issuances, and where a byte of an export lies (which part verify must name when it changes).

#include "pki/certificate.h"
#include "pki/issue.h"
#include "pki/key.h"
#include "provisioning/ledgerentry.h"
#include "provisioning/ledgerfile.h"
#include "provisioning/result.h"

#include <optional>
#include <QList>
#include <QString>

namespace ledgertest {

/// A CA and the device certificates it issued, each with the attempt it was issued for.
struct Issuer
{
    pki::Key caKey;
    pki::Certificate ca;
    QString error;

    static Issuer make(const QString &name)
    {
        Issuer i;
        const auto key = pki::Key::generate(pki::KeyType::EcP256);
        if (!key) {
            i.error = key.error();
            return i;
        }
        pki::CertificateSpec spec;
        spec.commonName = name;
        spec.validityDays = 3650;
        const auto ca = pki::makeRootCa(*key, spec);
        if (!ca) {
            i.error = ca.error();
            return i;
        }
        i.caKey = *key;
        i.ca = *ca;
        return i;
    }

    /// The ledger entry of a fresh device certificate for module @p n of @p station.
    std::optional<LedgerEntry> issue(int n, const QString &station, qint64 resultId) const
    {
        const auto key = pki::Key::generate(pki::KeyType::EcP256);
        if (!key)
            return std::nullopt;
        pki::CertificateSpec spec;
        spec.commonName = QStringLiteral("%1-%2").arg(station).arg(n, 6, 10, QChar(u'0'));
        const auto cert = pki::makeDeviceCertificate(*key, spec, ca, caKey);
        if (!cert)
            return std::nullopt;
        ResultRow row;
        row.station = station;
        row.operatorName = QStringLiteral("Zoë Müller, shift \"B\"");
        row.mac = QStringLiteral("D4CA6E%1").arg(n, 6, 16, QChar(u'0')).toUpper();
        row.deviceId = spec.commonName;
        return LedgerEntry::issuedFor(*cert, row, resultId);
    }
};

/// The part of an export that byte @p pos of @p file lies in (its line, with its line break), as
/// LedgerFile::verify names it: the header or entry k.
inline LedgerFile::Problem::Part partAt(const QByteArray &file, qsizetype pos, qint64 *entry)
{
    const qint64 line = file.left(pos).count('\n'); // 0: the header
    *entry = line;
    return line == 0 ? LedgerFile::Problem::Part::Header : LedgerFile::Problem::Part::Entry;
}

} // namespace ledgertest
