// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <boost/multiprecision/cpp_int.hpp>
#include <optional>

namespace huisuan::DecimalText {

using Int = boost::multiprecision::checked_int128_t;

enum Sign { UnsignedOnly, SignAllowed };

struct Parsed
{
    Int scaledValue; // the digits without the point, as an integer
    Int scale; // 10^(number of decimals)
    int decimals = 0;
};

/**
 * Parses plain decimal text: an optional '-' (when allowed), digits without superfluous
 * leading zeros, and at most maxDecimals digits after a point. No exponent, no '+', no
 * grouping, no spaces; at most 24 digits before the point so the value cannot overflow.
 */
std::optional<Parsed> parse(const QString& text, Sign sign, int maxDecimals);

/**
 * Exact decimal text of numerator/denominator with at least minDecimals decimals, and more
 * only when needed. A fraction with no finite decimal form prints reduced, as "numerator/denominator".
 */
QString format(Int numerator, Int denominator, int minDecimals);

} // namespace huisuan::DecimalText
