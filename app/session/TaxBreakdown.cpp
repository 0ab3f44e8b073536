// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/TaxBreakdown.h"

#include "explain/TraceStepReader.h"
#include "money/Money.h"
#include "rules/RulePackRegistry.h"

#include "json/JsonReader.h"
#include <QCoreApplication>

namespace huisuan {

namespace {

const QString linePrefix = QStringLiteral("annual_return.");

const TraceStep* stepNamed(const QList<TraceStep>& steps, const QString& name)
{
    for (const TraceStep& step : steps) {
        if (step.id == linePrefix + name) {
            return &step;
        }
    }
    return nullptr;
}

/** Deduction items, in the order of the form; an indexed item ("serious_illness[1]") under its name. */
const QStringList& deductionItems()
{
    static const QStringList items = {
        QStringLiteral("expenses_row"),
        QStringLiteral("author_exempt_row"),
        QStringLiteral("tax_free_income"),
        QStringLiteral("basic_deduction"),
        QStringLiteral("special_deductions"),
        QStringLiteral("children_education"),
        QStringLiteral("infant_care"),
        QStringLiteral("continuing_education"),
        QStringLiteral("serious_illness"),
        QStringLiteral("housing_loan_interest"),
        QStringLiteral("housing_rent"),
        QStringLiteral("elderly_support"),
        QStringLiteral("annuity"),
        QStringLiteral("commercial_health_insurance"),
        QStringLiteral("tax_deferred_pension"),
        QStringLiteral("individual_pension"),
        QStringLiteral("donations_deducted"),
    };
    return items;
}

bool isNonzero(const QString& amount)
{
    const std::optional<Money> money = Money::parse(amount);
    return money && !money->isZero();
}

void addIncome(QList<TaxBreakdown::Part>& income, const TraceStep* step, const char* key, const QString& label)
{
    if (!step) {
        return;
    }
    for (const TraceStep::Input& input : step->inputs) {
        if (input.key == QLatin1String(key) && isNonzero(input.value)) {
            income.append({input.key, label.isEmpty() ? input.name : label, input.value});
        }
    }
}

QList<TaxBreakdown::Part> incomeOf(const QList<TraceStep>& steps)
{
    QList<TaxBreakdown::Part> income;
    const TraceStep* comprehensive = stepNamed(steps, QStringLiteral("comprehensive_income"));
    for (const char* category : {"wages", "labor", "author", "royalties"}) {
        addIncome(income, comprehensive, category, QString());
    }
    // The bonus is income whichever way it was taxed: inside the comprehensive income, or on its own.
    const QString bonus = QCoreApplication::translate("TraceInput", "bonus");
    addIncome(income, comprehensive, "bonus_combined", bonus);
    addIncome(income, stepNamed(steps, QStringLiteral("bonus_tax")), "bonus", bonus);
    return income;
}

QList<TaxBreakdown::Part> deductionsOf(const QList<TraceStep>& steps)
{
    QList<TaxBreakdown::Part> deductions;
    for (const QString& item : deductionItems()) {
        if (item == QLatin1String("tax_free_income")) {
            addIncome(
                deductions, stepNamed(steps, QStringLiteral("taxable_income_before_donations")), "tax_free_income", {});
            continue;
        }
        for (const TraceStep& step : steps) {
            const QString name = step.id.mid(linePrefix.size());
            const bool itemLine = name == item || (name.startsWith(item + QLatin1Char('[')));
            if (step.id.startsWith(linePrefix) && itemLine && isNonzero(step.value)) {
                deductions.append({name, step.label, step.value});
            }
        }
    }
    return deductions;
}

/** Each bracket up to the one holding `taxable`, with the part of it taxed there and that part's tax. */
QList<TaxBreakdown::BracketPart> bracketsOf(const RateTable& table, const Money& taxable)
{
    QList<TaxBreakdown::BracketPart> parts;
    Money lower;
    for (const Bracket& bracket : table.brackets) {
        if (taxable <= lower) {
            break;
        }
        const Money upper = bracket.upTo ? min(taxable, *bracket.upTo) : taxable;
        const Money taxed = upper - lower;
        parts.append({lower.toString(),
                      bracket.upTo ? bracket.upTo->toString() : QString(),
                      bracket.rate.toString(),
                      taxed.toString(),
                      (taxed * bracket.rate).round(Rounding::HalfUpToFen).toString()});
        if (!bracket.upTo) {
            break;
        }
        lower = *bracket.upTo;
    }
    return parts;
}

} // namespace

TaxBreakdown TaxBreakdown::fromJson(const QByteArray& resultJson, const QByteArray& traceJson)
{
    TaxBreakdown breakdown;
    const JsonReader::Result result = JsonReader::parse(resultJson);
    const JsonReader::Result trace = JsonReader::parse(traceJson);
    if (!result.ok) {
        return breakdown;
    }
    const QList<TraceStep> steps = trace.ok ? TraceStepReader::readAll(trace.value) : QList<TraceStep>();
    breakdown.income = incomeOf(steps);
    breakdown.deductions = deductionsOf(steps);
    breakdown.taxableIncome = TraceStepReader::text(result.value, "taxable_income");
    breakdown.taxOnComprehensiveIncome = TraceStepReader::text(result.value, "tax_on_comprehensive_income");
    breakdown.bonusTax = TraceStepReader::text(result.value, "bonus_tax");
    // The trace names only the bracket reached; the brackets below it are read from the very pack the
    // return was computed with, which every version keeps (rule packs are immutable).
    const RulePack* pack = RulePackRegistry::builtIn().byId(TraceStepReader::text(result.value, "rule_pack"));
    const std::optional<Money> taxable = Money::parse(breakdown.taxableIncome);
    breakdown.bracketsKnown = pack != nullptr && taxable.has_value();
    if (breakdown.bracketsKnown) {
        breakdown.brackets = bracketsOf(pack->comprehensiveAnnual, *taxable);
    }
    return breakdown;
}

} // namespace huisuan
