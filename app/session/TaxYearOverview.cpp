// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/TaxYearOverview.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace huisuan {

namespace {

/** A canonical money text that is more than zero ("0.00" and "" are not). */
bool isPositive(const QString& amount)
{
    if (amount.isEmpty() || amount.startsWith(QLatin1Char('-'))) {
        return false;
    }
    for (const QChar digit : amount) {
        if (digit != QLatin1Char('0') && digit != QLatin1Char('.')) {
            return true;
        }
    }
    return false;
}

} // namespace

void readBalance(const QByteArray& resultJson, TaxYearOverview& overview)
{
    // Only two strings are read, for display: the vault stored the engine's canonical JSON, and the
    // numbers stay text so that no double touches an amount.
    const QJsonObject result = QJsonDocument::fromJson(resultJson).object();
    const QString refund = result.value(QStringLiteral("refund")).toString();
    const QString amountDue = result.value(QStringLiteral("amount_due")).toString();
    if (isPositive(refund)) {
        overview.balance = TaxYearOverview::Balance::Refund;
        overview.amount = refund;
    } else if (isPositive(amountDue)) {
        overview.balance = TaxYearOverview::Balance::Payment;
        overview.amount = amountDue;
    } else {
        overview.balance = TaxYearOverview::Balance::None;
        overview.amount.clear();
    }
}

} // namespace huisuan
