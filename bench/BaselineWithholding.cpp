// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaselineWithholding.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace huisuan::bench {

namespace {

constexpr std::int64_t hundred = 100;

std::int64_t fenOf(const Money& money)
{
    return static_cast<std::int64_t>(money.fen());
}

} // namespace

BaselineWithholding::BaselineWithholding(const RulePack& pack)
    : m_basicDeductionMonthly(fenOf(pack.basicDeductionMonthly.value))
{
    for (const huisuan::Bracket& bracket : pack.comprehensiveAnnual.brackets) {
        const auto numerator = static_cast<std::int64_t>(bracket.rate.numerator());
        const auto denominator = static_cast<std::int64_t>(bracket.rate.denominator());
        if ((numerator * hundred) % denominator != 0) {
            throw std::invalid_argument("the baseline needs annual rates in whole percents");
        }
        m_brackets.push_back({bracket.upTo ? fenOf(*bracket.upTo) : std::numeric_limits<std::int64_t>::max(),
                              numerator * hundred / denominator,
                              fenOf(bracket.quickDeduction)});
    }
}

std::int64_t BaselineWithholding::withholdYear(const EmployeeMonthFen* months, int count, std::int64_t* withheld) const
{
    std::int64_t income = 0;
    std::int64_t special = 0;
    std::int64_t specialAdditional = 0;
    std::int64_t alreadyWithheld = 0;
    for (int i = 0; i < count; ++i) {
        income += months[i].wages;
        special += months[i].specialDeductions;
        specialAdditional += months[i].specialAdditionalDeductions;
        const std::int64_t basic = m_basicDeductionMonthly * (i + 1);
        const std::int64_t taxable = std::max<std::int64_t>(0, income - basic - special - specialAdditional);
        std::int64_t tax = 0;
        if (taxable > 0) {
            const Bracket* bracket = m_brackets.data();
            while (taxable > bracket->upTo) {
                ++bracket;
            }
            // taxable × rate − quick deduction, half-up to the fen; never negative inside its bracket.
            tax = (taxable * bracket->ratePercent + hundred / 2) / hundred - bracket->quickDeduction;
        }
        withheld[i] = std::max<std::int64_t>(0, tax - alreadyWithheld);
        alreadyWithheld += withheld[i];
    }
    return alreadyWithheld;
}

} // namespace huisuan::bench
