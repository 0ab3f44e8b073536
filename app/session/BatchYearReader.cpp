// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/BatchYearReader.h"

#include "batch/RosterImport.h"
#include "money/Money.h"
#include "vault/CompanyWorkspaceStore.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace huisuan {

namespace {

QString textOf(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

/** Amounts in the vault are canonical; one that is not counts as zero rather than stopping the page. */
Money moneyOf(const QString& text)
{
    return Money::parse(text).value_or(Money::fromFen64(0));
}

struct MonthTotals
{
    int employees = 0;
    int computed = 0;
    Money wages = Money::fromFen64(0);
    Money withheld = Money::fromFen64(0);
};

} // namespace

VaultResult<BatchYear> BatchYearReader::read(Vault& vault, const CompanyWorkspace& workspace, int taxYear)
{
    CompanyWorkspaceStore store(vault);
    auto employees = store.employees(workspace.id);
    if (!employees.ok()) {
        return employees.status;
    }
    auto payrolls = store.workspacePayrollMonths(workspace.id, taxYear);
    if (!payrolls.ok()) {
        return payrolls.status;
    }
    QHash<qint64, QJsonObject> resultOf; // by payroll month id: the month's line of the result
    for (int month = 1; month <= 12; ++month) {
        auto results = store.workspaceWithholdingResults(workspace.id, taxYear, month);
        if (!results.ok()) {
            return results.status;
        }
        for (const WithholdingResultRecord& result : results.value) {
            resultOf.insert(
                result.payrollMonthId,
                QJsonDocument::fromJson(result.resultJson).object().value(QLatin1String("month")).toObject());
        }
    }
    BatchYear year;
    year.creditCode = workspace.creditCode;
    year.taxYear = taxYear;
    QHash<qint64, qsizetype> rowOf;
    for (const Employee& employee : employees.value) {
        const Employment employment = Employment::fromJson(employee.detailsJson);
        rowOf.insert(employee.id, year.employees.size());
        year.employees.append({employee.id,
                               employee.identifier,
                               employee.name,
                               employment.start,
                               employment.end,
                               0,
                               QStringLiteral("0.00"),
                               QStringLiteral("0.00"),
                               0});
    }
    QHash<qint64, std::pair<Money, Money>> totalsOf; // employee id: wages, withheld
    QMap<int, MonthTotals> months;
    for (const PayrollMonth& payroll : payrolls.value) {
        const QString wages = textOf(QJsonDocument::fromJson(payroll.payrollJson).object(), "wages");
        BatchResultRow row;
        row.employeeId = payroll.employeeId;
        row.month = payroll.month;
        row.wages = wages;
        MonthTotals& month = months[payroll.month];
        ++month.employees;
        month.wages += moneyOf(wages);
        std::pair<Money, Money>& totals = totalsOf[payroll.employeeId]; // Money() is zero
        totals.first += moneyOf(wages);
        const auto employeeRow = rowOf.constFind(payroll.employeeId);
        if (employeeRow != rowOf.constEnd()) {
            ++year.employees[*employeeRow].monthsPaid;
        }
        const auto result = resultOf.constFind(payroll.id);
        if (result != resultOf.constEnd()) {
            row.computed = true;
            row.cumulativeTaxableIncome = textOf(*result, "cumulative_taxable_income");
            row.rate = textOf(*result, "rate");
            row.cumulativeTax = textOf(*result, "cumulative_tax");
            row.withheld = textOf(*result, "withheld");
            ++month.computed;
            month.withheld += moneyOf(row.withheld);
            totals.second += moneyOf(row.withheld);
            if (employeeRow != rowOf.constEnd()) {
                ++year.employees[*employeeRow].monthsComputed;
            }
        }
        year.results.append(row);
    }
    for (BatchEmployeeRow& employee : year.employees) {
        const auto totals = totalsOf.constFind(employee.id);
        if (totals != totalsOf.constEnd()) {
            employee.wages = totals->first.toString();
            employee.withheld = totals->second.toString();
        }
    }
    for (auto month = months.constKeyValueBegin(); month != months.constKeyValueEnd(); ++month) {
        const MonthTotals& totals = month->second;
        const BatchMonthRow::State state = totals.computed == 0 ? BatchMonthRow::State::Imported
            : totals.computed == totals.employees               ? BatchMonthRow::State::Computed
                                                                : BatchMonthRow::State::Stale;
        year.months.append(
            {month->first, state, totals.employees, totals.wages.toString(), totals.withheld.toString()});
    }
    return year;
}

} // namespace huisuan
