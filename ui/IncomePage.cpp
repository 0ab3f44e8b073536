// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/IncomePage.h"

#include "ui/DisplayAmount.h"
#include "ui/DisputePanel.h"
#include "ui/IncomeEntryForm.h"
#include "ui/IncomeRecordListModel.h"
#include "ui/MessageBoxSeam.h"
#include "ui/PageStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace huisuan {

IncomePage::IncomePage(DesktopSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_message(new QLabel)
    , m_table(new QTableView)
    , m_model(new IncomeRecordListModel(this))
    , m_editButton(new QPushButton)
    , m_deleteButton(new QPushButton)
    , m_disputeButton(new QPushButton)
    , m_form(new IncomeEntryForm)
    , m_disputePanel(new DisputePanel)
    , m_downloadButton(new QPushButton)
    , m_backButton(new QPushButton)
    , m_busyIndicator(new QProgressBar)
{
    m_title->setObjectName(QStringLiteral("incomeTitle"));
    styleAsPageTitle(m_title);
    m_message->setObjectName(QStringLiteral("incomeMessage"));
    m_message->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("incomeView"));
    m_table->setModel(m_model);
    styleAsRecordTable(m_table);

    m_editButton->setObjectName(QStringLiteral("editIncomeButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteIncomeButton"));
    m_disputeButton->setObjectName(QStringLiteral("disputeIncomeButton"));
    m_form->setObjectName(QStringLiteral("incomeEntryForm"));
    m_disputePanel->setObjectName(QStringLiteral("disputePanel"));
    m_disputePanel->setVisible(false);
    m_downloadButton->setObjectName(QStringLiteral("downloadPrefillButton"));
    m_backButton->setObjectName(QStringLiteral("incomeBackButton"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IncomePage::updateActions);
    connect(m_editButton, &QPushButton::clicked, this, &IncomePage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &IncomePage::deleteSelected);
    connect(m_disputeButton, &QPushButton::clicked, this, &IncomePage::disputeSelected);
    connect(m_form, &IncomeEntryForm::submitted, this, &IncomePage::saveTyped);
    connect(m_disputePanel, &DisputePanel::submitted, this, &IncomePage::sendDispute);
    connect(m_disputePanel, &DisputePanel::cancelled, this, &IncomePage::closeDispute);
    connect(m_downloadButton, &QPushButton::clicked, this, &IncomePage::download);
    connect(m_backButton, &QPushButton::clicked, this, &IncomePage::backRequested);
    m_busyIndicator->setObjectName(QStringLiteral("incomeBusy"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setVisible(false);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_editButton);
    actions->addWidget(m_deleteButton);
    actions->addStretch();
    actions->addWidget(m_disputeButton);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch();
    buttons->addWidget(m_downloadButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_form);
    layout->addWidget(m_disputePanel);
    layout->addWidget(m_busyIndicator);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_editButton);
    setTabOrder(m_editButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_disputeButton);
    setFocusProxy(m_table);

    connect(&m_session, &DesktopSession::incomeReady, this, &IncomePage::showRows);
    connect(&m_session, &DesktopSession::incomeFailed, m_message, &QLabel::setText);
    connect(&m_session, &DesktopSession::prefillDownloaded, this, &IncomePage::onDownloaded);
    connect(&m_session, &DesktopSession::incomeChanged, this, &IncomePage::onIncomeChanged);
    connect(&m_session, &DesktopSession::incomeDisputed, this, &IncomePage::onDisputed);
    retranslateUi();
    updateActions();
}

void IncomePage::showYear(int taxYear)
{
    m_taxYear = taxYear;
    m_model->setRows({});
    m_form->setTaxYear(taxYear);
    closeDispute();
    retranslateUi();
    m_message->setText(tr("Reading your income…"));
    m_reading = true;
    m_session.requestIncome(taxYear);
}

void IncomePage::clear()
{
    m_reading = false;
    m_message->clear();
    m_model->setRows({});
    m_form->reset();
    closeDispute();
    updateActions();
}

void IncomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void IncomePage::retranslateUi()
{
    m_title->setText(tr("Income of the %1 tax year").arg(m_taxYear));
    m_table->setAccessibleName(tr("Income records"));
    m_editButton->setText(tr("&Edit"));
    m_editButton->setAccessibleName(tr("Change the income you typed in"));
    m_deleteButton->setText(tr("De&lete"));
    m_deleteButton->setAccessibleName(tr("Delete the income you typed in"));
    m_disputeButton->setText(tr("Di&spute…"));
    m_disputeButton->setAccessibleName(tr("Dispute a prefilled record you do not recognise"));
    m_downloadButton->setText(tr("&Download from the bureau"));
    m_downloadButton->setAccessibleName(tr("Download the prefilled income from the bureau"));
    m_backButton->setText(tr("&Back"));
    m_backButton->setAccessibleName(tr("Back to your tax years"));
    m_busyIndicator->setAccessibleName(tr("Waiting for your vault or the bureau"));
    m_message->setAccessibleName(tr("Income status"));
    m_model->retranslate();
}

void IncomePage::download()
{
    if (m_busy || m_taxYear == 0) {
        return;
    }
    setBusy(true);
    m_message->setText(tr("Downloading the income employers declared for you…"));
    m_session.downloadPrefill(m_taxYear);
}

void IncomePage::onDownloaded(int taxYear, int records, const SessionOutcome& outcome)
{
    if (!m_busy || taxYear != m_taxYear) {
        return;
    }
    setBusy(false);
    if (!outcome.ok()) {
        m_message->setText(outcome.message);
        return;
    }
    m_message->setText(tr("The bureau sent %n prefilled record(s).", nullptr, records));
    m_session.requestIncome(m_taxYear);
}

void IncomePage::showRows(int taxYear, const QList<IncomeRow>& rows)
{
    if (taxYear != m_taxYear) {
        return;
    }
    if (m_reading) {
        m_reading = false;
        m_message->setText(rows.isEmpty() ? tr("No income recorded for this year yet. Download the prefilled income "
                                               "from the bureau, or add income the bureau does not know below.")
                                          : QString());
    }
    const std::optional<IncomeRow> selected = selectedRow();
    const qint64 wanted = m_selectId != 0 ? m_selectId : selected ? selected->id : 0;
    m_selectId = 0;
    m_model->setRows(rows);
    int shown = rows.isEmpty() ? -1 : 0;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id == wanted || (wanted == -1 && i == rows.size() - 1)) {
            shown = i;
        }
    }
    if (shown >= 0) {
        m_table->selectRow(shown);
    }
    updateActions();
    emit recordsShown();
}

