// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/CheckedInt128.h"

#include <limits>

namespace huisuan {

namespace {

using Unsigned = unsigned __int128;

constexpr __int128 nativeMax = std::numeric_limits<__int128>::max();

} // namespace

CheckedInt128::CheckedInt128(const Boost& value)
{
    if (value >= std::numeric_limits<__int128>::min() && value <= nativeMax) {
        *this = CheckedInt128(static_cast<__int128>(value), 0);
        return;
    }
    // Beyond the native range, yet within boost's: keep the magnitude's bits and the sign.
    const auto magnitude = static_cast<Unsigned>(value < 0 ? Boost(-value) : value);
    *this = CheckedInt128(static_cast<__int128>(magnitude), value < 0 ? -1 : 1);
}

CheckedInt128::Boost CheckedInt128::toBoost() const
{
    if (m_wideSign == 0) {
        return Boost(bits());
    }
    const Boost magnitude(static_cast<Unsigned>(bits()));
    return m_wideSign < 0 ? Boost(-magnitude) : magnitude;
}

int CheckedInt128::compareWide(CheckedInt128 a, CheckedInt128 b)
{
    return a.toBoost().compare(b.toBoost());
}

CheckedInt128 CheckedInt128::add(CheckedInt128 a, CheckedInt128 b)
{
    return CheckedInt128(a.toBoost() + b.toBoost());
}

CheckedInt128 CheckedInt128::subtract(CheckedInt128 a, CheckedInt128 b)
{
    return CheckedInt128(a.toBoost() - b.toBoost());
}

CheckedInt128 CheckedInt128::multiply(CheckedInt128 a, CheckedInt128 b)
{
    return CheckedInt128(a.toBoost() * b.toBoost());
}

CheckedInt128 CheckedInt128::divide(CheckedInt128 a, CheckedInt128 b)
{
    return CheckedInt128(a.toBoost() / b.toBoost());
}

CheckedInt128 CheckedInt128::remainder(CheckedInt128 a, CheckedInt128 b)
{
    return CheckedInt128(a.toBoost() % b.toBoost());
}

CheckedInt128 gcd(const CheckedInt128& a, const CheckedInt128& b)
{
    if (!CheckedInt128::bothNative(a, b)) {
        return CheckedInt128(boost::multiprecision::gcd(a.toBoost(), b.toBoost()));
    }
    // Euclid on the magnitudes, which fit the unsigned type even for the native minimum.
    Unsigned x = a.bits() < 0 ? Unsigned(0) - static_cast<Unsigned>(a.bits()) : static_cast<Unsigned>(a.bits());
    Unsigned y = b.bits() < 0 ? Unsigned(0) - static_cast<Unsigned>(b.bits()) : static_cast<Unsigned>(b.bits());
    while (y != 0) {
        const Unsigned rest = x % y;
        x = y;
        y = rest;
    }
    if (x > static_cast<Unsigned>(nativeMax)) {
        return CheckedInt128(CheckedInt128::Boost(x));
    }
    return CheckedInt128(static_cast<__int128>(x), 0);
}

} // namespace huisuan
