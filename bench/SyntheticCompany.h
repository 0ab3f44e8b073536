// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compute/WageWithholding.h"

#include <cstdint>
#include <vector>

namespace huisuan::bench {

/** One employee's month in whole fen, as the baseline reads it. */
struct EmployeeMonthFen
{
    std::int64_t wages = 0;
    std::int64_t specialDeductions = 0;
    std::int64_t specialAdditionalDeductions = 0;
};

/**
 * The synthetic company of the withholding benchmarks: employee e earns 8000 + 1000 × (e mod 50)
 * yuan every month, pays 10.5% of it as special deductions (三险一金, half-up to the fen) and
 * claims 1000 × (e mod 3) yuan of special additional deductions, January to December. The
 * figures are made once in fen, so the engine and the baseline read exactly the same amounts.
 */
class SyntheticCompany
{
public:
    static constexpr int monthsPerYear = 12;

    explicit SyntheticCompany(int employees);

    int employees() const { return m_employees; }
    /** Employee-major: employee e's month m (1 to 12) is at e × 12 + m − 1. */
    const std::vector<EmployeeMonthFen>& months() const { return m_months; }
    /** The same months as the engine's input, one per employee. */
    std::vector<WageWithholdingInput> engineInputs(int taxYear) const;

private:
    int m_employees;
    std::vector<EmployeeMonthFen> m_months;
};

} // namespace huisuan::bench
