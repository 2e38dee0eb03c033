#include "edm/edmparser.h"

#include <cstring>

namespace edm {

QString ParseError::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Garbage:
        return QStringLiteral("garbage");
    case Reason::BadEndByte:
        return QStringLiteral("bad_end_byte");
    case Reason::BadLength:
        return QStringLiteral("bad_length");
    case Reason::Truncated:
        return QStringLiteral("truncated");
    }
    return {};
}

namespace {
inline quint16 lengthAt(const char *p)
{
    return quint16(quint8(p[0]) << 8 | quint8(p[1])) & kLengthMask;
}

inline quint16 idAt(const char *p)
{
    return quint16(quint8(p[0]) << 8 | quint8(p[1]));
}

class ListSink final : public FrameSink
{
public:
    QList<Parser::Item> items;
    void onFrame(Frame &&frame, quint64 offset) override { items.append({std::move(frame), offset}); }
    void onError(const ParseError &error) override { items.append({error, error.offset}); }
};
} // namespace

void Parser::skip(ParseError::Reason reason, quint64 offset, quint64 length)
{
    if (m_spanOpen) {
        m_span.length = offset + length - m_span.offset;
        return;
    }
    m_spanOpen = true;
    m_span = {reason, offset, length};
}

void Parser::closeSpan(FrameSink &sink)
{
    if (!m_spanOpen)
        return;
    m_spanOpen = false;
    sink.onError(m_span);
}

void Parser::scan(const char *p, qsizetype n, quint64 base, FrameSink &sink)
{
    qsizetype i = 0;
    while (i < n) {
        if (quint8(p[i]) != kStartByte) {
            const void *hit = std::memchr(p + i, kStartByte, size_t(n - i));
            const qsizetype end = hit ? static_cast<const char *>(hit) - p : n;
            skip(ParseError::Reason::Garbage, base + i, quint64(end - i));
            i = end;
            continue;
        }
        // A candidate: whatever was being skipped ends here.
        closeSpan(sink);
        const qsizetype left = n - i;
        if (left < 3) {
            m_pending = QByteArray(p + i, left);
            m_pendingOffset = base + i;
            return;
        }
        const quint16 length = lengthAt(p + i + 1);
        if (length < 2) {
            skip(ParseError::Reason::BadLength, base + i, 1);
            ++i;
            continue;
        }
        const qsizetype total = qsizetype(length) + 4;
        if (left < total) {
            m_pending = QByteArray(p + i, left);
            m_pendingOffset = base + i;
            return;
        }
        if (quint8(p[i + total - 1]) != kEndByte) {
            skip(ParseError::Reason::BadEndByte, base + i, 1);
            ++i;
            continue;
        }
        sink.onFrame(Frame(idAt(p + i + 3), QByteArray(p + i + kHeaderSize, length - 2)), base + i);
        i += total;
    }
}

void Parser::failPending(ParseError::Reason reason, FrameSink &sink)
{
    // Only the start byte is condemned; the rest is scanned again.
    const QByteArray redo = m_pending.sliced(1);
    const quint64 redoOffset = m_pendingOffset + 1;
    skip(reason, m_pendingOffset, 1);
    m_pending.clear();
    scan(redo.constData(), redo.size(), redoOffset, sink);
}

void Parser::feed(QByteArrayView data, FrameSink &sink)
{
    quint64 dataOffset = m_streamOffset;
    m_streamOffset += quint64(data.size());
    while (!data.isEmpty()) {
        if (m_pending.isEmpty()) {
            scan(data.data(), data.size(), dataOffset, sink);
            return;
        }
        // Complete the frame that straddles chunks.
        qsizetype want = 3 - m_pending.size();
        if (m_pending.size() >= 3)
            want = qsizetype(lengthAt(m_pending.constData() + 1)) + 4 - m_pending.size();
        const qsizetype take = qMin(want, data.size());
        m_pending.append(data.first(take));
        data = data.sliced(take);
        dataOffset += quint64(take);
        if (m_pending.size() < 3)
            return; // data exhausted
        const quint16 length = lengthAt(m_pending.constData() + 1);
        if (length < 2) {
            failPending(ParseError::Reason::BadLength, sink);
            continue;
        }
        const qsizetype total = qsizetype(length) + 4;
        if (m_pending.size() < total) {
            if (data.isEmpty())
                return;
            continue; // header just completed; take the body next round
        }
        if (quint8(m_pending.back()) != kEndByte) {
            failPending(ParseError::Reason::BadEndByte, sink);
            continue;
        }
        const QByteArray frame = std::exchange(m_pending, {});
        sink.onFrame(Frame(idAt(frame.constData() + 3), frame.sliced(kHeaderSize, length - 2)), m_pendingOffset);
    }
}

void Parser::finish(FrameSink &sink)
{
    while (!m_pending.isEmpty())
        failPending(ParseError::Reason::Truncated, sink);
    closeSpan(sink);
}

void Parser::reset()
{
    m_pending.clear();
    m_pendingOffset = 0;
    m_streamOffset = 0;
    m_spanOpen = false;
}

QList<Parser::Item> Parser::feed(QByteArrayView bytes)
{
    ListSink sink;
    feed(bytes, sink);
    return std::move(sink.items);
}

QList<Parser::Item> Parser::finish()
{
    ListSink sink;
    finish(sink);
    return std::move(sink.items);
}

} // namespace edm
