// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/DeclarationTable.h"

#include "money/Money.h"

#include <QHash>

namespace huisuan {

namespace {

QString sum(const QList<const DeclarationLine*>& lines, QString DeclarationLine::*member)
{
    Money total;
    for (const DeclarationLine* line : lines) {
        total = total + Money::parse(line->*member).value_or(Money());
    }
    return total.toString();
}

/** A totals row of the month's own columns; cumulative columns do not add up across people. */
QStringList totalsRow(const QString& label, const QString& item, const QList<const DeclarationLine*>& lines)
{
    return {label,
            DeclarationTable::tr("%n line(s)", nullptr, int(lines.size())),
            item,
            QString(),
            sum(lines, &DeclarationLine::wages),
            sum(lines, &DeclarationLine::taxFreeIncome),
            sum(lines, &DeclarationLine::specialDeductions),
            sum(lines, &DeclarationLine::specialAdditionalDeductions),
            sum(lines, &DeclarationLine::otherDeductions),
            sum(lines, &DeclarationLine::taxRelief),
            sum(lines, &DeclarationLine::taxable),
            QString(),
            QString(),
            QString(),
            QString(),
            sum(lines, &DeclarationLine::withheld)};
}

} // namespace

QString DeclarationTable::itemName(DeclarationLine::Item item)
{
    switch (item) {
    case DeclarationLine::Item::Wages:
        return QStringLiteral("正常工资薪金");
    case DeclarationLine::Item::AnnualBonus:
        return QStringLiteral("全年一次性奖金收入");
    case DeclarationLine::Item::Labor:
        break;
    }
    return QStringLiteral("劳务报酬");
}

ReportTable DeclarationTable::of(const QList<DeclarationLine>& lines)
{
    using Kind = ReportTable::Kind;
    ReportTable table;
    table.columns = {{QStringLiteral("证件号码"), Kind::Text, 2.4},
                     {QStringLiteral("姓名"), Kind::Text, 1.2},
                     {QStringLiteral("所得项目"), Kind::Text, 2.2},
                     {QStringLiteral("所属月份"), Kind::Integer, 1.25},
                     {QStringLiteral("本期收入"), Kind::Amount, 1.6},
                     {QStringLiteral("免税收入"), Kind::Amount, 1.2},
                     {QStringLiteral("专项扣除"), Kind::Amount, 1.2},
                     {QStringLiteral("专项附加扣除"), Kind::Amount, 1.6},
                     {QStringLiteral("其他扣除"), Kind::Amount, 1.2},
                     {QStringLiteral("减免税额"), Kind::Amount, 1.2},
                     {QStringLiteral("应纳税所得额"), Kind::Amount, 1.5},
                     {QStringLiteral("累计应纳税所得额"), Kind::Amount, 1.4},
                     {QStringLiteral("预扣率"), Kind::Rate, 1.0},
                     {QStringLiteral("速算扣除数"), Kind::Amount, 1.25},
                     {QStringLiteral("累计应纳税额"), Kind::Amount, 1.4},
                     {QStringLiteral("本期应预扣预缴税额"), Kind::Amount, 1.8}};
    table.rowCount = lines.size();
    table.row = [&lines](qsizetype index) {
        const DeclarationLine& line = lines.at(index);
        return QStringList {line.identityNumber,
                            line.name,
                            itemName(line.item),
                            QString::number(line.month),
                            line.wages,
                            line.taxFreeIncome,
                            line.specialDeductions,
                            line.specialAdditionalDeductions,
                            line.otherDeductions,
                            line.taxRelief,
                            line.taxable,
                            line.cumulativeTaxableIncome,
                            line.rate,
                            line.quickDeduction,
                            line.cumulativeTax,
                            line.withheld};
    };
    QList<const DeclarationLine*> all;
    QHash<DeclarationLine::Item, QList<const DeclarationLine*>> byItem;
    for (const DeclarationLine& line : lines) {
        all.append(&line);
        byItem[line.item].append(&line);
    }
    // One subtotal (小计) per income item when there are several, as the form totals each item.
    if (byItem.size() > 1) {
        for (const DeclarationLine::Item item :
             {DeclarationLine::Item::Wages, DeclarationLine::Item::AnnualBonus, DeclarationLine::Item::Labor}) {
            if (byItem.contains(item)) {
                table.totals.append(totalsRow(QStringLiteral("小计"), itemName(item), byItem.value(item)));
            }
        }
    }
    table.totals.append(totalsRow(QStringLiteral("合计"), QString(), all));
    return table;
}

} // namespace huisuan
