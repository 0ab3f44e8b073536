// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace huisuan {

/** One cell of a spreadsheet, where the user sees it (1-based row and column, as Excel shows them). */
struct TabularCell
{
    /**
     * What the file says the cell holds. CSV cells are all Text. An XLSX Number is the file's
     * binary floating-point text ("1234.5600000000001"), a Date is a Number the sheet formats as a
     * date (its text is Excel's day serial), a Boolean is "TRUE" or "FALSE"; CellText reads each.
     */
    enum class Kind { Text, Number, Date, Boolean };

    QString text;
    int row = 0;
    int column = 0;
    Kind kind = Kind::Text;
};

using TabularRow = QList<TabularCell>;

} // namespace huisuan
