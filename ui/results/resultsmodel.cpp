#include "results/resultsmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

void ResultsModel::setRows(QList<ResultRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
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
    const ResultRow &r = m_rows[index.row()];
    const qint64 durationMs = r.started.isValid() && r.finished.isValid() ? r.started.msecsTo(r.finished) : -1;
    if (role == FilterRole) {
        QString mac = r.mac;
        return QStringList{QString::number(r.id),
                           outcomeText(r.outcome),
                           outcomeName(r.outcome),
                           r.causeMessage,
                           causeText(r.cause),
                           causeCode(r.cause),
                           r.model,
                           r.firmware,
                           r.mac,
                           mac.remove(u':'),
                           r.deviceId,
                           r.registrationId,
                           r.assignedHub,
                           r.port,
                           r.operationId,
                           r.started.toLocalTime().toString(Qt::ISODate)}
            .join(u'\n');
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Id:
            return r.id;
        case Started:
            return r.started.toMSecsSinceEpoch();
        case Duration:
            return durationMs;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
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
    case Port:
        return tr("Port");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}
