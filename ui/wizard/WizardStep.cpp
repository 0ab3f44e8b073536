// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/WizardStep.h"

#include "ui/wizard/ReconciliationWizard.h"

#include <QEvent>
#include <QLabel>

namespace huisuan {

WizardStep::WizardStep(ReconciliationWizard& wizard)
    : m_wizard(wizard)
{
    connect(&m_wizard, &ReconciliationWizard::stateChanged, this, [this] {
        showState();
        emit completeChanged();
    });
}

void WizardStep::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showState();
    }
    QWizardPage::changeEvent(event);
}

QLabel* WizardStep::sentenceLabel(const char* objectName)
{
    auto* label = new QLabel;
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void WizardStep::showProblem(QLabel* label) const
{
    QStringList lines;
    if (!m_wizard.problem().isEmpty()) {
        lines.append(m_wizard.problem());
    }
    const ReturnPreview::Outcome& preview = m_wizard.preview();
    if (m_wizard.ready() && !preview.computed()) {
        lines.append(tr("The return cannot be computed as it is:"));
        for (const ReturnProblem& problem : preview.problems) {
            lines.append(problem.path.isEmpty() ? problem.message : tr("%1: %2").arg(problem.path, problem.message));
        }
    }
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
}

} // namespace huisuan
