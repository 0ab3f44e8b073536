// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/FigureList.h"

#include "ui/DisplayAmount.h"

#include <QFormLayout>
#include <QLabel>

namespace huisuan {

FigureList::FigureList(const QStringList& keys, QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_keys(keys)
{
    m_form->setContentsMargins(0, 0, 0, 0);
    for (const QString& key : keys) {
        auto* caption = new QLabel;
        auto* amount = new QLabel;
        amount->setObjectName(key);
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(caption, amount);
        m_captions.append(caption);
        m_amounts.append(amount);
    }
}

void FigureList::setCaptions(const QStringList& captions)
{
    for (int i = 0; i < m_captions.size() && i < captions.size(); ++i) {
        m_captions.at(i)->setText(captions.at(i));
    }
}

void FigureList::showFigures(const QMap<QString, QString>& figures, bool hideMissing)
{
    for (int i = 0; i < m_keys.size(); ++i) {
        const QString amount = figures.value(m_keys.at(i));
        QLabel* label = m_amounts.at(i);
        label->setText(amount.isEmpty() ? QStringLiteral("—") : displayAmount(amount));
        label->setAccessibleName(m_captions.at(i)->text() + QLatin1Char(' ') + label->text());
        m_form->setRowVisible(i, !(hideMissing && amount.isEmpty()));
    }
}

} // namespace huisuan
