// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/Rate.h"

#include "money/DecimalText.h"

#include <stdexcept>

namespace huisuan {

Rate::Rate(Int numerator, Int denominator)
    : Rate(reduced(CheckedInt128(numerator), CheckedInt128(denominator)))
{
}

Rate Rate::reduced(CheckedInt128 numerator, CheckedInt128 denominator)
{
    if (denominator == 0) {
        throw std::domain_error("rate with a zero denominator");
    }
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const CheckedInt128 divisor = gcd(numerator, denominator);
    Rate rate;
    rate.m_numerator = divisor > 1 ? numerator / divisor : numerator;
    rate.m_denominator = divisor > 1 ? denominator / divisor : denominator;
    return rate;
}

std::optional<Rate> Rate::parse(const QString& text)
{
    constexpr int maxRateDecimals = 9;
    const auto decimal = DecimalText::parse(text, DecimalText::UnsignedOnly, maxRateDecimals);
    if (!decimal) {
        return std::nullopt;
    }
    return Rate(decimal->scaledValue, decimal->scale);
}

QString Rate::toString() const
{
    return DecimalText::format(m_numerator.toBoost(), m_denominator.toBoost(), 2);
}

Rate Rate::operator*(const Rate& other) const
{
    return reduced(m_numerator * other.m_numerator, m_denominator * other.m_denominator);
}

Rate Rate::operator-(const Rate& other) const
{
    return reduced(m_numerator * other.m_denominator - other.m_numerator * m_denominator,
                   m_denominator * other.m_denominator);
}

} // namespace huisuan
