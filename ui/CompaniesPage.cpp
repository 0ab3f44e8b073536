// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CompaniesPage.h"

#include "session/CreditCodeCheck.h"
#include "ui/PageStyle.h"
#include "ui/ProblemMark.h"
#include "ui/WorkspacePanel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace huisuan {

namespace {

constexpr int CreditCodeRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;

} // namespace

CompaniesPage::CompaniesPage(BatchSession& batch, QWidget* parent)
    : QWidget(parent)
    , m_batch(batch)
    , m_title(new QLabel)
    , m_listLabel(new QLabel)
    , m_list(new QListWidget)
    , m_codeLabel(new QLabel)
    , m_codeEdit(new QLineEdit)
    , m_codeProblem(new QLabel)
    , m_nameLabel(new QLabel)
    , m_nameEdit(new QLineEdit)
    , m_addButton(new QPushButton)
    , m_message(new QLabel)
    , m_backButton(new QPushButton)
    , m_panel(new WorkspacePanel(batch))
{
    m_title->setObjectName(QStringLiteral("companiesTitle"));
    styleAsPageTitle(m_title);
    m_list->setObjectName(QStringLiteral("workspaceList"));
    m_listLabel->setBuddy(m_list);
    m_codeEdit->setObjectName(QStringLiteral("creditCodeEdit"));
    m_codeEdit->setMaxLength(18);
    m_codeLabel->setBuddy(m_codeEdit);
    m_codeProblem->setObjectName(QStringLiteral("creditCodeProblem"));
    makeProblemLine(m_codeProblem);
    m_nameEdit->setObjectName(QStringLiteral("companyNameEdit"));
    m_nameLabel->setBuddy(m_nameEdit);
    m_addButton->setObjectName(QStringLiteral("addWorkspaceButton"));
    m_message->setObjectName(QStringLiteral("companiesMessage"));
    m_message->setWordWrap(true);
    m_backButton->setObjectName(QStringLiteral("companiesBackButton"));
    m_panel->setObjectName(QStringLiteral("workspacePanel"));

    connect(m_list, &QListWidget::currentItemChanged, this, &CompaniesPage::choose);
    connect(m_codeEdit, &QLineEdit::textChanged, this, &CompaniesPage::checkForm);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CompaniesPage::checkForm);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, &CompaniesPage::addWorkspace);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &CompaniesPage::addWorkspace);
    connect(m_addButton, &QPushButton::clicked, this, &CompaniesPage::addWorkspace);
    connect(m_backButton, &QPushButton::clicked, this, &CompaniesPage::backRequested);
    connect(&m_batch, &BatchSession::workspacesReady, this, &CompaniesPage::showWorkspaces);
    connect(&m_batch, &BatchSession::workspaceAdded, this, &CompaniesPage::onAdded);
    connect(&m_batch, &BatchSession::failed, m_message, &QLabel::setText);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(m_codeLabel, m_codeEdit);
    form->addRow(m_codeProblem);
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_addButton);

    auto* left = new QVBoxLayout;
    left->addWidget(m_listLabel);
    left->addWidget(m_list, 1);
    left->addLayout(form);
    left->addWidget(m_message);
    left->addWidget(m_backButton);
    auto* leftColumn = new QWidget;
    leftColumn->setLayout(left);
    leftColumn->setMaximumWidth(280);
    left->setContentsMargins(0, 0, 0, 0);

    auto* columns = new QHBoxLayout;
    columns->addWidget(leftColumn);
    columns->addWidget(m_panel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);
    setTabOrder(m_list, m_codeEdit);
    setTabOrder(m_codeEdit, m_nameEdit);
    setTabOrder(m_nameEdit, m_addButton);
    setTabOrder(m_addButton, m_backButton);
    setFocusProxy(m_list);
    retranslateUi();
    checkForm();
}

void CompaniesPage::refresh()
{
    m_batch.requestWorkspaces();
}

void CompaniesPage::clear()
{
    m_list->clear();
    m_codeEdit->clear();
    m_nameEdit->clear();
    m_message->clear();
    m_panel->clear();
}

void CompaniesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void CompaniesPage::retranslateUi()
{
    m_title->setText(tr("Client companies: withholding for employees"));
    m_listLabel->setText(tr("Com&panies"));
    m_list->setAccessibleName(tr("Client companies"));
    m_codeLabel->setText(tr("Unified social &credit code:"));
    m_codeEdit->setAccessibleName(tr("Unified social credit code of the company to add"));
    m_nameLabel->setText(tr("Company &name:"));
    m_nameEdit->setAccessibleName(tr("Name of the company to add"));
    m_addButton->setText(tr("&Add company"));
    m_addButton->setAccessibleName(tr("Add the company"));
    m_message->setAccessibleName(tr("Companies status"));
    m_backButton->setText(tr("&Back"));
    m_backButton->setAccessibleName(tr("Back to your tax years"));
    checkForm();
}

void CompaniesPage::showWorkspaces(const QList<WorkspaceRow>& workspaces)
{
    const QString wanted = m_selectCode.isEmpty() && m_list->currentItem() != nullptr
        ? m_list->currentItem()->data(CreditCodeRole).toString()
        : m_selectCode;
    m_selectCode.clear();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QListWidgetItem* current = nullptr;
    for (const WorkspaceRow& workspace : workspaces) {
        // The name fits the narrow list; the code is in the tooltip and in the chosen company's title.
        auto* item = new QListWidgetItem(workspace.name, m_list);
        item->setToolTip(workspace.creditCode);
        item->setData(CreditCodeRole, workspace.creditCode);
        item->setData(NameRole, workspace.name);
        if (workspace.creditCode == wanted) {
            current = item;
        }
    }
    if (workspaces.isEmpty()) {
        m_message->setText(tr("No client company yet. Add one with its unified social credit code."));
    }
    if (current != nullptr) {
        m_list->setCurrentItem(current);
        choose();
    }
    emit workspacesShown();
}

void CompaniesPage::checkForm()
{
    const CreditCodeCheck::Verdict verdict = CreditCodeCheck::check(m_codeEdit->text());
    const bool wrong = verdict == CreditCodeCheck::Verdict::Invalid;
    markProblem(m_codeEdit, wrong);
    m_codeProblem->setText(wrong ? tr("This is not a unified social credit code: it has 18 characters and ends with a "
                                      "check character. Copy it again from the business licence.")
                                 : QString());
    m_codeProblem->setVisible(wrong);
    m_addButton->setEnabled(verdict == CreditCodeCheck::Verdict::Valid && !m_nameEdit->text().trimmed().isEmpty());
}

void CompaniesPage::addWorkspace()
{
    if (!m_addButton->isEnabled()) {
        return;
    }
    m_addButton->setEnabled(false);
    m_batch.addWorkspace(m_codeEdit->text().trimmed().toUpper(), m_nameEdit->text().trimmed());
}

void CompaniesPage::onAdded(const WorkspaceRow& workspace, const SessionOutcome& outcome)
{
    if (!outcome.ok()) {
        m_message->setText(outcome.message);
        checkForm();
        return;
    }
    m_message->setText(tr("%1 added.").arg(workspace.name));
    m_codeEdit->clear();
    m_nameEdit->clear();
    m_selectCode = workspace.creditCode;
    refresh();
}

void CompaniesPage::choose()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return;
    }
    m_panel->showWorkspace(item->data(CreditCodeRole).toString(), item->data(NameRole).toString());
}

} // namespace huisuan
