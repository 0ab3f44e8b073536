// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/RulePack.h"

namespace huisuan::bench {

inline constexpr char wageBaselineName[] = "wage_withholding/baseline_int64";
inline constexpr char wageEngineName[] = "wage_withholding/engine";
inline constexpr char wageEngineTraceName[] = "wage_withholding/engine_trace";

/**
 * Registers the withholding benchmarks over a synthetic company of this many employees, a year
 * each, counted in employee-months. First checks that the engine and the baseline withhold the
 * same amounts to the fen, and aborts when they do not: a faster baseline that computes
 * something else would make the ratio meaningless.
 */
void registerWageWithholdingBenchmarks(const RulePack& pack, int employees);

} // namespace huisuan::bench
