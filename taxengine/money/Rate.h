// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/CheckedInt128.h"

#include <QString>
#include <boost/multiprecision/cpp_int.hpp>
#include <optional>

namespace huisuan {

/**
 * An exact rational rate such as 0.03 or 0.70, parsed from a decimal string in a rule pack.
 * Kept as a reduced fraction on checked 128-bit integers, so products stay exact.
 */
class Rate
{
public:
    using Int = boost::multiprecision::checked_int128_t;

    Rate() = default;
    Rate(Int numerator, Int denominator);

    /** Parses "0", "0.03", "1.5" (no sign, no exponent, at most 9 decimals); nothing else. */
    static std::optional<Rate> parse(const QString& text);
    static Rate zero() { return Rate(); }
    static Rate one() { return reduced(1, 1); }

    Int numerator() const { return m_numerator.toBoost(); }
    Int denominator() const { return m_denominator.toBoost(); }

    /** Canonical decimal text with at least two decimals ("0.03", "0.10", "0.245"); a fraction
     *  that has no finite decimal form prints as "n/d". */
    QString toString() const;

    Rate operator*(const Rate& other) const;
    Rate operator-(const Rate& other) const;
    friend bool operator==(const Rate& a, const Rate& b)
    {
        return a.m_numerator == b.m_numerator && a.m_denominator == b.m_denominator;
    }
    friend bool operator!=(const Rate& a, const Rate& b) { return !(a == b); }
    friend bool operator<(const Rate& a, const Rate& b)
    {
        return a.m_numerator * b.m_denominator < b.m_numerator * a.m_denominator;
    }

private:
    friend class Money;

    /** The rate numerator/denominator in lowest terms, the denominator positive. */
    static Rate reduced(CheckedInt128 numerator, CheckedInt128 denominator);

    // Boost's range and errors, cheaper (see CheckedInt128): Money multiplies by rates on hot paths.
    CheckedInt128 m_numerator = 0;
    CheckedInt128 m_denominator = 1;
};

} // namespace huisuan
