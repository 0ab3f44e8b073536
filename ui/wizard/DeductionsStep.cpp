// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/DeductionsStep.h"

#include "ui/wizard/FigureList.h"
#include "ui/wizard/ReconciliationWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace huisuan {

DeductionsStep::DeductionsStep(ReconciliationWizard& wizard)
    : WizardStep(wizard)
    , m_figures(new FigureList({QStringLiteral("basic_deduction"),
                                QStringLiteral("special_deductions"),
                                QStringLiteral("special_additional_deductions"),
                                QStringLiteral("other_deductions"),
                                QStringLiteral("donations_deducted")}))
    , m_problem(sentenceLabel("wizardDeductionsProblem"))
    , m_changeButton(new QPushButton)
{
    setObjectName(QStringLiteral("deductionsStep"));
    m_changeButton->setObjectName(QStringLiteral("wizardChangeDeductionsButton"));
    connect(m_changeButton, &QPushButton::clicked, this, [this] {
        emit reconciliation().deductionsRequested(reconciliation().taxYear());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_changeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_figures);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addStretch();
    retranslate();
    showState();
}

bool DeductionsStep::isComplete() const
{
    return reconciliation().preview().computed();
}

void DeductionsStep::showState()
{
    m_figures->showFigures(reconciliation().preview().figures);
    showProblem(m_problem);
}

void DeductionsStep::retranslate()
{
    setTitle(tr("Your deductions"));
    setSubTitle(tr("The amounts the law allows for what you claimed, after the year's caps. Claim a deduction you "
                   "are entitled to before you file: it lowers your tax."));
    m_figures->setCaptions({tr("Basic deduction:"),
                            tr("Special deductions (social insurance and housing fund):"),
                            tr("Special additional deductions:"),
                            tr("Other deductions:"),
                            tr("Donations:")});
    m_changeButton->setText(tr("Change &deductions…"));
    m_changeButton->setAccessibleName(tr("Change the deductions of this year"));
}

} // namespace huisuan
