// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/SettlementSchedule.h"

namespace huisuan {

Settlement
SettlementSchedule::at(const Money& balance, qint64 acceptedDay, qint64 today, bool refundFails, bool leavesUnpaid)
{
    Settlement settlement;
    QList<SettlementEvent> steps;
    if (balance.isNegative()) {
        settlement.direction = QStringLiteral("refund");
        settlement.amount = -balance;
        steps = {
            {QStringLiteral("under_review"), acceptedDay},
            {QStringLiteral("treasury"), acceptedDay + reviewDays},
            {refundFails ? QStringLiteral("failed") : QStringLiteral("paid"), acceptedDay + reviewDays + treasuryDays}};
    } else {
        settlement.direction = QStringLiteral("payment");
        settlement.amount = balance;
        settlement.dueDay = acceptedDay + deadlineDays;
        steps = {{QStringLiteral("due"), acceptedDay},
                 leavesUnpaid ? SettlementEvent {QStringLiteral("overdue"), settlement.dueDay + 1}
                              : SettlementEvent {QStringLiteral("paid"), acceptedDay + paymentDays}};
    }
    for (const SettlementEvent& step : steps) {
        if (step.day <= today || settlement.history.isEmpty()) {
            settlement.history.append(step);
        }
    }
    settlement.state = settlement.history.last().state;
    if (settlement.state == QLatin1String("failed")) {
        settlement.reason = bankAccountClosed();
    }
    return settlement;
}

} // namespace huisuan
