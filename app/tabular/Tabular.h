// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace huisuan {

// The tabular readers' data, as the CSV/XLSX readers of issue 6 define it (their branch holds the
// same header with the readers beside it; this copy lets batch import compile until they merge).

/** One cell as read, at its 1-based row and column as the user sees them in the spreadsheet. */
struct TabularCell
{
    QString text;
    int row = 0;
    int column = 0;
};

/** Something wrong with a file, a row or a cell, where the user can find it. */
struct TabularProblem
{
    QString file;
    int row = 0; // 0: the whole file
    int column = 0; // 0: the whole row
    QString reason;
};

/** A sheet as read: its header row, its data rows, and what could not be read. */
struct TabularSheet
{
    QString file;
    QStringList header;
    QList<QList<TabularCell>> rows;
    QList<TabularProblem> problems;
};

} // namespace huisuan
