// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/MonthlyDeductions.h"

#include "compute/ComputeService.h"
#include "filing/DeductionElection.h"

#include "json/JsonReader.h"
#include <QRegularExpression>
#include <algorithm>
#include <cstdint>

namespace huisuan {

namespace {

/** The claim's input `name` as a whole number of months, or 0. */
int monthsOf(const JsonValue& line, const QString& name)
{
    const JsonValue* inputs = line.find(QStringLiteral("inputs"));
    if (inputs == nullptr) {
        return 0;
    }
    for (const JsonValue& input : inputs->items()) {
        const JsonValue* key = input.find(QStringLiteral("name"));
        const JsonValue* value = input.find(QStringLiteral("value"));
        if (key != nullptr && value != nullptr && key->text() == name) {
            return value->text().toInt();
        }
    }
    return 0;
}

QString inputOf(const JsonValue& line, const QString& name)
{
    const JsonValue* inputs = line.find(QStringLiteral("inputs"));
    if (inputs != nullptr) {
        for (const JsonValue& input : inputs->items()) {
            const JsonValue* key = input.find(QStringLiteral("name"));
            if (key != nullptr && key->text() == name) {
                return input.find(QStringLiteral("value"))->text();
            }
        }
    }
    return QString();
}

/** `amount` ÷ `months`, rounded half-up to the fen (amounts are never negative here). */
Money perMonth(const Money& amount, int months)
{
    const auto fen = static_cast<std::int64_t>(amount.fen());
    return Money::fromFen64((2 * fen + months) / (2 * std::int64_t(months)));
}

} // namespace

MonthlyDeductions::Result MonthlyDeductions::fromDraft(const ReturnDraft& draft)
{
    Result result;
    const JsonReader::Result part = JsonReader::parse(draft.taxpayerPart);
    if (!part.ok) {
        result.problem = tr("The saved deductions cannot be read (%1).").arg(part.error);
        return result;
    }
    // The draft leaves out the income, which comes from the income records; the deductions do not depend on it.
    JsonValue input = part.value;
    if (input.isObject() && input.find(QStringLiteral("income")) == nullptr) {
        input.insert(QStringLiteral("income"), JsonValue::object());
    }
    const ComputeService::Outcome computed = ComputeService::compute(ComputeKind::AnnualReturn, input);
    if (computed.status != ComputeService::Status::Computed) {
        QStringList reasons;
        for (const Problem& problem : computed.problems) {
            reasons << problem.path + QStringLiteral(": ") + problem.translated();
        }
        result.problem = tr("The saved deductions of %1 cannot be computed: %2")
                             .arg(draft.taxYear)
                             .arg(reasons.isEmpty() ? computed.failure : reasons.join(QStringLiteral("; ")));
        return result;
    }
    static const QRegularExpression claimLine(QStringLiteral("^annual_return\\.([a-z_]+)(\\[\\d+\\])?$"));
    for (const JsonValue& line : computed.result.find(QStringLiteral("trace"))->items()) {
        const auto match = claimLine.match(line.find(QStringLiteral("id"))->text());
        const QString category = match.captured(1);
        const std::optional<Money> amount = Money::parse(line.find(QStringLiteral("value"))->text());
        if (!match.hasMatch() || !amount || amount->isZero()) {
            continue;
        }
        if (category == QLatin1String("serious_illness")) {
            result.leftOut << category;
            continue;
        }
        if (!DeductionElection::categories().contains(category)) {
            continue;
        }
        const bool certificate = inputOf(line, QStringLiteral("certificate")) == QLatin1String("true");
        const int months = category == QLatin1String("continuing_education")
            ? monthsOf(line, QStringLiteral("degree_months"))
            : monthsOf(line, QStringLiteral("months"));
        if (months < 1 || certificate) {
            result.leftOut << category;
            continue;
        }
        const Money monthly = perMonth(*amount, months);
        auto existing = std::find_if(
            result.monthly.begin(), result.monthly.end(), [&](const auto& entry) { return entry.first == category; });
        if (existing != result.monthly.end()) {
            existing->second += monthly;
        } else {
            result.monthly.append({category, monthly});
        }
    }
    std::sort(
        result.monthly.begin(), result.monthly.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    result.leftOut.removeDuplicates();
    return result;
}

} // namespace huisuan
