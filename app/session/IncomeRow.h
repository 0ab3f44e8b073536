// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace huisuan {

/** One income record of a tax year, as plain data for the GUI's income table. */
struct IncomeRow
{
    /** Where the record came from: the bureau's prefill, the taxpayer's typing, or a file. */
    enum class Origin { Prefill, Typed, Imported };

    qint64 id = 0; // the vault's id of the record: what updateIncome, removeIncome and disputeIncome name
    QString month; // "yyyy-MM", empty when unknown
    QString payer;
    QString payerCreditCode; // empty when unknown
    QString category; // wages, labor, author, royalty, ... as the engine names them
    QString amount; // canonical yuan: "12000.00"
    QString withheld; // canonical yuan
    Origin origin = Origin::Typed;
    bool disputed = false; // disputed and not yet settled by the bureau
    bool countsInReturn = true; // false while disputed and once the bureau agreed it is not the taxpayer's
};

} // namespace huisuan
