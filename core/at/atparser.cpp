#include "at/atparser.h"

namespace at {

QString lineKindName(LineKind kind)
{
    switch (kind) {
    case LineKind::Ok:
        return QStringLiteral("ok");
    case LineKind::Error:
        return QStringLiteral("error");
    case LineKind::Info:
        return QStringLiteral("info");
    case LineKind::Urc:
        return QStringLiteral("urc");
    case LineKind::Echo:
        return QStringLiteral("echo");
    case LineKind::Prompt:
        return QStringLiteral("prompt");
    case LineKind::Noise:
        return QStringLiteral("noise");
    }
    return {};
}

LineKind classify(QByteArrayView text)
{
    if (text == "OK")
        return LineKind::Ok;
    if (text == "ERROR")
        return LineKind::Error;
    if (text == ">")
        return LineKind::Prompt;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u >= 0x7F)
            return LineKind::Noise;
    }
    if (text.startsWith("+UU") || text == "+STARTUP")
        return LineKind::Urc;
    if (text.size() >= 2 && (text[0] == 'A' || text[0] == 'a') && (text[1] == 'T' || text[1] == 't'))
        return LineKind::Echo;
    return LineKind::Info;
}

void Parser::emitLine(QList<Line> &out)
{
    const QByteArray text = m_line.trimmed();
    m_line.clear();
    if (!text.isEmpty())
        out.append({classify(text), text});
}

void Parser::feed(QByteArrayView bytes, QList<Line> &out)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\r' || c == '\n') {
            emitLine(out);
            continue;
        }
        m_line.append(c);
        // The upload prompt has no terminator: report it the moment it completes a line start.
        if (c == '>' && m_line.trimmed() == ">") {
            m_line.clear();
            out.append({LineKind::Prompt, QByteArrayLiteral(">")});
            continue;
        }
        if (m_line.size() >= kMaxLine) {
            out.append({LineKind::Noise, m_line});
            m_line.clear();
        }
    }
}

QList<Line> Parser::feed(QByteArrayView bytes)
{
    QList<Line> out;
    feed(bytes, out);
    return out;
}

} // namespace at
