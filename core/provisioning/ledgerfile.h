#pragma once

#include "common/expected.h"
#include "pki/certificate.h"
#include "pki/key.h"
#include "provisioning/ledgerentry.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
class ResultStore;

/// The signed export of the issuance ledger (issue 17, docs/ledger.md): a JSON Lines file (a
/// header line, then one line per entry, in chain order) and a detached signature beside it
/// (FILE.sig: the DER signature of the file's SHA-256 by an RSA or EC key, what
/// `openssl dgst -sha256 -sign` writes and `openssl dgst -sha256 -verify` checks).
///
/// verify() checks every line (its canonical form, each entry's hash and link, the header's own
/// hash), then the signature; the first thing that broke is named: the header, an entry (by its
/// position in the chain), the end of the file or the signature.
class LedgerFile
{
    Q_DECLARE_TR_FUNCTIONS(LedgerFile)
public:
    static constexpr const char *kFormat = "provstation-ledger";
    static constexpr int kVersion = 1;

    /// What broke, and where.
    struct Problem
    {
        enum class Part
        {
            File,      ///< cannot be read at all
            Header,    ///< line 1
            Entry,     ///< entry `entry` (line entry + 1)
            End,       ///< the file stops before the last entry its header announces
            Signature, ///< the signature file, or the file against it
        };
        Part part = Part::File;
        qint64 entry = 0; ///< the entry's position (1 = the first), for Entry and End
        QString message;
        /// One sentence: "entry 17 (line 18): its hash does not match its fields".
        QString text() const;
    };

    /// What a good export holds.
    struct Summary
    {
        qint64 entries = 0;
        QString head;            ///< the last entry's hash (LedgerEntry::genesis() when empty)
        QString exported;        ///< when it was written (ISO 8601 UTC)
        QString source;          ///< the results database it came from (no password)
        QString signerAlgorithm; ///< "EC P-256", "RSA 3072"
        QString signerSha256;    ///< SHA-256 of the signer's SubjectPublicKeyInfo (hex)
        QString signerSubject;   ///< the certificate's subject when verify() was given one
    };

    /// FILE.sig
    static QString signaturePath(const QString &path);

    /// Where the chain in @p store breaks (the first entry whose link or hash is wrong, in words),
    /// or empty when it is whole; @p count gets the number of entries read.
    static QString checkStore(const ResultStore &store, qint64 *count = nullptr);

    /// Writes the whole ledger of @p store to @p path and its signature by @p key to
    /// signaturePath(@p path), both atomically. The chain is checked first: a broken chain is not
    /// signed (the error names the entry). Entries appended while it runs are left for the next.
    static Expected<Summary, QString> write(const ResultStore &store, const QString &path, const pki::Key &key);

    /// Checks the export read from @p file against @p signature; with @p pinned, the signer must
    /// be that certificate's key (else the public key in the header is used and said so).
    static Expected<Summary, Problem> verify(QIODevice &file, const QByteArray &signature,
                                             const pki::Certificate &pinned = {});
    /// The same for the files at @p path and signaturePath(@p path).
    static Expected<Summary, Problem> verify(const QString &path, const pki::Certificate &pinned = {});

    /// Why @p entry is not the link at @p position after @p previous, or empty when it is.
    static QString brokenLink(const LedgerEntry &entry, qint64 position, const QString &previous);
};
