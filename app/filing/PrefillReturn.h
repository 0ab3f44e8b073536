// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/BureauAnswers.h"
#include "vault/IncomeRecord.h"

#include "json/JsonValue.h"
#include <QCoreApplication>
#include <QList>

namespace huisuan {

/**
 * The annual-return input made from the year's income records (what payers declared, the
 * prefill, and what the taxpayer typed) and what only the taxpayer knows (deductions,
 * donations): income by kind summed over the records, and the tax withheld on them as
 * `prepaid`. Disputed records are left out: the taxpayer says they are not theirs.
 */
class PrefillReturn
{
    Q_DECLARE_TR_FUNCTIONS(PrefillReturn)

public:
    /**
     * `taxpayerInput` without `income` and `prepaid` (they come from the records). Annual
     * bonuses are summed as one annual bonus taxed by `bonusMethod` (separate, combined or
     * optimal) when one record holds one; more than one is the taxpayer's to arrange, so it is
     * refused.
     */
    struct Result
    {
        JsonValue input;
        QString problem; // empty when input is complete
    };
    static Result merge(const JsonValue& taxpayerInput, const PrefillAnswer& prefill);
    /** The same from the vault's records of `taxYear`; a record whose amount is not money is refused. */
    static Result fromIncomeRecords(const JsonValue& taxpayerInput,
                                    int taxYear,
                                    const QList<IncomeRecord>& records,
                                    const QString& bonusMethod = QStringLiteral("optimal"));

private:
    struct Item
    {
        QString category;
        Money income;
        Money withheld;
    };
    static Result
    assemble(const JsonValue& taxpayerInput, int taxYear, const QList<Item>& items, const QString& bonusMethod);
};

} // namespace huisuan
