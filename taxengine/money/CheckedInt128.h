// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>
#include <optional>
#include <type_traits>

namespace huisuan {

/**
 * A whole number with exactly the range and the overflow errors of
 * boost::multiprecision::checked_int128_t (signed magnitude: ±(2^128 − 1); beyond it an operation
 * throws std::overflow_error, it never wraps), kept in a native __int128 whenever it fits.
 *
 * Why: boost's checked type spends calls and a normalisation on every operation, which was most
 * of the time the withholding hot path took. Amounts and rates always fit the native type, where
 * the compiler's overflow builtins check an operation in a few instructions. Anything else (an
 * operand beyond the native range, a result that leaves it, a division by zero) is handed to
 * boost's own type, so every value and every error is boost's, only cheaper in the usual case.
 */
class CheckedInt128
{
public:
    using Boost = boost::multiprecision::checked_int128_t;

    constexpr CheckedInt128() = default;
    template <typename Integer,
              std::enable_if_t<std::is_integral_v<Integer> && sizeof(Integer) <= sizeof(long long), int> = 0>
    CheckedInt128(Integer value)
        : CheckedInt128(static_cast<__int128>(value), 0)
    {
    }
    explicit CheckedInt128(const Boost& value);
    // Member by member on purpose: a trivial copy moves 16-byte blocks, and reading such a block
    // right after its halves were stored one by one defeats store forwarding, a stall on every
    // operation that was most of the withholding hot path.
    CheckedInt128(const CheckedInt128& other)
        : m_low(other.m_low)
        , m_high(other.m_high)
        , m_wideSign(other.m_wideSign)
    {
    }
    CheckedInt128& operator=(const CheckedInt128& other)
    {
        m_low = other.m_low;
        m_high = other.m_high;
        m_wideSign = other.m_wideSign;
        return *this;
    }

    Boost toBoost() const;
    /** The value when it fits 64 bits, for formatting without boost. */
    std::optional<std::int64_t> toInt64() const
    {
        std::uint64_t misfit = 0;
        const std::int64_t value = toInt64(misfit);
        return misfit == 0 ? std::optional<std::int64_t>(value) : std::nullopt;
    }
    /**
     * The low 64 bits, which are the value when it fits them; when it does not, bits are set in
     * misfit. Nothing is cleared there, so that many values are checked with one branch (the
     * withholding fast path reads six amounts a month, see FastFen).
     */
    std::int64_t toInt64(std::uint64_t& misfit) const
    {
        misfit |= static_cast<std::uint64_t>(m_high ^ (low() >> 63)) | static_cast<std::uint8_t>(m_wideSign);
        return low();
    }

    // Sums and differences work on the two halves with their carry rather than on __int128,
    // which GCC assembles through a stack slot. The high half's two steps can both overflow while
    // the result fits (−2^63 − 1 + 1): boost then computes it, exactly, on the slow path.
    friend CheckedInt128 operator+(const CheckedInt128& a, const CheckedInt128& b)
    {
        if (bothNative(a, b)) {
            CheckedInt128 sum;
            const bool carry = __builtin_add_overflow(a.m_low, b.m_low, &sum.m_low);
            const bool overflow = __builtin_add_overflow(a.m_high, b.m_high, &sum.m_high);
            if (!(overflow | __builtin_add_overflow(sum.m_high, std::int64_t(carry), &sum.m_high))) {
                return sum;
            }
        }
        return add(a, b);
    }

    friend CheckedInt128 operator-(const CheckedInt128& a, const CheckedInt128& b)
    {
        if (bothNative(a, b)) {
            CheckedInt128 difference;
            const bool borrow = __builtin_sub_overflow(a.m_low, b.m_low, &difference.m_low);
            const bool overflow = __builtin_sub_overflow(a.m_high, b.m_high, &difference.m_high);
            if (!(overflow | __builtin_sub_overflow(difference.m_high, std::int64_t(borrow), &difference.m_high))) {
                return difference;
            }
        }
        return subtract(a, b);
    }

    friend CheckedInt128 operator*(const CheckedInt128& a, const CheckedInt128& b)
    {
        if (bothNative(a, b)) {
            // Two 64-bit factors cannot overflow 128 bits: one instruction instead of a checked sequence.
            if (a.fitsInt64() && b.fitsInt64()) {
                return CheckedInt128(static_cast<__int128>(a.low()) * b.low(), 0);
            }
            __int128 product;
            if (!__builtin_mul_overflow(a.bits(), b.bits(), &product)) {
                return CheckedInt128(product, 0);
            }
        }
        return multiply(a, b);
    }

