#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace label {

/// A QR code symbol made by libqrencode (Debian: libqrencode4): a square of dark and light
/// modules, without the quiet zone (the label's margin is the quiet zone). Error correction M
/// (15 %), 8-bit mode, the smallest version that holds the text.
class QrCode
{
public:
    /// Encodes @p text (UTF-8 bytes); an error when it is empty or longer than a QR code holds.
    static Expected<QrCode, QString> encode(const QByteArray &text);

    /// Modules per side (21 for version 1, +4 per version).
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules[y * m_size + x]; }
    QByteArray text() const { return m_text; }

private:
    QrCode() = default;
    int m_size = 0;
    QVector<bool> m_modules;
    QByteArray m_text;
};

} // namespace label
