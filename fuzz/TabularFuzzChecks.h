// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FuzzCheck.h"
#include "tabular/CellText.h"
#include "tabular/TabularReader.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace huisuan::fuzz {

/**
 * Reads the file with the streaming reader and checks what every caller relies on: the header
 * comes first and rows follow in order; each cell is where it says it is; every problem names the
 * file and a place that exists; an amount CellText accepts is in the engine's grammar.
 */
inline void checkTabularFile(const QString& path, bool sameWidthAsHeader)
{
    static const QRegularExpression grammar(QStringLiteral("^(0|[1-9]\\d{0,11})\\.\\d\\d$"));
    qsizetype headerWidth = -1;
    int lastRow = 0;
    const QList<TabularProblem> problems = TabularReader::forEachRow(
        path,
        [&](const TabularRow& row) {
            require(!row.isEmpty(), "an empty row was handed over");
            require(row.first().row > lastRow, "rows were handed over out of order");
            lastRow = row.first().row;
            if (headerWidth < 0) {
                headerWidth = row.size();
            } else if (sameWidthAsHeader) {
                require(row.size() == headerWidth, "an XLSX row was not padded or cut to the header's width");
            }
            for (qsizetype index = 0; index < row.size(); ++index) {
                const TabularCell& cell = row.at(index);
                require(cell.row == lastRow && cell.column == index + 1, "a cell is not where it says it is");
                QString reason;
                const std::optional<QString> amount = CellText::money(cell, &reason);
                require(amount ? grammar.match(*amount).hasMatch() && reason.isEmpty() : !reason.isEmpty(),
                        "an amount was accepted outside the engine's grammar, or refused without a reason",
                        cell.text);
            }
            return true;
        },
        1024 * 1024);
    for (const TabularProblem& problem : problems) {
        require(problem.file == path && problem.row >= 0 && problem.column >= 0 && !problem.reason.isEmpty(),
                "a problem does not say where and why");
    }
}

/** A file holding these bytes for as long as it lives. */
inline std::unique_ptr<QTemporaryFile> temporaryFile(const QByteArray& bytes)
{
    auto file = std::make_unique<QTemporaryFile>();
    require(file->open() && file->write(bytes) == bytes.size() && file->flush(), "cannot write a temporary file");
    return file;
}

} // namespace huisuan::fuzz
