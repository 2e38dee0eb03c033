#include "provisioning/ledgerfile.h"

#include "common/logging.h"
#include "provisioning/resultstore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <openssl/evp.h>

#include <memory>
#include <optional>

namespace {

constexpr qint64 kMaxLine = 64 * 1024; // an entry is well under 2 KiB; a longer line is damage

using MdContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

/// The ledger's header: what the export holds, and who signed it.
struct Header
{
    qint64 entries = 0;
    QString head, exported, source, signerAlgorithm, signerKey, signerSha256;

    QByteArray canonical() const
    {
        QByteArray out = "provstation-ledger-header/1\n";
        LedgerEntry::appendField(out, "format", QLatin1String(LedgerFile::kFormat));
        LedgerEntry::appendField(out, "version", QString::number(LedgerFile::kVersion));
        LedgerEntry::appendField(out, "entries", QString::number(entries));
        LedgerEntry::appendField(out, "head", head);
        LedgerEntry::appendField(out, "exported", exported);
        LedgerEntry::appendField(out, "source", source);
        LedgerEntry::appendField(out, "signer_algorithm", signerAlgorithm);
        LedgerEntry::appendField(out, "signer_key", signerKey);
        LedgerEntry::appendField(out, "signer_sha256", signerSha256);
        LedgerEntry::appendField(out, "digest", QStringLiteral("sha256"));
        return out;
    }
    QString ownHash() const
    {
        return QString::fromLatin1(QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256).toHex());
    }
    QByteArray toLine() const
    {
        const QJsonObject o{{QStringLiteral("format"), QLatin1String(LedgerFile::kFormat)},
                            {QStringLiteral("version"), LedgerFile::kVersion},
                            {QStringLiteral("entries"), entries},
                            {QStringLiteral("head"), head},
                            {QStringLiteral("exported"), exported},
                            {QStringLiteral("source"), source},
                            {QStringLiteral("signer_algorithm"), signerAlgorithm},
                            {QStringLiteral("signer_key"), signerKey},
                            {QStringLiteral("signer_sha256"), signerSha256},
                            {QStringLiteral("digest"), QStringLiteral("sha256")},
                            {QStringLiteral("header_sha256"), ownHash()}};
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
};

using HeaderOrError = Expected<Header, QString>;

/// The header of @p body (line 1 without its line break), checked field by field and against its
/// own hash.
HeaderOrError parseHeader(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return HeaderOrError::failure(LedgerFile::tr("it is not a JSON object (%1)").arg(error.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(u"format").toString() != QLatin1String(LedgerFile::kFormat))
        return HeaderOrError::failure(LedgerFile::tr("this is not a ledger export of the station (\"format\" is not "
                                                     "\"%1\")")
                                          .arg(QLatin1String(LedgerFile::kFormat)));
    if (o.value(u"version").toInt() != LedgerFile::kVersion)
        return HeaderOrError::failure(
            LedgerFile::tr("version %1 of the format is not known to this station (it reads %2)")
                .arg(o.value(u"version").toVariant().toString())
                .arg(LedgerFile::kVersion));
    Header h;
    h.entries = o.value(u"entries").toInteger(-1);
    h.head = o.value(u"head").toString();
    h.exported = o.value(u"exported").toString();
    h.source = o.value(u"source").toString();
    h.signerAlgorithm = o.value(u"signer_algorithm").toString();
    h.signerKey = o.value(u"signer_key").toString();
    h.signerSha256 = o.value(u"signer_sha256").toString();
    if (h.entries < 0 || o.size() != 11 || o.value(u"digest").toString() != QLatin1String("sha256"))
        return HeaderOrError::failure(LedgerFile::tr("a field is missing, added or of the wrong kind"));
    if (h.toLine() != body) {
        if (o.value(u"header_sha256").toString() != h.ownHash())
            return HeaderOrError::failure(LedgerFile::tr("its hash does not match its fields (a field was changed)"));
        return HeaderOrError::failure(LedgerFile::tr("it is not written as the station writes it (a changed "
                                                     "character)"));
    }
    return HeaderOrError::success(h);
}

/// Streams bytes into a signature (sign) or a check of one (verify), SHA-256 throughout.
class Digest
{
public:
    Digest()
        : m_ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free)
    {
    }
    bool initSign(const pki::Key &key)
    {
        return m_ctx && EVP_DigestSignInit(m_ctx.get(), nullptr, EVP_sha256(), nullptr, key.handle()) == 1;
    }
    bool initVerify(const pki::Key &key)
    {
        m_verify = true;
        return m_ctx && EVP_DigestVerifyInit(m_ctx.get(), nullptr, EVP_sha256(), nullptr, key.handle()) == 1;
    }
    void update(const QByteArray &bytes)
    {
        if (m_verify)
            m_ok = m_ok && EVP_DigestVerifyUpdate(m_ctx.get(), bytes.constData(), size_t(bytes.size())) == 1;
        else
            m_ok = m_ok && EVP_DigestSignUpdate(m_ctx.get(), bytes.constData(), size_t(bytes.size())) == 1;
    }
    QByteArray sign()
    {
        size_t n = 0;
        if (!m_ok || EVP_DigestSignFinal(m_ctx.get(), nullptr, &n) != 1)
            return {};
        QByteArray out(qsizetype(n), '\0');
        if (EVP_DigestSignFinal(m_ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &n) != 1)
            return {};
        out.resize(qsizetype(n));
        return out;
    }
    bool verify(const QByteArray &signature)
    {
        return m_ok &&
               EVP_DigestVerifyFinal(m_ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                                     size_t(signature.size())) == 1;
    }

private:
    MdContext m_ctx;
    bool m_verify = false;
    bool m_ok = true;
};

/// One pass over the store's chain: its length, its last hash and seq, or where it breaks.
QString scanStore(const ResultStore &store, qint64 *count, QString *head)
{
    qint64 n = 0;
    QString previous = LedgerEntry::genesis();
    QString broken;
    const bool read = store.forEachIssuance([&](const LedgerEntry &e) {
        if (!broken.isEmpty())
            return;
        ++n;
        if (const QString why = LedgerFile::brokenLink(e, n, previous); !why.isEmpty())
            broken = LedgerFile::tr("entry %1 of the ledger in %2: %3").arg(n).arg(store.path(), why);
        previous = e.hash;
    });
    if (!read)
        return store.lastError();
    *count = n;
    *head = previous;
    return broken;
}

} // namespace

