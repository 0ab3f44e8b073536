// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/IncomeStep.h"

#include "ui/DisplayAmount.h"
#include "ui/IncomeRecordListModel.h"
#include "ui/PageStyle.h"
#include "ui/wizard/ReconciliationWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace huisuan {

IncomeStep::IncomeStep(ReconciliationWizard& wizard)
    : WizardStep(wizard)
    , m_table(new QTableView)
    , m_model(new IncomeRecordListModel(this))
    , m_totals(sentenceLabel("wizardIncomeTotals"))
    , m_disputed(sentenceLabel("wizardDisputedNote"))
    , m_problem(sentenceLabel("wizardIncomeProblem"))
    , m_changeButton(new QPushButton)
{
    setObjectName(QStringLiteral("incomeStep"));
    m_table->setObjectName(QStringLiteral("wizardIncomeView"));
    m_table->setModel(m_model);
    styleAsRecordTable(m_table);
    m_changeButton->setObjectName(QStringLiteral("wizardChangeIncomeButton"));
    connect(m_changeButton, &QPushButton::clicked, this, [this] {
        emit reconciliation().incomeRequested(reconciliation().taxYear());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_totals, 1);
    buttons->addWidget(m_changeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_disputed);
    layout->addWidget(m_problem);
    retranslate();
    showState();
}

bool IncomeStep::isComplete() const
{
    return reconciliation().ready() && reconciliation().problem().isEmpty();
}

void IncomeStep::showState()
{
    const ReconciliationWizard& wizard = reconciliation();
    m_model->setRows(wizard.income());
    const ReturnPreview::Outcome& preview = wizard.preview();
    if (!wizard.ready()) {
        m_totals->setText(tr("Reading your income…"));
    } else if (wizard.income().isEmpty()) {
        m_totals->setText(tr("No income is recorded for %1. Download it from the bureau, or add what you received, "
                             "on the income page.")
                              .arg(wizard.taxYear()));
    } else if (preview.computed()) {
        m_totals->setText(tr("Income recorded: %1; tax already withheld: %2.")
                              .arg(displayAmount(preview.recordedIncome), displayAmount(preview.prepaid)));
    } else {
        m_totals->clear();
    }
    const auto disputed = std::count_if(
        wizard.income().cbegin(), wizard.income().cend(), [](const IncomeRow& row) { return row.disputed; });
    m_disputed->setText(
        tr("%n disputed record(s) are left out of the return until the bureau settles them.", nullptr, int(disputed)));
    m_disputed->setVisible(disputed > 0);
    showProblem(m_problem);
}

void IncomeStep::retranslate()
{
    setTitle(tr("Your income"));
    setSubTitle(tr("What your employers and other payers declared, and what you added yourself. If something is "
                   "missing or not yours, change it before you go on."));
    m_table->setAccessibleName(tr("Income records"));
    m_changeButton->setText(tr("Change &income…"));
    m_changeButton->setAccessibleName(tr("Change the income of this year"));
    m_model->retranslate();
}

} // namespace huisuan
