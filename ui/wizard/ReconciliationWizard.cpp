// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/ReconciliationWizard.h"

#include "ui/wizard/BonusMethodStep.h"
#include "ui/wizard/DeductionsStep.h"
#include "ui/wizard/IdentityStep.h"
#include "ui/wizard/IncomeStep.h"
#include "ui/wizard/ReceiptStep.h"
#include "ui/wizard/RefundCardStep.h"
#include "ui/wizard/ResultStep.h"
#include "ui/wizard/SubmitStep.h"

#include <QAbstractButton>
#include <QEvent>

namespace huisuan {

ReconciliationWizard::ReconciliationWizard(DesktopSession& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("reconciliationWizard"));
    // A page of the main window, not a window: the user stays where the rest of the app is.
    setWindowFlags(Qt::Widget);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(Identity, new IdentityStep(*this));
    setPage(Income, new IncomeStep(*this));
    setPage(Deductions, new DeductionsStep(*this));
    setPage(BonusMethod, new BonusMethodStep(*this));
    setPage(Result, new ResultStep(*this));
    setPage(RefundCard, new RefundCardStep(*this));
    setPage(Submit, new SubmitStep(*this));
    setPage(Receipt, new ReceiptStep(*this));
    setStartId(Identity);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizardCommitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));

    connect(&m_session, &DesktopSession::taxpayerKnown, this, [this](const TaxpayerIdentity& taxpayer) {
        m_taxpayer = taxpayer;
        m_taxpayerKnown = true;
        emit stateChanged();
    });
    connect(&m_session, &DesktopSession::taxpayerFailed, this, &ReconciliationWizard::fail);
    connect(&m_session, &DesktopSession::draftReady, this, [this](const ReturnDraft& draft) {
        if (draft.taxYear == m_taxYear) {
            m_draft = draft;
            m_draftKnown = true;
            recompute();
        }
    });
    connect(&m_session, &DesktopSession::draftFailed, this, [this](int taxYear, const QString& message) {
        if (taxYear == m_taxYear) {
            fail(message);
        }
    });
    connect(&m_session, &DesktopSession::incomeReady, this, [this](int taxYear, const QList<IncomeRow>& rows) {
        if (taxYear == m_taxYear) {
            m_income = rows;
            m_incomeKnown = true;
            recompute();
        }
    });
    connect(&m_session, &DesktopSession::incomeFailed, this, &ReconciliationWizard::fail);
    connect(&m_session, &DesktopSession::refundCardSaved, this, [this](const SessionOutcome& outcome) {
        if (!outcome.ok()) {
            fail(outcome.message);
        }
    });
    connect(this, &QDialog::finished, this, &ReconciliationWizard::closed);
    retranslateUi();
}

void ReconciliationWizard::start(int taxYear, const QString& replaces)
{
    clear();
    m_taxYear = taxYear;
    m_replaces = replaces;
    m_draft = ReturnDraft::emptyFor(taxYear);
    retranslateUi();
    emit stateChanged();
    m_session.requestTaxpayer();
    m_session.requestDraft(taxYear);
    m_session.requestIncome(taxYear);
}

void ReconciliationWizard::clear()
{
    m_taxYear = 0;
    m_replaces.clear();
    m_taxpayer = {};
    m_income.clear();
    m_preview = {};
    m_taxpayerKnown = m_draftKnown = m_incomeKnown = false;
    m_problem.clear();
    m_submission = {};
    m_draft = {};
    restart();
    emit stateChanged();
}

void ReconciliationWizard::reload()
{
    m_draftKnown = m_incomeKnown = false;
    emit stateChanged();
    m_session.requestDraft(m_taxYear);
    m_session.requestIncome(m_taxYear);
}

void ReconciliationWizard::setRefundCard(const QString& bank, const QString& cardDigits)
{
    m_taxpayer.refundBank = bank;
    m_taxpayer.refundCard = cardDigits;
    m_session.saveRefundCard(bank, cardDigits);
    emit stateChanged();
}

void ReconciliationWizard::chooseBonusMethod(const QString& method)
{
    if (method == m_draft.bonusMethod) {
        return;
    }
    m_draft.bonusMethod = method;
    m_session.saveDraft(m_draft);
    recompute();
}

int ReconciliationWizard::nextId() const
{
    switch (currentId()) {
    case Deductions:
        return m_preview.bonus ? BonusMethod : Result;
    case Result:
        return m_preview.computed() && m_preview.refund != QLatin1String("0.00") ? RefundCard : Submit;
    default:
        return QWizard::nextId();
    }
}

void ReconciliationWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The engine's refusals are worded when computed: compute again in the new language.
        if (ready()) {
            recompute();
        }
    }
    QWizard::changeEvent(event);
}

void ReconciliationWizard::retranslateUi()
{
    setWindowTitle(m_replaces.isEmpty() ? tr("Annual reconciliation %1").arg(m_taxYear)
                                        : tr("Correction of the %1 return").arg(m_taxYear));
    setAccessibleName(windowTitle());
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Sign and submit"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    setButtonText(QWizard::CancelButton, tr("&Close"));
    for (const QWizard::WizardButton which : {QWizard::BackButton,
                                              QWizard::NextButton,
                                              QWizard::CommitButton,
                                              QWizard::FinishButton,
                                              QWizard::CancelButton}) {
        button(which)->setAccessibleName(button(which)->text().remove(QLatin1Char('&')));
    }
}

void ReconciliationWizard::recompute()
{
    if (ready()) {
        m_preview = ReturnPreview::compute(m_draft, m_income);
    }
    emit stateChanged();
}

void ReconciliationWizard::fail(const QString& message)
{
    m_problem = message;
    emit stateChanged();
}

} // namespace huisuan
