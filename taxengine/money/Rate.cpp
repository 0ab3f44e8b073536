// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/Rate.h"

#include "money/DecimalText.h"

#include <boost/integer/common_factor_rt.hpp>
#include <stdexcept>

namespace huisuan {

Rate::Rate(Int numerator, Int denominator)
{
    if (denominator == 0) {
        throw std::domain_error("rate with a zero denominator");
    }
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int divisor = boost::multiprecision::gcd(numerator < 0 ? Int(-numerator) : numerator, denominator);
    m_numerator = divisor > 1 ? Int(numerator / divisor) : numerator;
    m_denominator = divisor > 1 ? Int(denominator / divisor) : denominator;
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
    return DecimalText::format(m_numerator, m_denominator, 2);
}

Rate Rate::operator*(const Rate& other) const
{
    return Rate(m_numerator * other.m_numerator, m_denominator * other.m_denominator);
}

Rate Rate::operator-(const Rate& other) const
{
    return Rate(m_numerator * other.m_denominator - other.m_numerator * m_denominator,
                m_denominator * other.m_denominator);
}

} // namespace huisuan
