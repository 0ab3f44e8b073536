// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TabularCell.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace huisuan {

/**
 * Reads a spreadsheet cell as the engine's input text, refusing (with a reason for the user) what
 * it cannot read without guessing. Amounts come out in the engine's grammar ("12000.50": no
 * grouping, no sign, at most two decimals, at most 999999999999.99).
 */
class CellText
{
    Q_DECLARE_TR_FUNCTIONS(CellText)

public:
    /**
     * An amount typed as text: full-width digits ("１２０００") and thousands separators in their
     * only reading ("12,000.50") are accepted; "1,2", "1.234,56" or "12.345" are refused.
     */
    static std::optional<QString> money(const QString& cell, QString* reason);

    /**
     * An amount from any cell. An XLSX number is binary floating point ("1234.5600000000001"): it
     * is read at 15 significant digits, as Excel shows it, and accepted only when that has at most
     * two decimals. A Date or Boolean cell is refused.
     */
    static std::optional<QString> money(const TabularCell& cell, QString* reason);

    /** The hook for columns that ask for a date: an XLSX Date cell (Excel's 1900 day serial) or "2025-03-01". */
    static std::optional<QDate> date(const TabularCell& cell, QString* reason);
};

} // namespace huisuan
