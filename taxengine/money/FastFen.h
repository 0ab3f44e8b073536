// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"
#include "money/Rate.h"
#include "money/Rounding.h"

#include <cstdint>
#include <limits>
#include <optional>

namespace huisuan {

/**
 * Thrown by FastFen, FastRate and FastUnroundedFen when a result leaves 64 bits. It is no error of
 * the computation: the caller catches it and computes again from scratch with Money, exactly.
 */
struct FastPathOverflow
{
};

class FastRate;
class FastUnroundedFen;

/**
 * An amount in fen on a plain 64-bit integer, with Money's operations and none of its range: every
 * operation checks for overflow and throws FastPathOverflow rather than wrap.
 *
 * Why: every real amount fits 64 bits, and on them the checked 128-bit Money spends most of a hot
 * loop's time on its upper halves. A calculation written once as a template over the amount type
 * runs on FastFen first and on Money when FastFen throws, so its results are always Money's.
 */
class FastFen
{
public:
    constexpr FastFen() = default;

    /** The amount, or FastPathOverflow when its fen do not fit 64 bits. */
    static FastFen of(const Money& money)
    {
        std::uint64_t misfit = 0;
        const FastFen fast = of(money, misfit);
        if (misfit != 0) {
            overflow();
        }
        return fast;
    }
    /** The amount, setting bits in misfit when its fen do not fit 64 bits (the amount is then
     *  meaningless): so that many amounts are checked with one branch. */
    static FastFen of(const Money& money, std::uint64_t& misfit) { return FastFen(money.fen64(misfit)); }
    /** An edge that no amount exceeds: the open top of a rate table. */
    static constexpr FastFen unbounded() { return FastFen(std::numeric_limits<std::int64_t>::max()); }

    Money toMoney() const { return Money::fromFen64(m_fen); }

    FastFen operator+(FastFen other) const
    {
        FastFen sum;
        if (__builtin_add_overflow(m_fen, other.m_fen, &sum.m_fen)) {
            overflow();
        }
        return sum;
    }
    FastFen operator-(FastFen other) const
    {
        FastFen difference;
        if (__builtin_sub_overflow(m_fen, other.m_fen, &difference.m_fen)) {
            overflow();
        }
        return difference;
    }
    FastFen& operator+=(FastFen other) { return *this = *this + other; }

    /** Multiplies by a whole count (months, children), as Money::times. */
    FastFen times(int count) const
    {
        FastFen product;
        if (__builtin_mul_overflow(m_fen, std::int64_t(count), &product.m_fen)) {
            overflow();
        }
        return product;
    }
    inline FastUnroundedFen operator*(const FastRate& rate) const;

    friend bool operator<(FastFen a, FastFen b) { return a.m_fen < b.m_fen; }
    friend bool operator<=(FastFen a, FastFen b) { return a.m_fen <= b.m_fen; }
    friend bool operator>(FastFen a, FastFen b) { return a.m_fen > b.m_fen; }
    friend FastFen max(FastFen a, FastFen b) { return a < b ? b : a; }

    // Out of line and cold, so that the checks cost the hot path one branch that is never taken.
    [[noreturn, gnu::cold, gnu::noinline]] static void overflow() { throw FastPathOverflow(); }

private:
    friend class FastUnroundedFen;

    constexpr explicit FastFen(std::int64_t fen)
        : m_fen(fen)
    {
    }

    std::int64_t m_fen = 0;
};

/**
 * Division of a non-negative 64-bit integer by a divisor of at least 2 fixed in advance, by a
 * multiplication and a shift. With ℓ = ⌈log2 d⌉ and the rounded-up reciprocal
 * m = ⌈2^(63+ℓ) / d⌉, which is below 2^64, ⌊n·m / 2^(63+ℓ)⌋ = ⌊n / d⌋ for every 0 ≤ n < 2^63:
 * m·d = 2^(63+ℓ) + e with 0 ≤ e < d ≤ 2^ℓ, so n·m / 2^(63+ℓ) exceeds n / d by less than
 * 2^63·2^ℓ / (d·2^(63+ℓ)) = 1/d, too little to reach the next whole number (Granlund and
 * Montgomery, “Division by invariant integers using multiplication”, 1994). As ℓ ≥ 1, the shift
 * is the upper half of the product shifted by ℓ − 1. Why: the hardware division was a quarter of
 * the withholding hot path.
 */
class FastDivisor
{
public:
    /** For 2 ≤ divisor < 2^63. */
    explicit FastDivisor(std::int64_t divisor)
    {
        using Unsigned = unsigned __int128;
        int ceilingLog2 = 1;
        while ((Unsigned(1) << ceilingLog2) < Unsigned(divisor)) {
            ++ceilingLog2;
        }
        m_multiplier = static_cast<std::uint64_t>(((Unsigned(1) << (63 + ceilingLog2)) + Unsigned(divisor) - 1) /
                                                  Unsigned(divisor));
        m_shift = ceilingLog2 - 1;
    }

