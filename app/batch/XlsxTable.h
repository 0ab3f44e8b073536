// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/ReportTable.h"

#include <QCoreApplication>
#include <optional>

namespace huisuan {

/**
 * Writes a ReportTable as an XLSX workbook with libxlsxwriter, row by row (its constant-memory
 * mode), in one sheet: the header row frozen, then the rows and the totals in bold. Amounts are
 * typed numbers shown as "#,##0.00", rates as percentages, identity numbers and names text.
 */
class XlsxTable
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTable)

public:
    /**
     * The number an XLSX cell stores for the decimal `text` ("1234.56"), as the file writes it:
     * empty when `text` is not a plain decimal of at most 15 significant digits, which Excel could
     * not show as written (such a cell is written as text instead).
     */
    static std::optional<double> exactNumber(const QString& text);
    /** Writes the table to `path`, replacing it only once whole; an empty string, or the user's sentence. */
    static QString write(const ReportTable& table, const QString& sheetName, const QString& path);
};

} // namespace huisuan
