// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/HomePage.h"

#include "ui/TaxYearListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
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
{
    m_title->setObjectName(QStringLiteral("homeTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_message->setObjectName(QStringLiteral("homeMessage"));
    m_message->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("taxYearsView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);

    connect(&m_session, &DesktopSession::overviewReady, this, &HomePage::showYears);
    connect(&m_session, &DesktopSession::overviewFailed, m_message, &QLabel::setText);
    retranslateUi();
}

void HomePage::refresh()
{
    m_message->setText(tr("Reading your tax years…"));
    m_session.requestOverview();
}

void HomePage::clear()
{
    m_message->clear();
    m_model->setYears({});
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
    m_model->retranslate();
}

void HomePage::showYears(const QList<TaxYearOverview>& years)
{
    m_message->clear();
    m_model->setYears(years);
    if (!years.isEmpty()) {
        m_table->selectRow(0);
    }
    emit yearsShown();
}

} // namespace huisuan
