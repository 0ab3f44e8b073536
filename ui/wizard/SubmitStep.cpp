// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/SubmitStep.h"

#include "session/BankCardCheck.h"
#include "ui/DisplayAmount.h"
#include "ui/wizard/ReconciliationWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace huisuan {

SubmitStep::SubmitStep(ReconciliationWizard& wizard)
    : WizardStep(wizard)
    , m_summary(sentenceLabel("submitSummary"))
    , m_declaration(new QCheckBox)
    , m_busy(new QProgressBar)
    , m_status(sentenceLabel("submitStatus"))
{
    setObjectName(QStringLiteral("submitStep"));
    setCommitPage(true);
    m_declaration->setObjectName(QStringLiteral("declarationCheckBox"));
    m_busy->setObjectName(QStringLiteral("submitBusy"));
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setTextVisible(false);
    connect(m_declaration, &QCheckBox::toggled, this, &SubmitStep::completeChanged);
    connect(&wizard.session(), &DesktopSession::submitFinished, this, &SubmitStep::onSubmitted);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_declaration);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addStretch();
    retranslate();
}

bool SubmitStep::isComplete() const
{
    return m_declaration->isChecked() && !m_submitting && reconciliation().preview().computed();
}

void SubmitStep::initializePage()
{
    m_declaration->setChecked(false);
    m_status->clear();
    m_submitting = false;
    m_answered = false;
    showState();
}

bool SubmitStep::validatePage()
{
    if (m_answered) {
        return true;
    }
    m_submitting = true;
    m_busy->setVisible(true);
    m_status->setText(tr("Signing and sending your return to the bureau…"));
    m_declaration->setEnabled(false);
    emit completeChanged();
    reconciliation().session().submitReturn(reconciliation().draft(), reconciliation().replaces());
    return false;
}

void SubmitStep::showState()
{
    const ReconciliationWizard& wizard = reconciliation();
    const ReturnPreview::Outcome& preview = wizard.preview();
    if (!preview.computed()) {
        m_summary->clear();
        return;
    }
    QString outcome;
    if (preview.refund != QLatin1String("0.00")) {
        outcome = tr("a refund of %1 to your card %2")
                      .arg(displayAmount(preview.refund), BankCardCheck::masked(wizard.taxpayer().refundCard));
    } else if (preview.amountDue != QLatin1String("0.00")) {
        outcome = tr("%1 to pay").arg(displayAmount(preview.amountDue));
    } else {
        outcome = tr("nothing to pay and nothing to refund");
    }
    m_summary->setText(
        tr("You are about to sign the %1 annual return of %2 with your enrolment key and file it "
           "with the bureau: tax payable %3, %4.")
            .arg(
                QString::number(wizard.taxYear()), wizard.taxpayer().name, displayAmount(preview.taxPayable), outcome));
}

void SubmitStep::retranslate()
{
    setTitle(tr("Sign and submit"));
    setSubTitle(tr("Once submitted, a return can only be corrected (更正) or withdrawn (作废), never silently "
                   "changed."));
    m_declaration->setText(tr("I declare that this return is true, accurate and complete, and I am responsible "
                              "for it under the law."));
    m_declaration->setAccessibleName(tr("Declaration"));
    m_busy->setAccessibleName(tr("Submitting"));
}

void SubmitStep::onSubmitted(const SubmissionResult& result)
{
    if (!m_submitting) {
        return;
    }
    m_submitting = false;
    m_busy->setVisible(false);
    m_declaration->setEnabled(true);
    if (result.state == SubmissionResult::State::NotFiled) {
        // Nothing was signed: the taxpayer may fix what the message names and try again.
        m_status->setText(result.message);
        emit completeChanged();
        return;
    }
    m_answered = true;
    reconciliation().setSubmission(result);
    reconciliation().next();
}

} // namespace huisuan
