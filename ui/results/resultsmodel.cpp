#include "results/resultsmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace {

// Columns and the database order each one sorts by (ResultQuery::Sort), in column order.
const ResultQuery::Sort kColumnSort[ResultsModel::ColumnCount] = {
    ResultQuery::Sort::Id,      ResultQuery::Sort::Started, ResultQuery::Sort::Outcome,  ResultQuery::Sort::Cause,
    ResultQuery::Sort::Model,   ResultQuery::Sort::Mac,     ResultQuery::Sort::DeviceId, ResultQuery::Sort::AssignedHub,
    ResultQuery::Sort::Station, ResultQuery::Sort::Port,    ResultQuery::Sort::Duration,
};

int compareValues(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString()); // UTF-16 order: the database's code-point order
    const qint64 x = a.toLongLong(), y = b.toLongLong();
    return x < y ? -1 : x > y ? 1 : 0;
}

} // namespace

ResultQuery::Sort ResultsModel::sortFor(int column)
{
    return column >= 0 && column < ColumnCount ? kColumnSort[column] : ResultQuery::Sort::Id;
}

void ResultsModel::setQuery(const ResultQuery &query)
{
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_ids.clear();
    m_more = false;
    m_keep = kKeepRows;
    endResetModel();
}

void ResultsModel::resetRows(const QList<ResultRow> &rows, bool more)
{
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    for (const ResultRow &r : rows) {
        if (!m_ids.contains(r.id)) {
            m_ids.insert(r.id);
            m_rows.append(std::make_shared<const ResultRow>(r));
        }
    }
    m_more = more;
    m_fetching = false;
    m_keep = std::max<int>(kKeepRows, int(m_rows.size()));
    endResetModel();
}

void ResultsModel::appendPage(const QList<ResultRow> &rows, bool more)
{
    QList<Row> fresh;
    for (const ResultRow &r : rows) {
        if (!m_ids.contains(r.id)) // arrived since with addRow()
            fresh.append(std::make_shared<const ResultRow>(r));
    }
    m_fetching = false;
    m_more = more;
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Row &r : std::as_const(fresh)) {
        m_ids.insert(r->id);
        m_rows.append(r);
    }
    endInsertRows();
    m_keep = std::max<int>(m_keep, int(m_rows.size())); // what the operator scrolled to stays
}

bool ResultsModel::before(const ResultRow &a, const ResultRow &b) const
{
    int c = compareValues(ResultStore::sortValue(a, m_query.sort), ResultStore::sortValue(b, m_query.sort));
    if (c == 0)
        c = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return m_query.descending ? c > 0 : c < 0;
}

int ResultsModel::addRow(const ResultRow &row)
{
    if (!ResultStore::matches(row, m_query.filter) || (!m_query.station.isEmpty() && row.station != m_query.station))
        return -1;
    if (m_ids.contains(row.id)) { // a row shown before (running, or a replayed journal row): update it
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i]->id == row.id) {
                m_rows[i] = std::make_shared<const ResultRow>(row);
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
                return i;
            }
        }
    }
    // Binary search in the database's order. The newest-first default puts it at row 0.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row,
                                     [this](const Row &shown, const ResultRow &r) { return before(*shown, r); });
    const int at = int(it - m_rows.cbegin());
    if (at == m_rows.size() && m_more)
        return -1; // beyond what is loaded: the page that reaches it brings it
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::make_shared<const ResultRow>(row));
    m_ids.insert(row.id);
    endInsertRows();
    trim();
    return at;
}

void ResultsModel::trim()
{
    // A long shift pushes rows down: keep what was loaded, fetch the rest again if scrolled to.
    const int excess = int(m_rows.size()) - m_keep;
    if (excess <= 0)
        return;
    const int first = int(m_rows.size()) - excess;
    beginRemoveRows({}, first, int(m_rows.size()) - 1);
    for (int i = first; i < m_rows.size(); ++i)
        m_ids.remove(m_rows[i]->id);
    m_rows.resize(first);
    endRemoveRows();
    m_more = true;
}

std::optional<ResultRow> ResultsModel::lastRow() const
{
    if (m_rows.isEmpty())
        return std::nullopt;
    return *m_rows.last();
}

bool ResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void ResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit fetchRequested();
}

void ResultsModel::sort(int column, Qt::SortOrder order)
{
    const ResultQuery::Sort sort = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    emit sortRequested(sort, descending);
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ResultRow &r = *m_rows[index.row()];
    const qint64 durationMs = r.started.isValid() && r.finished.isValid() ? r.started.msecsTo(r.finished) : -1;
    if (role == SortRole)
        return ResultStore::sortValue(r, sortFor(index.column()));
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        if (r.outcome == ::Outcome::Pass)
            return QBrush(QColor(0x1b, 0x7f, 0x3a));
        if (r.outcome == ::Outcome::Fail)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == CauseColumn)
        return causeText(r.cause);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return r.id;
    case Started:
        return QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat);
    case OutcomeColumn:
        return outcomeText(r.outcome);
    case CauseColumn:
        return r.causeMessage;
    case Model:
        return r.model;
    case Mac:
        return r.mac;
    case DeviceId:
        return r.deviceId;
    case AssignedHub:
        return r.assignedHub;
    case Station:
        return r.station;
    case Port:
        return r.port;
    case Duration:
        return durationMs < 0 ? QString() : tr("%1 s").arg(QLocale().toString(durationMs / 1000.0, 'f', 1));
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("#");
    case Started:
        return tr("Started");
    case OutcomeColumn:
        return tr("Result");
    case CauseColumn:
        return tr("Cause");
    case Model:
        return tr("Module");
    case Mac:
        return tr("MAC");
    case DeviceId:
        return tr("Device ID");
    case AssignedHub:
        return tr("Assigned hub");
    case Station:
        return tr("Station");
    case Port:
        return tr("Port");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}
