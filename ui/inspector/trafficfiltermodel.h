#pragma once

#include <QSortFilterProxyModel>

class TrafficModel;

/// Filters the inspector's rows by type (traffic::typeName), channel, slot and free text
/// (case-insensitive, in the summary and the type). Reads the TrafficModel's log directly, so a
/// test per row costs no QVariant and no allocation unless a text filter is set.
class TrafficFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr int kAny = -1;

    explicit TrafficFilterModel(QObject *parent = nullptr);

    void setTrafficModel(TrafficModel *model);
    TrafficModel *trafficModel() const { return m_model; }

    void setTypeFilter(const QString &type); ///< empty: any type
    void setChannelFilter(int channel);      ///< kAny: any channel
    void setSlotFilter(int slot);            ///< kAny: any slot
    void setTextFilter(const QString &text);
    QString typeFilter() const { return m_type; }
    int channelFilter() const { return m_channel; }
    int slotFilter() const { return m_slot; }
    QString textFilter() const { return m_text; }
    bool isFiltering() const { return !m_type.isEmpty() || m_channel != kAny || m_slot != kAny || !m_text.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TrafficModel *m_model = nullptr;
    QString m_type;
    int m_channel = kAny;
    int m_slot = kAny;
    QString m_text;
};
