// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DesktopSession.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace huisuan {

class ReturnResultView;
class TaxBreakdownChart;

/** The latest computed return of one tax year: its lines, each with its "why?", and where the tax comes from. */
class ReturnPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReturnPage(DesktopSession& session, QWidget* parent = nullptr);

    /** Shows `taxYear`: asks the session for its return; the lines and the charts fill when it arrives. */
    void showYear(int taxYear);
    int taxYear() const { return m_taxYear; }
    /** Forgets the return shown, so that nothing of a locked vault stays in memory or on screen. */
    void clear();

signals:
    /** The return of the year arrived and the page shows it. */
    void returnShown();
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showReturn(int taxYear, const StoredReturn& stored);
    void showFailure(int taxYear, const QString& message);
    /** Reads the stored JSON again, in the language of the moment. */
    void explainStored();

    DesktopSession& m_session;
    int m_taxYear = 0;
    bool m_reading = false; // asked for the return of the year just shown
    StoredReturn m_stored;
    QLabel* m_title;
    QLabel* m_message;
    ReturnResultView* m_resultView;
    TaxBreakdownChart* m_chart;
    QPushButton* m_backButton;
};

} // namespace huisuan
