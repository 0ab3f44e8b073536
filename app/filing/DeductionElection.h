// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"

#include "json/JsonValue.h"
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace huisuan {

/**
 * A taxpayer's special additional deductions (专项附加扣除) for one employer's withholding in one
 * year, as pushed to the bureau and downloaded by the employer (docs/bureau-api.md §4.3): the
 * monthly amount of each category, in the engine's category names, in that order.
 */
struct DeductionElection
{
    QString electionId;
    QString identityNumber; // the taxpayer's; from the signing certificate when pushed
    QString employerCreditCode;
    int taxYear = 0;
    QList<std::pair<QString, Money>> monthly; // category, monthly amount; each category at most once

    /**
     * The categories an employer deducts month by month, in the annual return's names; serious
     * illness (大病医疗) is claimed only in the annual reconciliation, so it is not among them.
     */
    static const QStringList& categories()
    {
        static const QStringList names {QStringLiteral("children_education"),
                                        QStringLiteral("continuing_education"),
                                        QStringLiteral("elderly_support"),
                                        QStringLiteral("housing_loan_interest"),
                                        QStringLiteral("housing_rent"),
                                        QStringLiteral("infant_care")};
        return names;
    }

    /** The monthly amounts as the canonical JSON object {"category":"amount",...}. */
    JsonValue monthlyJson() const
    {
        JsonValue object = JsonValue::object();
        for (const auto& [category, amount] : monthly) {
            object.insert(category, JsonValue::string(amount.toString()));
        }
        return object;
    }

    /** The sum of the monthly amounts: what the employer deducts each month. */
    Money monthlyTotal() const
    {
        Money total;
        for (const auto& entry : monthly) {
            total += entry.second;
        }
        return total;
    }
};

} // namespace huisuan
