#pragma once

#include "link/trafficrecord.h"
#include "traffic/trafficlog.h"

#include <deque>
#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QTimer>

/// The inspector's table: a bounded TrafficLog shown as rows, oldest first.
///
/// Arrivals are buffered and flushed on a short timer (50 ms) with one beginInsertRows /
/// endInsertRows per batch; when the log is full, the oldest rows go first with one
/// beginRemoveRows(0, n - 1). Column text is built lazily and cached by sequence number.
/// While paused, arrivals wait in a buffer that is itself bounded by the capacity (the overflow
/// is counted in droppedCount()).
///
/// Secrets: records arrive redacted. An engineer-mode caller may also hand over the original
/// bytes (appendWithOriginal); they live only in this model's memory, are dropped with their row,
/// and are shown only while revealSecrets() is on.
class TrafficModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        SlotColumn,
        DirectionColumn,
        TypeColumn,
        ChannelColumn,
        SummaryColumn,
        LatencyColumn,
        ColumnCount
    };
    enum Role
    {
        SequenceRole = Qt::UserRole + 1,
        RedactedRole,
        RevealableRole
    };

    explicit TrafficModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qsizetype capacity() const { return m_log.capacity(); }
    void setCapacity(qsizetype capacity);
    int flushInterval() const { return m_timer.interval(); }
    void setFlushInterval(int ms) { m_timer.setInterval(ms); }

    void append(const TrafficRecord &record);
    void appendWithOriginal(const TrafficRecord &record, const QByteArray &originalRaw);
    /// Moves the buffered arrivals into the table now (also done by the timer).
    void flush();
    void clear();

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }
    /// Records lost to the bound: evicted from the log plus overflow while paused.
    quint64 droppedCount() const { return m_log.droppedCount() + m_pendingDropped; }

    void setRevealSecrets(bool reveal);
    bool revealSecrets() const { return m_reveal; }
    bool hasOriginal(int row) const;
    /// The record of @p row; with @p revealed, its original bytes when the model has them.
    TrafficRecord record(int row, bool revealed = false) const;
    const traffic::TrafficLog &log() const { return m_log; }
    /// Type label of a row (see traffic::typeName).
    QString typeOf(int row) const;

    /// Cost of the most expensive flush so far (insert + trim), for the status line and the bench.
    qint64 maxFlushNs() const { return m_maxFlushNs; }
    qint64 lastFlushNs() const { return m_lastFlushNs; }

signals:
    void flushed(int inserted, int removed);

private:
    struct Pending
    {
        TrafficRecord record;
        QByteArray original;
    };
    QString summaryText(int row) const;
    void purgeOriginals();

    traffic::TrafficLog m_log;
    std::deque<Pending> m_pending;
    quint64 m_pendingDropped = 0;
    QHash<quint64, QByteArray> m_originals; ///< sequence -> unredacted raw bytes (memory only)
    QTimer m_timer;
    bool m_paused = false;
    bool m_reveal = false;
    qint64 m_baseWallMs = -1;
    qint64 m_lastFlushNs = 0;
    qint64 m_maxFlushNs = 0;
    mutable QCache<quint64, QString> m_summaryCache{4096};
};
