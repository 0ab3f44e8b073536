// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DesktopSession.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace huisuan {

class IncomeRecordListModel;

/**
 * The income records of one tax year, each with where it came from, and the download of the
 * income employers declared (the prefill) from the bureau.
 */
class IncomePage : public QWidget
{
    Q_OBJECT
public:
    explicit IncomePage(DesktopSession& session, QWidget* parent = nullptr);

    /** Shows `taxYear`: asks the session for its records; the table fills when they arrive. */
    void showYear(int taxYear);
    int taxYear() const { return m_taxYear; }
    /** Forgets the records shown, so that nothing of a locked vault stays in memory or on screen. */
    void clear();

signals:
    /** The records of the year arrived and the table shows them. */
    void recordsShown();
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void download();
    void onDownloaded(int taxYear, int records, const SessionOutcome& outcome);
    void showRows(int taxYear, const QList<IncomeRow>& rows);
    void setBusy(bool busy);

    DesktopSession& m_session;
    int m_taxYear = 0;
    bool m_busy = false;
    bool m_reading = false; // asked for the records of the year just shown
    QLabel* m_title;
    QLabel* m_message;
    QTableView* m_table;
    IncomeRecordListModel* m_model;
    QPushButton* m_downloadButton;
    QPushButton* m_backButton;
    QProgressBar* m_busyIndicator;
};

} // namespace huisuan
