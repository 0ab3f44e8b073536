// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tabular/TabularSheet.h"
#include "vault/Employee.h"
#include "vault/PayrollMonth.h"

#include <QCoreApplication>
#include <QSet>

namespace huisuan {

/**
 * Validates a payroll sheet against a workspace's roster: every problem with its row, column and
 * reason, all at once. A sheet holds one month (the month being imported) or, with a 所属月份
 * column, several months in calendar order. Only a sheet without problems gives payroll to store.
 */
class PayrollImport
{
    Q_DECLARE_TR_FUNCTIONS(PayrollImport)

public:
    struct Outcome
    {
        QList<PayrollMonth> payrolls; // empty whenever problems is not
        QSet<int> months; // the months the sheet holds
        QList<TabularProblem> problems;
    };

    /** `month` is the month of rows without a 所属月份 cell. */
    static Outcome read(const TabularSheet& sheet, const QList<Employee>& roster, int taxYear, int month);
};

} // namespace huisuan
