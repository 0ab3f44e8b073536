// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RulePack.h"

namespace huisuan {

const Bracket& RateTable::bracketFor(const Money& amount, int edgeMultiplier) const
{
    for (const Bracket& bracket : brackets) {
        // Most tables are read unscaled, once a month per employee: skip the multiplication.
        if (!bracket.upTo || amount <= (edgeMultiplier == 1 ? *bracket.upTo : bracket.upTo->times(edgeMultiplier))) {
            return bracket;
        }
    }
    return brackets.back();
}

} // namespace huisuan
