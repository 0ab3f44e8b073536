// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/BureauDeduction.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QList>

namespace huisuan {

/** The deductions a workspace downloaded from the bureau, per employee and year. Each change is audited. */
class BureauDeductionStore
{
    Q_DECLARE_TR_FUNCTIONS(BureauDeductionStore)

public:
    explicit BureauDeductionStore(Vault& vault);

    /** Replaces the workspace's deductions of `taxYear` with a new download, in one transaction. */
    [[nodiscard]] VaultStatus replaceYear(qint64 workspaceId, int taxYear, const QList<BureauDeduction>& deductions);
    /** The workspace's deductions of `taxYear`, by identity number. */
    [[nodiscard]] VaultResult<QList<BureauDeduction>> forYear(qint64 workspaceId, int taxYear);

private:
    Vault& m_vault;
};

} // namespace huisuan
