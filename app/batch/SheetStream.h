// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tabular/TabularReader.h"

namespace huisuan {

/**
 * Streams a file through an import one row at a time (TabularReader::forEachRow): `import` takes
 * header(file, names), row(cells) and finish(readerProblems), so that no sheet is held whole.
 */
template <typename Import>
auto streamSheet(const QString& path, Import& import, qint64 maxBytes = TabularReader::DefaultMaxBytes)
{
    bool first = true;
    const QList<TabularProblem> problems = TabularReader::forEachRow(
        path,
        [&](const TabularRow& row) {
            if (first) {
                QStringList header;
                for (const TabularCell& cell : row) {
                    header.append(cell.text.trimmed());
                }
                import.header(path, header);
                first = false;
            } else {
                import.row(row);
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
