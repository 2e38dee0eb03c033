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
    capacity = std::max<qsizetype>(1, capacity);
    if (m_count > capacity)
        dropOldest(m_count - capacity);
    // Normalise so that the ring can shrink or grow in place.
    std::vector<Entry> fresh;
    fresh.reserve(size_t(m_count));
    for (qsizetype r = 0; r < m_count; ++r)
        fresh.push_back(std::move(m_ring[(m_head + size_t(r)) % m_ring.size()]));
    m_ring = std::move(fresh);
    m_head = 0;
    m_capacity = capacity;
}

quint64 TrafficLog::append(const TrafficRecord &record)
{
    if (m_count == m_capacity)
        dropOldest(1);
    Entry e;
    e.monotonicNs = record.monotonicNs;
    e.wallMs = record.wallMs;
    e.rawSize = qint32(record.raw.size());
    const QByteArray summary = record.summary.toUtf8();
    e.blob.reserve(record.raw.size() + summary.size());
    e.blob.append(record.raw);
    e.blob.append(summary);
    if (record.step == m_lastStep) {
        e.step = m_lastStep;
    } else {
        m_lastStep = record.step;
        e.step = m_lastStep;
    }
    e.edmId = record.edmId;
    e.channel = qint16(record.channel);
    e.slot = qint16(record.slot);
    e.direction = quint8(record.direction);
    e.kind = quint8(record.kind);
    e.redacted = record.redacted;
    trackLatency(e, record);

    if (size_t(m_count) < m_ring.size()) {
        m_ring[(m_head + size_t(m_count)) % m_ring.size()] = std::move(e);
    } else {
        // The vector grows until it reaches the capacity; keep the oldest at index 0 first.
        if (m_head != 0) {
            std::rotate(m_ring.begin(), m_ring.begin() + qsizetype(m_head), m_ring.end());
            m_head = 0;
        }
        m_ring.push_back(std::move(e));
    }
    ++m_count;
    return nextSequence() - 1;
}

void TrafficLog::dropOldest(qsizetype n)
{
    n = std::min(n, m_count);
    for (qsizetype i = 0; i < n; ++i) {
        m_ring[m_head] = Entry{}; // free the payload now
        m_head = (m_head + 1) % m_ring.size();
    }
    m_count -= n;
    m_firstSeq += quint64(n);
    m_dropped += quint64(n);
    if (m_count == 0)
        m_head = 0;
}

void TrafficLog::clear()
{
    m_firstSeq += quint64(m_count);
    m_ring.clear();
    m_ring.shrink_to_fit();
    m_head = 0;
    m_count = 0;
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
    out.reserve(m_count);
    for (qsizetype r = 0; r < m_count; ++r)
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
    qsizetype bytes = qsizetype(m_ring.capacity() * sizeof(Entry));
    for (qsizetype r = 0; r < m_count; ++r) {
        const Entry &e = entry(r);
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
