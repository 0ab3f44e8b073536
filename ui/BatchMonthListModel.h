// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/BatchRows.h"

#include <QAbstractTableModel>

namespace huisuan {

/** The month table of a workspace's year: each month with payroll, its state and totals. */
class BatchMonthListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MonthColumn, StateColumn, EmployeesColumn, WagesColumn, WithheldColumn, ColumnCount };

    explicit BatchMonthListModel(QObject* parent = nullptr);

    void setRows(int taxYear, const QList<BatchMonthRow>& rows);
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(BatchMonthRow::State state);

private:
    int m_taxYear = 0;
    QList<BatchMonthRow> m_rows;
};

} // namespace huisuan
