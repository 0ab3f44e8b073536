// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/AmountCheck.h"

#include "json/ObjectReader.h"

namespace huisuan {

AmountCheck::Verdict AmountCheck::check(const QString& text)
{
    if (text.isEmpty()) {
        return Verdict::Empty;
    }
    if (ObjectReader::parseInputMoney(text)) {
        return Verdict::Valid;
    }
    // Only a trailing point, awaiting its decimals, can still become an amount.
    if (text.endsWith(QLatin1Char('.')) && text.count(QLatin1Char('.')) == 1 &&
        ObjectReader::parseInputMoney(text.chopped(1))) {
        return Verdict::Incomplete;
    }
    return Verdict::Invalid;
}

QString AmountCheck::canonical(const QString& text)
{
    const auto money = ObjectReader::parseInputMoney(text);
    return money ? money->toString() : QString();
}

} // namespace huisuan
