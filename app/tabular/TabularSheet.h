// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TabularCell.h"
#include "TabularProblem.h"

#include <QList>
#include <QStringList>

namespace huisuan {

/** A whole spreadsheet read at once: its header row, the rows under it, and what was wrong with them. */
struct TabularSheet
{
    QString file;
    QStringList header;
    QList<TabularRow> rows; // every row under the header, blank rows left out
    QList<TabularProblem> problems;
};

} // namespace huisuan
