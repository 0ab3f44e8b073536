// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BureauDeductions.h"
#include "batch/EmployeeStatement.h"
#include "vault/CompanyWorkspaceStore.h"

#include <QCoreApplication>
#include <functional>

namespace huisuan {

/**
 * Reads employees' annual statements from the vault, from the same stored payroll and results as
 * the monthly declaration. One employee at a time, so that a company of 100 000 employees is
 * written without holding its year in memory. Synchronous, like BatchService.
 */
class AnnualStatements
{
    Q_DECLARE_TR_FUNCTIONS(AnnualStatements)

public:
    explicit AnnualStatements(Vault& vault);

    /** The statement of the employee with `identityNumber` on the workspace's roster. */
    [[nodiscard]] VaultResult<EmployeeStatement>
    of(const CompanyWorkspace& workspace, const QString& identityNumber, int taxYear);
    /**
     * Hands every employee paid in `taxYear` to `each`, in roster order, until `each` returns
     * false; a failure of the vault (or a month not computed) ends it too, and is returned.
     */
    [[nodiscard]] VaultStatus
    forEach(const CompanyWorkspace& workspace, int taxYear, const std::function<bool(const EmployeeStatement&)>& each);

private:
    VaultResult<EmployeeStatement> statementOf(const CompanyWorkspace& workspace,
                                               const Employee& employee,
                                               int taxYear,
                                               const BureauDeductions& bureau);

    Vault& m_vault;

    CompanyWorkspaceStore m_store;
};

} // namespace huisuan
