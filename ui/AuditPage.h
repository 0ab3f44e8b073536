// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DesktopSession.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QModelIndex;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace huisuan {

class AuditTraceModel;
class DifferenceFilter;

/**
 * The auditor's view (issue 7): opens an audit file or a bare signed filing, shows every check with
 * its sentence (a failed one stands out), what the filing says of itself, and the replay as a tree
 * whose selected line shows its formula and citations beside it; exports it all as a PDF. Needs no
 * vault, so that it is reachable before any is unlocked.
 */
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(DesktopSession& session, QWidget* parent = nullptr);

    /** Asks which file to audit (FileDialogSeam) and opens it; nothing when the user cancels. */
    void chooseFile();
    /** Forgets the audit shown: the page holds a taxpayer's data, and goes with a lock. */
    void clear();

signals:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void open(const QString& path);
    void onAuditReady(const FilingAudit& audit);
    void onAuditFailed(const QString& path, const QString& message);
    void showAudit();
    void expandDifferences();
    void showChecks();
    void showSummary();
    void showLine(const QModelIndex& index);
    void exportPdf();
    void onExported(const QString& path, const SessionOutcome& outcome);
    void setBusy(bool busy);

    DesktopSession& m_session;
    QLabel* m_title;
    QLabel* m_verdict;
    QLabel* m_checksLabel;
    QListWidget* m_checks;
    QLabel* m_summary;
    QCheckBox* m_differencesOnly;
    QTreeView* m_trace;
    AuditTraceModel* m_model;
    DifferenceFilter* m_filter;
    QTextBrowser* m_details;
    QLabel* m_message;
    QPushButton* m_backButton;
    QPushButton* m_openButton;
    QPushButton* m_exportButton;
    std::optional<FilingAudit> m_audit;
    QString m_opening; // the path asked for, until the session answers
    bool m_exporting = false;
};

} // namespace huisuan
