// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/**
 * Checks an amount of money in yuan as the user types it, with the engine's money grammar
 * ("12000", "12000.5", "12000.50"; no grouping, no sign, at most two decimals), and gives its
 * canonical text, so that ui/ needs no taxengine include and never holds an amount as a double.
 */
class AmountCheck
{
public:
    enum class Verdict {
        Empty,
        Invalid, // not an amount of the grammar: "12,000", "1.234", "-5", "¥12"
        TooLarge, // more yuan than the vault keeps (16 digits)
        Valid,
    };

    struct Result
    {
        Verdict verdict = Verdict::Empty;
        QString canonical; // "12000.00" when Valid, else empty
    };

    static Result check(const QString& text);
};

} // namespace huisuan
