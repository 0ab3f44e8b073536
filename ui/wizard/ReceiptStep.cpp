// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/ReceiptStep.h"

#include "ui/DisplayAmount.h"
#include "ui/wizard/ReconciliationWizard.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace huisuan {

ReceiptStep::ReceiptStep(ReconciliationWizard& wizard)
    : WizardStep(wizard)
    , m_headline(sentenceLabel("receiptHeadline"))
    , m_details(sentenceLabel("receiptDetails"))
{
    setObjectName(QStringLiteral("receiptStep"));
    setFinalPage(true);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.3);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addStretch();
    retranslate();
}

void ReceiptStep::initializePage()
{
    const SubmissionResult& result = reconciliation().submission();
    QStringList details;
    switch (result.state) {
    case SubmissionResult::State::Accepted:
        m_headline->setText(tr("Filed: the bureau accepted your return"));
        details << tr("Receipt: %1").arg(result.receiptId)
                << tr("Issued: %1").arg(QLocale().toString(result.receiptIssuedAt.toLocalTime(), QLocale::LongFormat))
                << tr("Submission: %1").arg(result.submissionId)
                << tr("Tax payable (the bureau's computation): %1").arg(displayAmount(result.taxPayable))
                << tr("Tax withheld: %1").arg(displayAmount(result.taxWithheld))
                << tr("Fingerprint of what you signed (SM3): %1").arg(result.filingDigest)
                << tr("The receipt carries the bureau's SM2 signature, verified; your vault keeps it.");
        break;
    case SubmissionResult::State::Rejected:
        m_headline->setText(tr("The bureau did not accept your return"));
        details << result.problems << result.message
                << tr("Nothing was filed. Change what the bureau names and reconcile again.");
        break;
    case SubmissionResult::State::Queued:
    case SubmissionResult::State::Alarm:
        m_headline->setText(tr("Signed and waiting for the bureau"));
        details << result.message << tr("Submission: %1").arg(result.submissionId)
                << tr("Your filing is kept in the vault and sent again until the bureau answers; it is never filed "
                      "twice. Its state shows on the home page.");
        break;
    case SubmissionResult::State::NotFiled:
        m_headline->setText(tr("Nothing was filed"));
        details << result.message;
        break;
    }
    details.removeAll(QString());
    m_details->setText(details.join(QLatin1Char('\n')));
    m_headline->setAccessibleName(m_headline->text());
    m_details->setAccessibleName(m_details->text());
}

void ReceiptStep::retranslate()
{
    setTitle(tr("Receipt"));
    if (isVisible()) {
        initializePage();
    }
}

} // namespace huisuan
