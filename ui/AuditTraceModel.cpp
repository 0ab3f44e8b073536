// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AuditTraceModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace huisuan {

namespace {

const QColor differenceGround(0xfd, 0xe2, 0xe1);
const QColor differenceText(0x9b, 0x1c, 0x1c);

/** A row of every column, `texts` first and empty cells after them. */
QList<QStandardItem*> rowOf(const QStringList& texts, int line, bool differs)
{
    QList<QStandardItem*> items;
    for (int column = 0; column < AuditTraceModel::ColumnCount; ++column) {
        auto* item = new QStandardItem(column < texts.size() ? texts.at(column) : QString());
        item->setEditable(false);
        item->setData(differs, AuditTraceModel::DiffersRole);
        item->setData(line, AuditTraceModel::LineRole);
        items.append(item);
    }
    return items;
}

void markDifference(const QList<QStandardItem*>& items)
{
    for (QStandardItem* item : items) {
        item->setBackground(differenceGround);
        item->setForeground(differenceText);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    items.first()->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

} // namespace

AuditTraceModel::AuditTraceModel(QObject* parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    retranslate();
}

void AuditTraceModel::setLines(const QList<AuditLineRow>& lines)
{
    m_lines = lines;
    retranslate();
}

void AuditTraceModel::retranslate()
{
    removeRows(0, rowCount());
    setHorizontalHeaderLabels({tr("Line"), tr("Filed"), tr("Replayed"), tr("Same?")});
    for (int index = 0; index < m_lines.size(); ++index) {
        const AuditLineRow& line = m_lines.at(index);
        const QList<QStandardItem*> row = rowOf(
            {line.label, line.filed, line.replayed, line.differs ? tr("Differs") : tr("Same")}, index, line.differs);
        if (line.differs) {
            markDifference(row);
            row.first()->setToolTip(tr("The replay gives a different value from the one filed."));
        }
        for (const TraceStep::Input& input : line.inputs) {
            row.first()->appendRow(rowOf({tr("From %1").arg(input.name), input.value}, index, line.differs));
        }
        for (const TraceStep::Rule& rule : line.rules) {
            QList<QStandardItem*> child = rowOf({tr("Rule %1").arg(rule.id), rule.value}, index, line.differs);
            child.first()->setToolTip(rule.citation);
            row.first()->appendRow(child);
        }
        appendRow(row);
    }
}

} // namespace huisuan
