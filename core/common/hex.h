#pragma once

#include <optional>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace hex {

/// Parses hex text such as "AA 00 02 00 71 55", "aa0002007155" or "0xAA,0x00".
/// Separators (white space, ',', ':', '-') and "0x" prefixes are allowed between bytes.
/// On failure returns nullopt and, when @p error is given, a sentence naming the offending position.
std::optional<QByteArray> parse(QStringView text, QString *error = nullptr);

/// "AA 00 02" (upper case, single spaces).
QString spaced(QByteArrayView bytes);

/// Bytes as readable text: \r \n \t escaped, other control and non-ASCII bytes as \xNN. With
/// @p max >= 0 the text stops after about that many characters and ends in "…".
QString escaped(QByteArrayView bytes, qsizetype max = -1);

} // namespace hex
