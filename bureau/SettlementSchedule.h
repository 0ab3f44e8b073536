// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"

#include <QList>
#include <QString>

namespace huisuan {

/** One state a settlement entered, on a simulated day. */
struct SettlementEvent
{
    QString state;
    qint64 day = 0;
};

/** A refund or a payment as it stands on one simulated day (docs/bureau-api.md §8.4). */
struct Settlement
{
    QString direction; // "refund" or "payment"
    Money amount;
    QString state;
    QString reason; // why a refund failed; empty otherwise
    qint64 dueDay = -1; // a payment's deadline: the last day on which paying is in time
    QList<SettlementEvent> history;
};

/**
 * How the sandbox moves money, a pure function of the accepted filing's balance, the day it was
 * accepted and today. Deterministic, so tests advance the simulated clock and know the state:
 *
 * - a refund (balance < 0) is under_review on the day of acceptance, treasury `reviewDays` later
 *   and paid `reviewDays + treasuryDays` later, or failed on that day when the taxpayer is listed
 *   in `--refund-failure` (reason bank_account_closed);
 * - a payment (balance > 0) is due, with the deadline `deadlineDays` after acceptance, and paid
 *   `paymentDays` after acceptance, unless the taxpayer is listed in `--unpaid`, in which case it
 *   turns overdue the day after the deadline.
 */
class SettlementSchedule
{
public:
    static constexpr qint64 reviewDays = 2;
    static constexpr qint64 treasuryDays = 3;
    static constexpr qint64 paymentDays = 10;
    static constexpr qint64 deadlineDays = 30;

    static QString bankAccountClosed() { return QStringLiteral("bank_account_closed"); }

    /** Nothing to settle for a zero balance: the caller answers that there is no settlement. */
    static Settlement at(const Money& balance, qint64 acceptedDay, qint64 today, bool refundFails, bool leavesUnpaid);
};

} // namespace huisuan
