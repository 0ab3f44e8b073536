// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/IncomeRecord.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QList>

namespace huisuan {

/** Income records per taxpayer and year, in an open vault. Each change is audited. */
class IncomeRecordStore
{
    Q_DECLARE_TR_FUNCTIONS(IncomeRecordStore)

public:
    explicit IncomeRecordStore(Vault& vault);

    /** Adds the record (id 0) or replaces the stored one with its id; returns the id. */
    [[nodiscard]] VaultResult<qint64> save(const IncomeRecord& record);
    /** The taxpayer's records of `taxYear`, in the order they were added. */
    [[nodiscard]] VaultResult<QList<IncomeRecord>> forYear(qint64 profileId, int taxYear);
    [[nodiscard]] VaultStatus setDisputeState(qint64 id, IncomeRecord::DisputeState state);
    /** Removes the record; the audit log keeps that it was removed. */
    [[nodiscard]] VaultStatus remove(qint64 id);
    /** The id of the taxpayer's record with the bureau's record id `bureauRecordId`, or 0 when none has it. */
    [[nodiscard]] VaultResult<qint64> idOfBureauRecord(qint64 profileId, const QString& bureauRecordId);
    /**
     * Makes the taxpayer's prefilled records of `taxYear` those the bureau sent, in one transaction:
     * a record whose bureauRecordId is new is added, one already stored is updated where it changed
     * (keeping its dispute state, which only setDisputeState changes), and a prefilled record the
     * bureau no longer sends is removed, unless the taxpayer disputed it: that one stays as the
     * evidence of the dispute. Typed and imported records are never touched.
     *
     * Each record must be of `profileId` and `taxYear`, of origin Prefill, with a bureauRecordId
     * that appears once in `records`; its id is not read, since records are matched by
     * bureauRecordId. If any record is refused, nothing changes.
     */
    [[nodiscard]] VaultStatus replacePrefill(qint64 profileId, int taxYear, const QList<IncomeRecord>& records);

private:
    Vault& m_vault;
};

} // namespace huisuan
