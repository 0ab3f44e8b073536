// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/DeclarationLineOf.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace huisuan {

namespace {

QString textOf(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

DeclarationLine
declarationLineOf(const Employee& employee, const PayrollMonth& payroll, const WithholdingResultRecord& result)
{
    const QJsonObject pay = QJsonDocument::fromJson(payroll.payrollJson).object();
    const QJsonObject line =
        QJsonDocument::fromJson(result.resultJson).object().value(QLatin1String("month")).toObject();
    return {employee.identifier,
            employee.name,
            payroll.month,
            textOf(pay, "wages"),
            textOf(pay, "tax_free_income"),
            textOf(pay, "special_deductions"),
            textOf(pay, "special_additional_deductions"),
            textOf(pay, "other_deductions"),
            textOf(pay, "tax_relief"),
            textOf(line, "cumulative_taxable_income"),
            textOf(line, "rate"),
            textOf(line, "quick_deduction"),
            textOf(line, "cumulative_tax"),
            textOf(line, "withheld")};
}

} // namespace huisuan
