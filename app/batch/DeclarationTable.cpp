// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/DeclarationTable.h"

#include "money/Money.h"

namespace huisuan {

namespace {

QString sum(const QList<DeclarationLine>& lines, QString DeclarationLine::*member)
{
    Money total;
    for (const DeclarationLine& line : lines) {
        total = total + Money::parse(line.*member).value_or(Money());
    }
    return total.toString();
}

} // namespace

ReportTable DeclarationTable::of(const QList<DeclarationLine>& lines)
{
    using Kind = ReportTable::Kind;
    ReportTable table;
    table.columns = {{QStringLiteral("证件号码"), Kind::Text, 2.6},
                     {QStringLiteral("姓名"), Kind::Text, 1.4},
                     {QStringLiteral("所属月份"), Kind::Integer, 1.0},
                     {QStringLiteral("本期收入"), Kind::Amount, 1.5},
                     {QStringLiteral("免税收入"), Kind::Amount, 1.3},
                     {QStringLiteral("专项扣除"), Kind::Amount, 1.3},
                     {QStringLiteral("专项附加扣除"), Kind::Amount, 1.3},
                     {QStringLiteral("其他扣除"), Kind::Amount, 1.3},
                     {QStringLiteral("减免税额"), Kind::Amount, 1.2},
                     {QStringLiteral("累计应纳税所得额"), Kind::Amount, 1.6},
                     {QStringLiteral("预扣率"), Kind::Rate, 0.8},
                     {QStringLiteral("速算扣除数"), Kind::Amount, 1.2},
                     {QStringLiteral("累计应纳税额"), Kind::Amount, 1.5},
                     {QStringLiteral("本期应预扣预缴税额"), Kind::Amount, 1.5}};
    table.rowCount = lines.size();
    table.row = [&lines](qsizetype index) {
        const DeclarationLine& line = lines.at(index);
        return QStringList {line.identityNumber,
                            line.name,
                            QString::number(line.month),
                            line.wages,
                            line.taxFreeIncome,
                            line.specialDeductions,
                            line.specialAdditionalDeductions,
                            line.otherDeductions,
                            line.taxRelief,
                            line.cumulativeTaxableIncome,
                            line.rate,
                            line.quickDeduction,
                            line.cumulativeTax,
                            line.withheld};
    };
    // As in the CSV: the month's own columns add up; cumulative ones do not across employees.
    table.totals = {{QStringLiteral("合计"),
                     tr("%n employee(s)", nullptr, int(lines.size())),
                     QString(),
                     sum(lines, &DeclarationLine::wages),
                     sum(lines, &DeclarationLine::taxFreeIncome),
                     sum(lines, &DeclarationLine::specialDeductions),
                     sum(lines, &DeclarationLine::specialAdditionalDeductions),
                     sum(lines, &DeclarationLine::otherDeductions),
                     sum(lines, &DeclarationLine::taxRelief),
                     QString(),
                     QString(),
                     QString(),
                     QString(),
                     sum(lines, &DeclarationLine::withheld)}};
    return table;
}

} // namespace huisuan
