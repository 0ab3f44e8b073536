// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/CreditCodeCheck.h"

#include "identifiers/SocialCreditCode.h"

#include <algorithm>

namespace huisuan {

CreditCodeCheck::Verdict CreditCodeCheck::check(const QString& text)
{
    const QString value = text.trimmed().toUpper();
    if (value.isEmpty()) {
        return Verdict::Empty;
    }
    constexpr qsizetype length = 18;
    // GB 32100-2015 leaves out I, O, Z, S and V, which read like digits.
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    if (value.size() > length ||
        std::any_of(value.cbegin(), value.cend(), [](QChar c) { return !alphabet.contains(c); })) {
        return Verdict::Invalid;
    }
    if (value.size() < length) {
        return Verdict::Incomplete;
    }
    return SocialCreditCode::isValid(value) ? Verdict::Valid : Verdict::Invalid;
}

} // namespace huisuan
