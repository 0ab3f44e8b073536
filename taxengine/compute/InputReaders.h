// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compute/AnnualReturn.h"
#include "compute/PaymentPrepayment.h"
#include "compute/WageWithholding.h"
#include "rules/RulePack.h"

#include "json/JsonValue.h"
#include "json/Problems.h"
#include <optional>

namespace huisuan {

/**
 * Reads one kind's input from JSON exactly as docs/case-format.md (and ../shared/cases/README.md)
 * defines it, and checks it against the tax year's rules: every problem is recorded with its
 * field path, and no input with a problem is ever computed.
 */
template <typename Input>
struct ReadInput
{
    std::optional<Input> input;
    const RulePack* pack = nullptr;
};

ReadInput<WageWithholdingInput> readWageWithholdingInput(const JsonValue& json, Problems& problems);
ReadInput<PaymentPrepaymentInput> readPaymentPrepaymentInput(const JsonValue& json, Problems& problems);
ReadInput<Money> readAnnualBonusInput(const JsonValue& json, Problems& problems);
ReadInput<AnnualReturnInput> readAnnualReturnInput(const JsonValue& json, Problems& problems);

struct IdentifierInput
{
    enum class Type { ResidentId, SocialCreditCode };
    Type type = Type::ResidentId;
    QString value;
};
std::optional<IdentifierInput> readIdentifierInput(const JsonValue& json, Problems& problems);

} // namespace huisuan
