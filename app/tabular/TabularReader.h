// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TabularSheet.h"

#include <QtGlobal>
#include <functional>

namespace huisuan {

/**
 * Reads the spreadsheets accountants import (issue 6): CSV in UTF-8 (with or without a BOM) or
 * GB18030, and XLSX (its first sheet). The first non-blank row is the header; blank rows are left
 * out; every problem is reported with its file, row, column and reason, all of them, and nothing
 * is guessed: a formula, a merged cell or a row that does not line up with the header is a problem.
 * The format is picked from the file's first bytes (a zip is XLSX), not from its name.
 */
class TabularReader
{
public:
    /** Files bigger than this are refused before any of them is read (a year of payroll for 100 000 people fits). */
    static constexpr qint64 DefaultMaxBytes = 256LL * 1024 * 1024;

    /** Gets the header first, then each row in order; returns false to stop reading (the user cancelled). */
    using RowCallback = std::function<bool(const TabularRow& row)>;

    /** The whole sheet in memory: for files of a few thousand rows. */
    static TabularSheet read(const QString& path, qint64 maxBytes = DefaultMaxBytes);

    /**
     * Streams the sheet through onRow one row at a time, so that a 200 MB file is never held
     * whole, and returns every problem found. Rows with problems are still handed over, so that a
     * caller can show them beside their problem.
     */
    static QList<TabularProblem>
    forEachRow(const QString& path, const RowCallback& onRow, qint64 maxBytes = DefaultMaxBytes);
};

} // namespace huisuan
