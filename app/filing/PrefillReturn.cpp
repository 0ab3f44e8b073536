// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/PrefillReturn.h"

#include <QMap>

namespace huisuan {

PrefillReturn::Result PrefillReturn::merge(const JsonValue& taxpayerInput, const PrefillAnswer& prefill)
{
    QList<Item> items;
    for (const PrefillRecord& record : prefill.records) {
        if (!record.disputed) {
            items.append({record.incomeType, record.income, record.taxWithheld});
        }
    }
    return assemble(taxpayerInput, prefill.taxYear, items, QStringLiteral("optimal"));
}

PrefillReturn::Result PrefillReturn::fromIncomeRecords(const JsonValue& taxpayerInput,
                                                       int taxYear,
                                                       const QList<IncomeRecord>& records,
                                                       const QString& bonusMethod)
{
    QList<Item> items;
    for (const IncomeRecord& record : records) {
        if (!record.countsInReturn()) {
            continue;
        }
        const std::optional<Money> income = Money::parse(record.amount);
        const std::optional<Money> withheld = Money::parse(record.withheld);
        if (!income || !withheld) {
            return {JsonValue(),
                    tr("The income from %1 has an amount that is not money (%2, %3).")
                        .arg(record.payer, record.amount, record.withheld)};
        }
        items.append({record.category, *income, *withheld});
    }
    return assemble(taxpayerInput, taxYear, items, bonusMethod);
}

PrefillReturn::Result PrefillReturn::assemble(const JsonValue& taxpayerInput,
                                              int taxYear,
                                              const QList<Item>& items,
                                              const QString& bonusMethod)
{
    if (!taxpayerInput.isObject()) {
        return {JsonValue(), tr("The taxpayer's part of the return must be a JSON object.")};
    }
    const JsonValue* year = taxpayerInput.find(QStringLiteral("tax_year"));
    if (year == nullptr || year->toInteger() != taxYear) {
        return {JsonValue(), tr("The return is not for %1, the year of the prefill.").arg(taxYear)};
    }
    if (taxpayerInput.find(QStringLiteral("income")) != nullptr ||
        taxpayerInput.find(QStringLiteral("prepaid")) != nullptr) {
        return {JsonValue(),
                tr("Income and prepaid tax come from the prefill; leave them out of the taxpayer's part.")};
    }
    // QMap keeps the kinds sorted, so the same records always make the same input.
    QMap<QString, Money> income;
    Money withheld;
    int bonuses = 0;
    for (const Item& item : items) {
        income[item.category] += item.income;
        withheld += item.withheld;
        bonuses += item.category == QLatin1String("annual_bonus") ? 1 : 0;
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
                                   {QStringLiteral("method"), JsonValue::string(bonusMethod)}}));
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
