// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace huisuan {

/** Where the refund or the payment of an accepted filing stands, as the bureau last said. */
struct SettlementRow
{
    enum class Direction { Refund, Payment };
    /** Refund: UnderReview → Treasury → Paid, or Failed. Payment: Due → Paid, or Overdue. */
    enum class State { Unknown, UnderReview, Treasury, Paid, Failed, Due, Overdue };

    struct Step
    {
        QDateTime at;
        State state = State::Unknown;
    };

    QString submissionId;
    Direction direction = Direction::Refund;
    QString amount; // canonical yuan: "1800.00"
    State state = State::Unknown;
    QDate due; // the last day to pay; null for a refund
    QString reason; // the bureau's code for a failed refund (bank_account_closed); empty otherwise
    QList<Step> history; // oldest first
    QDateTime checkedAt; // when the bureau said so

    bool isKnown() const { return state != State::Unknown; }
};

} // namespace huisuan
