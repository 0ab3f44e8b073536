// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/DeclarationReport.h"

#include "money/Money.h"

#include <QSaveFile>

namespace huisuan {

namespace {

/** A field quoted as RFC 4180 wants when it holds a separator, a quote or a line break. */
QString field(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

Money sum(const QList<const DeclarationLine*>& lines, QString DeclarationLine::*member)
{
    Money total;
    for (const DeclarationLine* line : lines) {
        total = total + Money::parse(line->*member).value_or(Money());
    }
    return total;
}

/** The declaration form's name of an income item (所得项目), in Chinese as on the form. */
QString itemName(DeclarationLine::Item item)
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

QString lineRow(const DeclarationLine& line)
{
    return QStringList {field(line.identityNumber),
                        field(line.name),
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
                        line.withheld}
        .join(QLatin1Char(','));
}

/** A totals row of the month's own columns; cumulative columns do not add up across people. */
QString totalsRow(const QString& label, const QString& item, const QList<const DeclarationLine*>& lines)
{
    return QStringList {label,
                        DeclarationReport::tr("%n line(s)", nullptr, int(lines.size())),
                        item,
                        QString(),
                        sum(lines, &DeclarationLine::wages).toString(),
                        sum(lines, &DeclarationLine::taxFreeIncome).toString(),
                        sum(lines, &DeclarationLine::specialDeductions).toString(),
                        sum(lines, &DeclarationLine::specialAdditionalDeductions).toString(),
                        sum(lines, &DeclarationLine::otherDeductions).toString(),
                        sum(lines, &DeclarationLine::taxRelief).toString(),
                        sum(lines, &DeclarationLine::taxable).toString(),
                        QString(),
                        QString(),
                        QString(),
                        QString(),
                        sum(lines, &DeclarationLine::withheld).toString()}
        .join(QLatin1Char(','));
}

} // namespace

QByteArray DeclarationReport::csv(const QList<DeclarationLine>& lines)
{
    const QStringList header = {QStringLiteral("证件号码"),
                                QStringLiteral("姓名"),
                                QStringLiteral("所得项目"),
                                QStringLiteral("所属月份"),
                                QStringLiteral("本期收入"),
                                QStringLiteral("免税收入"),
                                QStringLiteral("专项扣除"),
                                QStringLiteral("专项附加扣除"),
                                QStringLiteral("其他扣除"),
                                QStringLiteral("减免税额"),
                                QStringLiteral("应纳税所得额"),
                                QStringLiteral("累计应纳税所得额"),
                                QStringLiteral("预扣率"),
                                QStringLiteral("速算扣除数"),
                                QStringLiteral("累计应纳税额"),
                                QStringLiteral("本期应预扣预缴税额")};
    QStringList rows = {header.join(QLatin1Char(','))};
    QList<const DeclarationLine*> all;
    QHash<DeclarationLine::Item, QList<const DeclarationLine*>> byItem;
    for (const DeclarationLine& line : lines) {
        rows.append(lineRow(line));
        all.append(&line);
        byItem[line.item].append(&line);
    }
    // One subtotal per income item when there are several, as the form totals each item, then the total.
    if (byItem.size() > 1) {
        for (const DeclarationLine::Item item :
             {DeclarationLine::Item::Wages, DeclarationLine::Item::AnnualBonus, DeclarationLine::Item::Labor}) {
            if (byItem.contains(item)) {
                rows.append(totalsRow(QStringLiteral("小计"), itemName(item), byItem.value(item)));
            }
        }
    }
    rows.append(totalsRow(QStringLiteral("合计"), QString(), all));
    return QByteArray("\xEF\xBB\xBF") + rows.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

bool DeclarationReport::writeCsv(const QList<DeclarationLine>& lines, const QString& file, QString* error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv(lines)) < 0 || !out.commit()) {
        if (error != nullptr) {
            *error = tr("Could not write the declaration to %1 (%2). Check that the folder exists and can be "
                        "written.")
                         .arg(file, out.errorString());
        }
        return false;
    }
    return true;
}

} // namespace huisuan
