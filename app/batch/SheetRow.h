// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BatchColumns.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace huisuan {

/**
 * One data row of a roster or payroll sheet, read field by field: each reader records a problem at
 * the cell (file, row, column) when the cell is missing or unreadable, so that the import reports
 * every problem of every row at once.
 */
class SheetRow
{
    Q_DECLARE_TR_FUNCTIONS(SheetRow)

public:
    SheetRow(const QString& file,
             BatchSheetKind kind,
             const QList<TabularCell>& cells,
             const BatchColumnMap& columns,
             QList<TabularProblem>& problems);

    /** The row number the user sees. */
    int number() const { return m_row; }
    bool hasProblems() const { return m_problemCount > 0; }
    void problem(BatchField field, const QString& reason);

    /** The trimmed text; a problem when a required field is empty. */
    QString text(BatchField field);
    /** A date written 2025-04-01 or 2025/4/1; null when empty (a problem when required or unreadable). */
    QDate date(BatchField field);
    /** A month written 2025-04 or 2025/4; nothing when empty (a problem when unreadable). */
    std::optional<QDate> month(BatchField field);
    /** The canonical amount; "0.00" when an optional amount is empty. */
    QString money(BatchField field);

private:
    const TabularCell* cell(BatchField field) const;
    bool isRequired(BatchField field) const;

    const QString& m_file;
    const QList<TabularCell>& m_cells;
    const BatchColumnMap& m_columns;
    QList<TabularProblem>& m_problems;
    int m_row = 0;
    int m_problemCount = 0;
    BatchSheetKind m_kind;
};

} // namespace huisuan
