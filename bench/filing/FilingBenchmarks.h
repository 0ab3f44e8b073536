// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace huisuan::bench {

inline constexpr char filingSignName[] = "filing/sign";
inline constexpr char filingVerifyName[] = "filing/verify";
inline constexpr char filingBatchName[] = "filing/batch/sign_verify";

/**
 * Registers the signed-filing benchmarks of issue 4, counted in filings, over `returns` synthetic
 * annual returns of `taxYear`: signing an envelope (canonical JSON and SM2-with-SM3), verifying a
 * signed filing as the bureau will (strict parse, canonical check, certificate chain, signature),
 * and `batch` filings signed and verified one after another. Throws std::runtime_error when the
 * CA, the taxpayer's enrolment or a first signed filing cannot be made.
 */
void registerFilingBenchmarks(int returns, int taxYear, int batch);

} // namespace huisuan::bench
