// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/SqlCipherConnection.h"

namespace huisuan {

/**
 * The bureau's own tables, in the same SQLCipher database as its vault but outside the taxpayer
 * vault's migrations (VaultSchema): every table is named `bureau_*` and versioned in the row of
 * `bureau_schema`, never in PRAGMA user_version, which belongs to VaultSchema. A taxpayer vault never
 * holds them; the bureau's vault holds both, and the vault's own migrations never touch these.
 */
class BureauSchema
{
public:
    static constexpr int currentVersion = 2;

    /** 0 for a vault without the bureau's tables. */
    static int version(SqlCipherConnection& connection);
    /** Brings the tables up to currentVersion; run inside the caller's transaction. */
    static VaultStatus migrate(SqlCipherConnection& connection);
};

} // namespace huisuan
