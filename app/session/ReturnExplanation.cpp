// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ReturnExplanation.h"

#include "explain/TraceStepReader.h"

#include "json/JsonReader.h"

namespace huisuan {

namespace {

const QString linePrefix = QStringLiteral("annual_return.");

/** A result member and the trace lines (by name, after "annual_return.") that break it down. */
struct LineShape
{
    const char* key;
    ResultLine::Kind kind;
    QStringList subLines; // a name matches its line and its indexed lines ("serious_illness[0]")
};

const QList<LineShape>& lineShapes()
{
    using Kind = ResultLine::Kind;
    static const QList<LineShape> shapes = {
        {"comprehensive_income", Kind::Amount, {QStringLiteral("expenses_row"), QStringLiteral("author_exempt_row")}},
        {"basic_deduction", Kind::Amount, {}},
        {"special_deductions", Kind::Amount, {}},
        {"special_additional_deductions",
         Kind::Amount,
         {QStringLiteral("children_education"),
          QStringLiteral("infant_care"),
          QStringLiteral("continuing_education"),
          QStringLiteral("serious_illness"),
          QStringLiteral("housing_loan_interest"),
          QStringLiteral("housing_rent"),
          QStringLiteral("elderly_support")}},
        {"other_deductions",
         Kind::Amount,
         {QStringLiteral("annuity"),
          QStringLiteral("commercial_health_insurance"),
          QStringLiteral("tax_deferred_pension"),
          QStringLiteral("individual_pension")}},
        {"donations_deducted", Kind::Amount, {QStringLiteral("donation_limit")}},
        {"taxable_income", Kind::Amount, {QStringLiteral("taxable_income_before_donations")}},
        {"rate", Kind::Rate, {}},
        {"quick_deduction", Kind::Amount, {}},
        {"tax_on_comprehensive_income", Kind::Amount, {}},
        {"bonus_method", Kind::Word, {}},
        {"bonus_tax", Kind::Amount, {}},
        {"tax_relief", Kind::Amount, {}},
        {"tax_payable", Kind::Amount, {}},
        {"prepaid", Kind::Amount, {}},
        {"balance", Kind::Amount, {}},
        {"exempt_from_payment", Kind::Word, {}},
        {"amount_due", Kind::Amount, {}},
        {"refund", Kind::Amount, {}},
    };
    return shapes;
}

QString nameOf(const TraceStep& step)
{
    return step.id.startsWith(linePrefix) ? step.id.mid(linePrefix.size()) : QString();
}

bool matches(const QString& name, const QString& wanted)
{
    return name == wanted || (name.startsWith(wanted) && name.mid(wanted.size()).startsWith(QLatin1Char('[')));
}

const TraceStep* stepNamed(const QList<TraceStep>& steps, const QString& name)
{
    for (const TraceStep& step : steps) {
        if (nameOf(step) == name) {
            return &step;
        }
    }
    return nullptr;
}

/** Rate and quick deduction have no line of their own: both come from the bracket of the tax line. */
TraceStep bracketStep(const QList<TraceStep>& steps, const QString& formula)
{
    TraceStep step;
    step.formula = formula;
    const TraceStep* tax = stepNamed(steps, QStringLiteral("tax_on_comprehensive_income"));
    if (tax) {
        for (const TraceStep::Input& input : tax->inputs) {
            if (input.key == QLatin1String("taxable_income")) {
                step.inputs.append(input);
            }
        }
        step.rules = tax->rules;
    }
    return step;
}

/** The explanation of a number the engine wrote no line for, because it was given or not needed. */
TraceStep explanationWithoutLine(const QString& key, const QList<TraceStep>& steps, const JsonValue& result)
{
    if (key == QLatin1String("rate")) {
        return bracketStep(steps,
                           ReturnExplanation::tr("the rate of the annual table's bracket that holds the taxable "
                                                 "income"));
    }
    if (key == QLatin1String("quick_deduction")) {
        return bracketStep(steps,
                           ReturnExplanation::tr("the quick deduction of that bracket, so that taxable income × "
                                                 "rate − quick deduction taxes each part of the income at its own "
                                                 "bracket's rate"));
    }
    TraceStep step;
    if (key == QLatin1String("prepaid")) {
        step.formula = ReturnExplanation::tr("the tax withheld or prepaid during the year, as declared");
    } else if (key == QLatin1String("bonus_tax")) {
        step.formula = result.find(QStringLiteral("bonus_method"))
            ? ReturnExplanation::tr("the annual bonus was added to the comprehensive income, so it has no tax of "
                                    "its own")
            : ReturnExplanation::tr("no annual one-off bonus was declared");
    } else if (key == QLatin1String("bonus_method")) {
        step.formula = ReturnExplanation::tr("the method chosen in the return");
    } else if (key == QLatin1String("exempt_from_payment")) {
        step.formula = ReturnExplanation::tr("the exemption applies only when there is something to pay");
        if (const TraceStep* balance = stepNamed(steps, QStringLiteral("balance"))) {
            step.inputs.append({QStringLiteral("balance"), balance->label, balance->value});
        }
    } else {
        step.formula = ReturnExplanation::tr("this return was stored without its trace, so the steps behind this "
                                             "number are not known");
    }
    return step;
}

QString labelWithoutLine(const QString& key)
{
    if (key == QLatin1String("rate")) {
        return ReturnExplanation::tr("Tax rate");
    }
    if (key == QLatin1String("quick_deduction")) {
        return ReturnExplanation::tr("Quick deduction");
    }
    if (key == QLatin1String("prepaid")) {
        return ReturnExplanation::tr("Tax prepaid");
    }
    if (key == QLatin1String("bonus_tax")) {
        return ReturnExplanation::tr("Tax on the annual bonus");
    }
    if (key == QLatin1String("bonus_method")) {
        return QCoreApplication::translate("Trace", "Bonus method chosen");
    }
    if (key == QLatin1String("exempt_from_payment")) {
        return QCoreApplication::translate("Trace", "Exempt from paying");
    }
    // Only a return stored without its trace gets here: its lines are named by the trace.
    return key;
}

ResultLine resultLine(const LineShape& shape, const JsonValue& result, const QList<TraceStep>& steps)
{
    ResultLine line;
    line.key = QLatin1String(shape.key);
    line.kind = shape.kind;
    line.value = TraceStepReader::translatedValue(TraceStepReader::text(result, shape.key));
    if (const TraceStep* step = stepNamed(steps, line.key)) {
        line.label = step->label;
        line.explanation = *step;
    } else {
        line.label = labelWithoutLine(line.key);
        line.explanation = explanationWithoutLine(line.key, steps, result);
        line.explanation.id = linePrefix + line.key;
        line.explanation.label = line.label;
        line.explanation.value = line.value;
    }
    for (const QString& wanted : shape.subLines) {
        for (const TraceStep& step : steps) {
            if (matches(nameOf(step), wanted)) {
                line.subLines.append(step);
            }
        }
    }
    return line;
}

} // namespace

const ResultLine* ReturnExplanation::line(const QString& key) const
{
    for (const ResultLine& candidate : lines) {
        if (candidate.key == key) {
            return &candidate;
        }
    }
    return nullptr;
}

ReturnExplanation ReturnExplanation::fromJson(const QByteArray& resultJson, const QByteArray& traceJson)
{
    ReturnExplanation explanation;
    const JsonReader::Result result = JsonReader::parse(resultJson);
    if (!result.ok || !result.value.find(QStringLiteral("tax_payable"))) {
        return explanation;
    }
    const JsonReader::Result trace = JsonReader::parse(traceJson);
    const QList<TraceStep> steps = trace.ok ? TraceStepReader::readAll(trace.value) : QList<TraceStep>();
    explanation.rulePack = TraceStepReader::text(result.value, "rule_pack");
    explanation.engineVersion = TraceStepReader::text(result.value, "engine_version");
    for (const LineShape& shape : lineShapes()) {
        if (result.value.find(QLatin1String(shape.key))) {
            explanation.lines.append(resultLine(shape, result.value, steps));
        }
    }
    return explanation;
}

} // namespace huisuan
