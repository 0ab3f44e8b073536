// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DesktopSession.h"

#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace huisuan {

class DisputePanel;
class IncomeEntryForm;
class IncomeRecordListModel;

/**
 * The income records of one tax year, each with where it came from; the download of the income
 * employers declared (the prefill) from the bureau; income the bureau does not know, typed in,
 * changed and deleted; and the dispute (申诉) of a prefilled record the taxpayer does not recognise.
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
    /** The record selected in the table, or none. */
    std::optional<IncomeRow> selectedRow() const;
    /** Edit and delete for a typed record, dispute for a prefilled one not yet disputed. */
    void updateActions();
    void editSelected();
    void deleteSelected();
    void disputeSelected();
    void saveTyped(const IncomeRow& row);
    void sendDispute(qint64 id, DisputeReason reason, const QString& note);
    void onIncomeChanged(int taxYear, const SessionOutcome& outcome);
    void onDisputed(int taxYear, const SessionOutcome& outcome);
    void closeDispute();

    DesktopSession& m_session;
    int m_taxYear = 0;
    bool m_busy = false;
    bool m_reading = false; // asked for the records of the year just shown
    QString m_doneMessage; // what the page says once the change under way is saved
    qint64 m_selectId = 0; // the record to select when the records arrive; -1: the last, just added
    QLabel* m_title;
    QLabel* m_message;
    QTableView* m_table;
    IncomeRecordListModel* m_model;
    QPushButton* m_editButton;
    QPushButton* m_deleteButton;
    QPushButton* m_disputeButton;
    IncomeEntryForm* m_form;
    DisputePanel* m_disputePanel;
    QPushButton* m_downloadButton;
    QPushButton* m_backButton;
    QProgressBar* m_busyIndicator;
};

} // namespace huisuan
