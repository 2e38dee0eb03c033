#pragma once

#include <optional>
#include <QByteArray>
#include <QString>

/// Reading and writing the station's files: the one home for size limits and atomic writes.
namespace files {

/// Limits for what the station reads (docs/limits.md).
inline constexpr qint64 kMaxProfile = 1 << 20;     ///< a station profile
inline constexpr qint64 kMaxCredential = 1 << 20;  ///< a certificate, key or PKCS#12 file
inline constexpr qint64 kMaxCapture = 256ll << 20; ///< a saved traffic capture
inline constexpr qint64 kMaxSecret = 64 << 10;     ///< a secret file (passphrase, PIN, connection string)

/// Why @p path cannot be read as a regular file of at most @p maxBytes, as a sentence naming the
/// file ("cannot read /tmp: it is a folder, not a file"), or an empty string when it can. Checks
/// only; nothing is opened, so a FIFO cannot block the caller.
QString whyNotReadable(const QString &path, qint64 maxBytes);

/// Reads a regular file of at most @p maxBytes. Devices, FIFOs, sockets and directories are
/// refused (they never end, or are not data); so is a bigger file. The file is opened without
/// blocking and checked after opening, so a file swapped for a FIFO after a check cannot hang the
/// station. On failure returns nullopt and a sentence naming the file and the reason in @p error.
std::optional<QByteArray> readBounded(const QString &path, qint64 maxBytes, QString *error);

/// Writes @p data to @p path atomically (a temporary file renamed over the old one), so a crash
/// leaves the old file or the new one, never half of either. @p ownerOnly files are created with
/// mode 0600 before any byte is written (keys, secrets).
bool writeAtomically(const QString &path, const QByteArray &data, bool ownerOnly, QString *error);

} // namespace files