    /** Truncates towards zero, as boost and C++ do. */
    friend CheckedInt128 operator/(const CheckedInt128& a, const CheckedInt128& b)
    {
        if (bothNative(a, b) && nativeDivisor(b)) {
            // A 64-bit division is several times cheaper than the 128-bit library call.
            if (a.fitsInt64() && b.fitsInt64()) {
                return CheckedInt128(a.low() / b.low(), 0);
            }
            return CheckedInt128(a.bits() / b.bits(), 0);
        }
        return divide(a, b);
    }

    /** Takes the sign of the dividend, as boost and C++ do. */
    friend CheckedInt128 operator%(const CheckedInt128& a, const CheckedInt128& b)
    {
        if (bothNative(a, b) && nativeDivisor(b)) {
            if (a.fitsInt64() && b.fitsInt64()) {
                return CheckedInt128(a.low() % b.low(), 0);
            }
            return CheckedInt128(a.bits() % b.bits(), 0);
        }
        return remainder(a, b);
    }

    CheckedInt128 operator-() const { return CheckedInt128() - *this; }

    CheckedInt128& operator+=(const CheckedInt128& other) { return *this = *this + other; }
    CheckedInt128& operator-=(const CheckedInt128& other) { return *this = *this - other; }

    friend bool operator==(const CheckedInt128& a, const CheckedInt128& b)
    {
        return bothNative(a, b) ? a.m_high == b.m_high && a.m_low == b.m_low : compareWide(a, b) == 0;
    }
    friend bool operator!=(const CheckedInt128& a, const CheckedInt128& b) { return !(a == b); }
    friend bool operator<(const CheckedInt128& a, const CheckedInt128& b)
    {
        if (bothNative(a, b)) {
            return a.m_high < b.m_high || (a.m_high == b.m_high && a.m_low < b.m_low);
        }
        return compareWide(a, b) < 0;
    }
    friend bool operator>(const CheckedInt128& a, const CheckedInt128& b) { return b < a; }
    friend bool operator<=(const CheckedInt128& a, const CheckedInt128& b) { return !(b < a); }
    friend bool operator>=(const CheckedInt128& a, const CheckedInt128& b) { return !(a < b); }

    /** The greatest common divisor of the magnitudes; gcd(0, 0) is 0, as with boost. */
    friend CheckedInt128 gcd(const CheckedInt128& a, const CheckedInt128& b);

private:
    CheckedInt128(__int128 bits, signed char wideSign)
        : m_low(static_cast<std::uint64_t>(bits))
        , m_high(static_cast<std::int64_t>(bits >> 64))
        , m_wideSign(wideSign)
    {
    }

    __int128 bits() const { return static_cast<__int128>(static_cast<unsigned __int128>(m_high) << 64 | m_low); }
    std::int64_t low() const { return static_cast<std::int64_t>(m_low); }
    bool fitsInt64() const { return m_high == low() >> 63; }

    static bool bothNative(const CheckedInt128& a, const CheckedInt128& b)
    {
        return (a.m_wideSign | b.m_wideSign) == 0;
    }
    // Division by zero throws, and the native minimum divided by −1 leaves the native range: both
    // are boost's to answer.
    static bool nativeDivisor(const CheckedInt128& b) { return b.bits() != 0 && b.bits() != -1; }

    // The rare cases, computed by boost out of line. By value: the copies are then made on the
    // slow path only, and the hot path need not keep its operands in memory for them.
    static int compareWide(CheckedInt128 a, CheckedInt128 b);
    static CheckedInt128 add(CheckedInt128 a, CheckedInt128 b);
    static CheckedInt128 subtract(CheckedInt128 a, CheckedInt128 b);
    static CheckedInt128 multiply(CheckedInt128 a, CheckedInt128 b);
    static CheckedInt128 divide(CheckedInt128 a, CheckedInt128 b);
    static CheckedInt128 remainder(CheckedInt128 a, CheckedInt128 b);

    // When m_wideSign is 0 the value is bits(), two's complement in two halves. Otherwise the value
    // is beyond the native range (2^127 ≤ |value| ≤ 2^128 − 1): its magnitude is bits() read as
    // unsigned, its sign m_wideSign.
    std::uint64_t m_low = 0;
    std::int64_t m_high = 0;
    signed char m_wideSign = 0;
};

} // namespace huisuan
