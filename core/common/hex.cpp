#include "common/hex.h"

#include <QCoreApplication>

namespace hex {

namespace {
int nibble(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u',' || c == u':' || c == u'-';
}

QString tr(const char *text)
{
    return QCoreApplication::translate("hex", text);
}
} // namespace

std::optional<QByteArray> parse(QStringView text, QString *error)
{
    QByteArray out;
    out.reserve(text.size() / 2);
    int high = -1;
    qsizetype highPos = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (high < 0 && c == u'0' && i + 1 < text.size() && (text[i + 1] == u'x' || text[i + 1] == u'X')) {
            ++i; // skip "0x" prefix
            continue;
        }
        if (isSeparator(c)) {
            if (high >= 0) {
                if (error)
                    *error = tr("odd number of hex digits: the digit at position %1 has no partner").arg(highPos + 1);
                return std::nullopt;
            }
            continue;
        }
        const int n = nibble(c);
        if (n < 0) {
            if (error)
                *error = tr("'%1' at position %2 is not a hex digit").arg(c).arg(i + 1);
            return std::nullopt;
        }
        if (high < 0) {
            high = n;
            highPos = i;
        } else {
            out.append(char((high << 4) | n));
            high = -1;
        }
    }
    if (high >= 0) {
        if (error)
            *error = tr("odd number of hex digits: the digit at position %1 has no partner").arg(highPos + 1);
        return std::nullopt;
    }
    return out;
}

QString spaced(QByteArrayView bytes)
{
    static const char digits[] = "0123456789ABCDEF";
    QString out;
    out.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i)
            out.append(u' ');
        const auto b = static_cast<unsigned char>(bytes[i]);
        out.append(QLatin1Char(digits[b >> 4]));
        out.append(QLatin1Char(digits[b & 0xF]));
    }
    return out;
}

QString escaped(QByteArrayView bytes, qsizetype max)
{
    QString out;
    out.reserve(max >= 0 ? qMin(bytes.size(), max) : bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (max >= 0 && out.size() >= max) {
            out += QStringLiteral("…");
            break;
        }
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\r')
            out += QLatin1String("\\r");
        else if (c == '\n')
            out += QLatin1String("\\n");
        else if (c == '\t')
            out += QLatin1String("\\t");
        else if (c < 0x20 || c >= 0x7F)
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(char(c));
    }
    return out;
}

} // namespace hex
