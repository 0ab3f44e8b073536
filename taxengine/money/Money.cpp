// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/Money.h"

#include "money/DecimalText.h"

#include <stdexcept>

namespace huisuan {

namespace {

// A yuan has one hundred fen: a property of the currency, not a tax number.
constexpr int fenPerYuan = 100;
constexpr int moneyDecimals = 2;

} // namespace

Money Money::fromFen(Fen fen)
{
    Money money;
    money.m_fen = fen;
    return money;
}

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
    return DecimalText::format(m_fen, fenPerYuan, moneyDecimals);
}

Money& Money::operator+=(const Money& other)
{
    m_fen += other.m_fen;
    return *this;
}

Money& Money::operator-=(const Money& other)
{
    m_fen -= other.m_fen;
    return *this;
}

UnroundedMoney Money::operator*(const Rate& rate) const
{
    return UnroundedMoney(m_fen * rate.numerator(), rate.denominator());
}

Rate Money::operator/(const Money& divisor) const
{
    if (divisor.isZero()) {
        throw std::domain_error("division of money by zero");
    }
    return Rate(m_fen, divisor.m_fen);
}

Money max(const Money& a, const Money& b)
{
    return a < b ? b : a;
}

Money min(const Money& a, const Money& b)
{
    return b < a ? b : a;
}

UnroundedMoney::UnroundedMoney(Int numeratorFen, Int denominator)
    : m_numerator(std::move(numeratorFen))
    , m_denominator(std::move(denominator))
{
    if (m_denominator <= 0) {
        throw std::domain_error("unrounded money needs a positive denominator");
    }
}

UnroundedMoney::UnroundedMoney(const Money& money)
    : m_numerator(money.fen())
    , m_denominator(1)
{
}

UnroundedMoney UnroundedMoney::operator+(const Money& other) const
{
    return UnroundedMoney(m_numerator + other.fen() * m_denominator, m_denominator);
}

UnroundedMoney UnroundedMoney::operator-(const Money& other) const
{
    return UnroundedMoney(m_numerator - other.fen() * m_denominator, m_denominator);
}

Money UnroundedMoney::round(Rounding mode) const
{
    switch (mode) {
    case Rounding::HalfUpToFen: {
        // Half a fen or more rounds away from zero (四舍五入), symmetrically for negative amounts.
        const Int magnitude = m_numerator < 0 ? Int(-m_numerator) : m_numerator;
        const Int rounded = (2 * magnitude + m_denominator) / (2 * m_denominator);
        return Money::fromFen(m_numerator < 0 ? Int(-rounded) : rounded);
    }
    }
    throw std::logic_error("unknown rounding mode");
}

bool UnroundedMoney::isWholeFen() const
{
    return m_numerator % m_denominator == 0;
}

QString UnroundedMoney::toString() const
{
    return DecimalText::format(m_numerator, m_denominator * fenPerYuan, moneyDecimals);
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
