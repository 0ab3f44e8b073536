// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bureau/BureauTables.h"
#include "vault/Vault.h"

#include <functional>

namespace huisuan {

/**
 * The bureau's data in its own vault (app/vault's Vault: key file, SQLCipher, audit log), reached
 * through VaultAccess as the taxpayer stores are: every write is one transaction that holds its
 * audit entries, so an answer, its effect and its receipt are committed together or not at all.
 */
class BureauStore
{
public:
    explicit BureauStore(Vault& vault)
        : m_vault(vault)
    {
    }

    /** Creates or upgrades the bureau's tables (BureauSchema). */
    VaultStatus prepare();
    /** One transaction: `body`'s failure rolls back everything it wrote. */
    VaultStatus write(const std::function<VaultStatus(BureauTables&)>& body);
    VaultStatus read(const std::function<VaultStatus(BureauTables&)>& body);

private:
    Vault& m_vault;
};

} // namespace huisuan
