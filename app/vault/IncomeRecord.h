// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/** One item of income in a tax year, with where it came from and whether the taxpayer disputes it. */
struct IncomeRecord
{
    /** Where the record came from: the bureau's prefill, the taxpayer's typing, or a file. */
    enum class Origin { Prefill, Typed, Imported };
    /** A prefilled record the taxpayer does not recognise is disputed, then resolved or rejected. */
    enum class DisputeState { None, Disputed, Resolved, Rejected };

    qint64 id = 0; // assigned by the vault
    qint64 profileId = 0;
    int taxYear = 0;
    QString category; // wages, labor, author, royalty, ... as the engine names them
    QString payer;
    QString amount; // yuan, canonical: "1234.50"
    QString withheld = QStringLiteral("0.00");
    QString month; // "yyyy-MM" within the tax year, empty when unknown
    QString payerCreditCode; // the payer's unified social credit code, empty when unknown
    QString bureauRecordId; // the bureau's id of a prefilled record; empty unless origin is Prefill
    Origin origin = Origin::Typed;
    DisputeState disputeState = DisputeState::None;

    /**
     * Whether the annual return counts this record: not while it is disputed, nor once the bureau
     * agreed it is not the taxpayer's; a rejected dispute counts it again.
     */
    bool countsInReturn() const
    {
        return disputeState != DisputeState::Disputed && disputeState != DisputeState::Resolved;
    }
};

} // namespace huisuan
