// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/Money.h"

#include "money/DecimalText.h"

#include <iterator>
#include <stdexcept>

namespace huisuan {

namespace {

// A yuan has one hundred fen: a property of the currency, not a tax number.
constexpr int fenPerYuan = 100;
constexpr int moneyDecimals = 2;

} // namespace

std::optional<Money> Money::parse(const QString& text)
{
    const auto decimal = DecimalText::parse(text, DecimalText::SignAllowed, moneyDecimals);
    if (!decimal) {
        return std::nullopt;
    }
    return fromFen(decimal->scaledValue * (fenPerYuan / decimal->scale));
}

QString Money::toString() const
{
    const auto fen = m_fen.toInt64();
    if (!fen) {
        return DecimalText::format(m_fen.toBoost(), fenPerYuan, moneyDecimals);
    }
    // Every real amount fits 64 bits. Printed directly it reads exactly as the general decimal
    // formatter prints it, without that one's trip through boost's strings: traces and results
    // print many amounts.
    constexpr std::uint64_t radix = 10;
    std::uint64_t magnitude = *fen < 0 ? 0 - static_cast<std::uint64_t>(*fen) : static_cast<std::uint64_t>(*fen);
    char digits[32];
    char* first = std::end(digits);
    for (int i = 0; i < moneyDecimals; ++i) {
        *--first = static_cast<char>('0' + magnitude % radix);
        magnitude /= radix;
    }
    *--first = '.';
    do {
        *--first = static_cast<char>('0' + magnitude % radix);
        magnitude /= radix;
    } while (magnitude != 0);
    if (*fen < 0) {
        *--first = '-';
    }
    return QString::fromLatin1(first, std::end(digits) - first);
}

Rate Money::operator/(const Money& divisor) const
{
    if (divisor.isZero()) {
        throw std::domain_error("division of money by zero");
    }
    return Rate::reduced(m_fen, divisor.m_fen);
}

UnroundedMoney::UnroundedMoney(Int numeratorFen, Int denominator)
    : m_numerator(numeratorFen)
    , m_denominator(denominator)
{
    if (m_denominator <= 0) {
        throw std::domain_error("unrounded money needs a positive denominator");
    }
}

void UnroundedMoney::throwUnknownRounding()
{
    throw std::logic_error("unknown rounding mode");
}

bool UnroundedMoney::isWholeFen() const
{
    return m_numerator % m_denominator == 0;
}

QString UnroundedMoney::toString() const
{
    return DecimalText::format(m_numerator.toBoost(), (m_denominator * fenPerYuan).toBoost(), moneyDecimals);
}

const char* roundingName(Rounding mode)
{
    switch (mode) {
    case Rounding::HalfUpToFen:
        return "half-up-to-fen";
    }
    return "unknown";
}

} // namespace huisuan
