#pragma once

#include "provisioning/resultstore.h"

#include <QAbstractTableModel>
#include <QSet>

#include <memory>

/// The history as a table that never holds more than it must (issue 13, "a shift does not slow
/// the station down"): rows arrive a page at a time from the database (fetchMore(), keyset paging
/// in the database's order) and one at a time as attempts finish (addRow(): placed by a binary
/// search, never a reload). Sorting and filtering are the database's (ResultStore::query() and
/// ResultStore::matches()), so a lazily loaded table is still right.
///
/// Qt::DisplayRole is what the operator reads; SortRole is the value the database orders by.
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Started,
        OutcomeColumn,
        CauseColumn,
        Model,
        Mac,
        DeviceId,
        AssignedHub,
        Station,
        Port,
        Duration,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
    };
    /// Rows kept after new ones push older ones down: at least this many, or as many as were
    /// fetched by scrolling; the rest is fetched again when scrolled to.
    static constexpr int kKeepRows = 1000;

    using QAbstractTableModel::QAbstractTableModel;

    /// The query the rows follow (filter, station, order); setting it empties the model.
    void setQuery(const ResultQuery &query);
    const ResultQuery &query() const { return m_query; }
    /// The first page of the current query; @p more: the database has rows after it.
    void resetRows(const QList<ResultRow> &rows, bool more);
    /// A further page (rows already shown are skipped).
    void appendPage(const QList<ResultRow> &rows, bool more);
    /// A finished attempt: shown where the database order puts it, when it passes the filter and
    /// falls within what is loaded. Returns its row, or -1 when it is not shown (yet).
    int addRow(const ResultRow &row);
    const ResultRow &row(int index) const { return *m_rows[index]; }
    /// The last loaded row (the keyset of the next page), or nullopt when empty.
    std::optional<ResultRow> lastRow() const;
    bool hasMore() const { return m_more; }
    void setFetching(bool fetching) { m_fetching = fetching; }
    static ResultQuery::Sort sortFor(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Asks for the database's order (sortRequested()); the rows come back with resetRows().
    void sort(int column, Qt::SortOrder order) override;

signals:
    /// The view loads the page after lastRow() and hands it to appendPage().
    void fetchRequested();
    void sortRequested(ResultQuery::Sort sort, bool descending);

private:
    /// True when @p a comes before @p b in the query's order.
    bool before(const ResultRow &a, const ResultRow &b) const;
    void trim();

    using Row = std::shared_ptr<const ResultRow>;
    QList<Row> m_rows; ///< pointers: an insertion moves 8 bytes a row, not a ResultRow
    QSet<qint64> m_ids;
    ResultQuery m_query;
    bool m_more = false;
    bool m_fetching = false;
    int m_keep = kKeepRows;
};
