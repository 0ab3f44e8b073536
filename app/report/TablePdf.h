// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/PdfTable.h"

#include <QCoreApplication>
#include <QPageLayout>

namespace huisuan {

/**
 * Prints a PdfTable on A4 pages: on each page the title, the heading lines and the table's header
 * row, then as many rows as fit, and "Page N of M" at the foot; the totals close the last page.
 * Painted row by row with QPainter (a QTextDocument lays out the whole table first, which takes
 * minutes for a large company). The CJK face of `language` is embedded.
 */
class TablePdf
{
    Q_DECLARE_TR_FUNCTIONS(TablePdf)

public:
    /** Writes the PDF to `path` through QSaveFile; an empty string, or the user's sentence on failure. */
    static QString
    write(const PdfTable& table, const QString& language, QPageLayout::Orientation orientation, const QString& path);
};

} // namespace huisuan
