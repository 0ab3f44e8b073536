// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyntheticCompany.h"
#include "rules/RulePack.h"

#include <cstdint>
#include <vector>

namespace huisuan::bench {

/**
 * Cumulative withholding (累计预扣法, 国家税务总局公告2018年第61号 第六条) written by hand on plain
 * 64-bit integers in fen: annual table, 5000 a month of basic deduction, no refund mid-year. It
 * is the floor the engine is compared with, so it does only what the engine must do for the
 * synthetic company, with the pack's numbers resolved to integers once.
 */
class BaselineWithholding
{
public:
    /** Throws std::invalid_argument when a rate of the annual table is not a whole percent. */
    explicit BaselineWithholding(const RulePack& pack);

    /**
     * Withholds one employee's year from January: writes each month's withholding to
     * withheld[0..count) and returns the total.
     */
    std::int64_t withholdYear(const EmployeeMonthFen* months, int count, std::int64_t* withheld) const;

private:
    struct Bracket
    {
        std::int64_t upTo; // inclusive, in fen; INT64_MAX for the open top bracket
        std::int64_t ratePercent;
        std::int64_t quickDeduction; // in fen
    };

    std::vector<Bracket> m_brackets;
    std::int64_t m_basicDeductionMonthly;
};

} // namespace huisuan::bench
