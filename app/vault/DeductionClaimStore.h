// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/DeductionClaim.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QList>

namespace huisuan {

/** Deduction claims per taxpayer and year, in an open vault. Each change is audited. */
class DeductionClaimStore
{
    Q_DECLARE_TR_FUNCTIONS(DeductionClaimStore)

public:
    explicit DeductionClaimStore(Vault& vault);

    /** Adds the claim (id 0) or replaces the stored one with its id; returns the id. */
    [[nodiscard]] VaultResult<qint64> save(const DeductionClaim& claim);
    /** The taxpayer's claims for `taxYear`, in the order they were added. */
    [[nodiscard]] VaultResult<QList<DeductionClaim>> forYear(qint64 profileId, int taxYear);
    /** Withdraws a claim: it is deleted, and the audit log records that it was. */
    [[nodiscard]] VaultStatus remove(qint64 id);

private:
    Vault& m_vault;
};

} // namespace huisuan
