// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace huisuan {

/**
 * How an annual one-off bonus (全年一次性奖金) is taxed at withholding: separately with the
 * monthly-converted table (财税〔2018〕164号, while the rule pack has it in force), or added to
 * the month's wages for the cumulative withholding.
 */
struct AnnualBonusMethod
{
    enum Value { Separate, Combined };

    /** 单独计税 or separate; 并入综合所得 or combined (any letter case); nothing otherwise. */
    static std::optional<Value> fromText(const QString& text)
    {
        const QString trimmed = text.trimmed();
        if (trimmed == QStringLiteral("单独计税") || trimmed.compare(u"separate", Qt::CaseInsensitive) == 0) {
            return Separate;
        }
        if (trimmed == QStringLiteral("并入综合所得") || trimmed.compare(u"combined", Qt::CaseInsensitive) == 0) {
            return Combined;
        }
        return std::nullopt;
    }

    /** The key the payroll and the results store, as the case format names the methods. */
    static QString key(Value method)
    {
        return method == Separate ? QStringLiteral("separate") : QStringLiteral("combined");
    }
};

} // namespace huisuan
