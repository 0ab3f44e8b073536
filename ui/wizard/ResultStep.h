// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wizard/WizardStep.h"

class QLabel;
class QTabWidget;

namespace huisuan {

class ReturnResultView;
class TaxBreakdownChart;

/**
 * Step 5: the result — a refund, an amount to pay, the exemption, or nothing either way — and how
 * it was reached: every figure with its "why?", and a chart of where the tax comes from.
 */
class ResultStep : public WizardStep
{
    Q_OBJECT
public:
    explicit ResultStep(ReconciliationWizard& wizard);
    bool isComplete() const override;

protected:
    void showState() override;
    void retranslate() override;

private:
    QLabel* m_headline;
    QLabel* m_explanation;
    QTabWidget* m_details;
    ReturnResultView* m_figures;
    TaxBreakdownChart* m_chart;
    QLabel* m_problem;
};

} // namespace huisuan
