// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/SettlementRecord.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <optional>

namespace huisuan {

/**
 * The last settlement answer of each filing in an open vault. Only the newest answer is kept: the
 * bureau's answer carries its own history, and an older answer says nothing the newer one does not.
 */
class SettlementStore
{
    Q_DECLARE_TR_FUNCTIONS(SettlementStore)

public:
    explicit SettlementStore(Vault& vault);

    /** Keeps `settlement` as the last answer for its filing, replacing the one before; audited. */
    [[nodiscard]] VaultStatus save(const SettlementRecord& settlement);
    /** The last answer kept for the filing; none when the bureau was never asked or had none. */
    [[nodiscard]] VaultResult<std::optional<SettlementRecord>> forFiling(qint64 filingId);

private:
    Vault& m_vault;
};

} // namespace huisuan
