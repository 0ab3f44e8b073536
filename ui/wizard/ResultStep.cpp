// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/ResultStep.h"

#include "session/ReturnExplanation.h"
#include "session/TaxBreakdown.h"
#include "ui/DisplayAmount.h"
#include "ui/ReturnResultView.h"
#include "ui/TaxBreakdownChart.h"
#include "ui/wizard/ReconciliationWizard.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace huisuan {

namespace {

bool isZero(const QString& amount)
{
    return amount.isEmpty() || amount == QLatin1String("0.00");
}

} // namespace

ResultStep::ResultStep(ReconciliationWizard& wizard)
    : WizardStep(wizard)
    , m_headline(sentenceLabel("resultHeadline"))
    , m_explanation(sentenceLabel("resultExplanation"))
    , m_details(new QTabWidget)
    , m_figures(new ReturnResultView)
    , m_chart(new TaxBreakdownChart)
    , m_problem(sentenceLabel("wizardResultProblem"))
{
    setObjectName(QStringLiteral("resultStep"));
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.5);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_explanation);
    m_details->setObjectName(QStringLiteral("resultDetails"));
    m_details->addTab(m_figures, QString());
    m_details->addTab(m_chart, QString());
    layout->addWidget(m_details, 1);
    layout->addWidget(m_problem);
    retranslate();
    showState();
}

bool ResultStep::isComplete() const
{
    return reconciliation().preview().computed();
}

void ResultStep::showState()
{
    const ReturnPreview::Outcome& preview = reconciliation().preview();
    showProblem(m_problem);
    m_details->setVisible(preview.computed());
    if (!preview.computed()) {
        m_headline->clear();
        m_explanation->clear();
        return;
    }
    m_figures->setExplanation(ReturnExplanation::fromJson(preview.resultJson, preview.traceJson));
    m_chart->setBreakdown(TaxBreakdown::fromJson(preview.resultJson, preview.traceJson));
    const QString balance = preview.figures.value(QStringLiteral("balance"));
    if (!isZero(preview.refund)) {
        m_headline->setText(tr("Refund: %1").arg(displayAmount(preview.refund)));
        m_explanation->setText(tr("More tax was withheld during the year than the year's income owes. File to get "
                                  "the difference back."));
    } else if (!isZero(preview.amountDue)) {
        m_headline->setText(tr("To pay: %1").arg(displayAmount(preview.amountDue)));
        m_explanation->setText(tr("Less tax was withheld than the year's income owes. File, then pay the amount by "
                                  "the end of June."));
    } else if (preview.exemptFromPayment) {
        m_headline->setText(tr("Nothing to pay: exempt"));
        m_explanation->setText(tr("The return shows %1 more tax, but the law exempts you from paying it: your "
                                  "comprehensive income was at most 120 000 yuan, or the amount at most 400 yuan.")
                                   .arg(displayAmount(balance)));
    } else {
        m_headline->setText(tr("Nothing to pay and nothing to refund"));
        m_explanation->setText(tr("The tax withheld during the year is exactly what the year's income owes."));
    }
    m_headline->setAccessibleName(m_headline->text());
}

void ResultStep::retranslate()
{
    setTitle(tr("The result"));
    setSubTitle(tr("Computed from your income and deductions under the year's rules."));
    m_details->setTabText(0, tr("How it was computed"));
    m_details->setTabText(1, tr("Where the tax comes from"));
}

} // namespace huisuan
