// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PageStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace huisuan {

void styleAsPageTitle(QLabel* title)
{
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
}

void styleAsRecordTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
}

} // namespace huisuan
