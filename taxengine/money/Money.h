// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/CheckedInt128.h"
#include "money/Rate.h"
#include "money/Rounding.h"

#include <QString>
#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>
#include <optional>

namespace huisuan {

class UnroundedMoney;

/**
 * An exact amount of yuan, kept as a whole number of fen on a checked 128-bit integer.
 *
 * Overflow throws std::overflow_error instead of wrapping. There is no conversion from or to
 * binary floating point: amounts enter as canonical decimal strings ("1234.50") and leave the
 * same way. Multiplying by a Rate yields an UnroundedMoney, which becomes Money again only
 * through an explicit rounding call that names its mode.
 */
class Money
{
public:
    using Fen = boost::multiprecision::checked_int128_t;

    constexpr Money() = default;

    static Money fromFen(const Fen& fen) { return Money(CheckedInt128(fen)); }
    /** As fromFen, without boost's type: for fast paths on native integers (see FastFen). */
    static Money fromFen64(std::int64_t fen) { return Money(CheckedInt128(fen)); }
    /** Parses "123", "123.4" or "123.45", with an optional leading '-'; nothing else. */
    static std::optional<Money> parse(const QString& text);

    Fen fen() const { return m_fen.toBoost(); }
    /** The fen when they fit 64 bits, as every real amount's do; when they do not, bits are set in
     *  misfit (see CheckedInt128::toInt64). */
    std::int64_t fen64(std::uint64_t& misfit) const { return m_fen.toInt64(misfit); }
    /** Canonical text: an optional '-', the yuan without leading zeros, a point and two fen digits. */
    QString toString() const;

    bool isZero() const { return m_fen == 0; }
    bool isNegative() const { return m_fen < 0; }

    Money operator+(const Money& other) const { return Money(m_fen + other.m_fen); }
    Money operator-(const Money& other) const { return Money(m_fen - other.m_fen); }
    Money operator-() const { return Money(-m_fen); }
    Money& operator+=(const Money& other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    Money& operator-=(const Money& other)
    {
        m_fen -= other.m_fen;
        return *this;
    }

    /** Multiplies by a whole count (months, children), which is exact. */
    Money times(int count) const { return Money(m_fen * count); }
    UnroundedMoney operator*(const Rate& rate) const;
    /** The exact ratio of two amounts; the divisor must not be zero. */
    Rate operator/(const Money& divisor) const;

    // Multiplying two amounts of money has no meaning in tax law; refuse to compile it.
    Money operator*(const Money&) const = delete;

    friend bool operator==(const Money& a, const Money& b) { return a.m_fen == b.m_fen; }
    friend bool operator!=(const Money& a, const Money& b) { return a.m_fen != b.m_fen; }
    friend bool operator<(const Money& a, const Money& b) { return a.m_fen < b.m_fen; }
    friend bool operator<=(const Money& a, const Money& b) { return a.m_fen <= b.m_fen; }
    friend bool operator>(const Money& a, const Money& b) { return a.m_fen > b.m_fen; }
    friend bool operator>=(const Money& a, const Money& b) { return a.m_fen >= b.m_fen; }

private:
    friend class UnroundedMoney;

    explicit Money(const CheckedInt128& fen)
        : m_fen(fen)
    {
    }

    // The public type is boost's checked integer; this one has its range and errors, and is
    // cheaper on the hot paths (see CheckedInt128).
    CheckedInt128 m_fen;
};

inline Money max(const Money& a, const Money& b)
{
    return a < b ? b : a;
}

inline Money min(const Money& a, const Money& b)
{
    return b < a ? b : a;
}

/**
 * An exact amount that may hold fractions of a fen: the product of Money and a Rate, possibly
 * shifted by whole amounts. It cannot be stored or printed as money until rounded.
 */
class UnroundedMoney
{
public:
    using Int = boost::multiprecision::checked_int128_t;

    UnroundedMoney(Int numeratorFen, Int denominator);
    explicit UnroundedMoney(const Money& money)
        : m_numerator(money.m_fen)
    {
    }

    UnroundedMoney operator+(const Money& other) const
    {
        return exact(m_numerator + other.m_fen * m_denominator, m_denominator);
    }
    UnroundedMoney operator-(const Money& other) const
    {
        return exact(m_numerator - other.m_fen * m_denominator, m_denominator);
    }

    /** Rounds to whole fen with the named mode. */
    Money round(Rounding mode) const
    {
        switch (mode) {
        case Rounding::HalfUpToFen: {
            // Half a fen or more rounds away from zero (四舍五入), symmetrically for negative amounts.
            const CheckedInt128 magnitude = m_numerator < 0 ? -m_numerator : m_numerator;
            const CheckedInt128 rounded = (2 * magnitude + m_denominator) / (2 * m_denominator);
            return Money(m_numerator < 0 ? -rounded : rounded);
        }
        }
        throwUnknownRounding();
    }
    /** True when no rounding is needed: the value is a whole number of fen. */
    bool isWholeFen() const;
    /** Exact decimal text in yuan when the denominator allows it, else the reduced fraction of yuan
     *  "n/d" (a third of a fen is "1/300"). Used in traces. */
    QString toString() const;

    bool isNegative() const { return m_numerator < 0; }

private:
    friend class Money;

    UnroundedMoney() = default;
    [[noreturn]] static void throwUnknownRounding();
    /** For a denominator known to be positive: the rate's, or one derived from it. */
    static UnroundedMoney exact(const CheckedInt128& numeratorFen, const CheckedInt128& denominator)
    {
        UnroundedMoney money;
        money.m_numerator = numeratorFen;
        money.m_denominator = denominator;
        return money;
    }

    CheckedInt128 m_numerator; // in fen
    CheckedInt128 m_denominator = 1; // > 0
};

inline UnroundedMoney Money::operator*(const Rate& rate) const
{
    return UnroundedMoney::exact(m_fen * rate.m_numerator, rate.m_denominator);
}

} // namespace huisuan
