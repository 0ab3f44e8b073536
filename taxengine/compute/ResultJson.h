// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compute/AnnualReturn.h"
#include "compute/PaymentPrepayment.h"
#include "compute/WageWithholding.h"
#include "trace/Trace.h"

#include "json/JsonValue.h"

namespace huisuan {

/** The result objects of docs/case-format.md, built from the calculations' results. */
JsonValue wageWithholdingJson(const WageWithholdingResult& result);
JsonValue paymentPrepaymentJson(const PaymentPrepaymentResult& result);
JsonValue annualBonusJson(const Bracket& bracket, const Money& tax);
JsonValue annualReturnJson(const AnnualReturnResult& result);
/** The trace as JSON: an array of lines, in order. */
JsonValue traceJson(const Trace& trace);

} // namespace huisuan
