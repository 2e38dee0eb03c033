#pragma once

#include "provisioning/resultstore.h"

#include <QAbstractTableModel>

/// Result rows as a table; the view sorts and filters through a QSortFilterProxyModel.
/// Qt::DisplayRole is what the operator reads, SortRole is a value that sorts right (times as
/// numbers), FilterRole holds every searchable field of the row (one column covers them all).
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
        Port,
        Duration,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        FilterRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<ResultRow> rows);
    const ResultRow &row(int index) const { return m_rows[index]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ResultRow> m_rows;
};
