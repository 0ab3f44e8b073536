// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/BankCardCheck.h"

namespace huisuan {

namespace {

constexpr int shortestCard = 16;
constexpr int longestCard = 19;

bool luhnHolds(const QString& digits)
{
    int sum = 0;
    bool doubled = false;
    for (auto digit = digits.crbegin(); digit != digits.crend(); ++digit) {
        int value = digit->digitValue();
        if (doubled) {
            value = value * 2 > 9 ? value * 2 - 9 : value * 2;
        }
        sum += value;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

} // namespace

BankCardCheck::Result BankCardCheck::check(const QString& text)
{
    Result result;
    for (const QChar character : text) {
        if (character.isSpace()) {
            continue;
        }
        if (character < QLatin1Char('0') || character > QLatin1Char('9')) {
            result.verdict = Verdict::Invalid;
            result.message = tr("A card number has only digits.");
            return result;
        }
        result.digits.append(character);
    }
    if (result.digits.size() > longestCard) {
        result.verdict = Verdict::Invalid;
        result.message = tr("A card number has at most %1 digits.").arg(longestCard);
    } else if (result.digits.size() < shortestCard) {
        result.verdict = Verdict::Incomplete;
    } else if (!luhnHolds(result.digits)) {
        result.verdict = Verdict::Invalid;
        result.message = result.digits.size() < longestCard
            ? tr("This is not a card number yet: finish typing it, or check it against your card.")
            : tr("This card number is mistyped: its last digit does not match the others. Check it against your "
                 "card.");
    } else {
        result.verdict = Verdict::Valid;
    }
    return result;
}

QString BankCardCheck::masked(const QString& digits)
{
    return QStringLiteral("•••• ") + digits.right(4);
}

} // namespace huisuan
