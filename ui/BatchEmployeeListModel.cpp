// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/BatchEmployeeListModel.h"

#include "ui/DisplayAmount.h"
#include "ui/ProblemMark.h"

#include <QBrush>
#include <QLocale>

namespace huisuan {

qlonglong fenSortKey(const QString& canonical)
{
    QString digits = canonical;
    digits.remove(QLatin1Char('.'));
    return digits.toLongLong();
}

BatchEmployeeListModel::BatchEmployeeListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BatchEmployeeListModel::setRows(const QList<BatchEmployeeRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void BatchEmployeeListModel::setRefused(const QHash<QString, QString>& reasonOf)
{
    beginResetModel();
    m_refused = reasonOf;
    endResetModel();
}

void BatchEmployeeListModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

int BatchEmployeeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchEmployeeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchEmployeeListModel::statusText(const BatchEmployeeRow& row) const
{
    if (m_refused.contains(row.identityNumber)) {
        return tr("Could not be computed");
    }
    if (row.monthsPaid == 0) {
        return tr("No payroll yet");
    }
    if (row.monthsComputed == row.monthsPaid) {
        return tr("Computed");
    }
    return tr("Not computed");
}

QVariant BatchEmployeeListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const BatchEmployeeRow& row = m_rows.at(index.row());
    const auto refused = m_refused.constFind(row.identityNumber);
    if (refused != m_refused.constEnd()) {
        if (role == Qt::BackgroundRole) {
            return problemRowBackground();
        }
        if (role == Qt::ToolTipRole) {
            return *refused;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= MonthsColumn && index.column() <= WithheldColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    const bool sorting = role == SortRole;
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case IdentityColumn:
        return row.identityNumber;
    case StartColumn:
        return sorting ? QVariant(row.employmentStart)
                       : QVariant(QLocale().toString(row.employmentStart, QLocale::ShortFormat));
    case MonthsColumn:
        return row.monthsPaid;
    case WagesColumn:
        return sorting ? QVariant(fenSortKey(row.wages)) : QVariant(displayAmount(row.wages));
    case WithheldColumn:
        return sorting ? QVariant(fenSortKey(row.withheld)) : QVariant(displayAmount(row.withheld));
    case StatusColumn:
        return statusText(row);
    default:
        return {};
    }
}

QVariant BatchEmployeeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdentityColumn:
        return tr("Identity number");
    case StartColumn:
        return tr("Employed since");
    case MonthsColumn:
        return tr("Months paid");
    case WagesColumn:
        return tr("Wages");
    case WithheldColumn:
        return tr("Tax withheld");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace huisuan
