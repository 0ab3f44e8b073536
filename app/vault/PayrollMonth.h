// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace huisuan {

/** One employee's payroll for one month, as imported: one per employee, year and month. */
struct PayrollMonth
{
    qint64 id = 0; // assigned by the vault
    qint64 employeeId = 0;
    int taxYear = 0;
    int month = 0; // 1 to 12
    QByteArray payrollJson = QByteArrayLiteral("{}");
};

} // namespace huisuan
