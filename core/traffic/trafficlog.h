#pragma once

#include "link/trafficrecord.h"

#include <deque>
#include <map>
#include <QList>

namespace traffic {

/// A bounded, append-only queue of traffic records: the inspector's memory.
///
/// Records are stored compactly (raw bytes and the UTF-8 summary share one allocation, the step
/// string is shared with the previous record when equal) and rebuilt on demand by at(). Every
/// record gets a stable sequence number; row r holds sequence firstSequence() + r. When the log
/// is full, append() evicts the oldest record and counts it in droppedCount(). The storage is a
/// std::deque: appending and evicting cost the same whatever the size (no reallocation that moves
/// every record, no rotation), and row access is constant time.
///
/// The log also measures the latency of AT commands, per slot: from an AT request (command-mode
/// line or EDM 0x0044 frame going to the module) to the next final result (OK / ERROR / +CME
/// ERROR) coming back on the same slot. The latency is attached to the row of the final result.
class TrafficLog
{
public:
    explicit TrafficLog(qsizetype capacity = 100000);

    qsizetype capacity() const { return m_capacity; }
    /// Shrinking drops the oldest records (counted as dropped).
    void setCapacity(qsizetype capacity);

    qsizetype size() const { return qsizetype(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }
    quint64 firstSequence() const { return m_firstSeq; }
    quint64 nextSequence() const { return m_firstSeq + quint64(m_entries.size()); }
    quint64 droppedCount() const { return m_dropped; }

    /// Appends a copy; evicts the oldest record when full. Returns the record's sequence number.
    quint64 append(const TrafficRecord &record);
    /// Removes the @p n oldest records (counted as dropped).
    void dropOldest(qsizetype n);
    /// Forgets everything; sequence numbers keep counting, the drop count is reset.
    void clear();

    /// Rebuilds the record of row @p row (0 = oldest). Allocates; prefer the accessors below in loops.
    TrafficRecord at(qsizetype row) const;
    QList<TrafficRecord> records() const;
    /// Row of a sequence number, or -1 when it was dropped or never existed.
    qsizetype rowOf(quint64 sequence) const;

    // Cheap per-row accessors (no allocation).
    TrafficRecord::Kind kind(qsizetype row) const { return TrafficRecord::Kind(entry(row).kind); }
    TrafficRecord::Direction direction(qsizetype row) const { return TrafficRecord::Direction(entry(row).direction); }
    int channel(qsizetype row) const { return entry(row).channel; }
    int slot(qsizetype row) const { return entry(row).slot; }
    quint16 edmId(qsizetype row) const { return entry(row).edmId; }
    qint64 wallMs(qsizetype row) const { return entry(row).wallMs; }
    bool redacted(qsizetype row) const { return entry(row).redacted; }
    /// Latency in nanoseconds from the request this final result answers, or -1.
    qint64 latencyNs(qsizetype row) const;
    /// The summary as stored (UTF-8), without building a QString.
    QByteArrayView summaryUtf8(qsizetype row) const;
    QByteArrayView raw(qsizetype row) const;

    /// Approximate heap + inline bytes held (for the status line and the bench).
    qsizetype approximateBytes() const;

private:
    struct Entry
    {
        qint64 monotonicNs = 0;
        qint64 wallMs = 0;
        QByteArray blob; ///< raw bytes followed by the summary in UTF-8
        QString step;    ///< shared with the neighbour when equal
        qint32 rawSize = 0;
        qint32 latencyUs = -1;
        quint16 edmId = 0;
        qint16 channel = -1;
        qint16 slot = -1;
        quint8 direction = 0;
        quint8 kind = 0;
        bool redacted = false;
    };
    struct Pending
    {
        qint64 monotonicNs = 0;
        qint64 wallMs = 0;
    };

    const Entry &entry(qsizetype row) const { return m_entries[size_t(row)]; }
    void trackLatency(Entry &e, const TrafficRecord &record);

    std::deque<Entry> m_entries;
    qsizetype m_capacity;
    quint64 m_firstSeq = 0;
    quint64 m_dropped = 0;
    QString m_lastStep;
    std::map<int, Pending> m_pending; ///< per slot: the request still waiting for its final result
};

} // namespace traffic
