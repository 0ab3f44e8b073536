// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/TaxBreakdown.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTabWidget;

namespace huisuan {

/**
 * Where the tax comes from, in three charts (Qt Charts): the income by category, the deductions
 * by kind, and the tax of each bracket the taxable income reaches. A sentence under them says the
 * same for screen readers and for anyone who prefers words; the amounts are exact text, the
 * charts' shapes only approximate them.
 */
class TaxBreakdownChart : public QWidget
{
    Q_OBJECT
public:
    explicit TaxBreakdownChart(QWidget* parent = nullptr);

    /** Draws `breakdown`; called again with one rebuilt after a language change. */
    void setBreakdown(const TaxBreakdown& breakdown);
    QChart* incomeChart() const;
    QChart* deductionChart() const;
    QChart* bracketChart() const;
    /** The summary in words, as shown under the charts and given as the accessible description. */
    QString summary() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void drawIncome();
    void drawDeductions();
    void drawBrackets();

    TaxBreakdown m_breakdown;
    QTabWidget* m_tabs;
    QChartView* m_incomeView;
    QChartView* m_deductionView;
    QChartView* m_bracketView;
    QLabel* m_summary;
};

} // namespace huisuan
