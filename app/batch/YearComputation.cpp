// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/YearComputation.h"

#include "batch/RosterImport.h"
#include "compute/ComputeService.h"
#include "money/Money.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QHash>

namespace huisuan {

namespace {

const QString bonusKey = QStringLiteral("annual_bonus");
const QString bonusMethodKey = QStringLiteral("annual_bonus_method");

/**
 * A payroll month as the engine's wage withholding takes it (a combined bonus adds to the wages),
 * and its annual bonus as the payroll holds it (null when it has none).
 */
JsonValue engineMonth(const PayrollMonth& payroll, JsonValue& bonus)
{
    const JsonValue stored = JsonReader::parse(payroll.payrollJson).value;
    bonus = JsonValue::null();
    if (const JsonValue* amount = stored.find(bonusKey); amount != nullptr && stored.find(bonusMethodKey)) {
        bonus = JsonValue::object();
        bonus.insert(QStringLiteral("amount"), *amount);
        bonus.insert(QStringLiteral("method"), *stored.find(bonusMethodKey));
    }
    const JsonValue* method = stored.find(bonusMethodKey);
    const bool combined = method != nullptr && method->text() == QLatin1String("combined");
    JsonValue month = JsonValue::object();
    for (const auto& [key, value] : stored.members()) {
        if (key == bonusKey || key == bonusMethodKey) {
            continue;
        }
        if (key == QLatin1String("wages") && combined) {
            const Money wages = Money::parse(value.text()).value_or(Money()) +
                Money::parse(stored.find(bonusKey)->text()).value_or(Money());
            month.insert(key, JsonValue::string(wages.toString()));
        } else {
            month.insert(key, value);
        }
    }
    month.insert(QStringLiteral("month"), JsonValue::integer(payroll.month));
    return month;
}

/** The engine's input for one employee's year: tax_year, first_month and every payroll month. */
JsonValue
engineInput(const Employee& employee, const QList<const PayrollMonth*>& months, int taxYear, QList<JsonValue>& bonuses)
{
    const Employment employment = Employment::fromJson(employee.detailsJson);
    const int firstMonth =
        employment.start.isValid() && employment.start.year() == taxYear ? employment.start.month() : 1;
    JsonValue input = JsonValue::object();
    input.insert(QStringLiteral("tax_year"), JsonValue::integer(taxYear));
    input.insert(QStringLiteral("first_month"), JsonValue::integer(firstMonth));
    JsonValue monthInputs = JsonValue::array();
    bonuses.clear();
    for (const PayrollMonth* payroll : months) {
        bonuses.append(JsonValue());
        monthInputs.append(engineMonth(*payroll, bonuses.last()));
    }
    input.insert(QStringLiteral("months"), std::move(monthInputs));
    return input;
}

/** The year's trace lines by the month they explain ("wage_withholding.month_04.…"), in order. */
QHash<int, std::vector<const JsonValue*>> traceByMonth(const JsonValue& result)
{
    static const QString prefix = QStringLiteral("wage_withholding.month_");
    QHash<int, std::vector<const JsonValue*>> lines;
    for (const JsonValue& line : result.find(QStringLiteral("trace"))->items()) {
        const QString& id = line.find(QStringLiteral("id"))->text();
        if (id.startsWith(prefix) && id.size() > prefix.size() + 2 && id.at(prefix.size() + 2) == u'.') {
            lines[QStringView(id).mid(prefix.size(), 2).toInt()].push_back(&line);
        }
    }
    return lines;
}

QString refusal(const ComputeService::Outcome& computed)
{
    if (computed.status != ComputeService::Status::Refused) {
        return computed.failure;
    }
    QStringList reasons;
    for (const Problem& problem : computed.problems) {
        reasons.append(problem.path + QStringLiteral(": ") + problem.translated());
    }
    return reasons.join(QStringLiteral("; "));
}

/**
 * The month's line of the result and the trace lines of that month; a bonus taxed separately
 * brings its own result and trace, so that the stored record replays the whole month.
 */
JsonValue monthResult(const JsonValue& result,
                      int index,
                      const std::vector<const JsonValue*>& lines,
                      JsonValue bonus,
                      const JsonValue* bonusResult)
{
    JsonValue record = JsonValue::object();
    record.insert(QStringLiteral("month"), result.find(QStringLiteral("months"))->items().at(index));
    JsonValue trace = JsonValue::array();
    for (const JsonValue* line : lines) {
        trace.append(*line);
    }
    if (bonusResult != nullptr) {
        for (const char* key : {"rate", "quick_deduction", "tax"}) {
            bonus.insert(QLatin1String(key), *bonusResult->find(QLatin1String(key)));
        }
        bonus.insert(QStringLiteral("rule_pack"), *bonusResult->find(QStringLiteral("rule_pack")));
        for (const JsonValue& line : bonusResult->find(QStringLiteral("trace"))->items()) {
            trace.append(line);
        }
    }
    if (!bonus.isNull()) {
        record.insert(bonusKey, std::move(bonus));
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
        QList<JsonValue> bonuses;
        const auto computed =
            ComputeService::compute(ComputeKind::WageWithholding, engineInput(employee, months, taxYear, bonuses));
        if (computed.status != ComputeService::Status::Computed) {
            outcome.problems.append(tr("%1 (%2): %3").arg(employee.name, employee.identifier, refusal(computed)));
            outcome.refusedIdentities.append(employee.identifier);
            continue;
        }
        QHash<int, ComputeService::Outcome> separate; // by index in months
        QString bonusProblem;
        for (int index = 0; index < months.size(); ++index) {
            const JsonValue& bonus = bonuses.at(index);
            if (bonus.isNull() || bonus.find(QStringLiteral("method"))->text() != QLatin1String("separate")) {
                continue;
            }
            if (!separate.isEmpty()) {
                bonusProblem = tr("an annual bonus is taxed separately in month %1 and again in month %2; the "
                                  "separate method may be used once a year. Import one of them as 并入综合所得 "
                                  "(combined).")
                                   .arg(months.at(separate.keys().first())->month)
                                   .arg(months.at(index)->month);
                break;
            }
            JsonValue input = JsonValue::object();
            input.insert(QStringLiteral("tax_year"), JsonValue::integer(taxYear));
            input.insert(QStringLiteral("amount"), *bonus.find(QStringLiteral("amount")));
            auto bonusComputed = ComputeService::compute(ComputeKind::AnnualBonus, input);
            if (bonusComputed.status != ComputeService::Status::Computed) {
                bonusProblem = refusal(bonusComputed);
                break;
            }
            separate.insert(index, std::move(bonusComputed));
        }
        if (!bonusProblem.isEmpty()) {
            outcome.problems.append(tr("%1 (%2): %3").arg(employee.name, employee.identifier, bonusProblem));
            outcome.refusedIdentities.append(employee.identifier);
            continue;
        }
        ++outcome.employees;
        const QString rulePack = computed.result.find(QStringLiteral("rule_pack"))->text();
        const QString engineVersion = computed.result.find(QStringLiteral("engine_version"))->text();
        const QHash<int, std::vector<const JsonValue*>> trace = traceByMonth(computed.result);
        for (int index = 0; index < months.size(); ++index) {
            const auto bonusResult = separate.constFind(index);
            const auto written = CanonicalJsonWriter::write(
                monthResult(computed.result,
                            index,
                            trace.value(months.at(index)->month),
                            bonuses.at(index),
                            bonusResult == separate.constEnd() ? nullptr : &bonusResult->result));
            outcome.results.append({0, months.at(index)->id, written.bytes, rulePack, engineVersion});
        }
    }
    return outcome;
}

} // namespace huisuan
