// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReturnResultView.h"

#include "ui/TraceDialog.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace huisuan {

namespace {

/** The lines that say what the year comes to, set apart from the steps that lead there. */
bool isOutcome(const QString& key)
{
    return key == QLatin1String("tax_payable") || key == QLatin1String("amount_due") || key == QLatin1String("refund");
}

} // namespace

ReturnResultView::ReturnResultView(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_scroll(new QScrollArea)
{
    auto* rows = new QWidget;
    rows->setObjectName(QStringLiteral("resultRows"));
    auto* rowsLayout = new QVBoxLayout(rows);
    rowsLayout->addLayout(m_grid);
    rowsLayout->addStretch();
    m_grid->setColumnStretch(0, 1);
    m_grid->setHorizontalSpacing(12);
    m_scroll->setObjectName(QStringLiteral("resultScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The lines scroll up and down; across, the view is as wide as its widest line, so no amount is cut.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(rows);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    setFocusProxy(m_scroll); // then Tab goes from one "why?" to the next, and the area scrolls along
}

void ReturnResultView::clearRows()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ReturnResultView::setExplanation(const ReturnExplanation& explanation)
{
    m_explanation = explanation;
    clearRows();
    QWidget* previous = m_scroll; // the "why?" buttons follow the area in the tab order, line by line
    for (int row = 0; row < explanation.lines.size(); ++row) {
        const ResultLine& line = explanation.lines.at(row);
        const QString value = displayValue(line);
        auto* label = new QLabel(line.label);
        label->setObjectName(QStringLiteral("resultLabel_") + line.key);
        auto* amount = new QLabel(value);
        amount->setObjectName(QStringLiteral("resultValue_") + line.key);
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setAccessibleName(line.label);
        if (isOutcome(line.key)) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            amount->setFont(bold);
        }
        auto* why = new QPushButton(tr("Why?"));
        why->setObjectName(QStringLiteral("whyButton_") + line.key);
        why->setAccessibleName(tr("Why is “%1” %2?").arg(line.label, value));
        why->setToolTip(tr("How %1 is computed, and under which rule").arg(line.label));
        connect(why, &QPushButton::clicked, this, [this, key = line.key] { explain(key); });
        m_grid->addWidget(label, row, 0);
        m_grid->addWidget(amount, row, 1);
        m_grid->addWidget(why, row, 2);
        // Shown now rather than when the layout gets round to it, so that the width below counts them.
        label->show();
        amount->show();
        why->show();
        setTabOrder(previous, why);
        previous = why;
    }
    m_scroll->widget()->layout()->invalidate(); // its size hint is cached, and the rows just changed
    m_scroll->setMinimumWidth(m_scroll->widget()->sizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width());
    if (m_dialog) {
        if (const ResultLine* line = m_explanation.line(m_dialog->key())) {
            m_dialog->setLine(*line);
        } else {
            m_dialog->close();
        }
    }
}

TraceDialog* ReturnResultView::openExplanation() const
{
    return m_dialog;
}

TraceDialog* ReturnResultView::explain(const QString& key)
{
    const ResultLine* line = m_explanation.line(key);
    if (!line) {
        return nullptr;
    }
    if (!m_dialog) {
        m_dialog = new TraceDialog(this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->setLine(*line);
    m_dialog->open();
    return m_dialog;
}

} // namespace huisuan
