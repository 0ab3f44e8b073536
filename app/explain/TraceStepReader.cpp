// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/TraceStepReader.h"

namespace huisuan {

namespace {

// The names of the inputs and the word values the engine writes into its traces, marked for
// translation here because the engine stays language-neutral.
[[maybe_unused]] constexpr const char* traceInputNames[] = {
    QT_TRANSLATE_NOOP("TraceInput", "amount"),
    QT_TRANSLATE_NOOP("TraceInput", "expense"),
    QT_TRANSLATE_NOOP("TraceInput", "taxable"),
    QT_TRANSLATE_NOOP("TraceInput", "bonus"),
    QT_TRANSLATE_NOOP("TraceInput", "months_counted"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_wages"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_tax_free_income"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_basic_deduction"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_special_deductions"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_special_additional_deductions"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_other_deductions"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_taxable_income"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_tax"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_tax_relief"),
    QT_TRANSLATE_NOOP("TraceInput", "already_withheld"),
    QT_TRANSLATE_NOOP("TraceInput", "months"),
    QT_TRANSLATE_NOOP("TraceInput", "share_percent"),
    QT_TRANSLATE_NOOP("TraceInput", "degree_months"),
    QT_TRANSLATE_NOOP("TraceInput", "certificate"),
    QT_TRANSLATE_NOOP("TraceInput", "out_of_pocket"),
    QT_TRANSLATE_NOOP("TraceInput", "monthly_share"),
    QT_TRANSLATE_NOOP("TraceInput", "paid"),
    QT_TRANSLATE_NOOP("TraceInput", "wages"),
    QT_TRANSLATE_NOOP("TraceInput", "labor"),
    QT_TRANSLATE_NOOP("TraceInput", "author"),
    QT_TRANSLATE_NOOP("TraceInput", "royalties"),
    QT_TRANSLATE_NOOP("TraceInput", "expenses_row"),
    QT_TRANSLATE_NOOP("TraceInput", "author_exempt_row"),
    QT_TRANSLATE_NOOP("TraceInput", "bonus_combined"),
    QT_TRANSLATE_NOOP("TraceInput", "comprehensive_income"),
    QT_TRANSLATE_NOOP("TraceInput", "tax_free_income"),
    QT_TRANSLATE_NOOP("TraceInput", "basic_deduction"),
    QT_TRANSLATE_NOOP("TraceInput", "special_deductions"),
    QT_TRANSLATE_NOOP("TraceInput", "special_additional_deductions"),
    QT_TRANSLATE_NOOP("TraceInput", "other_deductions"),
    QT_TRANSLATE_NOOP("TraceInput", "taxable_income_before_donations"),
    QT_TRANSLATE_NOOP("TraceInput", "limited_donations"),
    QT_TRANSLATE_NOOP("TraceInput", "full_donations"),
    QT_TRANSLATE_NOOP("TraceInput", "limit"),
    QT_TRANSLATE_NOOP("TraceInput", "donations_deducted"),
    QT_TRANSLATE_NOOP("TraceInput", "taxable_income"),
    QT_TRANSLATE_NOOP("TraceInput", "tax_relief_claimed"),
    QT_TRANSLATE_NOOP("TraceInput", "tax"),
    QT_TRANSLATE_NOOP("TraceInput", "tax_on_comprehensive_income"),
    QT_TRANSLATE_NOOP("TraceInput", "bonus_tax"),
    QT_TRANSLATE_NOOP("TraceInput", "tax_relief"),
    QT_TRANSLATE_NOOP("TraceInput", "tax_payable_separate"),
    QT_TRANSLATE_NOOP("TraceInput", "tax_payable_combined"),
    QT_TRANSLATE_NOOP("TraceInput", "tax_payable"),
    QT_TRANSLATE_NOOP("TraceInput", "prepaid"),
    QT_TRANSLATE_NOOP("TraceInput", "balance"),
    QT_TRANSLATE_NOOP("TraceInput", "gross_comprehensive_income"),
};
[[maybe_unused]] constexpr const char* traceWordValues[] = {
    QT_TRANSLATE_NOOP("TraceValue", "true"),
    QT_TRANSLATE_NOOP("TraceValue", "false"),
    QT_TRANSLATE_NOOP("TraceValue", "separate"),
    QT_TRANSLATE_NOOP("TraceValue", "combined"),
};

QString translated(const char* context, const QString& source)
{
    const QByteArray utf8 = source.toUtf8();
    return QCoreApplication::translate(context, utf8.constData());
}

} // namespace

QString TraceStepReader::text(const JsonValue& object, const char* key)
{
    const JsonValue* value = object.find(QLatin1String(key));
    if (!value) {
        return {};
    }
    if (value->isBool()) {
        // In the context the command line's explanation has always used, so its words stay translated.
        return value->toBool() ? QCoreApplication::translate("TraceExplainer", "yes")
                               : QCoreApplication::translate("TraceExplainer", "no");
    }
    return value->text();
}

QString TraceStepReader::translatedValue(const QString& value)
{
    const bool word = !value.isEmpty() && value.at(0).isLetter();
    return word ? translated("TraceValue", value) : value;
}

TraceStep TraceStepReader::read(const JsonValue& line)
{
    TraceStep step;
    step.id = text(line, "id");
    step.label = translated("Trace", text(line, "label"));
    step.value = translatedValue(text(line, "value"));
    step.formula = translated("Trace", text(line, "formula"));
    if (const JsonValue* inputs = line.find(QStringLiteral("inputs"))) {
        for (const JsonValue& input : inputs->items()) {
            const QString key = text(input, "name");
            step.inputs.append({key, translated("TraceInput", key), translatedValue(text(input, "value"))});
        }
    }
    if (const JsonValue* parameters = line.find(QStringLiteral("parameters"))) {
        for (const JsonValue& parameter : parameters->items()) {
            step.rules.append({text(parameter, "id"),
                               text(parameter, "value"),
                               text(parameter, "citation"),
                               text(parameter, "confidence") == QLatin1String("M")});
        }
    }
    if (const JsonValue* roundings = line.find(QStringLiteral("rounding"))) {
        for (const JsonValue& rounding : roundings->items()) {
            step.roundings.append({text(rounding, "unrounded"), text(rounding, "rounded")});
        }
    }
    if (const JsonValue* note = line.find(QStringLiteral("note"))) {
        step.note = translated("Trace", text(*note, "text")).arg(text(*note, "argument"));
    }
    return step;
}

QList<TraceStep> TraceStepReader::readAll(const JsonValue& trace)
{
    QList<TraceStep> steps;
    for (const JsonValue& line : trace.items()) {
        steps.append(read(line));
    }
    return steps;
}

} // namespace huisuan
