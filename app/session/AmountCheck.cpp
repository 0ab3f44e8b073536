// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/AmountCheck.h"

#include "money/Money.h"

namespace huisuan {

AmountCheck::Result AmountCheck::check(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        return {};
    }
    // Money::parse takes a sign; an income or a withholding is never negative.
    const std::optional<Money> parsed = value.startsWith(QLatin1Char('-')) ? std::nullopt : Money::parse(value);
    if (!parsed) {
        return {Verdict::Invalid, QString()};
    }
    QString canonical = parsed->toString();
    // The vault keeps at most 16 digits of yuan (VaultInputCheck::amount).
    constexpr qsizetype maxYuanDigits = 16;
    if (canonical.indexOf(QLatin1Char('.')) > maxYuanDigits) {
        return {Verdict::TooLarge, QString()};
    }
    return {Verdict::Valid, canonical};
}

} // namespace huisuan
