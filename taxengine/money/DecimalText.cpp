// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/DecimalText.h"

namespace huisuan::DecimalText {

namespace {

constexpr int maxIntegerDigits = 24;
constexpr int radix = 10;

QString toText(const Int& value)
{
    return QString::fromStdString(value.str());
}

} // namespace

std::optional<Parsed> parse(const QString& text, Sign sign, int maxDecimals)
{
    qsizetype position = 0;
    bool negative = false;
    if (sign == SignAllowed && text.startsWith(QLatin1Char('-'))) {
        negative = true;
        position = 1;
    }
    const qsizetype integerStart = position;
    while (position < text.size() && text.at(position).isDigit() && text.at(position).unicode() < 128) {
        ++position;
    }
    const qsizetype integerDigits = position - integerStart;
    if (integerDigits == 0 || integerDigits > maxIntegerDigits) {
        return std::nullopt;
    }
    if (integerDigits > 1 && text.at(integerStart) == QLatin1Char('0')) {
        return std::nullopt;
    }
    Parsed result;
    result.scaledValue = 0;
    result.scale = 1;
    for (qsizetype i = integerStart; i < position; ++i) {
        result.scaledValue = result.scaledValue * radix + (text.at(i).unicode() - '0');
    }
    if (position < text.size()) {
        if (text.at(position) != QLatin1Char('.')) {
            return std::nullopt;
        }
        ++position;
        const qsizetype fractionStart = position;
        while (position < text.size() && text.at(position).isDigit() && text.at(position).unicode() < 128) {
            // Refused before the digit is accumulated: some forty decimals would overflow the
            // 128-bit value and throw, turning a malformed amount into an internal error.
            if (position - fractionStart == maxDecimals) {
                return std::nullopt;
            }
            result.scaledValue = result.scaledValue * radix + (text.at(position).unicode() - '0');
            result.scale *= radix;
            ++position;
        }
        result.decimals = int(position - fractionStart);
        if (position != text.size() || result.decimals == 0) {
            return std::nullopt;
        }
    }
    if (negative) {
        if (result.scaledValue == 0) {
            return std::nullopt; // "-0" is not canonical
        }
        result.scaledValue = -result.scaledValue;
    }
    return result;
}

QString format(Int numerator, Int denominator, int minDecimals)
{
    const bool negative = (numerator < 0) != (denominator < 0) && numerator != 0;
    Int n = numerator < 0 ? Int(-numerator) : numerator;
    Int d = denominator < 0 ? Int(-denominator) : denominator;

    // A fraction has a finite decimal form only when its reduced denominator divides a power of ten.
    const Int divisor = boost::multiprecision::gcd(n, d);
    Int reduced = d / divisor;
    int decimalsNeeded = 0;
    while (reduced % radix == 0 || reduced % 2 == 0 || reduced % 5 == 0) {
        if (reduced % radix == 0) {
            reduced /= radix;
        } else if (reduced % 2 == 0) {
            reduced /= 2;
        } else {
            reduced /= 5;
        }
        ++decimalsNeeded;
    }
    if (reduced != 1) {
        // Reduced, so that one value has one text: 1/3, never 100/300.
        return (negative ? QStringLiteral("-") : QString()) + toText(n / divisor) + QLatin1Char('/') +
            toText(d / divisor);
    }
    const int decimals = std::max(decimalsNeeded, minDecimals);
    Int scale = 1;
    for (int i = 0; i < decimals; ++i) {
        scale *= radix;
    }
    const Int scaled = n * scale / d;
    const Int whole = scaled / scale;
    QString fraction = toText(scaled % scale);
    fraction = QString(decimals - fraction.size(), QLatin1Char('0')) + fraction;
    QString result = negative ? QStringLiteral("-") : QString();
    result += toText(whole);
    if (decimals > 0) {
        result += QLatin1Char('.') + fraction;
    }
    return result;
}

} // namespace huisuan::DecimalText
