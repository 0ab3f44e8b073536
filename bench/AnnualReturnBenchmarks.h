// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace huisuan::bench {

inline constexpr char annualEngineName[] = "annual_return/engine";
inline constexpr char annualEngineTraceName[] = "annual_return/engine_trace";
inline constexpr char annualServiceName[] = "compute_service/annual_return_json";
inline constexpr char annualServiceTraceName[] = "compute_service/annual_return_json_trace";

/**
 * Registers the annual reconciliation benchmarks over a synthetic population of this many
 * returns for one tax year, counted in returns: AnnualReturn::compute with and without a trace,
 * and ComputeService end to end (JSON bytes in, canonical JSON bytes out, as huisuan-cli does).
 */
void registerAnnualReturnBenchmarks(int taxpayers, int taxYear);

} // namespace huisuan::bench
