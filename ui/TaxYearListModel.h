// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/TaxYearOverview.h"

#include <QAbstractTableModel>
#include <QList>

namespace huisuan {

/** The home page's table: one row per tax year, newest first, with its state and the next step. */
class TaxYearListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { YearColumn, StateColumn, NextStepColumn, ColumnCount };

    explicit TaxYearListModel(QObject* parent = nullptr);

    void setYears(const QList<TaxYearOverview>& years);
    /** The tax year of `row`, or 0 when there is no such row. */
    int taxYear(int row) const { return row >= 0 && row < m_years.size() ? m_years.at(row).taxYear : 0; }
    /** True when the year of `row` has a computed return to show (a draft of deductions alone has none). */
    bool hasReturn(int row) const { return row >= 0 && row < m_years.size() && m_years.at(row).hasReturn; }
    /** Whether the year of `row` has filings to show. */
    bool hasFilings(int row) const { return row >= 0 && row < m_years.size() && m_years.at(row).hasFilings; }
    /** Re-reads every text after a language change. */
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString stateText(const TaxYearOverview& year);
    static QString nextStepText(const TaxYearOverview& year);

    QList<TaxYearOverview> m_years;
};

} // namespace huisuan
