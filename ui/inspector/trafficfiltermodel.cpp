#include "inspector/trafficfiltermodel.h"

#include "inspector/trafficmodel.h"

TrafficFilterModel::TrafficFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void TrafficFilterModel::setTrafficModel(TrafficModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void TrafficFilterModel::setTypeFilter(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

void TrafficFilterModel::setChannelFilter(int channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    invalidateFilter();
}

void TrafficFilterModel::setSlotFilter(int slot)
{
    if (slot == m_slot)
        return;
    m_slot = slot;
    invalidateFilter();
}

void TrafficFilterModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool TrafficFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (!m_model || parent.isValid())
        return true;
    const traffic::TrafficLog &log = m_model->log();
    if (m_channel != kAny && log.channel(row) != m_channel)
        return false;
    if (m_slot != kAny && log.slot(row) != m_slot)
        return false;
    if (!m_type.isEmpty() && m_model->typeOf(row) != m_type)
        return false;
    if (!m_text.isEmpty()) {
        const QString summary = m_model->data(m_model->index(row, TrafficModel::SummaryColumn)).toString();
        if (!summary.contains(m_text, Qt::CaseInsensitive) &&
            !m_model->typeOf(row).contains(m_text, Qt::CaseInsensitive)
            // Summaries are cut short; an engineer looking for a JSON key means the payload too.
            && !QString::fromLatin1(m_model->record(row).raw).contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
