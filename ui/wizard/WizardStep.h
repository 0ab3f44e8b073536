// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace huisuan {

class ReconciliationWizard;

/**
 * A step of the reconciliation wizard: it shows the wizard's state whenever it changes, and its
 * texts again when the language changes. Steps keep no state of their own beyond their controls.
 */
class WizardStep : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardStep(ReconciliationWizard& wizard);

protected:
    ReconciliationWizard& reconciliation() { return m_wizard; }
    const ReconciliationWizard& reconciliation() const { return m_wizard; }
    /** Shows the wizard's current state; called on every change and after retranslate(). */
    virtual void showState() { }
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;
    /** A label for a sentence that wraps, with an object name for tests. */
    static QLabel* sentenceLabel(const char* objectName);
    /** "Why the wizard cannot go on", or the engine's refusal, shown in `label`; hidden when there is none. */
    void showProblem(QLabel* label) const;

private:
    ReconciliationWizard& m_wizard;
};

} // namespace huisuan
