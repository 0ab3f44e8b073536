// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/**
 * Checks a payer's unified social credit code (统一社会信用代码) as the user types it, with the
 * engine's rule (GB 32100-2015 alphabet, division code, check character), so that ui/ needs no
 * taxengine include. Lower-case letters count as their capitals; callers store the code upper case.
 */
class CreditCodeCheck
{
public:
    enum class Verdict {
        Empty,
        Incomplete, // fewer than 18 characters, none of them wrong so far
        Invalid, // 18 characters that are not a valid code, more than 18, or a character outside the alphabet
        Valid,
    };

    static Verdict check(const QString& text);
};

} // namespace huisuan