    /** ⌊dividend / divisor⌋ for 0 ≤ dividend. */
    std::int64_t divide(std::int64_t dividend) const
    {
        using Unsigned = unsigned __int128;
        const auto upperHalf =
            static_cast<std::uint64_t>(Unsigned(static_cast<std::uint64_t>(dividend)) * m_multiplier >> 64);
        return static_cast<std::int64_t>(upperHalf >> m_shift);
    }

private:
    std::uint64_t m_multiplier;
    int m_shift;
};

/** A Rate whose numerator and denominator both fit 64 bits, for multiplying FastFen. */
class FastRate
{
public:
    FastRate() = default;

    /** The rate, or nothing when its terms do not fit 64 bits. */
    static std::optional<FastRate> of(const Rate& rate)
    {
        constexpr std::int64_t low = std::numeric_limits<std::int64_t>::min();
        constexpr std::int64_t high = std::numeric_limits<std::int64_t>::max();
        const Rate::Int numerator = rate.numerator();
        const Rate::Int denominator = rate.denominator();
        if (numerator < low || numerator > high || denominator > high) {
            return std::nullopt;
        }
        FastRate fast;
        fast.m_numerator = static_cast<std::int64_t>(numerator);
        fast.m_denominator = static_cast<std::int64_t>(denominator);
        // Rounding half-up divides by twice the denominator (FastUnroundedFen::round).
        std::int64_t twiceDenominator;
        if (__builtin_mul_overflow(fast.m_denominator, std::int64_t(2), &twiceDenominator)) {
            return std::nullopt;
        }
        fast.m_byTwiceDenominator = FastDivisor(twiceDenominator);
        return fast;
    }

private:
    friend class FastFen;
    friend class FastUnroundedFen;

    std::int64_t m_numerator = 0;
    std::int64_t m_denominator = 1; // > 0, as Rate's
    FastDivisor m_byTwiceDenominator {2};
};

/** FastFen × FastRate, possibly shifted by whole amounts: UnroundedMoney on 64 bits. */
class FastUnroundedFen
{
public:
    FastUnroundedFen operator-(FastFen other) const
    {
        std::int64_t shift;
        FastUnroundedFen difference = *this;
        if (__builtin_mul_overflow(other.m_fen, m_rate->m_denominator, &shift) ||
            __builtin_sub_overflow(m_numerator, shift, &difference.m_numerator)) {
            FastFen::overflow();
        }
        return difference;
    }

    /** Rounds to whole fen with the named mode, as UnroundedMoney::round does. */
    FastFen round(Rounding mode) const
    {
        switch (mode) {
        case Rounding::HalfUpToFen: {
            // Half a fen or more rounds away from zero: (2|n| + d) / 2d. Doubling first checks the
            // one numerator whose magnitude does not fit (the minimum), and leaves one that does.
            std::int64_t doubled;
            std::int64_t dividend;
            if (__builtin_mul_overflow(m_numerator, std::int64_t(2), &doubled) ||
                __builtin_add_overflow(doubled < 0 ? -doubled : doubled, m_rate->m_denominator, &dividend)) {
                FastFen::overflow();
            }
            const std::int64_t rounded = m_rate->m_byTwiceDenominator.divide(dividend);
            return FastFen(m_numerator < 0 ? -rounded : rounded);
        }
        }
        // A mode this type does not know is the exact path's to refuse.
        FastFen::overflow();
    }

private:
    friend class FastFen;

    FastUnroundedFen(std::int64_t numeratorFen, const FastRate& rate)
        : m_numerator(numeratorFen)
        , m_rate(&rate)
    {
    }

    std::int64_t m_numerator; // in fen, over the rate's denominator
    const FastRate* m_rate; // the factor: a rate of a prepared table, which outlives this value
};

inline FastUnroundedFen FastFen::operator*(const FastRate& rate) const
{
    std::int64_t product;
    if (__builtin_mul_overflow(m_fen, rate.m_numerator, &product)) {
        overflow();
    }
    return FastUnroundedFen(product, rate);
}

} // namespace huisuan
