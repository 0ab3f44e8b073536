// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/HomePage.h"

#include "ui/PageStyle.h"
#include "ui/TaxYearListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace huisuan {

HomePage::HomePage(DesktopSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_message(new QLabel)
    , m_table(new QTableView)
    , m_model(new TaxYearListModel(this))
    , m_enrolHint(new QLabel)
    , m_enrolButton(new QPushButton)
    , m_incomeButton(new QPushButton)
    , m_reconcileButton(new QPushButton)
    , m_returnButton(new QPushButton)
    , m_filingsButton(new QPushButton)
    , m_deductionsButton(new QPushButton)
{
    m_title->setObjectName(QStringLiteral("homeTitle"));
    styleAsPageTitle(m_title);
    m_message->setObjectName(QStringLiteral("homeMessage"));
    m_message->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("taxYearsView"));
    m_table->setModel(m_model);
    styleAsRecordTable(m_table);

    m_enrolHint->setObjectName(QStringLiteral("enrolHint"));
    m_enrolHint->setWordWrap(true);
    m_enrolButton->setObjectName(QStringLiteral("homeEnrolButton"));
    m_incomeButton->setObjectName(QStringLiteral("incomeButton"));
    m_reconcileButton->setObjectName(QStringLiteral("reconcileButton"));
    m_returnButton->setObjectName(QStringLiteral("returnButton"));
    m_returnButton->setEnabled(false);
    m_filingsButton->setObjectName(QStringLiteral("filingsButton"));
    m_filingsButton->setEnabled(false);
    m_deductionsButton->setObjectName(QStringLiteral("deductionsButton"));
    // Hidden until the session says whether the vault holds an enrolment.
    m_enrolHint->setVisible(false);
    m_enrolButton->setVisible(false);
    connect(m_enrolButton, &QPushButton::clicked, this, &HomePage::enrolRequested);
    connect(m_incomeButton, &QPushButton::clicked, this, &HomePage::showIncome);
    connect(m_reconcileButton, &QPushButton::clicked, this, [this] {
        if (const int taxYear = m_model->taxYear(selectedRow()); taxYear != 0) {
            emit reconcileRequested(taxYear);
        }
    });
    connect(m_deductionsButton, &QPushButton::clicked, this, [this] {
        if (const int taxYear = m_model->taxYear(selectedRow()); taxYear != 0) {
            emit deductionsRequested(taxYear);
        }
    });
    connect(m_table, &QTableView::activated, this, &HomePage::showIncome);
    connect(m_returnButton, &QPushButton::clicked, this, &HomePage::showReturn);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HomePage::updateReturnButton);
    connect(m_filingsButton, &QPushButton::clicked, this, &HomePage::showFilings);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HomePage::updateFilingsButton);

    auto* enrolRow = new QHBoxLayout;
    enrolRow->addWidget(m_enrolHint, 1);
    enrolRow->addWidget(m_enrolButton);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_returnButton);
    buttons->addWidget(m_incomeButton);
    buttons->addWidget(m_deductionsButton);
    buttons->addWidget(m_reconcileButton);
    buttons->addWidget(m_filingsButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addLayout(enrolRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_table);
    setTabOrder(m_table, m_returnButton);
    setTabOrder(m_returnButton, m_incomeButton);
    setTabOrder(m_incomeButton, m_deductionsButton);
    setTabOrder(m_deductionsButton, m_reconcileButton);
    setTabOrder(m_reconcileButton, m_filingsButton);
    setTabOrder(m_filingsButton, m_enrolButton);

    connect(&m_session, &DesktopSession::overviewReady, this, &HomePage::showYears);
    connect(&m_session, &DesktopSession::overviewFailed, m_message, &QLabel::setText);
    connect(&m_session, &DesktopSession::enrolmentKnown, this, [this](bool enrolled) {
        m_enrolHint->setVisible(!enrolled);
        m_enrolButton->setVisible(!enrolled);
    });
    retranslateUi();
}

void HomePage::refresh()
{
    m_message->setText(tr("Reading your tax years…"));
    m_session.requestEnrolment();
    m_session.requestOverview();
}

void HomePage::clear()
{
    m_message->clear();
    m_model->setYears({});
    updateReturnButton();
    updateFilingsButton();
    m_enrolHint->setVisible(false);
    m_enrolButton->setVisible(false);
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void HomePage::retranslateUi()
{
    m_title->setText(tr("Your tax years"));
    m_table->setAccessibleName(tr("Tax years"));
    m_enrolHint->setText(tr("You have not enrolled with the tax bureau yet: enrol to download your prefilled "
                            "income and to file."));
    m_enrolButton->setText(tr("&Enrol with the bureau…"));
    m_enrolButton->setAccessibleName(tr("Enrol with the bureau"));
    m_incomeButton->setText(tr("&Income…"));
    m_incomeButton->setAccessibleName(tr("Income of the selected tax year"));
    m_reconcileButton->setText(tr("&Reconcile and file…"));
    m_reconcileButton->setAccessibleName(tr("Reconcile and file the selected tax year"));
    m_returnButton->setText(tr("Re&turn…"));
    m_returnButton->setAccessibleName(tr("The computed return of the selected tax year, explained"));
    m_filingsButton->setText(tr("&Filings…"));
    m_filingsButton->setAccessibleName(tr("Filings of the selected tax year"));
    m_deductionsButton->setText(tr("&Deductions…"));
    m_deductionsButton->setAccessibleName(tr("Deductions of the selected tax year"));
    m_model->retranslate();
}

void HomePage::showYears(const QList<TaxYearOverview>& years)
{
    m_message->clear();
    m_model->setYears(years);
    if (!years.isEmpty()) {
        m_table->selectRow(0);
    }
    updateReturnButton();
    updateFilingsButton();
    emit yearsShown();
}

int HomePage::selectedRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
}

void HomePage::showIncome()
{
    if (const int taxYear = m_model->taxYear(selectedRow()); taxYear != 0) {
        emit incomeRequested(taxYear);
    }
}

void HomePage::showReturn()
{
    if (const int row = selectedRow(); m_model->hasReturn(row)) {
        emit returnRequested(m_model->taxYear(row));
    }
}

void HomePage::updateReturnButton()
{
    m_returnButton->setEnabled(m_model->hasReturn(selectedRow()));
}

void HomePage::showFilings()
{
    if (const int row = selectedRow(); m_model->hasFilings(row)) {
        emit filingsRequested(m_model->taxYear(row));
    }
}

void HomePage::updateFilingsButton()
{
    m_filingsButton->setEnabled(m_model->hasFilings(selectedRow()));
}

} // namespace huisuan
