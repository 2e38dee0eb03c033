#pragma once

#include <optional>
#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace pki {
class Certificate;
}
struct ResultRow;

/// One certificate the station issued: one link of the issuance ledger (issue 17, docs/ledger.md).
/// The results store appends entries as a hash chain: each entry's hash covers the previous hash
/// and the entry's canonical encoding, so changing, removing or reordering an entry breaks every
/// link after it. All fields are text (times too, as they were written), so an entry read back
/// encodes to exactly the bytes it was hashed from.
struct LedgerEntry
{
    /// The hash before the first entry: 64 zeros.
    static QString genesis();
    /// The certificate's own fields: serial, subject, issuer, SHA-256 thumbprint, validity.
    static LedgerEntry fromCertificate(const pki::Certificate &certificate);
    /// The entry of @p certificate issued now for the attempt @p row (station, operator, MAC,
    /// device id) whose row in the results store is @p resultId.
    static LedgerEntry issuedFor(const pki::Certificate &certificate, const ResultRow &row, qint64 resultId);

    qint64 seq = 0;              ///< position in the chain, from 1 (the store assigns it)
    QString serial;              ///< upper-case hex, as pki::Certificate::serialNumberHex()
    QString subject;             ///< RFC 2253 ("CN=line3-000042")
    QString issuer;              ///< RFC 2253
    QString sha256;              ///< lower-case hex of the DER's SHA-256 (the thumbprint)
    QString notBefore, notAfter; ///< ISO 8601 UTC, seconds ("2026-12-01T17:28:09Z")
    QString station;             ///< station id
    QString operatorName;
    QString issued; ///< when the station made it: ISO 8601 UTC with ms
    QString mac;
    QString deviceId;
    qint64 resultId = 0; ///< the attempt (results.id) the certificate was made for
    QString prev;        ///< the previous entry's hash (genesis() for the first)
    QString hash;        ///< lower-case hex SHA-256 of prev, '\n' and canonical()

    /// Appends "name=<UTF-8 byte length>:<value>\n" to @p out (the one field encoding of the ledger).
    static void appendField(QByteArray &out, const char *name, const QString &value);
    /// The bytes the hash covers after the previous hash: a version line, then each field as
    /// "name=<UTF-8 byte length>:<value>\n" in a fixed order (docs/ledger.md "The hash").
    QByteArray canonical() const;
    /// The hash this entry has after @p previous (lower-case hex).
    QString computeHash(const QString &previous) const;
    /// The export's object for this entry (every field, prev and hash).
    QJsonObject toJson() const;
    /// One compact JSON line (keys in the order QJsonObject keeps them), without the newline.
    QByteArray toLine() const;
    /// The entry of an export line's object; nullopt with the missing or odd field in @p error.
    static std::optional<LedgerEntry> fromJson(const QJsonObject &object, QString *error);

    friend bool operator==(const LedgerEntry &, const LedgerEntry &) = default;
};

Q_DECLARE_METATYPE(LedgerEntry)
