// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace huisuan {

/** Where one tax year's annual reconciliation stands, as far as the vault alone can tell. */
struct TaxYearOverview
{
    enum class State {
        NotStarted, // no return computed for the year
        Draft, // deductions saved or a return computed, none filed (or every filing rejected or withdrawn)
        AwaitingReceipt, // signed or submitted, the bureau's receipt not yet stored
        Filed, // the bureau accepted a filing
        // RefundInProgress, Paid and PaymentDue need the bureau's settlement query, which a later
        // slice of issue 5 adds; until then an accepted filing stays Filed with its balance.
    };
    /** The sign of the balance of the return the state refers to. */
    enum class Balance { None, Refund, Payment };

    int taxYear = 0;
    State state = State::NotStarted;
    Balance balance = Balance::None;
    QString amount; // canonical decimal ("1480.00"), empty when Balance::None

    bool operator==(const TaxYearOverview& other) const
    {
        return taxYear == other.taxYear && state == other.state && balance == other.balance && amount == other.amount;
    }
};

/**
 * Reads the refund or the amount due from a stored annual return's result JSON (the engine's
 * "refund" and "amount_due" members). Unreadable or zero: Balance::None.
 */
void readBalance(const QByteArray& resultJson, TaxYearOverview& overview);

} // namespace huisuan
