// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wizard/WizardStep.h"

class QLabel;

namespace huisuan {

/** Step 8: the bureau's verified receipt, or why there is none yet. */
class ReceiptStep : public WizardStep
{
    Q_OBJECT
public:
    explicit ReceiptStep(ReconciliationWizard& wizard);
    void initializePage() override;

protected:
    void retranslate() override;

private:
    QLabel* m_headline;
    QLabel* m_details;
};

} // namespace huisuan
