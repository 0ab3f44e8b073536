// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compute/ComputeService.h"
#include "vault/AnnualReturnRecord.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QByteArray>

namespace huisuan::test {

// Annual returns from the worked cases (../shared/cases), whose expected figures the tests assert.

/** bonus-separate-vs-combined-separate: tax 2280.00 on the comprehensive income, 4590.00 on the bonus. */
inline const QByteArray bonusSeparateReturn = QByteArrayLiteral(
    R"({"tax_year": 2024, "income": {"wages": "120000.00", "annual_bonus": {"amount": "48000.00", "method": "separate"}},
        "special_deductions": "12000.00"})");

/** The same taxpayer with the bonus combined: taxable 96000.00, in the 10% bracket. */
inline const QByteArray bonusCombinedReturn = QByteArrayLiteral(
    R"({"tax_year": 2024, "income": {"wages": "120000.00", "annual_bonus": {"amount": "48000.00", "method": "combined"}},
        "special_deductions": "12000.00"})");

/** donation-30-percent: 40000.00 given, 30000.00 deducted, taxable 70000.00, tax 4480.00. */
inline const QByteArray donationCappedReturn = QByteArrayLiteral(
    R"({"tax_year": 2024, "income": {"wages": "160000.00"}, "donations": [{"amount": "40000.00", "limit": "30%"}]})");

/** Commercial health insurance of 3000.00 against the cap of 2400.00 a year, with a child's education. */
inline const QByteArray healthInsuranceCappedReturn = QByteArrayLiteral(
    R"({"tax_year": 2024, "income": {"wages": "200000.00", "labor": "10000.00"}, "special_deductions": "20000.00",
        "special_additional_deductions": {"children_education": [{"months": 12, "share_percent": 100}]},
        "other_deductions": {"commercial_health_insurance": "3000.00"}, "prepaid": "20000.00"})");

/** exempt-due-at-most-400: 300.00 to pay, exempt from paying it. */
inline const QByteArray exemptReturn = QByteArrayLiteral(
    R"({"tax_year": 2024, "income": {"wages": "123000.00"}, "special_deductions": "24000.00", "prepaid": "1080.00"})");

/** The return computed by the engine and kept as FilingService keeps it: result without trace, and trace. */
inline AnnualReturnRecord computedReturn(const QByteArray& inputJson)
{
    AnnualReturnRecord record;
    const JsonReader::Result input = JsonReader::parse(inputJson);
    const ComputeService::Outcome computed = ComputeService::compute(ComputeKind::AnnualReturn, input.value);
    if (computed.status != ComputeService::Status::Computed) {
        return record;
    }
    JsonValue result = JsonValue::object();
    for (const JsonValue::Member& member : computed.result.members()) {
        if (member.first != QLatin1String("trace")) {
            result.insert(member.first, member.second);
        }
    }
    record.taxYear = static_cast<int>(input.value.find(QStringLiteral("tax_year"))->toInteger().value_or(0));
    record.resultJson = CanonicalJsonWriter::write(result).bytes;
    record.traceJson = CanonicalJsonWriter::write(*computed.result.find(QStringLiteral("trace"))).bytes;
    record.rulePackId = computed.result.find(QStringLiteral("rule_pack"))->text();
    return record;
}

} // namespace huisuan::test
