// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"
#include "rules/RulePack.h"

#include <type_traits>

namespace huisuan {

/** The tax a progressive table gives for an amount, before and after rounding to the fen. */
struct TableTax
{
    const Bracket* bracket = nullptr;
    Money tax; // rounded half-up to the fen, never negative
    UnroundedMoney unrounded {Money()};
};

/** The tax of one bracket before and after rounding, in the amount type it was computed with. */
template <typename Amount, typename Unrounded>
struct BracketTax
{
    Unrounded unrounded;
    Amount tax; // rounded half-up to the fen, never negative
};

/**
 * amount × rate − quick deduction, rounded half-up to the fen and not below zero: the formula of
 * every progressive table, written once for Money and for the fast paths' FastFen alike, so that
 * both round the same way.
 */
template <typename Amount, typename RateType>
auto bracketTax(const Amount& amount, const RateType& rate, const Amount& quickDeduction)
{
    const auto unrounded = amount * rate - quickDeduction;
    return BracketTax<Amount, std::decay_t<decltype(unrounded)>> {
        unrounded, max(Amount(), unrounded.round(Rounding::HalfUpToFen))};
}

/**
 * amount × rate − quick deduction, in the bracket that holds the amount (edges scaled by
 * edgeMultiplier, so that an annual bonus is compared with 12 × the monthly edges exactly,
 * 财税〔2018〕164号 第一条). An amount at or below zero owes nothing and reads the first bracket.
 */
TableTax taxFromTable(const RateTable& table, const Money& amount, int edgeMultiplier = 1);

} // namespace huisuan
