// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace huisuan {

/**
 * A table to print over as many pages as it needs, as plain data: a title and heading lines
 * repeated on every page, the columns, the rows (made when printed, so that a declaration of
 * 100 000 employees is never held as text twice) and the totals that end it.
 */
struct PdfTable
{
    struct Column
    {
        QString header;
        qreal width = 1; // relative to the other columns
        bool number = false; // right-aligned
    };

    QString title;
    QStringList heading; // under the title on every page: who, which period
    QList<Column> columns;
    qsizetype rowCount = 0;
    std::function<QStringList(qsizetype)> row;
    QList<QStringList> totals; // in bold after the last row, so on the last page
};

} // namespace huisuan
