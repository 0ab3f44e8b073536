// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wizard/WizardStep.h"

class QLabel;

namespace huisuan {

/** Step 1: whose return, for which year, and whether it corrects an accepted one. */
class IdentityStep : public WizardStep
{
    Q_OBJECT
public:
    explicit IdentityStep(ReconciliationWizard& wizard);
    bool isComplete() const override;

protected:
    void showState() override;
    void retranslate() override;

private:
    QLabel* m_nameCaption;
    QLabel* m_name;
    QLabel* m_numberCaption;
    QLabel* m_number;
    QLabel* m_yearCaption;
    QLabel* m_year;
    QLabel* m_correction;
    QLabel* m_problem;
};

} // namespace huisuan
