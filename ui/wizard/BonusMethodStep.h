// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wizard/WizardStep.h"

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace huisuan {

/**
 * Step 4, with an annual bonus only: taxed separately or combined with the year's income, the
 * total tax of each side by side, and the lower one recommended.
 */
class BonusMethodStep : public WizardStep
{
    Q_OBJECT
public:
    explicit BonusMethodStep(ReconciliationWizard& wizard);
    bool isComplete() const override;
    /** The draft may say "optimal" still: the lower method is chosen for the taxpayer to confirm or change. */
    void initializePage() override;

protected:
    void showState() override;
    void retranslate() override;

private:
    QButtonGroup* m_group;
    QRadioButton* m_separate;
    QRadioButton* m_combined;
    QLabel* m_separateTotal;
    QLabel* m_combinedTotal;
    QLabel* m_recommendation;
};

} // namespace huisuan
