// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BureauDeductions.h"
#include "batch/DeclarationLine.h"
#include "vault/Employee.h"
#include "vault/LaborPaymentRecord.h"
#include "vault/PayrollMonth.h"
#include "vault/WithholdingResultRecord.h"

namespace huisuan {

/**
 * One employee's month as declared, from the payroll as imported and the withholding the engine
 * computed for it: the wages line (a bonus combined with the wages included, the special
 * additional deductions the employee pushed through the bureau in place of the sheet's), then a
 * separately taxed bonus on a line of its own. The one place that reads the stored payroll and
 * result JSON, so that the declaration and the annual statement show the same figures.
 */
QList<DeclarationLine> declarationLinesOf(const Employee& employee,
                                          const PayrollMonth& payroll,
                                          const WithholdingResultRecord& result,
                                          const BureauDeductions& bureau);

/** A labor payment to someone not on the roster, with the prepayment computed at import. */
DeclarationLine declarationLineOf(const LaborPaymentRecord& payment);

} // namespace huisuan
