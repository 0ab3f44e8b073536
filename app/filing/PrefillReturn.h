// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/BureauAnswers.h"

#include "json/JsonValue.h"
#include <QCoreApplication>

namespace huisuan {

/**
 * The annual-return input made from what payers declared (the prefill) and what only the taxpayer
 * knows (deductions, donations): income by kind summed over the payers' records, and the tax they
 * withheld as `prepaid`. Disputed records are left out: the taxpayer says they are not theirs.
 */
class PrefillReturn
{
    Q_DECLARE_TR_FUNCTIONS(PrefillReturn)

public:
    /**
     * `taxpayerInput` without `income` and `prepaid` (they come from the prefill; the taxpayer
     * adds other income by editing the result), and the prefill of its tax year. Annual bonuses
     * are summed as a separately taxed bonus when one payer declared one; more than one is the
     * taxpayer's to arrange, so it is refused.
     */
    struct Result
    {
        JsonValue input;
        QString problem; // empty when input is complete
    };

    static Result merge(const JsonValue& taxpayerInput, const PrefillAnswer& prefill);
};

} // namespace huisuan
