// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BatchControl.h"
#include "tabular/TabularReader.h"

namespace huisuan {

/**
 * Streams a file through an import one row at a time (TabularReader::forEachRow): `import` takes
 * header(file, names), row(cells) and finish(readerProblems), so that no sheet is held whole.
 * `control` hears of the rows read every few hundred rows and stops the reading when cancelled.
 */
template <typename Import>
auto streamSheet(const QString& path,
                 Import& import,
                 const BatchControl& control = {},
                 qint64 maxBytes = TabularReader::DefaultMaxBytes)
{
    // Often enough to move a progress bar, rarely enough not to flood the GUI thread.
    constexpr qsizetype rowsPerReport = 500;
    qsizetype rows = 0;
    bool first = true;
    const QList<TabularProblem> problems = TabularReader::forEachRow(
        path,
        [&](const TabularRow& row) {
            if (control.cancelled()) {
                return false;
            }
            if (first) {
                QStringList header;
                for (const TabularCell& cell : row) {
                    header.append(cell.text.trimmed());
                }
                import.header(path, header);
                first = false;
            } else {
                import.row(row);
                if (++rows % rowsPerReport == 0) {
                    control.report(rows, 0);
                }
            }
            return true;
        },
        maxBytes);
    if (first && problems.isEmpty()) {
        import.header(path, {}); // an empty sheet: every required column is missing
    }
    return import.finish(problems);
}

} // namespace huisuan
