#pragma once

#include "link/trafficrecord.h"
#include "traffic/trafficlog.h"

#include <deque>
#include <map>
#include <QAbstractTableModel>
#include <QCache>
#include <QList>
#include <QTimer>

/// The inspector's table: a bounded TrafficLog shown as rows, oldest first.
///
/// Arrivals are buffered and flushed on a short timer (50 ms). A flush moves at most
/// batchLimit() records with one beginInsertRows / endInsertRows (when the log is full, the
/// oldest rows go first with one beginRemoveRows(0, n - 1)); what is left waits for the next
/// event-loop turn, so the GUI thread paints between slices and no flush, not even the first one
/// into an empty table after a pause or an import, holds it for long. The limit adapts to the
/// measured cost per record so that one slice takes about kSliceTargetNs. Nothing a flush does
/// depends on the number of rows already in the table. Column text is built lazily (only for the
/// rows a view asks about) and summaries are cached by sequence number. While paused, arrivals
/// wait in a buffer that is itself bounded by the capacity (the overflow is counted in
/// droppedCount()).
///
/// Numbers and times are formatted with QLocale() and words (types, directions, sources) are
/// translated; retranslate() tells the views after a language change.
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
        SourceColumn, ///< the station's slot as its tiles name it ("Slot 1"), or "Wizard"
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
        RevealableRole,
        SlotRole, ///< the record's slot as stored: 0-based, -1 for the wizard
    };
    /// A slice aims at this cost (the budget per flush is 16 ms; the rest is headroom for the
    /// view's own work after the insert and for a slower machine).
    static constexpr qint64 kSliceTargetNs = 4'000'000;
    static constexpr int kMinBatch = 256;
    static constexpr int kMaxBatch = 10000;

    explicit TrafficModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qsizetype capacity() const { return m_log.capacity(); }
    void setCapacity(qsizetype capacity);
    int flushInterval() const { return m_intervalMs; }
    void setFlushInterval(int ms) { m_intervalMs = ms; }
    /// Records one flush moves at most (adapts to the measured cost per record).
    int batchLimit() const { return m_batchLimit; }

    void append(const TrafficRecord &record);
    void appendWithOriginal(const TrafficRecord &record, const QByteArray &originalRaw);
    /// Moves every buffered arrival into the table now, in slices of at most batchLimit() records
    /// (one insert each). The timer does the same one slice per event-loop turn.
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
    /// Type id of a row (see traffic::typeName); typeLabel() words it for people.
    QString typeOf(int row) const;
    /// The slots the table has seen since the last clear (0-based, -1: the wizard), ascending.
    QList<int> slotsSeen() const { return m_slotsSeen; }

    /// Headers and words after a language change.
    void retranslate();

    /// Cost of the most expensive flush so far (insert + trim), for the status line and the bench.
    qint64 maxFlushNs() const { return m_maxFlushNs; }
    qint64 lastFlushNs() const { return m_lastFlushNs; }

signals:
    /// One slice went in: @p inserted rows at the end, @p removed rows from the start.
    void flushed(int inserted, int removed);
    void slotsSeenChanged();

private:
    struct Pending
    {
        TrafficRecord record;
        QByteArray original;
    };
    void flushSlice();
    void adaptBatchLimit(int records, qint64 ns);
    void noteSlot(int slot);
    QString summaryText(int row) const;
    QVariant displayData(int row, int column) const;
    void purgeOriginals();

    traffic::TrafficLog m_log;
    std::deque<Pending> m_pending;
    quint64 m_pendingDropped = 0;
    std::map<quint64, QByteArray> m_originals; ///< sequence -> unredacted raw bytes (memory only), ascending
    QTimer m_timer;
    int m_intervalMs = 50;
    int m_batchLimit = 2000;
    bool m_paused = false;
    bool m_reveal = false;
    qint64 m_baseWallMs = -1;
    qint64 m_lastFlushNs = 0;
    qint64 m_maxFlushNs = 0;
    QList<int> m_slotsSeen;
    int m_lastSlot = -2;
    mutable QCache<quint64, QString> m_summaryCache{4096};
};
