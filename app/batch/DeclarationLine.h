// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/** One employee's line of the monthly withholding declaration; amounts are canonical text. */
struct DeclarationLine
{
    QString identityNumber;
    QString name;
    int month = 0;
    QString wages;
    QString taxFreeIncome;
    QString specialDeductions;
    QString specialAdditionalDeductions;
    QString otherDeductions;
    QString taxRelief;
    QString cumulativeTaxableIncome;
    QString rate;
    QString quickDeduction;
    QString cumulativeTax;
    QString withheld;
};

} // namespace huisuan
