// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/StatementTable.h"

#include "money/Money.h"

namespace huisuan {

namespace {

Money moneyOf(const QString& text)
{
    return Money::parse(text).value_or(Money());
}

} // namespace

ReportTable StatementTable::of(const EmployeeStatement& statement)
{
    using Kind = ReportTable::Kind;
    ReportTable table;
    table.columns = {{QStringLiteral("所属月份"), Kind::Text, 1.0},
                     {QStringLiteral("本期收入"), Kind::Amount, 1.4},
                     {QStringLiteral("免税收入"), Kind::Amount, 1.2},
                     {QStringLiteral("专项扣除"), Kind::Amount, 1.2},
                     {QStringLiteral("专项附加扣除"), Kind::Amount, 1.2},
                     {QStringLiteral("其他扣除"), Kind::Amount, 1.2},
                     {QStringLiteral("减免税额"), Kind::Amount, 1.1},
                     {QStringLiteral("累计收入额"), Kind::Amount, 1.5},
                     {QStringLiteral("累计应纳税所得额"), Kind::Amount, 1.5},
                     {QStringLiteral("预扣率"), Kind::Rate, 0.8},
                     {QStringLiteral("累计应纳税额"), Kind::Amount, 1.4},
                     {QStringLiteral("本期应预扣预缴税额"), Kind::Amount, 1.4},
                     {QStringLiteral("累计已预扣预缴税额"), Kind::Amount, 1.4}};
    QList<QStringList> rows;
    for (int month = 1; month <= 12; ++month) {
        rows.append({QString::number(month)});
    }
    Money income, taxFree, special, specialAdditional, other, relief, withheld;
    for (const DeclarationLine& line : statement.months) {
        income += moneyOf(line.wages);
        taxFree += moneyOf(line.taxFreeIncome);
        special += moneyOf(line.specialDeductions);
        specialAdditional += moneyOf(line.specialAdditionalDeductions);
        other += moneyOf(line.otherDeductions);
        relief += moneyOf(line.taxRelief);
        withheld += moneyOf(line.withheld);
        rows[line.month - 1] << line.wages << line.taxFreeIncome << line.specialDeductions
                             << line.specialAdditionalDeductions << line.otherDeductions << line.taxRelief
                             << income.toString() << line.cumulativeTaxableIncome << line.rate << line.cumulativeTax
                             << line.withheld << withheld.toString();
    }
    // A bonus taxed separately is not part of the cumulative figures: a row of its own after the
    // months, its tax counted in what was withheld in the year.
    for (const DeclarationLine& bonus : statement.separateBonuses) {
        income += moneyOf(bonus.wages);
        withheld += moneyOf(bonus.withheld);
        rows.append({QString::number(bonus.month) + QStringLiteral("月奖金"),
                     bonus.wages,
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     bonus.rate,
                     {},
                     bonus.withheld,
                     withheld.toString()});
    }
    table.rowCount = rows.size();
    table.row = [rows](qsizetype index) { return rows.at(index); };
    // The year's figures: the months' own amounts add up; the cumulative taxable income and tax
    // are those of the last month paid, which is where the cumulative method ends the year.
    const DeclarationLine last = statement.months.isEmpty() ? DeclarationLine() : statement.months.last();
    table.totals = {{QStringLiteral("合计"),
                     income.toString(),
                     taxFree.toString(),
                     special.toString(),
                     specialAdditional.toString(),
                     other.toString(),
                     relief.toString(),
                     income.toString(),
                     last.cumulativeTaxableIncome,
                     QString(),
                     last.cumulativeTax,
                     withheld.toString(),
                     withheld.toString()}};
    return table;
}

} // namespace huisuan
