// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/IdentityNumberCheck.h"

#include "identifiers/ResidentIdNumber.h"

namespace huisuan {

IdentityNumberCheck::Verdict IdentityNumberCheck::check(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        return Verdict::Empty;
    }
    constexpr qsizetype length = 18;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool checkDigitX = i == length - 1 && (c == QLatin1Char('X') || c == QLatin1Char('x'));
        if (i >= length || (!c.isDigit() && !checkDigitX) || c.unicode() > 0x7f) {
            return Verdict::Invalid;
        }
    }
    if (value.size() < length) {
        return Verdict::Incomplete;
    }
    return ResidentIdNumber::isValid(value.toUpper()) ? Verdict::Valid : Verdict::Invalid;
}

} // namespace huisuan
