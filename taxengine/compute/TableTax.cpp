// SPDX-License-Identifier: GPL-3.0-or-later
#include "compute/TableTax.h"

namespace huisuan {

TableTax taxFromTable(const RateTable& table, const Money& amount, int edgeMultiplier)
{
    TableTax result;
    result.bracket = &table.bracketFor(amount, edgeMultiplier);
    if (amount.isNegative() || amount.isZero()) {
        return result;
    }
    result.unrounded = amount * result.bracket->rate - result.bracket->quickDeduction;
    result.tax = max(Money(), result.unrounded.round(Rounding::HalfUpToFen));
    return result;
}

} // namespace huisuan
