// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"
#include "session/ReturnDraft.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <utility>

namespace huisuan {

/**
 * The monthly amounts per category that a taxpayer pushes to an employer (issue 6,
 * docs/bureau-api.md §4.3), from the deductions saved in the vault's return draft: the engine
 * computes the draft's special additional deductions for the year, and each claim's amount is
 * divided by the months it covers (its `months`, or `degree_months` for continuing education),
 * rounded half-up to the fen, and summed per category. A claim for a whole year is therefore its
 * monthly standard exactly. Serious illness and a continuing-education certificate are annual
 * amounts with no months: they stay for the annual reconciliation and are named in `leftOut`.
 */
class MonthlyDeductions
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyDeductions)

public:
    struct Result
    {
        QList<std::pair<QString, Money>> monthly; // category, monthly amount, in the engine's order
        QStringList leftOut; // categories claimed that an employer does not deduct monthly
        QString problem; // why the draft could not be read; empty when it was
    };

    static Result fromDraft(const ReturnDraft& draft);
};

} // namespace huisuan
