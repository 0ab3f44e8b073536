// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/BatchMonthListModel.h"

#include "ui/DisplayAmount.h"
#include "ui/ProblemMark.h"

#include <QBrush>

namespace huisuan {

BatchMonthListModel::BatchMonthListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BatchMonthListModel::setRows(int taxYear, const QList<BatchMonthRow>& rows)
{
    beginResetModel();
    m_taxYear = taxYear;
    m_rows = rows;
    endResetModel();
}

void BatchMonthListModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

int BatchMonthListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchMonthListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchMonthListModel::stateText(BatchMonthRow::State state)
{
    switch (state) {
    case BatchMonthRow::State::Imported:
        return tr("Imported, not computed");
    case BatchMonthRow::State::Computed:
        return tr("Computed");
    case BatchMonthRow::State::Stale:
        return tr("Partly computed: compute again");
    }
    return {};
}

QVariant BatchMonthListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const BatchMonthRow& row = m_rows.at(index.row());
    if (row.state == BatchMonthRow::State::Stale && role == Qt::BackgroundRole) {
        return problemRowBackground();
    }
    if (role == Qt::TextAlignmentRole && index.column() >= EmployeesColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case MonthColumn:
        return QStringLiteral("%1-%2").arg(m_taxYear).arg(row.month, 2, 10, QLatin1Char('0'));
    case StateColumn:
        return stateText(row.state);
    case EmployeesColumn:
        return row.employees;
    case WagesColumn:
        return displayAmount(row.wages);
    case WithheldColumn:
        return row.state == BatchMonthRow::State::Imported ? QString() : displayAmount(row.withheld);
    default:
        return {};
    }
}

QVariant BatchMonthListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case StateColumn:
        return tr("State");
    case EmployeesColumn:
        return tr("Employees paid");
    case WagesColumn:
        return tr("Wages");
    case WithheldColumn:
        return tr("Tax withheld");
    default:
        return {};
    }
}

} // namespace huisuan
