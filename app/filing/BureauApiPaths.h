// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

namespace huisuan::BureauApiPaths {

// The endpoints of docs/bureau-api.md, in one place for the client and the sandbox bureau.
inline constexpr QLatin1String enrolments("/v1/enrolments");
inline constexpr QLatin1String withholdingDeclarations("/v1/withholding-declarations");
inline constexpr QLatin1String prefill("/v1/prefill");
inline constexpr QLatin1String filings("/v1/filings");
inline constexpr QLatin1String filingStatus("/v1/filings/status");
inline constexpr QLatin1String withdrawals("/v1/withdrawals");
inline constexpr QLatin1String settlementStatus("/v1/settlements/status");
inline constexpr QLatin1String incomeDisputes("/v1/income-disputes");
inline constexpr QLatin1String deductionElections("/v1/deduction-elections");
inline constexpr QLatin1String deductionElectionDownload("/v1/deduction-elections/download");
/** Sandbox only, with huisuan-bureau --sandbox-controls. */
inline constexpr QLatin1String sandboxAdvance("/v1/sandbox/advance");

} // namespace huisuan::BureauApiPaths
