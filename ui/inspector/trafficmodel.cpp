#include "inspector/trafficmodel.h"

#include "common/hex.h"
#include "traffic/trafficdecode.h"

#include <algorithm>
#include <QBrush>
#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QLocale>

TrafficModel::TrafficModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TrafficModel::flushSlice);
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
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn:
            return tr("Milliseconds since the first record of the table");
        case SourceColumn:
            return tr("The station slot whose module it was, or the wizard");
        case LatencyColumn:
            return tr("From an AT command to its final result, on the row of the result");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (ms)");
    case SourceColumn:
        return tr("Source");
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
    const auto original = m_reveal ? m_originals.find(seq) : m_originals.end();
    const bool revealed = original != m_originals.end();
    const quint64 key = revealed ? ~seq : seq;
    if (const QString *cached = m_summaryCache.object(key))
        return *cached;
    QString text;
    if (revealed) {
        QByteArrayView raw(original->second);
        if (m_log.kind(row) == TrafficRecord::Kind::EdmFrame && raw.size() > 6)
            raw = raw.sliced(5, raw.size() - 6);
        text = tr("[revealed] %1").arg(hex::escaped(raw.first(std::min<qsizetype>(raw.size(), 200))));
    } else {
        text = QString::fromUtf8(m_log.summaryUtf8(row));
    }
    m_summaryCache.insert(key, new QString(text));
    return text;
}

QVariant TrafficModel::displayData(int row, int column) const
{
    switch (column) {
    case TimeColumn:
        return m_log.wallMs(row) - m_baseWallMs; // the view's delegate formats it in its locale
    case SourceColumn:
        return traffic::slotLabel(m_log.slot(row));
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
        return traffic::typeLabel(m_log.kind(row), m_log.edmId(row));
    case ChannelColumn:
        return m_log.channel(row) < 0 ? QVariant() : QVariant(m_log.channel(row));
    case SummaryColumn:
        return summaryText(row);
    case LatencyColumn: {
        const qint64 ns = m_log.latencyNs(row);
        return ns < 0 ? QVariant() : QVariant(QLocale().toString(double(ns) / 1e6, 'f', 1));
    }
    }
    return {};
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SequenceRole:
        return m_log.firstSequence() + quint64(row);
    case RedactedRole:
        return m_log.redacted(row);
    case RevealableRole:
        return hasOriginal(row);
    case SlotRole:
        return m_log.slot(row);
    case Qt::ForegroundRole:
        switch (m_log.direction(row)) {
        case TrafficRecord::Direction::ToModule:
            return QBrush(QColor(0x1f, 0x4e, 0xa8));
        case TrafficRecord::Direction::FromModule:
            return QBrush(QColor(0xa8, 0x1f, 0x2a));
        default:
            return QBrush(Qt::darkGray);
        }
    case Qt::FontRole:
        if (index.column() == SummaryColumn && m_log.redacted(row)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == DirectionColumn)
            return traffic::directionLabel(m_log.direction(row));
        if (index.column() == TypeColumn)
            return typeOf(row); // the id filters, exports and Wireshark use
        if (role == Qt::ToolTipRole && index.column() == SummaryColumn && m_log.redacted(row))
            return hasOriginal(row) ? tr("Secrets redacted; an engineer can reveal this record")
                                    : tr("Secrets redacted at the source");
        return role == Qt::AccessibleTextRole ? displayData(row, index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn || index.column() == LatencyColumn || index.column() == ChannelColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

void TrafficModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void TrafficModel::setCapacity(qsizetype capacity)
{
    capacity = std::max<qsizetype>(1, capacity);
    const qsizetype excess = m_log.size() - capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess) - 1);
        m_log.setCapacity(capacity);
        purgeOriginals();
        endRemoveRows();
    } else {
        m_log.setCapacity(capacity);
    }
    while (qsizetype(m_pending.size()) > capacity) {
        m_pending.pop_front();
        ++m_pendingDropped;
    }
}

void TrafficModel::purgeOriginals()
{
    // Ascending sequences: what the trim dropped is a prefix, so this costs what was dropped.
    m_originals.erase(m_originals.begin(), m_originals.lower_bound(m_log.firstSequence()));
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
        m_timer.start(m_intervalMs);
}

void TrafficModel::flush()
{
    while (!m_paused && !m_pending.empty())
        flushSlice();
    m_timer.stop();
}

void TrafficModel::flushSlice()
{
    if (m_paused || m_pending.empty()) // paused: arrivals wait (bounded) until resumed
        return;
    QElapsedTimer clock;
    clock.start();
    if (m_baseWallMs < 0)
        m_baseWallMs = m_log.isEmpty() ? m_pending.front().record.wallMs : m_log.wallMs(0);
    const int incoming = int(std::min<qsizetype>(qsizetype(m_pending.size()), m_batchLimit));
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
    for (int i = 0; i < incoming; ++i) {
        Pending &p = m_pending.front();
        const quint64 seq = m_log.append(p.record);
        if (!p.original.isEmpty())
            m_originals.emplace_hint(m_originals.end(), seq, std::move(p.original));
        noteSlot(p.record.slot);
        m_pending.pop_front();
    }
    endInsertRows();
    m_lastFlushNs = clock.nsecsElapsed();
    m_maxFlushNs = std::max(m_maxFlushNs, m_lastFlushNs);
    adaptBatchLimit(incoming, m_lastFlushNs);
    if (!m_pending.empty())
        m_timer.start(0); // the rest after this event-loop turn (paint, input) is done
    emit flushed(incoming, removed);
}

void TrafficModel::adaptBatchLimit(int records, qint64 ns)
{
    // Small slices measure mostly fixed costs; only full-sized ones say what a record costs.
    if (records < kMinBatch || ns <= 0)
        return;
    const qint64 fit = kSliceTargetNs * records / ns;
    const int target = int(std::clamp<qint64>(fit, kMinBatch, kMaxBatch));
    m_batchLimit = (m_batchLimit + target) / 2; // smooth: one slow slice (a page fault) does not halve it
}

void TrafficModel::noteSlot(int slot)
{
    if (slot == m_lastSlot)
        return;
    m_lastSlot = slot;
    const auto it = std::lower_bound(m_slotsSeen.begin(), m_slotsSeen.end(), slot);
    if (it != m_slotsSeen.end() && *it == slot)
        return;
    m_slotsSeen.insert(it, slot);
    emit slotsSeenChanged();
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
    if (!m_slotsSeen.isEmpty()) {
        m_slotsSeen.clear();
        m_lastSlot = -2;
        emit slotsSeenChanged();
    }
}

void TrafficModel::setPaused(bool paused)
{
    m_paused = paused;
    if (paused) {
        m_timer.stop();
    } else if (!m_pending.empty()) {
        flushSlice(); // the first slice now, the rest one per event-loop turn
    }
}

void TrafficModel::setRevealSecrets(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    if (!m_originals.empty() && rowCount() > 0)
        emit dataChanged(index(0, SummaryColumn), index(rowCount() - 1, SummaryColumn));
}

bool TrafficModel::hasOriginal(int row) const
{
    return m_originals.count(m_log.firstSequence() + quint64(row)) > 0;
}

TrafficRecord TrafficModel::record(int row, bool revealed) const
{
    TrafficRecord r = m_log.at(row);
    if (revealed) {
        const auto it = m_originals.find(m_log.firstSequence() + quint64(row));
        if (it != m_originals.end()) {
            r.raw = it->second;
            r.redacted = false;
        }
    }
    return r;
}
