// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DesktopSession.h"
#include "session/ReturnPreview.h"

#include <QWizard>

namespace huisuan {

/**
 * The annual reconciliation (年度汇算), step by step: confirm who and which year, review the
 * income, the deductions, the bonus method, the result, the card for a refund, then sign and
 * submit, and the bureau's verified receipt. It shows inside the main window, not as a window of
 * its own. Every figure is the engine's, recomputed from the draft and the income whenever either
 * changes; nothing is filed before the last step's explicit submission.
 */
class ReconciliationWizard : public QWizard
{
    Q_OBJECT
public:
    enum Step { Identity, Income, Deductions, BonusMethod, Result, RefundCard, Submit, Receipt };

    explicit ReconciliationWizard(DesktopSession& session, QWidget* parent = nullptr);

    /** Starts over for `taxYear`; a correction (更正) names the accepted filing it `replaces`. */
    void start(int taxYear, const QString& replaces = QString());

    /** Forgets everything shown, so that nothing of a locked vault stays in memory or on screen. */
    void clear();
    /** Reads the draft and the income again, as the deductions or income page may have changed them. */
    void reload();

    DesktopSession& session() { return m_session; }
    int taxYear() const { return m_taxYear; }
    const QString& replaces() const { return m_replaces; }
    const TaxpayerIdentity& taxpayer() const { return m_taxpayer; }
    const QList<IncomeRow>& income() const { return m_income; }
    const ReturnDraft& draft() const { return m_draft; }
    const ReturnPreview::Outcome& preview() const { return m_preview; }
    /** True once the taxpayer, the draft and the income have all arrived. */
    bool ready() const { return m_taxpayerKnown && m_draftKnown && m_incomeKnown; }
    /** Why the wizard cannot go on (the session's sentence), or empty. */
    const QString& problem() const { return m_problem; }

    /** What became of the submission; state NotFiled until the bureau or the vault said more. */
    const SubmissionResult& submission() const { return m_submission; }
    void setSubmission(const SubmissionResult& submission) { m_submission = submission; }

    /** The card a refund goes to, kept in the vault's profile. */
    void setRefundCard(const QString& bank, const QString& cardDigits);

    /** Chooses how the annual bonus is taxed; the draft keeps the choice. */
    void chooseBonusMethod(const QString& method);

    int nextId() const override;

signals:
    /** The taxpayer, the draft, the income or the computation changed: steps show it anew. */
    void stateChanged();
    /** The user asked to change the deductions or the income of the year, on their own pages. */
    void deductionsRequested(int taxYear);
    void incomeRequested(int taxYear);
    /** The wizard is done (finished or cancelled): the window goes back home. */
    void closed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void recompute();
    void fail(const QString& message);

    DesktopSession& m_session;
    int m_taxYear = 0;
    QString m_replaces;
    TaxpayerIdentity m_taxpayer;
    QList<IncomeRow> m_income;
    ReturnDraft m_draft;
    ReturnPreview::Outcome m_preview;
    bool m_taxpayerKnown = false;
    bool m_draftKnown = false;
    bool m_incomeKnown = false;
    QString m_problem;
    SubmissionResult m_submission;
};

} // namespace huisuan
