#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace at {

/// What a received line is.
enum class LineKind : quint8
{
    Ok,     ///< final result "OK"
    Error,  ///< final result "ERROR"
    Info,   ///< information response ("+UDCP:2", "\"NINA-W152\"", list lines)
    Urc,    ///< unsolicited result: "+UU…" and the boot greeting "+STARTUP"
    Echo,   ///< the module echoing a command ("AT…")
    Prompt, ///< '>' of a binary upload; reported as soon as it arrives
    Noise,  ///< not text (boot loader output at another baud rate, line noise, overlong lines)
};

QString lineKindName(LineKind kind);

struct Line
{
    LineKind kind = LineKind::Info;
    QByteArray text; ///< without line terminators or surrounding white space
    friend bool operator==(const Line &, const Line &) = default;
};

/// Classifies one already split line (no terminators).
LineKind classify(QByteArrayView text);

/// Line-oriented parser for AT text: the command-mode byte stream, or the text carried in EDM
/// AT packets (use one parser per stream: a line may span frames, a frame may hold several lines).
/// CR, LF and CR LF all end a line; empty lines are dropped.
class Parser
{
public:
    static constexpr qsizetype kMaxLine = 4096;

    QList<Line> feed(QByteArrayView bytes);
    void feed(QByteArrayView bytes, QList<Line> &out);
    void reset() { m_line.clear(); }
    /// Bytes of an unfinished line.
    QByteArrayView pending() const { return m_line; }

private:
    void emitLine(QList<Line> &out);
    QByteArray m_line;
};

} // namespace at
