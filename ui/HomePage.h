// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DesktopSession.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace huisuan {

class TaxYearListModel;

/** The tax years in the vault, each with its state and the next thing to do. */
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(DesktopSession& session, QWidget* parent = nullptr);

    /** Asks the session for the years; the table fills when they arrive. */
    void refresh();
    /** Forgets the years shown, so that nothing of a locked vault stays in memory or on screen. */
    void clear();

signals:
    /** The years arrived and the table shows them: the page is usable. */
    void yearsShown();
    /** The user asked to enrol with the bureau (offered while the vault holds no enrolment). */
    void enrolRequested();
    /** The user asked to see the income of `taxYear`, the year selected. */
    void incomeRequested(int taxYear);
    /** The user asked to reconcile (file) `taxYear`, the year selected. */
    void reconcileRequested(int taxYear);
    /** The user asked to see the computed return of `taxYear`, the year selected. */
    void returnRequested(int taxYear);
    /** The user asked to see the filings of `taxYear`, the year selected (offered when it has any). */
    void filingsRequested(int taxYear);
    /** The user asked to enter the deductions of `taxYear`, the year selected. */
    void deductionsRequested(int taxYear);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showYears(const QList<TaxYearOverview>& years);
    void showIncome();
    /** The selected row, or the newest year's when none is selected. */
    int selectedRow() const;
    void showReturn();
    /** The return button is for a year that has a return. */
    void updateReturnButton();
    void showFilings();
    void updateFilingsButton();

    DesktopSession& m_session;
    QLabel* m_title;
    QLabel* m_message;
    QTableView* m_table;
    TaxYearListModel* m_model;
    QLabel* m_enrolHint;
    QPushButton* m_enrolButton;
    QPushButton* m_incomeButton;
    QPushButton* m_reconcileButton;
    QPushButton* m_returnButton;
    QPushButton* m_filingsButton;
    QPushButton* m_deductionsButton;
};

} // namespace huisuan
