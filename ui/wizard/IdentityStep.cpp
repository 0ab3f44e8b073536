// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/IdentityStep.h"

#include "ui/wizard/ReconciliationWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace huisuan {

IdentityStep::IdentityStep(ReconciliationWizard& wizard)
    : WizardStep(wizard)
    , m_nameCaption(new QLabel)
    , m_name(sentenceLabel("wizardTaxpayerName"))
    , m_numberCaption(new QLabel)
    , m_number(sentenceLabel("wizardIdentityNumber"))
    , m_yearCaption(new QLabel)
    , m_year(sentenceLabel("wizardTaxYear"))
    , m_correction(sentenceLabel("wizardCorrectionNote"))
    , m_problem(sentenceLabel("wizardIdentityProblem"))
{
    setObjectName(QStringLiteral("identityStep"));
    auto* form = new QFormLayout;
    form->addRow(m_nameCaption, m_name);
    form->addRow(m_numberCaption, m_number);
    form->addRow(m_yearCaption, m_year);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_correction);
    layout->addWidget(m_problem);
    layout->addStretch();
    retranslate();
    showState();
}

bool IdentityStep::isComplete() const
{
    return reconciliation().ready() && reconciliation().problem().isEmpty();
}

void IdentityStep::showState()
{
    const ReconciliationWizard& wizard = reconciliation();
    const bool known = !wizard.taxpayer().name.isEmpty();
    m_name->setText(known ? wizard.taxpayer().name : tr("Reading your vault…"));
    m_number->setText(wizard.taxpayer().maskedIdentityNumber());
    m_year->setText(QString::number(wizard.taxYear()));
    m_correction->setText(tr("This return corrects (更正) the accepted filing %1; the bureau keeps the new one "
                             "in its place.")
                              .arg(wizard.replaces()));
    m_correction->setVisible(!wizard.replaces().isEmpty());
    showProblem(m_problem);
}

void IdentityStep::retranslate()
{
    setTitle(tr("Who and which year"));
    setSubTitle(tr("Check that this is you and the year you are reconciling. Your identity comes from your "
                   "enrolment with the bureau."));
    m_nameCaption->setText(tr("Name:"));
    m_numberCaption->setText(tr("Identity number:"));
    m_yearCaption->setText(tr("Tax year:"));
    m_name->setAccessibleName(tr("Name"));
    m_number->setAccessibleName(tr("Identity number"));
    m_year->setAccessibleName(tr("Tax year"));
}

} // namespace huisuan
