// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace huisuan {

/**
 * The bureau's last answer to the settlement query of an accepted filing (bureau-api.md §8.4), as
 * the bureau worded it: kept so that the overview can say "refund in progress" or "payment due"
 * without asking the bureau each time the home page opens.
 */
struct SettlementRecord
{
    struct Step
    {
        QString at; // ISO 8601 UTC: the start of the bureau's simulated day
        QString state;
    };

    qint64 filingId = 0;
    QString direction; // refund or payment
    QString amount; // canonical yuan: "1800.00"
    QString state; // under_review, treasury, paid, failed; due, paid, overdue
    QString due; // yyyy-MM-dd, the last day to pay; empty for a refund
    QString reason; // why a refund failed; empty otherwise
    QList<Step> history; // oldest first
    QString checkedAt; // ISO 8601 UTC, set by the vault: when the bureau said so
};

} // namespace huisuan