void IncomePage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_downloadButton->setEnabled(!busy);
    m_form->setBusy(busy);
    m_disputePanel->setBusy(busy);
    updateActions();
}

std::optional<IncomeRow> IncomePage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount()) {
        return std::nullopt;
    }
    return m_model->rowAt(rows.first().row());
}

void IncomePage::updateActions()
{
    const std::optional<IncomeRow> row = selectedRow();
    const bool typed = row && row->origin == IncomeRow::Origin::Typed;
    const bool disputable = row && row->origin == IncomeRow::Origin::Prefill && !row->disputed;
    const bool idle = !m_busy && !m_disputePanel->isVisibleTo(this);
    m_editButton->setEnabled(idle && typed);
    m_deleteButton->setEnabled(idle && typed);
    m_disputeButton->setEnabled(idle && disputable);
}

void IncomePage::editSelected()
{
    if (const std::optional<IncomeRow> row = selectedRow(); row && row->origin == IncomeRow::Origin::Typed) {
        m_form->edit(*row);
    }
}

void IncomePage::deleteSelected()
{
    const std::optional<IncomeRow> row = selectedRow();
    if (m_busy || !row || row->origin != IncomeRow::Origin::Typed ||
        !MessageBoxSeam::confirm(window(),
                                 tr("Delete this income?"),
                                 tr("Delete the income of %1 from %2 in %3? It is left out of your return.")
                                     .arg(displayAmount(row->amount), row->payer, row->month),
                                 tr("Delete"))) {
        return;
    }
    if (m_form->isEditing()) {
        m_form->reset();
    }
    setBusy(true);
    m_doneMessage = tr("The income from %1 is deleted.").arg(row->payer);
    m_session.removeIncome(m_taxYear, row->id);
}

void IncomePage::disputeSelected()
{
    const std::optional<IncomeRow> row = selectedRow();
    if (m_busy || !row || row->origin != IncomeRow::Origin::Prefill || row->disputed) {
        return;
    }
    m_form->setVisible(false);
    m_disputePanel->start(*row);
    updateActions();
}

void IncomePage::closeDispute()
{
    const bool hadFocus = m_disputePanel->isAncestorOf(focusWidget());
    m_disputePanel->setVisible(false);
    m_form->setVisible(true);
    updateActions();
    if (hadFocus) {
        m_table->setFocus();
    }
}

void IncomePage::saveTyped(const IncomeRow& row)
{
    if (m_busy || m_taxYear == 0) {
        return;
    }
    setBusy(true);
    m_message->setText(tr("Saving in your vault…"));
    if (row.id == 0) {
        m_doneMessage = tr("The income from %1 is added.").arg(row.payer);
        m_selectId = -1;
        m_session.addIncome(m_taxYear, row);
    } else {
        m_doneMessage = tr("The income from %1 is changed.").arg(row.payer);
        m_selectId = row.id;
        m_session.updateIncome(m_taxYear, row);
    }
}

void IncomePage::onIncomeChanged(int taxYear, const SessionOutcome& outcome)
{
    if (!m_busy || taxYear != m_taxYear) {
        return;
    }
    setBusy(false);
    if (!outcome.ok()) {
        m_selectId = 0;
        m_message->setText(outcome.message);
        return;
    }
    m_message->setText(m_doneMessage);
    m_form->reset();
    m_session.requestIncome(m_taxYear);
}

void IncomePage::sendDispute(qint64 id, DisputeReason reason, const QString& note)
{
    if (m_busy || m_taxYear == 0) {
        return;
    }
    setBusy(true);
    m_message->setText(tr("Sending your dispute to the bureau…"));
    m_selectId = id;
    m_session.disputeIncome(m_taxYear, id, reason, note);
}

void IncomePage::onDisputed(int taxYear, const SessionOutcome& outcome)
{
    if (!m_busy || taxYear != m_taxYear) {
        return;
    }
    setBusy(false);
    if (!outcome.ok()) {
        // The panel stays open: the taxpayer may read the bureau's sentence, then try again or cancel.
        m_selectId = 0;
        m_message->setText(outcome.message);
        return;
    }
    m_message->setText(tr("The bureau received your dispute. The record is left out of your return while it looks "
                          "into it."));
    closeDispute();
    m_session.requestIncome(m_taxYear);
}

} // namespace huisuan
