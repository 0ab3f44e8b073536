// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/DeclarationLineOf.h"

#include "money/Money.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace huisuan {

namespace {

QString textOf(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

QList<DeclarationLine> declarationLinesOf(const Employee& employee,
                                          const PayrollMonth& payroll,
                                          const WithholdingResultRecord& result,
                                          const BureauDeductions& bureau)
{
    const QJsonObject pay =
        QJsonDocument::fromJson(bureau.applied(employee.identifier, payroll.payrollJson, nullptr)).object();
    const QJsonObject stored = QJsonDocument::fromJson(result.resultJson).object();
    const QJsonObject line = stored.value(QLatin1String("month")).toObject();
    const QJsonObject bonus = stored.value(QLatin1String("annual_bonus")).toObject();
    const bool separate = textOf(bonus, "method") == QLatin1String("separate");
    // A combined bonus is part of the month's wages (本期收入), as the engine computed them.
    const QString wages = bonus.isEmpty() || separate ? textOf(pay, "wages")
                                                      : (Money::parse(textOf(pay, "wages")).value_or(Money()) +
                                                         Money::parse(textOf(bonus, "amount")).value_or(Money()))
                                                            .toString();
    QList<DeclarationLine> lines = {{employee.identifier,
                                     employee.name,
                                     payroll.month,
                                     DeclarationLine::Item::Wages,
                                     wages,
                                     textOf(pay, "tax_free_income"),
                                     textOf(pay, "special_deductions"),
                                     textOf(pay, "special_additional_deductions"),
                                     textOf(pay, "other_deductions"),
                                     textOf(pay, "tax_relief"),
                                     QString(),
                                     textOf(line, "cumulative_taxable_income"),
                                     textOf(line, "rate"),
                                     textOf(line, "quick_deduction"),
                                     textOf(line, "cumulative_tax"),
                                     textOf(line, "withheld")}};
    if (separate) {
        const QString amount = textOf(bonus, "amount");
        lines.append({employee.identifier,
                      employee.name,
                      payroll.month,
                      DeclarationLine::Item::AnnualBonus,
                      amount,
                      {},
                      {},
                      {},
                      {},
                      {},
                      amount,
                      {},
                      textOf(bonus, "rate"),
                      textOf(bonus, "quick_deduction"),
                      {},
                      textOf(bonus, "tax")});
    }
    return lines;
}

DeclarationLine declarationLineOf(const LaborPaymentRecord& payment)
{
    const QJsonObject prepaid = QJsonDocument::fromJson(payment.resultJson).object();
    return {payment.identifier,
            payment.name,
            payment.month,
            DeclarationLine::Item::Labor,
            payment.amount,
            {},
            {},
            {},
            {},
            {},
            textOf(prepaid, "taxable"),
            {},
            textOf(prepaid, "rate"),
            textOf(prepaid, "quick_deduction"),
            {},
            textOf(prepaid, "withheld")};
}

} // namespace huisuan
