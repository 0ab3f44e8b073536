// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/YearComputation.h"

#include "batch/RosterImport.h"
#include "compute/ComputeService.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QHash>

namespace huisuan {

namespace {

/** The engine's input for one employee's year: tax_year, first_month and every payroll month. */
JsonValue engineInput(const Employee& employee, const QList<const PayrollMonth*>& months, int taxYear)
{
    const Employment employment = Employment::fromJson(employee.detailsJson);
    const int firstMonth =
        employment.start.isValid() && employment.start.year() == taxYear ? employment.start.month() : 1;
    JsonValue input = JsonValue::object();
    input.insert(QStringLiteral("tax_year"), JsonValue::integer(taxYear));
    input.insert(QStringLiteral("first_month"), JsonValue::integer(firstMonth));
    JsonValue monthInputs = JsonValue::array();
    for (const PayrollMonth* payroll : months) {
        JsonValue month = JsonReader::parse(payroll->payrollJson).value;
        month.insert(QStringLiteral("month"), JsonValue::integer(payroll->month));
        monthInputs.append(std::move(month));
    }
    input.insert(QStringLiteral("months"), std::move(monthInputs));
    return input;
}

/** The month's line of the result and the trace lines of that month. */
JsonValue monthResult(const JsonValue& result, int index, int month)
{
    JsonValue record = JsonValue::object();
    record.insert(QStringLiteral("month"), result.find(QStringLiteral("months"))->items().at(index));
    const QString prefix = QStringLiteral("wage_withholding.month_%1.").arg(month, 2, 10, QLatin1Char('0'));
    JsonValue trace = JsonValue::array();
    for (const JsonValue& line : result.find(QStringLiteral("trace"))->items()) {
        if (line.find(QStringLiteral("id"))->text().startsWith(prefix)) {
            trace.append(line);
        }
    }
    record.insert(QStringLiteral("trace"), std::move(trace));
    return record;
}

} // namespace

YearComputation::Outcome
YearComputation::compute(const QList<Employee>& employees, const QList<PayrollMonth>& payrolls, int taxYear)
{
    QHash<qint64, QList<const PayrollMonth*>> monthsOf;
    for (const PayrollMonth& payroll : payrolls) {
        monthsOf[payroll.employeeId].append(&payroll);
    }
    Outcome outcome;
    outcome.results.reserve(payrolls.size());
    for (const Employee& employee : employees) {
        const QList<const PayrollMonth*> months = monthsOf.value(employee.id);
        if (months.isEmpty()) {
            continue;
        }
        const auto computed =
            ComputeService::compute(ComputeKind::WageWithholding, engineInput(employee, months, taxYear));
        if (computed.status != ComputeService::Status::Computed) {
            QStringList reasons;
            for (const Problem& problem : computed.problems) {
                reasons.append(problem.path + QStringLiteral(": ") + problem.translated());
            }
            outcome.problems.append(tr("%1 (%2): %3")
                                        .arg(employee.name, employee.identifier)
                                        .arg(computed.status == ComputeService::Status::Refused
                                                 ? reasons.join(QStringLiteral("; "))
                                                 : computed.failure));
            outcome.refusedIdentities.append(employee.identifier);
            continue;
        }
        ++outcome.employees;
        const QString rulePack = computed.result.find(QStringLiteral("rule_pack"))->text();
        const QString engineVersion = computed.result.find(QStringLiteral("engine_version"))->text();
        for (int index = 0; index < months.size(); ++index) {
            const auto written =
                CanonicalJsonWriter::write(monthResult(computed.result, index, months.at(index)->month));
            outcome.results.append({0, months.at(index)->id, written.bytes, rulePack, engineVersion});
        }
    }
    return outcome;
}

} // namespace huisuan
