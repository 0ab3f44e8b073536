// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/IncomeRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace huisuan {

/** The income page's table: one row per income record of a tax year, its origin in words. */
class IncomeRecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MonthColumn, PayerColumn, CategoryColumn, AmountColumn, WithheldColumn, OriginColumn, ColumnCount };

    explicit IncomeRecordListModel(QObject* parent = nullptr);

    void setRows(const QList<IncomeRow>& rows);
    /** The record shown in `row`, which must be one of the rows. */
    const IncomeRow& rowAt(int row) const { return m_rows.at(row); }
    /** Re-reads every text after a language change. */
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The kind of income in words: "wages" → Wages; an unknown kind as the engine names it. */
    static QString categoryText(const QString& category);
    static QString originText(const IncomeRow& row);

private:
    QList<IncomeRow> m_rows;
};

} // namespace huisuan
