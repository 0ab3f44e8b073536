// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/**
 * Checks an amount of yuan as the user types it, with the engine's input grammar ("12000",
 * "12000.5", "12000.50"; no grouping, no sign, no leading zeros, at most two decimals, at most
 * 999999999999.99), and gives its canonical text, so that ui/ needs no taxengine include and
 * never holds an amount as a double. Spaces around the amount are ignored.
 */
class AmountCheck
{
public:
    enum class Verdict {
        Empty,
        Incomplete, // could still become an amount: "12." awaiting its decimals
        Invalid, // no amount reads like this: "12,000", "1.234", "-5", "¥12", "012"
        TooLarge, // written right, but more than 999999999999.99
        Valid,
    };

    struct Result
    {
        Verdict verdict = Verdict::Empty;
        QString canonical; // "12000.00" when Valid, else empty
    };

    static Result check(const QString& text);
    /** The canonical text of a valid amount ("12.5" → "12.50"); empty when not an amount. */
    static QString canonical(const QString& text) { return check(text).canonical; }
};

} // namespace huisuan
