// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/**
 * Checks an amount of yuan as the user types it, with the engine's input grammar (no sign, no
 * separators, no leading zeros, at most two decimals, at most 999999999999.99), so that ui/
 * needs no taxengine include.
 */
class AmountCheck
{
public:
    enum class Verdict {
        Empty,
        Incomplete, // could still become an amount: "12." or "0"
        Invalid, // no amount starts like this
        Valid,
    };

    static Verdict check(const QString& text);
    /** The canonical text of a valid amount ("12.5" → "12.50"); empty when not an amount. */
    static QString canonical(const QString& text);
};

} // namespace huisuan
