// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/SqlCipherConnection.h"

#include <functional>

namespace huisuan {

/**
 * The vault's tables, versioned in PRAGMA user_version. Each version is one migration from the one
 * before, run in a transaction; a vault is created by migrating an empty database, so the path
 * every user's vault takes is the path the tests take.
 */
class VaultSchema
{
    Q_DECLARE_TR_FUNCTIONS(VaultSchema)

public:
    static constexpr int currentVersion = 10;
    /** The version from which the audit log keeps an authenticated head (AuditLog::sealHead). */
    static constexpr int auditHeadVersion = 5;

    static int version(SqlCipherConnection& connection);
    /**
     * Migrates from the database's version up to `target` (current, or older for tests). After each
     * step's SQL, `completeStep` runs with the new version inside the same transaction, for the work
     * a migration needs keys for.
     */
    static VaultStatus migrate(SqlCipherConnection& connection,
                               int target = currentVersion,
                               const std::function<VaultStatus(int version)>& completeStep = {});
};

} // namespace huisuan
