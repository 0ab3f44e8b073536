// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/**
 * Checks a resident identity number (居民身份证号码) as the user types it, with the engine's own
 * rule (region, birth date, check digit), so that ui/ needs no taxengine include.
 */
class IdentityNumberCheck
{
public:
    enum class Verdict {
        Empty,
        Incomplete, // fewer than 18 characters, none of them wrong so far
        Invalid, // 18 characters (or a character that can never fit) that are not a valid number
        Valid,
    };

    static Verdict check(const QString& text);
};

} // namespace huisuan
