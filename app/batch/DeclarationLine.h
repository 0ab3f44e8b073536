// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/**
 * One line of the monthly withholding declaration: a person and an income item, as the
 * declaration form lists them; amounts are canonical text.
 */
struct DeclarationLine
{
    enum class Item {
        Wages, // 正常工资薪金, a bonus combined with the wages included
        AnnualBonus, // 全年一次性奖金收入, taxed separately
        Labor, // 劳务报酬, to someone not on the roster
    };

    QString identityNumber;
    QString name;
    int month = 0;
    Item item = Item::Wages;
    QString wages;
    QString taxFreeIncome;
    QString specialDeductions;
    QString specialAdditionalDeductions;
    QString otherDeductions;
    QString taxRelief;
    QString taxable; // the bonus or the payment's taxable amount; empty for wages, which are cumulative
    QString cumulativeTaxableIncome;
    QString rate;
    QString quickDeduction;
    QString cumulativeTax;
    QString withheld;
};

} // namespace huisuan
