// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wizard/WizardStep.h"

class QLabel;
class QVBoxLayout;

namespace huisuan {

class FigureList;

/** Step 5: the result — a refund, an amount to pay, the exemption, or nothing either way — and how it was reached. */
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
    FigureList* m_figures;
    QLabel* m_problem;
};

} // namespace huisuan