QString LedgerFile::Problem::text() const
{
    switch (part) {
    case Part::Header:
        return LedgerFile::tr("the header (line 1): %1").arg(message);
    case Part::Entry:
        return LedgerFile::tr("entry %1 (line %2): %3").arg(entry).arg(entry + 1).arg(message);
    case Part::End:
        return LedgerFile::tr("entry %1 is missing: %2").arg(entry).arg(message);
    case Part::Signature:
        return LedgerFile::tr("the signature: %1").arg(message);
    case Part::File:
        break;
    }
    return message;
}

QString LedgerFile::signaturePath(const QString &path)
{
    return path + QStringLiteral(".sig");
}

QString LedgerFile::brokenLink(const LedgerEntry &entry, qint64 position, const QString &previous)
{
    if (entry.seq != position)
        return tr("it says it is entry %1").arg(entry.seq);
    if (entry.prev != previous)
        return tr("it does not follow the entry before it (its previous hash is not that entry's hash)");
    if (entry.computeHash(entry.prev) != entry.hash)
        return tr("its hash does not match its fields (a field was changed)");
    return {};
}

QString LedgerFile::checkStore(const ResultStore &store, qint64 *count)
{
    qint64 n = 0;
    QString head;
    const QString error = scanStore(store, &n, &head);
    if (count)
        *count = n;
    return error;
}

Expected<LedgerFile::Summary, QString> LedgerFile::write(const ResultStore &store, const QString &path,
                                                         const pki::Key &key)
{
    using R = Expected<Summary, QString>;
    if (key.isNull() || !key.hasPrivateKey())
        return R::failure(tr("the signing key is missing or has no private part"));
    if (key.algorithm() != QLatin1String("RSA") && key.algorithm() != QLatin1String("EC"))
        return R::failure(tr("the signing key is %1: the ledger is signed with an RSA or EC key, which "
                             "`openssl dgst -sha256 -verify` checks")
                              .arg(key.algorithm()));
    Header h;
    if (const QString broken = scanStore(store, &h.entries, &h.head); !broken.isEmpty())
        return R::failure(tr("the ledger is not signed, its chain is broken: %1").arg(broken));
    const QByteArray spki = key.publicKeyDer();
    h.exported = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    h.source = store.path();
    h.signerAlgorithm = key.description();
    h.signerKey = QString::fromLatin1(spki.toBase64());
    h.signerSha256 = QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex());

    QSaveFile file(path);
    QSaveFile sig(signaturePath(path));
    if (!file.open(QIODevice::WriteOnly) || !sig.open(QIODevice::WriteOnly))
        return R::failure(tr("cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(file.isOpen() ? sig.fileName() : path),
                                   file.isOpen() ? sig.errorString() : file.errorString()));
    Digest digest;
    if (!digest.initSign(key))
        return R::failure(tr("the key cannot sign with SHA-256"));
    const auto put = [&](const QByteArray &line) {
        const QByteArray bytes = line + '\n';
        file.write(bytes);
        digest.update(bytes);
    };
    put(h.toLine());
    qint64 written = 0;
    const bool read = store.forEachIssuance([&](const LedgerEntry &e) {
        if (written < h.entries) { // what was checked, not what arrived since
            put(e.toLine());
            ++written;
        }
    });
    if (!read || written != h.entries)
        return R::failure(read ? tr("the ledger changed while it was exported: export it again") : store.lastError());
    const QByteArray signature = digest.sign();
    if (signature.isEmpty())
        return R::failure(tr("the key did not sign the export (a token that was removed, or a PIN that expired?)"));
    sig.write(signature);
    if (!file.commit() || !sig.commit())
        return R::failure(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    qCInfo(lcStore).noquote() << "ledger of" << store.path() << "exported:" << h.entries << "entries to" << path;
    Summary s;
    s.entries = h.entries;
    s.head = h.head;
    s.exported = h.exported;
    s.source = h.source;
    s.signerAlgorithm = h.signerAlgorithm;
    s.signerSha256 = h.signerSha256;
    return R::success(s);
}

