// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"
#include "rules/RulePack.h"

namespace huisuan {

/** The tax a progressive table gives for an amount, before and after rounding to the fen. */
struct TableTax
{
    const Bracket* bracket = nullptr;
    Money tax; // rounded half-up to the fen, never negative
    UnroundedMoney unrounded {Money()};
};

/**
 * amount × rate − quick deduction, in the bracket that holds the amount (edges scaled by
 * edgeMultiplier, so that an annual bonus is compared with 12 × the monthly edges exactly,
 * 财税〔2018〕164号 第一条). An amount at or below zero owes nothing and reads the first bracket.
 */
TableTax taxFromTable(const RateTable& table, const Money& amount, int edgeMultiplier = 1);

} // namespace huisuan
