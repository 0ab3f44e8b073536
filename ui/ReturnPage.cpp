// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReturnPage.h"

#include "session/ReturnExplanation.h"
#include "session/TaxBreakdown.h"
#include "ui/PageStyle.h"
#include "ui/ReturnResultView.h"
#include "ui/TaxBreakdownChart.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace huisuan {

ReturnPage::ReturnPage(DesktopSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_message(new QLabel)
    , m_resultView(new ReturnResultView)
    , m_chart(new TaxBreakdownChart)
    , m_backButton(new QPushButton)
{
    m_title->setObjectName(QStringLiteral("returnTitle"));
    styleAsPageTitle(m_title);
    m_message->setObjectName(QStringLiteral("returnMessage"));
    m_message->setWordWrap(true);
    m_resultView->setObjectName(QStringLiteral("returnResultView"));
    m_chart->setObjectName(QStringLiteral("taxBreakdownChart"));
    m_backButton->setObjectName(QStringLiteral("returnBackButton"));
    connect(m_backButton, &QPushButton::clicked, this, &ReturnPage::backRequested);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("returnSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_resultView);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_resultView);

    connect(&m_session, &DesktopSession::returnReady, this, &ReturnPage::showReturn);
    connect(&m_session, &DesktopSession::returnFailed, this, &ReturnPage::showFailure);
    retranslateUi();
}

void ReturnPage::showYear(int taxYear)
{
    m_taxYear = taxYear;
    clear();
    retranslateUi();
    m_message->setText(tr("Reading the return…"));
    m_reading = true;
    m_session.requestReturn(taxYear);
}

void ReturnPage::clear()
{
    m_reading = false;
    m_stored = StoredReturn();
    m_message->clear();
    explainStored();
}

void ReturnPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        explainStored();
    }
    QWidget::changeEvent(event);
}

void ReturnPage::retranslateUi()
{
    m_title->setText(tr("Return of the %1 tax year").arg(m_taxYear));
    m_message->setAccessibleName(tr("Return status"));
    m_resultView->setAccessibleName(tr("The lines of the return"));
    m_backButton->setText(tr("&Back"));
    m_backButton->setAccessibleName(tr("Back to your tax years"));
}

void ReturnPage::showReturn(int taxYear, const StoredReturn& stored)
{
    // An answer that arrives after the vault locked stays out: the page was cleared for a reason.
    if (!m_reading || taxYear != m_taxYear) {
        return;
    }
    m_reading = false;
    m_stored = stored;
    m_message->clear();
    explainStored();
    emit returnShown();
}

void ReturnPage::showFailure(int taxYear, const QString& message)
{
    if (m_reading && taxYear == m_taxYear) {
        m_reading = false;
        m_message->setText(message);
    }
}

void ReturnPage::explainStored()
{
    const ReturnExplanation explanation = ReturnExplanation::fromJson(m_stored.resultJson, m_stored.traceJson);
    if (!m_stored.resultJson.isEmpty() && explanation.lines.isEmpty()) {
        m_message->setText(tr("This return cannot be read. Compute the return of the year again."));
    }
    m_resultView->setExplanation(explanation);
    m_chart->setBreakdown(TaxBreakdown::fromJson(m_stored.resultJson, m_stored.traceJson));
}

} // namespace huisuan
