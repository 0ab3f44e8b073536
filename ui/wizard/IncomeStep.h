// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wizard/WizardStep.h"

class QLabel;
class QPushButton;
class QTableView;

namespace huisuan {

class IncomeRecordListModel;

/** Step 2: the year's income records, prefilled or typed, and their totals as the return counts them. */
class IncomeStep : public WizardStep
{
    Q_OBJECT
public:
    explicit IncomeStep(ReconciliationWizard& wizard);
    bool isComplete() const override;

protected:
    void showState() override;
    void retranslate() override;

private:
    QTableView* m_table;
    IncomeRecordListModel* m_model;
    QLabel* m_totals;
    QLabel* m_disputed;
    QLabel* m_problem;
    QPushButton* m_changeButton;
};

} // namespace huisuan