Expected<LedgerFile::Summary, LedgerFile::Problem> LedgerFile::verify(const QString &path,
                                                                      const pki::Certificate &pinned)
{
    using R = Expected<Summary, Problem>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(
            {Problem::Part::File, 0, tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
    QFile sig(signaturePath(path));
    if (!sig.open(QIODevice::ReadOnly))
        return R::failure({Problem::Part::Signature, 0,
                           tr("there is no readable signature file %1 beside the export (%2)")
                               .arg(QDir::toNativeSeparators(sig.fileName()), sig.errorString())});
    return verify(file, sig.readAll(), pinned);
}

// Reason: one pass that checks the header, every line and the signature in the order a reader
// meets them; split up, the state it carries (position, previous hash, digest) would be passed around.
Expected<LedgerFile::Summary, LedgerFile::Problem> LedgerFile::verify(QIODevice &file, const QByteArray &signature,
                                                                      const pki::Certificate &pinned)
{
    using R = Expected<Summary, Problem>;
    const auto problem = [](Problem::Part part, qint64 entry, const QString &message) {
        return R::failure({part, entry, message});
    };
    const auto lineBody = [](const QByteArray &line) -> std::optional<QByteArray> {
        if (!line.endsWith('\n'))
            return std::nullopt;
        return line.chopped(1);
    };
    const QByteArray first = file.readLine(kMaxLine + 1);
    if (first.isEmpty())
        return problem(Problem::Part::File, 0, tr("the file is empty"));
    const auto headerBody = lineBody(first);
    if (!headerBody)
        return problem(Problem::Part::Header, 0, tr("it does not end with a line break (the file was cut or changed)"));
    const auto header = parseHeader(*headerBody);
    if (!header)
        return problem(Problem::Part::Header, 0, header.error());
    const Header &h = *header;
    const auto signer = pki::Key::fromDer(QByteArray::fromBase64(h.signerKey.toLatin1()));
    if (!signer)
        return problem(Problem::Part::Header, 0, tr("the signer's public key cannot be read: %1").arg(signer.error()));
    Summary s;
    s.signerAlgorithm = h.signerAlgorithm;
    s.signerSha256 = h.signerSha256;
    s.exported = h.exported;
    s.source = h.source;
    pki::Key checkWith = *signer;
    if (!pinned.isNull()) {
        checkWith = pinned.publicKey();
        if (!checkWith.samePublicKey(*signer))
            return problem(Problem::Part::Signature, 0,
                           tr("the export names another signer (key SHA-256 %1) than the certificate %2")
                               .arg(h.signerSha256, pinned.subject()));
        s.signerSubject = pinned.subject();
    }
    Digest digest;
    if (!digest.initVerify(checkWith))
        return problem(Problem::Part::Signature, 0, tr("the signer's key cannot check a SHA-256 signature"));
    digest.update(first);

    qint64 position = 0;
    QString previous = LedgerEntry::genesis();
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(kMaxLine + 1);
        ++position;
        digest.update(line);
        if (position > h.entries)
            return problem(Problem::Part::Entry, position,
                           tr("the header announces only %1 entries: this one was added").arg(h.entries));
        const auto body = lineBody(line);
        if (!body)
            return problem(Problem::Part::Entry, position,
                           tr("it does not end with a line break (the file was cut or changed)"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return problem(Problem::Part::Entry, position, tr("it is not a JSON object (%1)").arg(error.errorString()));
        QString why;
        const auto entry = LedgerEntry::fromJson(doc.object(), &why);
        if (!entry)
            return problem(Problem::Part::Entry, position, why);
        if (const QString broken = brokenLink(*entry, position, previous); !broken.isEmpty())
            return problem(Problem::Part::Entry, position, broken);
        if (entry->toLine() != *body)
            return problem(Problem::Part::Entry, position,
                           tr("it is not written as the station writes it (a changed character)"));
        previous = entry->hash;
    }
    if (position < h.entries)
        return problem(Problem::Part::End, position + 1,
                       tr("the file ends after entry %1, its header announces %2").arg(position).arg(h.entries));
    if (previous != h.head)
        return problem(Problem::Part::Header, 0, tr("its head hash is not the last entry's hash"));
    if (signature.isEmpty())
        return problem(Problem::Part::Signature, 0, tr("the signature file is empty"));
    if (!digest.verify(signature))
        return problem(Problem::Part::Signature, 0,
                       pinned.isNull() ? tr("it does not match the file (the file or the signature was changed)")
                                       : tr("it does not match the file and the certificate %1 (the file or the "
                                            "signature was changed)")
                                             .arg(pinned.subject()));
    s.entries = position;
    s.head = previous;
    return R::success(s);
}
