// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticCompany.h"

namespace huisuan::bench {

namespace {

constexpr std::int64_t fenPerYuan = 100;

// 10.5% = 105 / 1000, rounded half-up: the amounts are positive, so adding half the divisor
// before the integer division is exactly 四舍五入 to the fen.
std::int64_t specialDeductionsOf(std::int64_t wagesFen)
{
    constexpr std::int64_t perMille = 105;
    constexpr std::int64_t mille = 1000;
    return (wagesFen * perMille + mille / 2) / mille;
}

} // namespace

SyntheticCompany::SyntheticCompany(int employees)
    : m_employees(employees)
{
    m_months.reserve(static_cast<size_t>(employees) * monthsPerYear);
    for (int e = 0; e < employees; ++e) {
        EmployeeMonthFen month;
        month.wages = (8000 + 1000 * (e % 50)) * fenPerYuan;
        month.specialDeductions = specialDeductionsOf(month.wages);
        month.specialAdditionalDeductions = 1000 * (e % 3) * fenPerYuan;
        m_months.insert(m_months.end(), monthsPerYear, month);
    }
}

std::vector<WageWithholdingInput> SyntheticCompany::engineInputs(int taxYear) const
{
    std::vector<WageWithholdingInput> inputs(static_cast<size_t>(m_employees));
    for (int e = 0; e < m_employees; ++e) {
        WageWithholdingInput& input = inputs[static_cast<size_t>(e)];
        input.taxYear = taxYear;
        input.firstMonth = 1;
        for (int m = 1; m <= monthsPerYear; ++m) {
            const EmployeeMonthFen& fen = m_months[static_cast<size_t>(e * monthsPerYear + m - 1)];
            WageMonthInput month;
            month.month = m;
            month.wages = Money::fromFen(fen.wages);
            month.specialDeductions = Money::fromFen(fen.specialDeductions);
            month.specialAdditionalDeductions = Money::fromFen(fen.specialAdditionalDeductions);
            input.months.push_back(month);
        }
    }
    return inputs;
}

} // namespace huisuan::bench
