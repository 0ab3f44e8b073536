// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/DeclarationLine.h"
#include "vault/Employee.h"
#include "vault/PayrollMonth.h"
#include "vault/WithholdingResultRecord.h"

namespace huisuan {

/**
 * One employee's month as declared: the payroll as imported and the withholding the engine
 * computed for it. The one place that reads the stored payroll and result JSON, so that the
 * declaration and the annual statement show the same figures.
 */
DeclarationLine
declarationLineOf(const Employee& employee, const PayrollMonth& payroll, const WithholdingResultRecord& result);

} // namespace huisuan
