// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Employee.h"
#include "vault/PayrollMonth.h"
#include "vault/WithholdingResultRecord.h"

#include <QCoreApplication>
#include <QList>

namespace huisuan {

/**
 * The cumulative withholding (累计预扣法) of every employee of a workspace for one tax year, through
 * the engine's wage-withholding computation: each employee's months from the start of employment
 * (or January) to the last month paid, so that every month's figure carries the months before it.
 * A corrected month therefore changes the months after it the next time the year is computed.
 */
class YearComputation
{
    Q_DECLARE_TR_FUNCTIONS(YearComputation)

public:
    struct Outcome
    {
        QList<WithholdingResultRecord> results; // one per payroll month, with that month's trace
        QStringList problems; // employees the engine refused, each with why; their months have no result
        QStringList refusedIdentities; // the identity numbers of those employees, in the same order
        qsizetype employees = 0; // employees with results
    };

    /** `payrolls` sorted by employee and month, as CompanyWorkspaceStore::workspacePayrollMonths gives them. */
    static Outcome compute(const QList<Employee>& employees, const QList<PayrollMonth>& payrolls, int taxYear);
};

} // namespace huisuan
