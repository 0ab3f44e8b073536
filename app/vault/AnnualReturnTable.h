// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/AnnualReturnRecord.h"
#include "vault/SqlCipherConnection.h"

namespace huisuan {

/**
 * The statements that store and read one annual return. Internal to app/vault: Vault runs them, and
 * so does the vault benchmark on an unencrypted database, so that both measure the same SQL.
 */
class AnnualReturnTable
{
public:
    /** Inserts `record` stamped `createdAt`, inside the caller's transaction; `id` is its new id. */
    static VaultStatus
    insert(SqlCipherConnection& connection, const AnnualReturnRecord& record, const QString& createdAt, qint64& id);
    /** Reads return `id` whole; `found` false when there is none. */
    static VaultStatus read(SqlCipherConnection& connection, qint64 id, AnnualReturnRecord& record, bool& found);
};

} // namespace huisuan
