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
    const auto tax = bracketTax(amount, result.bracket->rate, result.bracket->quickDeduction);
    result.unrounded = tax.unrounded;
    result.tax = tax.tax;
    return result;
}

} // namespace huisuan
