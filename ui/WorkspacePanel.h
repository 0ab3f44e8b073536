// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/BatchSession.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QToolButton;

namespace huisuan {

class BatchEmployeeListModel;
class BatchMonthListModel;

/**
 * One client company's tax year: the employee table (sortable, filtered as the user types) and the
 * month table, roster, payroll and labor payments import from a file, the year's computation, a
 * progress bar with Cancel while either runs, every problem of a refused file with its row and
 * column, the empty templates to fill in, and the month's declaration saved as CSV, XLSX or PDF.
 */
class WorkspacePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspacePanel(BatchSession& batch, QWidget* parent = nullptr);

    /** Shows the workspace `creditCode` (its `name` in the title); the tables fill when the year arrives. */
    void showWorkspace(const QString& creditCode, const QString& name);
    void setTaxYear(int taxYear);
    bool isBusy() const { return m_busy; }
    /** Forgets everything shown, so that nothing of a locked vault stays on screen. */
    void clear();

signals:
    /** The tables show the year just read. */
    void yearShown();
    /** An import or computation ended and its message is shown. */
    void workFinished();
    /** A template or declaration was written, or could not be, and the message says so. */
    void outputWritten();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void showYear(const BatchYear& year);
    void importRoster();
    void importPayroll();
    void importLaborPayments();
    /** Asks where, then imports the payroll or labor payments of the payroll month from there. */
    void importMonthly(bool labor);
    void saveTemplate(BatchSession::Template kind, const QString& suggestedName);
    void exportDeclaration();
    void onTemplateSaved(const QString& path, const SessionOutcome& outcome);
    void onDeclarationExported(const QString& path, int lines, const SessionOutcome& outcome);
    void compute();
    void onImported(const BatchResult& result);
    void onComputed(const BatchResult& result);
    void onProgress(qint64 done, qint64 total);
    void showProblems(const BatchResult& result);
    void setBusy(bool busy);
    void updateActions();
    QString chooseFile(const QString& caption);

    BatchSession& m_batch;
    QString m_creditCode;
    QString m_name;
    bool m_busy = false;
    bool m_computing = false;
    QString m_payrollPath; // the payroll or labor payments file being imported, asked again with replace
    bool m_laborImport = false; // m_payrollPath holds labor payments
    int m_payrollMonth = 0;
    QLabel* m_title;
    QLabel* m_yearLabel;
    QSpinBox* m_yearBox;
    QLineEdit* m_filterEdit;
    QLabel* m_employeesLabel;
    QTableView* m_employeeTable;
    BatchEmployeeListModel* m_employeeModel;
    QSortFilterProxyModel* m_employeeProxy;
    QLabel* m_monthsLabel;
    QTableView* m_monthTable;
    BatchMonthListModel* m_monthModel;
    QPushButton* m_rosterButton;
    QLabel* m_payrollMonthLabel;
    QSpinBox* m_payrollMonthBox;
    QPushButton* m_payrollButton;
    QPushButton* m_computeButton;
    QToolButton* m_templatesButton;
    QAction* m_rosterTemplateAction;
    QAction* m_payrollTemplateAction;
    QAction* m_laborTemplateAction;
    QPushButton* m_laborButton;
    QPushButton* m_exportButton;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QLabel* m_message;
    QListWidget* m_problems;
};

} // namespace huisuan
