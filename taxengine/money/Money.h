// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Rate.h"
#include "money/Rounding.h"

#include <QString>
#include <boost/multiprecision/cpp_int.hpp>
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

    static Money fromFen(Fen fen);
    /** Parses "123", "123.4" or "123.45", with an optional leading '-'; nothing else. */
    static std::optional<Money> parse(const QString& text);

    Fen fen() const { return m_fen; }
    /** Canonical text: an optional '-', the yuan without leading zeros, a point and two fen digits. */
    QString toString() const;

    bool isZero() const { return m_fen == 0; }
    bool isNegative() const { return m_fen < 0; }

    Money operator+(const Money& other) const { return fromFen(m_fen + other.m_fen); }
    Money operator-(const Money& other) const { return fromFen(m_fen - other.m_fen); }
    Money operator-() const { return fromFen(-m_fen); }
    Money& operator+=(const Money& other);
    Money& operator-=(const Money& other);

    /** Multiplies by a whole count (months, children), which is exact. */
    Money times(int count) const { return fromFen(m_fen * count); }
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
    Fen m_fen = 0;
};

Money max(const Money& a, const Money& b);
Money min(const Money& a, const Money& b);

/**
 * An exact amount that may hold fractions of a fen: the product of Money and a Rate, possibly
 * shifted by whole amounts. It cannot be stored or printed as money until rounded.
 */
class UnroundedMoney
{
public:
    using Int = boost::multiprecision::checked_int128_t;

    UnroundedMoney(Int numeratorFen, Int denominator);
    explicit UnroundedMoney(const Money& money);

    UnroundedMoney operator+(const Money& other) const;
    UnroundedMoney operator-(const Money& other) const;

    /** Rounds to whole fen with the named mode. */
    Money round(Rounding mode) const;
    /** True when no rounding is needed: the value is a whole number of fen. */
    bool isWholeFen() const;
    /** Exact decimal text when the denominator allows it, else "n/d fen". Used in traces. */
    QString toString() const;

    bool isNegative() const { return m_numerator < 0; }

private:
    Int m_numerator; // in fen
    Int m_denominator; // > 0
};

} // namespace huisuan
