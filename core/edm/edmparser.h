#pragma once

#include "edm/edmframe.h"

#include <QList>
#include <variant>

namespace edm {

/// A span of input the parser skipped, with the reason it started skipping.
struct ParseError
{
    enum class Reason : quint8
    {
        Garbage,    ///< bytes before a start byte
        BadEndByte, ///< a candidate frame whose end byte was not 0x55
        BadLength,  ///< a candidate frame whose length field was below 2
        Truncated,  ///< a candidate frame that the end of the stream cut short
    };
    Reason reason = Reason::Garbage;
    quint64 offset = 0; ///< stream offset of the first skipped byte
    quint64 length = 0; ///< number of bytes skipped

    /// "garbage", "bad_end_byte", "bad_length", "truncated"
    static QString reasonName(Reason reason);
    friend bool operator==(const ParseError &, const ParseError &) = default;
};

/// Receives what the parser finds, in stream order.
class FrameSink
{
public:
    virtual ~FrameSink() = default;
    /// @p offset is the stream offset of the frame's start byte.
    virtual void onFrame(Frame &&frame, quint64 offset) = 0;
    virtual void onError(const ParseError &error) = 0;
};

/// Incremental, length-driven EDM parser: bytes in any chunking in, frames out.
///
/// It hunts for 0xAA, reads the (masked) length, takes exactly that many bytes and requires 0x55
/// after them. A candidate that fails (length < 2, wrong end byte, cut short by finish()) costs
/// only its start byte: hunting resumes at the next byte, so frames swallowed by a bad length are
/// recovered. Skipped input is reported as ParseError spans with stream offsets.
///
/// Complete frames inside one fed chunk are parsed in place; only a frame that straddles chunks
/// is copied into a small pending buffer. Allocation is one QByteArray per frame.
class Parser
{
public:
    struct Item
    {
        std::variant<Frame, ParseError> value;
        quint64 offset = 0;
        const Frame *frame() const { return std::get_if<Frame>(&value); }
        const ParseError *error() const { return std::get_if<ParseError>(&value); }
    };

    void feed(QByteArrayView bytes, FrameSink &sink);
    /// End of stream: a pending partial frame becomes a Truncated span (its bytes are rescanned),
    /// and any open skipped span is reported.
    void finish(FrameSink &sink);
    void reset();

    /// Convenience for tests and tools: collect everything into a list.
    QList<Item> feed(QByteArrayView bytes);
    QList<Item> finish();

    quint64 streamOffset() const { return m_streamOffset; }
    bool hasPendingBytes() const { return !m_pending.isEmpty(); }

private:
    void scan(const char *p, qsizetype n, quint64 base, FrameSink &sink);
    void skip(ParseError::Reason reason, quint64 offset, quint64 length);
    void closeSpan(FrameSink &sink);
    void failPending(ParseError::Reason reason, FrameSink &sink);

    QByteArray m_pending; // a partial frame, starting with 0xAA
    quint64 m_pendingOffset = 0;
    quint64 m_streamOffset = 0; // bytes fed so far
    bool m_spanOpen = false;
    ParseError m_span;
};

} // namespace edm
