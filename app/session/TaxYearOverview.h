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
        Filed, // the bureau accepted a filing; it has not yet said where its refund or payment stands
        // The bureau's last settlement answer for the accepted filing, as kept in the vault:
        RefundInProgress, // under review or at the treasury
        RefundFailed, // the treasury could not pay (a closed bank account): the taxpayer must act
        PaymentDue, // tax to pay, before the due date
        PaymentOverdue, // tax to pay, the due date passed
        Paid, // the refund was paid, or the tax due was paid
    };
    /** The sign of the balance of the return the state refers to. */
    enum class Balance { None, Refund, Payment };

    int taxYear = 0;
    State state = State::NotStarted;
    Balance balance = Balance::None;
    QString amount; // canonical decimal ("1480.00"), empty when Balance::None
    /** Whether any return of the year was signed for the bureau: the filings page has something to show. */
    bool hasFilings = false;
    /** Whether a return of the year was computed and kept: the return page has something to show. */
    bool hasReturn = false;

    bool operator==(const TaxYearOverview& other) const
    {
        return taxYear == other.taxYear && state == other.state && balance == other.balance && amount == other.amount &&
            hasFilings == other.hasFilings && hasReturn == other.hasReturn;
    }
};

/**
 * Reads the refund or the amount due from a stored annual return's result JSON (the engine's
 * "refund" and "amount_due" members). Unreadable or zero: Balance::None.
 */
void readBalance(const QByteArray& resultJson, TaxYearOverview& overview);

} // namespace huisuan
