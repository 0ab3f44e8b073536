// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/EmployeeStatement.h"
#include "batch/ReportTable.h"

#include <QCoreApplication>

namespace huisuan {

/**
 * An employee's annual statement as a table: January to December (a month without pay left
 * blank), each with the month's income and deductions, the cumulative income, taxable income and
 * tax, the tax withheld in the month and withheld so far; then the year's totals (合计).
 */
class StatementTable
{
    Q_DECLARE_TR_FUNCTIONS(StatementTable)

public:
    static ReportTable of(const EmployeeStatement& statement);
};

} // namespace huisuan
