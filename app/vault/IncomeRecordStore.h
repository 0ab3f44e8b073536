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

private:
    Vault& m_vault;
};

} // namespace huisuan
