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

Money sum(const QList<DeclarationLine>& lines, QString DeclarationLine::*member)
{
    Money total;
    for (const DeclarationLine& line : lines) {
        total = total + Money::parse(line.*member).value_or(Money());
    }
    return total;
}

} // namespace

QByteArray DeclarationReport::csv(const QList<DeclarationLine>& lines)
{
    const QStringList header = {QStringLiteral("证件号码"),
                                QStringLiteral("姓名"),
                                QStringLiteral("所属月份"),
                                QStringLiteral("本期收入"),
                                QStringLiteral("免税收入"),
                                QStringLiteral("专项扣除"),
                                QStringLiteral("专项附加扣除"),
                                QStringLiteral("其他扣除"),
                                QStringLiteral("减免税额"),
                                QStringLiteral("累计应纳税所得额"),
                                QStringLiteral("预扣率"),
                                QStringLiteral("速算扣除数"),
                                QStringLiteral("累计应纳税额"),
                                QStringLiteral("本期应预扣预缴税额")};
    QStringList rows = {header.join(QLatin1Char(','))};
    for (const DeclarationLine& line : lines) {
        rows.append(QStringList {field(line.identityNumber),
                                 field(line.name),
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
                                 line.withheld}
                        .join(QLatin1Char(',')));
    }
    // The totals of the month's own columns; cumulative columns do not add up across employees.
    rows.append(QStringList {QStringLiteral("合计"),
                             tr("%n employee(s)", nullptr, int(lines.size())),
                             QString(),
                             sum(lines, &DeclarationLine::wages).toString(),
                             sum(lines, &DeclarationLine::taxFreeIncome).toString(),
                             sum(lines, &DeclarationLine::specialDeductions).toString(),
                             sum(lines, &DeclarationLine::specialAdditionalDeductions).toString(),
                             sum(lines, &DeclarationLine::otherDeductions).toString(),
                             sum(lines, &DeclarationLine::taxRelief).toString(),
                             QString(),
                             QString(),
                             QString(),
                             QString(),
                             sum(lines, &DeclarationLine::withheld).toString()}
                    .join(QLatin1Char(',')));
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
