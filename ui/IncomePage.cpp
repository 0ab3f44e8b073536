// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/IncomePage.h"

#include "ui/IncomeRecordListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
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
    , m_downloadButton(new QPushButton)
    , m_backButton(new QPushButton)
    , m_busyIndicator(new QProgressBar)
{
    m_title->setObjectName(QStringLiteral("incomeTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_message->setObjectName(QStringLiteral("incomeMessage"));
    m_message->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("incomeView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_downloadButton->setObjectName(QStringLiteral("downloadPrefillButton"));
    m_backButton->setObjectName(QStringLiteral("incomeBackButton"));
    connect(m_downloadButton, &QPushButton::clicked, this, &IncomePage::download);
    connect(m_backButton, &QPushButton::clicked, this, &IncomePage::backRequested);
    m_busyIndicator->setObjectName(QStringLiteral("incomeBusy"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch();
    buttons->addWidget(m_downloadButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_busyIndicator);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_downloadButton);
    setTabOrder(m_downloadButton, m_backButton);
    setFocusProxy(m_table);

    connect(&m_session, &DesktopSession::incomeReady, this, &IncomePage::showRows);
    connect(&m_session, &DesktopSession::incomeFailed, m_message, &QLabel::setText);
    connect(&m_session, &DesktopSession::prefillDownloaded, this, &IncomePage::onDownloaded);
    retranslateUi();
}

void IncomePage::showYear(int taxYear)
{
    m_taxYear = taxYear;
    m_model->setRows({});
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
    m_downloadButton->setText(tr("&Download from the bureau"));
    m_downloadButton->setAccessibleName(tr("Download the prefilled income from the bureau"));
    m_backButton->setText(tr("&Back"));
    m_backButton->setAccessibleName(tr("Back to your tax years"));
    m_busyIndicator->setAccessibleName(tr("Downloading from the bureau"));
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
                                               "from the bureau.")
                                          : QString());
    }
    m_model->setRows(rows);
    if (!rows.isEmpty()) {
        m_table->selectRow(0);
    }
    emit recordsShown();
}

void IncomePage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_downloadButton->setEnabled(!busy);
}

} // namespace huisuan
