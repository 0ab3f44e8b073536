// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/DeclarationLine.h"
#include "vault/CompanyWorkspace.h"

#include <QDate>
#include <QList>

namespace huisuan {

/**
 * One employee's year with one withholding agent (年度扣缴明细): who withheld, from whom, and each
 * month paid as it was declared, cumulative figures included. Plain data, amounts canonical text.
 */
struct EmployeeStatement
{
    CompanyWorkspace company;
    int taxYear = 0;
    QString identityNumber;
    QString name;
    QDate employmentStart;
    QDate employmentEnd; // null while employed
    QList<DeclarationLine> months; // the months paid in the year, in order
    QList<DeclarationLine> separateBonuses; // an annual bonus taxed on its own (全年一次性奖金收入)
};

} // namespace huisuan
