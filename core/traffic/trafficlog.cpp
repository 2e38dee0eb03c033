#include "traffic/trafficlog.h"

#include "edm/edmframe.h"
#include "traffic/trafficdecode.h"

#include <algorithm>

namespace traffic {

TrafficLog::TrafficLog(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{
}

void TrafficLog::setCapacity(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(1, capacity);
    if (size() > m_capacity)
        dropOldest(size() - m_capacity);
}

quint64 TrafficLog::append(const TrafficRecord &record)
{
    if (size() == m_capacity)
        dropOldest(1);
    Entry &e = m_entries.emplace_back();
    e.monotonicNs = record.monotonicNs;
    e.wallMs = record.wallMs;
    e.rawSize = qint32(record.raw.size());
    const QByteArray summary = record.summary.toUtf8();
    e.blob.reserve(record.raw.size() + summary.size());
    e.blob.append(record.raw);
    e.blob.append(summary);
    if (record.step != m_lastStep)
        m_lastStep = record.step;
    e.step = m_lastStep; // shared with the neighbours of the same step
    e.edmId = record.edmId;
    e.channel = qint16(record.channel);
    e.slot = qint16(record.slot);
    e.direction = quint8(record.direction);
    e.kind = quint8(record.kind);
    e.redacted = record.redacted;
    trackLatency(e, record);
    return nextSequence() - 1;
}

void TrafficLog::dropOldest(qsizetype n)
{
    n = std::min(n, size());
    m_entries.erase(m_entries.begin(), m_entries.begin() + n);
    m_firstSeq += quint64(n);
    m_dropped += quint64(n);
}

void TrafficLog::clear()
{
    m_firstSeq += quint64(size());
    std::deque<Entry>().swap(m_entries); // give the blocks back
    m_dropped = 0;
    m_pending.clear();
    m_lastStep.clear();
}

TrafficRecord TrafficLog::at(qsizetype row) const
{
    const Entry &e = entry(row);
    TrafficRecord r;
    r.monotonicNs = e.monotonicNs;
    r.wallMs = e.wallMs;
    r.direction = TrafficRecord::Direction(e.direction);
    r.kind = TrafficRecord::Kind(e.kind);
    r.raw = e.blob.left(e.rawSize);
    r.summary = QString::fromUtf8(e.blob.constData() + e.rawSize, e.blob.size() - e.rawSize);
    r.edmId = e.edmId;
    r.channel = e.channel;
    r.slot = e.slot;
    r.step = e.step;
    r.redacted = e.redacted;
    return r;
}

QList<TrafficRecord> TrafficLog::records() const
{
    QList<TrafficRecord> out;
    out.reserve(size());
    for (qsizetype r = 0; r < size(); ++r)
        out.append(at(r));
    return out;
}

qsizetype TrafficLog::rowOf(quint64 sequence) const
{
    if (sequence < m_firstSeq || sequence >= nextSequence())
        return -1;
    return qsizetype(sequence - m_firstSeq);
}

qint64 TrafficLog::latencyNs(qsizetype row) const
{
    const qint32 us = entry(row).latencyUs;
    return us < 0 ? -1 : qint64(us) * 1000;
}

QByteArrayView TrafficLog::summaryUtf8(qsizetype row) const
{
    const Entry &e = entry(row);
    return QByteArrayView(e.blob).sliced(e.rawSize);
}

QByteArrayView TrafficLog::raw(qsizetype row) const
{
    const Entry &e = entry(row);
    return QByteArrayView(e.blob).first(e.rawSize);
}

qsizetype TrafficLog::approximateBytes() const
{
    // The deque's blocks (libstdc++: as many entries as fit in 512 bytes, one malloc each) and its
    // map of block pointers: a few bytes per entry on top of the entry itself.
    qsizetype bytes = qsizetype(m_entries.size() * (sizeof(Entry) + 4));
    for (const Entry &e : m_entries) {
        if (!e.blob.isEmpty())
            bytes += e.blob.capacity() + 32; // QArrayData header + malloc overhead
    }
    return bytes;
}

void TrafficLog::trackLatency(Entry &e, const TrafficRecord &record)
{
    if (record.direction == TrafficRecord::Direction::ToModule) {
        if (isAtRequest(record)) // a new command replaces one that never got its answer
            m_pending[record.slot] = Pending{record.monotonicNs, record.wallMs};
        return;
    }
    if (record.direction != TrafficRecord::Direction::FromModule || !isFinalResult(record))
        return;
    const auto it = m_pending.find(record.slot);
    if (it == m_pending.end())
        return;
    qint64 ns = record.monotonicNs - it->second.monotonicNs;
    if (record.monotonicNs == 0 || it->second.monotonicNs == 0 || ns < 0)
        ns = (record.wallMs - it->second.wallMs) * 1000000;
    m_pending.erase(it);
    if (ns >= 0)
        e.latencyUs = qint32(std::min<qint64>(ns / 1000, std::numeric_limits<qint32>::max()));
}

} // namespace traffic
