// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/SubmissionResult.h"
#include "ui/wizard/WizardStep.h"

class QCheckBox;
class QLabel;
class QProgressBar;

namespace huisuan {

/**
 * Step 7: what is about to be filed, the taxpayer's declaration, then sign and submit. The
 * submission runs in the session; the step waits for its answer (the bureau's verified receipt,
 * or the filing queued) and only then moves on, for good: there is no way back after it.
 */
class SubmitStep : public WizardStep
{
    Q_OBJECT
public:
    explicit SubmitStep(ReconciliationWizard& wizard);
    bool isComplete() const override;
    void initializePage() override;
    bool validatePage() override;

protected:
    void showState() override;
    void retranslate() override;

private:
    void onSubmitted(const huisuan::SubmissionResult& result);

    QLabel* m_summary;
    QCheckBox* m_declaration;
    QProgressBar* m_busy;
    QLabel* m_status;
    bool m_submitting = false;
    bool m_answered = false;
};

} // namespace huisuan
