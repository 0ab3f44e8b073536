// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

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

    /** An empty draft for `taxYear`: no deductions claimed yet. */
    static ReturnDraft emptyFor(int taxYear)
    {
        return {taxYear,
                QByteArrayLiteral("{\"tax_year\":") + QByteArray::number(taxYear) + '}',
                QStringLiteral("optimal")};
    }
};

} // namespace huisuan
