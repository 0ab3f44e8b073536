// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/BatchSession.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace huisuan {

class WorkspacePanel;

/**
 * The accountant's area (企业代扣代缴, issue 6): the client companies kept in the vault, a form to
 * add one (its unified social credit code checked as it is typed), and the chosen company's year.
 */
class CompaniesPage : public QWidget
{
    Q_OBJECT
public:
    explicit CompaniesPage(BatchSession& batch, QWidget* parent = nullptr);

    /** Asks for the workspaces; the list fills when they arrive. */
    void refresh();
    /** Forgets everything shown, so that nothing of a locked vault stays on screen. */
    void clear();
    WorkspacePanel* workspacePanel() const { return m_panel; }

signals:
    /** The list shows the workspaces just read. */
    void workspacesShown();
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showWorkspaces(const QList<WorkspaceRow>& workspaces);
    void checkForm();
    void addWorkspace();
    void onAdded(const WorkspaceRow& workspace, const SessionOutcome& outcome);
    void choose();

    BatchSession& m_batch;
    QString m_selectCode; // the workspace to select once the list arrives
    QLabel* m_title;
    QLabel* m_listLabel;
    QListWidget* m_list;
    QLabel* m_codeLabel;
    QLineEdit* m_codeEdit;
    QLabel* m_codeProblem;
    QLabel* m_nameLabel;
    QLineEdit* m_nameEdit;
    QPushButton* m_addButton;
    QLabel* m_message;
    QPushButton* m_backButton;
    WorkspacePanel* m_panel;
};

} // namespace huisuan
