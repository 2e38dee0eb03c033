#include "inspector/trafficmodel.h"

#include "common/hex.h"
#include "traffic/trafficdecode.h"

#include <QBrush>
#include <QColor>
#include <QElapsedTimer>
#include <QFont>

TrafficModel::TrafficModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &TrafficModel::flush);
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_log.size());
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (ms)");
    case SlotColumn:
        return tr("Slot");
    case DirectionColumn:
        return tr("Dir");
    case TypeColumn:
        return tr("Type");
    case ChannelColumn:
        return tr("Ch");
    case SummaryColumn:
        return tr("Summary");
    case LatencyColumn:
        return tr("Latency (ms)");
    }
    return {};
}

QString TrafficModel::typeOf(int row) const
{
    return traffic::typeName(m_log.kind(row), m_log.edmId(row));
}

QString TrafficModel::summaryText(int row) const
{
    const quint64 seq = m_log.firstSequence() + quint64(row);
    const bool revealed = m_reveal && m_originals.contains(seq);
    const quint64 key = revealed ? ~seq : seq;
    if (const QString *cached = m_summaryCache.object(key))
        return *cached;
    QString text;
    if (revealed) {
        QByteArrayView raw(m_originals[seq]);
        if (m_log.kind(row) == TrafficRecord::Kind::EdmFrame && raw.size() > 6)
            raw = raw.sliced(5, raw.size() - 6);
        text = tr("[revealed] %1").arg(hex::escaped(raw.first(std::min<qsizetype>(raw.size(), 200))));
    } else {
        text = QString::fromUtf8(m_log.summaryUtf8(row));
    }
    m_summaryCache.insert(key, new QString(text));
    return text;
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == SequenceRole)
        return m_log.firstSequence() + quint64(row);
    if (role == RedactedRole)
        return m_log.redacted(row);
    if (role == RevealableRole)
        return hasOriginal(row);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return m_log.wallMs(row) - m_baseWallMs;
        case SlotColumn:
            return m_log.slot(row) < 0 ? QVariant() : QVariant(m_log.slot(row));
        case DirectionColumn:
            switch (m_log.direction(row)) {
            case TrafficRecord::Direction::ToModule:
                return QStringLiteral("→");
            case TrafficRecord::Direction::FromModule:
                return QStringLiteral("←");
            case TrafficRecord::Direction::Note:
                return QStringLiteral("·");
            }
            return {};
        case TypeColumn:
            return typeOf(row);
        case ChannelColumn:
            return m_log.channel(row) < 0 ? QVariant() : QVariant(m_log.channel(row));
        case SummaryColumn:
            return summaryText(row);
        case LatencyColumn: {
            const qint64 ns = m_log.latencyNs(row);
            return ns < 0 ? QVariant() : QVariant(QString::number(double(ns) / 1e6, 'f', 1));
        }
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        switch (m_log.direction(row)) {
        case TrafficRecord::Direction::ToModule:
            return QBrush(QColor(0x1f, 0x4e, 0xa8));
        case TrafficRecord::Direction::FromModule:
            return QBrush(QColor(0xa8, 0x1f, 0x2a));
        default:
            return QBrush(Qt::darkGray);
        }
    }
    if (role == Qt::FontRole && index.column() == SummaryColumn && m_log.redacted(row)) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn && m_log.redacted(row))
        return hasOriginal(row) ? tr("Secrets redacted; an engineer can reveal this record")
                                : tr("Secrets redacted at the source");
    if (role == Qt::TextAlignmentRole && (index.column() == TimeColumn || index.column() == LatencyColumn ||
                                          index.column() == SlotColumn || index.column() == ChannelColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void TrafficModel::setCapacity(qsizetype capacity)
{
    flush();
    const qsizetype excess = m_log.size() - capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess) - 1);
        m_log.setCapacity(capacity);
        purgeOriginals();
        endRemoveRows();
    } else {
        m_log.setCapacity(capacity);
    }
}

void TrafficModel::purgeOriginals()
{
    for (auto it = m_originals.begin(); it != m_originals.end();)
        it = it.key() < m_log.firstSequence() ? m_originals.erase(it) : std::next(it);
}

void TrafficModel::append(const TrafficRecord &record)
{
    appendWithOriginal(record, {});
}

void TrafficModel::appendWithOriginal(const TrafficRecord &record, const QByteArray &originalRaw)
{
    if (qsizetype(m_pending.size()) >= m_log.capacity()) {
        m_pending.pop_front(); // never more waiting than the table could hold
        ++m_pendingDropped;
    }
    m_pending.push_back(Pending{record, originalRaw});
    if (!m_paused && !m_timer.isActive())
        m_timer.start();
}

void TrafficModel::flush()
{
    m_timer.stop();
    if (m_paused || m_pending.empty()) // paused: arrivals wait (bounded) until resumed
        return;
    QElapsedTimer clock;
    clock.start();
    if (m_baseWallMs < 0)
        m_baseWallMs = m_log.isEmpty() ? m_pending.front().record.wallMs : m_log.wallMs(0);
    const int incoming = int(m_pending.size());
    const qsizetype overflow = m_log.size() + incoming - m_log.capacity();
    int removed = 0;
    if (overflow > 0) {
        removed = int(std::min(overflow, m_log.size()));
        beginRemoveRows({}, 0, removed - 1);
        m_log.dropOldest(removed);
        purgeOriginals();
        endRemoveRows();
    }
    const int first = int(m_log.size());
    beginInsertRows({}, first, first + incoming - 1);
    for (Pending &p : m_pending) {
        const quint64 seq = m_log.append(p.record);
        if (!p.original.isEmpty())
            m_originals.insert(seq, p.original);
    }
    endInsertRows();
    m_pending.clear();
    m_lastFlushNs = clock.nsecsElapsed();
    m_maxFlushNs = std::max(m_maxFlushNs, m_lastFlushNs);
    emit flushed(incoming, removed);
}

void TrafficModel::clear()
{
    m_timer.stop();
    beginResetModel();
    m_pending.clear();
    m_pendingDropped = 0;
    m_log.clear();
    m_originals.clear();
    m_summaryCache.clear();
    m_baseWallMs = -1;
    endResetModel();
}

void TrafficModel::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        flush();
}

void TrafficModel::setRevealSecrets(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    if (!m_originals.isEmpty() && rowCount() > 0)
        emit dataChanged(index(0, SummaryColumn), index(rowCount() - 1, SummaryColumn));
}

bool TrafficModel::hasOriginal(int row) const
{
    return m_originals.contains(m_log.firstSequence() + quint64(row));
}

TrafficRecord TrafficModel::record(int row, bool revealed) const
{
    TrafficRecord r = m_log.at(row);
    if (revealed) {
        const auto it = m_originals.constFind(m_log.firstSequence() + quint64(row));
        if (it != m_originals.constEnd()) {
            r.raw = *it;
            r.redacted = false;
        }
    }
    return r;
}
