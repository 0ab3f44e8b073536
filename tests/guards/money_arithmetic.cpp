// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled by tests/guards/CMakeLists.txt twice: as it is, it must compile (the arithmetic that tax
// law uses); with HUISUAN_GUARD_MONEY_TIMES_MONEY defined, it must not (multiplying two amounts of
// money has no meaning). One file for both, so the guard can fail only on the forbidden line.
#include "money/Money.h"

namespace huisuan::guard {

Money sum(const Money& a, const Money& b)
{
    return a + b;
}

Money share(const Money& amount, const Rate& rate)
{
    return (amount * rate).round(Rounding::HalfUpToFen);
}

Rate ratio(const Money& part, const Money& whole)
{
    return part / whole;
}

#ifdef HUISUAN_GUARD_MONEY_TIMES_MONEY
Money product(const Money& a, const Money& b)
{
    return a * b;
}
#endif

} // namespace huisuan::guard
