// SPDX-License-Identifier: GPL-3.0-or-later
#include "compute/ResultJson.h"

namespace huisuan {

namespace {

JsonValue money(const Money& value)
{
    return JsonValue::string(value.toString());
}

JsonValue rate(const Rate& value)
{
    return JsonValue::string(value.toString());
}

} // namespace

JsonValue wageWithholdingJson(const WageWithholdingResult& result)
{
    JsonValue months = JsonValue::array();
    for (const WageMonthResult& month : result.months) {
        JsonValue item = JsonValue::object();
        item.insert(QStringLiteral("month"), JsonValue::integer(month.month));
        item.insert(QStringLiteral("cumulative_taxable_income"), money(month.cumulativeTaxableIncome));
        item.insert(QStringLiteral("rate"), rate(month.bracket->rate));
        item.insert(QStringLiteral("quick_deduction"), money(month.bracket->quickDeduction));
        item.insert(QStringLiteral("cumulative_tax"), money(month.cumulativeTax));
        item.insert(QStringLiteral("withheld"), money(month.withheld));
        months.append(std::move(item));
    }
    JsonValue json = JsonValue::object();
    json.insert(QStringLiteral("months"), std::move(months));
    json.insert(QStringLiteral("total_withheld"), money(result.totalWithheld));
    return json;
}

JsonValue paymentPrepaymentJson(const PaymentPrepaymentResult& result)
{
    JsonValue json = JsonValue::object();
    json.insert(QStringLiteral("expense"), money(result.expense));
    json.insert(QStringLiteral("taxable"), money(result.taxable));
    json.insert(QStringLiteral("rate"), rate(result.rate));
    json.insert(QStringLiteral("quick_deduction"), money(result.quickDeduction));
    json.insert(QStringLiteral("withheld"), money(result.withheld));
    return json;
}

JsonValue annualBonusJson(const Bracket& bracket, const Money& tax)
{
    JsonValue json = JsonValue::object();
    json.insert(QStringLiteral("rate"), rate(bracket.rate));
    json.insert(QStringLiteral("quick_deduction"), money(bracket.quickDeduction));
    json.insert(QStringLiteral("tax"), money(tax));
    return json;
}

JsonValue annualReturnJson(const AnnualReturnResult& result)
{
    JsonValue json = JsonValue::object();
    json.insert(QStringLiteral("gross_comprehensive_income"), money(result.grossIncome));
    json.insert(QStringLiteral("expenses"), money(result.expensesRow));
    json.insert(QStringLiteral("author_exempt"), money(result.authorExemptRow));
    json.insert(QStringLiteral("comprehensive_income"), money(result.comprehensiveIncome));
    json.insert(QStringLiteral("basic_deduction"), money(result.basicDeduction));
    json.insert(QStringLiteral("special_deductions"), money(result.specialDeductions));
    json.insert(QStringLiteral("special_additional_deductions"), money(result.specialAdditionalDeductions));
    json.insert(QStringLiteral("other_deductions"), money(result.otherDeductions));
    json.insert(QStringLiteral("donations_deducted"), money(result.donationsDeducted));
    json.insert(QStringLiteral("taxable_income"), money(result.taxableIncome));
    json.insert(QStringLiteral("rate"), rate(result.bracket->rate));
    json.insert(QStringLiteral("quick_deduction"), money(result.bracket->quickDeduction));
    json.insert(QStringLiteral("tax_on_comprehensive_income"), money(result.taxOnComprehensiveIncome));
    json.insert(QStringLiteral("bonus_tax"), money(result.bonusTax));
    json.insert(QStringLiteral("tax_relief"), money(result.taxRelief));
    json.insert(QStringLiteral("tax_payable"), money(result.taxPayable));
    json.insert(QStringLiteral("prepaid"), money(result.prepaid));
    json.insert(QStringLiteral("balance"), money(result.balance));
    json.insert(QStringLiteral("exempt_from_payment"), JsonValue::boolean(result.exemptFromPayment));
    json.insert(QStringLiteral("amount_due"), money(result.amountDue));
    json.insert(QStringLiteral("refund"), money(result.refund));
    if (result.bonusMethod) {
        json.insert(QStringLiteral("bonus_method"),
                    JsonValue::string(*result.bonusMethod == BonusMethod::Combined ? QStringLiteral("combined")
                                                                                   : QStringLiteral("separate")));
    }
    return json;
}

JsonValue traceJson(const Trace& trace)
{
    JsonValue lines = JsonValue::array();
    for (const TraceLine& line : trace.lines()) {
        JsonValue json = JsonValue::object();
        json.insert(QStringLiteral("id"), JsonValue::string(line.id));
        json.insert(QStringLiteral("label"), JsonValue::string(QString::fromUtf8(line.label)));
        json.insert(QStringLiteral("formula"), JsonValue::string(QString::fromUtf8(line.formula)));
        json.insert(QStringLiteral("value"), JsonValue::string(line.value));
        JsonValue inputs = JsonValue::array();
        for (const TraceInput& input : line.inputs) {
            JsonValue item = JsonValue::object();
            item.insert(QStringLiteral("name"), JsonValue::string(input.name));
            item.insert(QStringLiteral("value"), JsonValue::string(input.value));
            inputs.append(std::move(item));
        }
        json.insert(QStringLiteral("inputs"), std::move(inputs));
        JsonValue parameters = JsonValue::array();
        for (const TraceParameter& parameter : line.parameters) {
            JsonValue item = JsonValue::object();
            item.insert(QStringLiteral("id"), JsonValue::string(parameter.source.id));
            item.insert(QStringLiteral("value"), JsonValue::string(parameter.value));
            item.insert(QStringLiteral("source"), JsonValue::string(parameter.source.sourceId));
            item.insert(QStringLiteral("citation"), JsonValue::string(parameter.source.citation));
            item.insert(QStringLiteral("confidence"), JsonValue::string(parameter.source.confidence));
            parameters.append(std::move(item));
        }
        json.insert(QStringLiteral("parameters"), std::move(parameters));
        JsonValue roundings = JsonValue::array();
        for (const TraceRounding& rounding : line.roundings) {
            JsonValue item = JsonValue::object();
            item.insert(QStringLiteral("mode"), JsonValue::string(QLatin1String(roundingName(rounding.mode))));
            item.insert(QStringLiteral("unrounded"), JsonValue::string(rounding.unrounded));
            item.insert(QStringLiteral("rounded"), JsonValue::string(rounding.rounded));
            roundings.append(std::move(item));
        }
        json.insert(QStringLiteral("rounding"), std::move(roundings));
        if (!line.note.isEmpty()) {
            JsonValue note = JsonValue::object();
            note.insert(QStringLiteral("text"), JsonValue::string(QString::fromUtf8(line.note.text)));
            note.insert(QStringLiteral("argument"), JsonValue::string(line.note.argument));
            json.insert(QStringLiteral("note"), std::move(note));
        }
        lines.append(std::move(json));
    }
    return lines;
}

} // namespace huisuan
