// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wizard/WizardStep.h"

class QLabel;
class QPushButton;

namespace huisuan {

class FigureList;

/** Step 3: the deductions the return allows, as the engine counted them, and the way to change them. */
class DeductionsStep : public WizardStep
{
    Q_OBJECT
public:
    explicit DeductionsStep(ReconciliationWizard& wizard);
    bool isComplete() const override;

protected:
    void showState() override;
    void retranslate() override;

private:
    FigureList* m_figures;
    QLabel* m_problem;
    QPushButton* m_changeButton;
};

} // namespace huisuan
