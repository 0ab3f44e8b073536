// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DesktopSession.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace huisuan {

class FilingListModel;

/**
 * The filings of one tax year, newest first, each with its status history, the bureau's receipt and
 * where its refund or payment stands; from here the taxpayer asks the bureau again, withdraws (作废)
 * or corrects (更正) an accepted filing, and exports a filing as a PDF.
 */
class FilingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit FilingsPage(DesktopSession& session, QWidget* parent = nullptr);

    /** Shows the filings of `taxYear`; the table fills when they arrive. */
    void showYear(int taxYear);
    int taxYear() const { return m_taxYear; }
    /** Forgets the filings shown, so that nothing of a locked vault stays in memory or on screen. */
    void clear();

signals:
    /** The filings of the year arrived and the table shows them. */
    void filingsShown();
    /** A call to the bureau or the PDF export finished and its outcome is on screen. */
    void operationFinished();
    void backRequested();
    /** The user asked to correct (更正) the accepted filing `submissionId` of `taxYear`. */
    void correctionRequested(int taxYear, const QString& submissionId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showFilings(const QList<FilingRow>& filings);
    void showSelected();
    QString detailsOf(const FilingRow& filing) const;
    const FilingRow* selected() const;
    void refresh();
    void withdraw();
    void correct();
    void exportPdf();
    void
    onSettlementRefreshed(const QString& submissionId, const SettlementRow& settlement, const SessionOutcome& outcome);
    void onWithdrawn(const QString& submissionId, const SessionOutcome& outcome);
    void onExported(const QString& path, const SessionOutcome& outcome);
    void setBusy(bool busy);
    void updateButtons();

    DesktopSession& m_session;
    int m_taxYear = 0;
    bool m_busy = false;
    bool m_reading = false; // asked for the filings of the year just shown
    QStringList m_refreshing; // submissions asked about and not yet answered
    QStringList m_refreshFailures;
    QString m_selectedSubmission; // kept across a reload of the table
    QLabel* m_title;
    QLabel* m_message;
    QTableView* m_table;
    FilingListModel* m_model;
    QLabel* m_details;
    QProgressBar* m_busyIndicator;
    QPushButton* m_backButton;
    QPushButton* m_refreshButton;
    QPushButton* m_withdrawButton;
    QPushButton* m_correctButton;
    QPushButton* m_exportButton;
};

} // namespace huisuan
