// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace huisuan {

/**
 * What only the taxpayer knows of a year's annual return, as plain data for the GUI: the
 * engine's annual-return input without `income` and `prepaid` (those come from the income
 * records), and how the annual bonus is to be taxed.
 */
struct ReturnDraft
{
    int taxYear = 0;
    /** A JSON object in the engine's annual-return grammar (../shared/cases/README.md), with `tax_year`. */
    QByteArray taxpayerPart;
    QString bonusMethod = QStringLiteral("optimal"); // separate, combined or optimal
    /**
     * Whom the per-person claims name, which the engine's grammar does not carry: per array of
     * `special_additional_deductions` ("children_education", "infant_care", "serious_illness"),
     * the identity numbers of the family members its entries are for, in order.
     */
    QMap<QString, QStringList> claimants;

    /** An empty draft for `taxYear`: no deductions claimed yet. */
    static ReturnDraft emptyFor(int taxYear)
    {
        return {taxYear,
                QByteArrayLiteral("{\"tax_year\":") + QByteArray::number(taxYear) + '}',
                QStringLiteral("optimal"),
                {}};
    }
};

} // namespace huisuan
