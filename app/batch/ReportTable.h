// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace huisuan {

/**
 * A batch report as a table, before it is a file: the columns with what their cells hold, the
 * rows (made when written, so that a large declaration is never held as text twice) and the
 * totals rows. XlsxTable, CsvTable and BatchPdf write it.
 */
struct ReportTable
{
    enum class Kind {
        Text, // identity numbers and names: text, so that no digit is lost
        Integer, // the month
        Amount, // canonical decimal text, "1234.50"
        Rate, // a decimal rate, "0.03"
    };

    struct Column
    {
        QString header;
        Kind kind = Kind::Text;
        qreal width = 1; // relative, on paper
    };

    QList<Column> columns;
    qsizetype rowCount = 0;
    std::function<QStringList(qsizetype)> row;
    QList<QStringList> totals;
};

} // namespace huisuan
