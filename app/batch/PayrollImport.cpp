// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/PayrollImport.h"

#include "batch/RosterImport.h"
#include "batch/SheetRow.h"
#include "identifiers/ResidentIdNumber.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace huisuan {

namespace {

const QList<std::pair<BatchField, QString>>& amountKeys()
{
    static const QList<std::pair<BatchField, QString>> keys = {
        {BatchField::Wages, QStringLiteral("wages")},
        {BatchField::TaxFreeIncome, QStringLiteral("tax_free_income")},
        {BatchField::SpecialDeductions, QStringLiteral("special_deductions")},
        {BatchField::SpecialAdditionalDeductions, QStringLiteral("special_additional_deductions")},
        {BatchField::OtherDeductions, QStringLiteral("other_deductions")},
        {BatchField::TaxRelief, QStringLiteral("tax_relief")},
    };
    return keys;
}

} // namespace

PayrollImport::Outcome
PayrollImport::read(const TabularSheet& sheet, const QList<Employee>& roster, int taxYear, int month)
{
    Outcome outcome;
    outcome.problems = sheet.problems;
    const BatchColumnMap columns = BatchColumns::read(sheet, BatchSheetKind::Payroll, outcome.problems);
    QHash<QString, const Employee*> byIdentity;
    for (const Employee& employee : roster) {
        byIdentity.insert(employee.identifier, &employee);
    }
    QHash<std::pair<QString, int>, int> rowOfEmployeeMonth;
    int previousMonth = 0;
    int previousRow = 0;
    for (const QList<TabularCell>& cells : sheet.rows) {
        SheetRow row(sheet, BatchSheetKind::Payroll, cells, columns, outcome.problems);
        const QString identity = row.text(BatchField::IdentityNumber).toUpper();
        const Employee* employee = byIdentity.value(identity);
        if (!identity.isEmpty() && !ResidentIdNumber::isValid(identity)) {
            row.problem(BatchField::IdentityNumber,
                        tr("\"%1\" is not a valid resident identity number: its length, birth date or check digit "
                           "is wrong. Copy it again from the employee's identity card.")
                            .arg(identity));
        } else if (!identity.isEmpty() && employee == nullptr) {
            row.problem(BatchField::IdentityNumber,
                        tr("No employee with the identity number %1 is on this company's roster. Import the "
                           "roster with this employee first.")
                            .arg(identity));
        }
        int rowMonth = month;
        if (const auto written = row.month(BatchField::Month)) {
            if (written->year() != taxYear) {
                row.problem(BatchField::Month,
                            tr("The month %1 is not in %2, the tax year being imported. Import it with its own "
                               "year.")
                                .arg(written->toString(QStringLiteral("yyyy-MM")))
                                .arg(taxYear));
            } else {
                rowMonth = written->month();
            }
        }
        if (rowMonth < previousMonth) {
            row.problem(BatchField::Month,
                        tr("Month %1 comes after month %2 (row %3): the months are out of order. Sort the rows by "
                           "month, earliest first.")
                            .arg(rowMonth)
                            .arg(previousMonth)
                            .arg(previousRow));
        } else {
            previousMonth = rowMonth;
            previousRow = row.number();
        }
        if (employee != nullptr) {
            const Employment employment = Employment::fromJson(employee->detailsJson);
            const QDate first(taxYear, rowMonth, 1);
            if (employment.start.isValid() && employment.start > first.addMonths(1).addDays(-1)) {
                row.problem(BatchField::Wages,
                            tr("%1 started on %2, after month %3. Check the month, or the start date on the "
                               "roster.")
                                .arg(employee->name, employment.start.toString(Qt::ISODate))
                                .arg(rowMonth));
            } else if (employment.end.isValid() && employment.end < first) {
                row.problem(BatchField::Wages,
                            tr("%1 left on %2, before month %3. Check the month, or the leaving date on the "
                               "roster.")
                                .arg(employee->name, employment.end.toString(Qt::ISODate))
                                .arg(rowMonth));
            }
            const auto key = std::make_pair(identity, rowMonth);
            if (rowOfEmployeeMonth.contains(key)) {
                row.problem(BatchField::IdentityNumber,
                            tr("This employee's month %1 is already on row %2. Keep one row per employee and "
                               "month.")
                                .arg(rowMonth)
                                .arg(rowOfEmployeeMonth.value(key)));
            } else {
                rowOfEmployeeMonth.insert(key, row.number());
            }
        }
        QJsonObject payroll;
        for (const auto& [field, key] : amountKeys()) {
            payroll.insert(key, row.money(field));
        }
        if (employee != nullptr && !row.hasProblems()) {
            outcome.payrolls.append(
                {0, employee->id, taxYear, rowMonth, QJsonDocument(payroll).toJson(QJsonDocument::Compact)});
            outcome.months.insert(rowMonth);
        }
    }
    if (!outcome.problems.isEmpty()) {
        outcome.payrolls.clear();
        outcome.months.clear();
    }
    return outcome;
}

} // namespace huisuan
