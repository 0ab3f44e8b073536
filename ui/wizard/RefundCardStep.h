// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wizard/WizardStep.h"

class QLabel;
class QLineEdit;

namespace huisuan {

/** Step 6, with a refund only: the bank card the refund goes to, checked as it is typed. */
class RefundCardStep : public WizardStep
{
    Q_OBJECT
public:
    explicit RefundCardStep(ReconciliationWizard& wizard);
    bool isComplete() const override;
    void initializePage() override;
    /** Keeps the card in the vault's profile before the return is signed. */
    bool validatePage() override;

protected:
    void retranslate() override;

private:
    void checkCard();

    QLabel* m_bankCaption;
    QLineEdit* m_bank;
    QLabel* m_cardCaption;
    QLineEdit* m_card;
    QLabel* m_cardError;
    QLabel* m_note;
};

} // namespace huisuan
