// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/AmountCheck.h"

#include "json/ObjectReader.h"
#include <QRegularExpression>

namespace huisuan {

namespace {

/** The shape of an amount, whatever its size: what the engine's grammar reads before it checks the range. */
bool hasAmountShape(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^(0|[1-9][0-9]*)(\\.[0-9]{1,2})?$"));
    return shape.match(text).hasMatch();
}

} // namespace

AmountCheck::Result AmountCheck::check(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        return {};
    }
    if (const auto money = ObjectReader::parseInputMoney(value)) {
        return {Verdict::Valid, money->toString()};
    }
    if (hasAmountShape(value)) {
        return {Verdict::TooLarge, QString()};
    }
    // Only a trailing point, awaiting its decimals, can still become an amount.
    if (value.endsWith(QLatin1Char('.')) && value.count(QLatin1Char('.')) == 1 && hasAmountShape(value.chopped(1))) {
        return {Verdict::Incomplete, QString()};
    }
    return {Verdict::Invalid, QString()};
}

} // namespace huisuan
