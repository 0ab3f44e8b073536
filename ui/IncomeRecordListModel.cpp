// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/IncomeRecordListModel.h"

#include "ui/DisplayAmount.h"

namespace huisuan {

IncomeRecordListModel::IncomeRecordListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void IncomeRecordListModel::setRows(const QList<IncomeRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void IncomeRecordListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
    }
}

int IncomeRecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int IncomeRecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncomeRecordListModel::categoryText(const QString& category)
{
    if (category == QLatin1String("wages")) {
        return tr("Wages");
    }
    if (category == QLatin1String("labor")) {
        return tr("Labor remuneration");
    }
    if (category == QLatin1String("author")) {
        return tr("Author's remuneration");
    }
    if (category == QLatin1String("royalty") || category == QLatin1String("royalties")) {
        return tr("Royalties");
    }
    return category;
}

QString IncomeRecordListModel::originText(const IncomeRow& row)
{
    switch (row.origin) {
    case IncomeRow::Origin::Prefill:
        return row.disputed ? tr("Prefilled by the bureau, disputed") : tr("Prefilled by the bureau");
    case IncomeRow::Origin::Imported:
        return tr("Imported from a file");
    case IncomeRow::Origin::Typed:
        break;
    }
    return tr("Typed in by you");
}

QVariant IncomeRecordListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const IncomeRow& row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == PayerColumn && !row.payerCreditCode.isEmpty()) {
        return tr("Unified social credit code: %1").arg(row.payerCreditCode);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == AmountColumn || index.column() == WithheldColumn)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case MonthColumn:
        return row.month;
    case PayerColumn:
        return row.payer;
    case CategoryColumn:
        return categoryText(row.category);
    case AmountColumn:
        return displayAmount(row.amount);
    case WithheldColumn:
        return displayAmount(row.withheld);
    case OriginColumn:
        return originText(row);
    default:
        return {};
    }
}

QVariant IncomeRecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case PayerColumn:
        return tr("Payer");
    case CategoryColumn:
        return tr("Kind of income");
    case AmountColumn:
        return tr("Income");
    case WithheldColumn:
        return tr("Tax withheld");
    case OriginColumn:
        return tr("Origin");
    default:
        return {};
    }
}

} // namespace huisuan
