// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/PrefillReturn.h"

#include <QMap>

namespace huisuan {

PrefillReturn::Result PrefillReturn::merge(const JsonValue& taxpayerInput, const PrefillAnswer& prefill)
{
    if (!taxpayerInput.isObject()) {
        return {JsonValue(), tr("The taxpayer's part of the return must be a JSON object.")};
    }
    const JsonValue* year = taxpayerInput.find(QStringLiteral("tax_year"));
    if (year == nullptr || year->toInteger() != prefill.taxYear) {
        return {JsonValue(), tr("The return is not for %1, the year of the prefill.").arg(prefill.taxYear)};
    }
    if (taxpayerInput.find(QStringLiteral("income")) != nullptr ||
        taxpayerInput.find(QStringLiteral("prepaid")) != nullptr) {
        return {JsonValue(),
                tr("Income and prepaid tax come from the prefill; leave them out of the taxpayer's part.")};
    }
    // QMap keeps the kinds sorted, so the same prefill always makes the same input.
    QMap<QString, Money> income;
    Money withheld;
    int bonuses = 0;
    for (const PrefillRecord& record : prefill.records) {
        if (record.disputed) {
            continue;
        }
        income[record.incomeType] += record.income;
        withheld += record.taxWithheld;
        bonuses += record.incomeType == QLatin1String("annual_bonus") ? 1 : 0;
    }
    if (bonuses > 1) {
        return {JsonValue(),
                tr("More than one annual bonus was declared; choose how each is taxed and enter them yourself.")};
    }
    JsonValue incomeObject = JsonValue::object();
    for (auto kind = income.cbegin(); kind != income.cend(); ++kind) {
        if (kind.key() == QLatin1String("annual_bonus")) {
            incomeObject.insert(
                kind.key(),
                JsonValue::object({{QStringLiteral("amount"), JsonValue::string(kind.value().toString())},
                                   {QStringLiteral("method"), JsonValue::string(QStringLiteral("optimal"))}}));
        } else {
            incomeObject.insert(kind.key(), JsonValue::string(kind.value().toString()));
        }
    }
    JsonValue input = taxpayerInput;
    input.insert(QStringLiteral("income"), incomeObject);
    input.insert(QStringLiteral("prepaid"), JsonValue::string(withheld.toString()));
    return {input, QString()};
}

} // namespace huisuan
