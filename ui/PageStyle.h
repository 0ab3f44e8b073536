// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;
class QTableView;

namespace huisuan {

/** The one look of every page's title: larger and bold, so that each screen reads the same way. */
void styleAsPageTitle(QLabel* title);

/**
 * A read-only table of records, one selected row at a time: no row numbers, columns as wide as
 * their contents, the last one taking the rest, one line a row.
 */
void styleAsRecordTable(QTableView* table);

} // namespace huisuan
