#pragma once

#include "link/trafficrecord.h"

#include <array>
#include <deque>
#include <limits>
#include <QAbstractProxyModel>

class TrafficModel;

/// The inspector's filtered view of a TrafficModel: by type (traffic::typeName id), channel, slot
/// (-1: the wizard) and free text (case-insensitive, in the summary, the type and the payload).
///
/// It keeps the shown rows as the records' sequence numbers, ascending, the way Wireshark's packet
/// list keeps its visible rows instead of a general proxy's row maps: the source's rows never
/// change sequence, so a trim of the oldest source rows removes a prefix here and a batch appended
/// there appends the accepted records here. Neither costs anything in proportion to the rows
/// already shown (QSortFilterProxyModel renumbers every mapped row on each trim). Changing a
/// filter rebuilds the list (a reset). Reads the TrafficModel's log directly, so a test per row
/// costs no QVariant and no allocation unless a non-ASCII text filter is set; which types the text
/// names (by id or translated words) is decided once per filter change, not per row.
class TrafficFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    /// No filter on this field (slot -1 is the wizard, so "any" cannot be -1).
    static constexpr int kAny = std::numeric_limits<int>::min();

    explicit TrafficFilterModel(QObject *parent = nullptr);

    /// Shows @p model (the live traffic or an imported capture) through the same filters.
    void setTrafficModel(TrafficModel *model);
    TrafficModel *trafficModel() const { return m_model; }

    void setTypeFilter(const QString &type); ///< empty: any type
    void setChannelFilter(int channel);      ///< kAny: any channel
    void setSlotFilter(int slot);            ///< kAny: any source; -1: the wizard
    void setTextFilter(const QString &text);
    QString typeFilter() const { return m_type; }
    int channelFilter() const { return m_channel; }
    int slotFilter() const { return m_slot; }
    QString textFilter() const { return m_text; }
    bool isFiltering() const { return !m_type.isEmpty() || m_channel != kAny || m_slot != kAny || !m_text.isEmpty(); }

    /// After a language change: the text filter also matches the types' words.
    void retranslate();

    /// The shown row holding sequence @p sequence, or -1 (filtered out, trimmed, never there).
    int rowOfSequence(quint64 sequence) const;
    quint64 sequenceAt(int row) const { return m_rows[size_t(row)]; }
    /// Cost of the last rebuild after a filter change, for the bench.
    qint64 lastRefilterNs() const { return m_lastRefilterNs; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void setSourceModel(QAbstractItemModel *model) override;
    bool accepts(int sourceRow) const;
    bool matchesText(int sourceRow) const;
    void matchTypes();
    bool textNamesType(TrafficRecord::Kind kind, quint16 edmId) const;
    void parseType();
    void refilter();
    void fill();
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    TrafficModel *m_model = nullptr;
    QList<QMetaObject::Connection> m_connections;
    std::deque<quint64> m_rows; ///< sequence numbers of the shown records, ascending
    QString m_type;
    bool m_typeNever = false; ///< a type id no record can have
    TrafficRecord::Kind m_typeKind = TrafficRecord::Kind::Event;
    quint16 m_typeEdmId = 0;
    int m_channel = kAny;
    int m_slot = kAny;
    QString m_text;
    QByteArray m_textAscii;            ///< the text filter in lower case when it is ASCII (searched in UTF-8 as it is)
    std::array<bool, 8> m_textKinds{}; ///< record kinds (not EDM frames) whose id or words contain the text
    QList<quint16> m_textPacketIds;    ///< EDM packet types whose id or words contain the text
    qint64 m_lastRefilterNs = 0;
};
