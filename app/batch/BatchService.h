// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/DeclarationLine.h"
#include "tabular/TabularSheet.h"
#include "vault/CompanyWorkspaceStore.h"

#include <QCoreApplication>
#include <optional>

namespace huisuan {

/**
 * An accountant's batch work on an open vault (issue 6): client company workspaces, roster and
 * payroll import, the year's cumulative withholding for every employee, and the monthly
 * declaration. Nothing is stored from an import with any problem. Synchronous: huisuan-cli calls it
 * directly, the desktop app on DesktopSession's worker thread.
 */
class BatchService
{
    Q_DECLARE_TR_FUNCTIONS(BatchService)

public:
    explicit BatchService(Vault& vault);

    struct ImportOutcome
    {
        VaultStatus status; // a failure of the vault; problems are the file's
        QList<TabularProblem> problems; // when any, nothing was stored
        QList<int> monthsAlreadyImported; // when any and not replacing, nothing was stored
        int stored = 0; // employees or payroll months saved

        bool ok() const { return status.ok() && problems.isEmpty() && monthsAlreadyImported.isEmpty(); }
    };

    struct ComputeOutcome
    {
        VaultStatus status;
        QStringList problems; // employees the engine refused
        QStringList notices; // payroll amounts the deductions downloaded from the bureau took the place of
        int employees = 0;
        int months = 0; // payroll months with a stored result
    };

    /** Adds the workspace (or renames it); the credit code must pass its check digit. */
    [[nodiscard]] VaultResult<CompanyWorkspace> addWorkspace(const QString& creditCode, const QString& name);
    [[nodiscard]] VaultResult<QList<CompanyWorkspace>> workspaces();
    [[nodiscard]] VaultResult<CompanyWorkspace> workspace(const QString& creditCode);

    [[nodiscard]] ImportOutcome importRoster(const CompanyWorkspace& workspace, const TabularSheet& sheet, int taxYear);
    /**
     * Imports a payroll of `month` (or of the months its 所属月份 column names). Months already
     * imported are refused unless `replace`; replacing one makes the months after it stale until
     * computeYear runs again. A 专项附加扣除 cell that differs from what the employee pushed
     * through the bureau (downloaded with BureauDeductionStore) is a problem at its row.
     */
    [[nodiscard]] ImportOutcome
    importPayroll(const CompanyWorkspace& workspace, const TabularSheet& sheet, int taxYear, int month, bool replace);
    /** The same, streaming the file row by row (TabularReader::forEachRow) rather than holding the sheet. */
    [[nodiscard]] ImportOutcome
    importPayrollFile(const CompanyWorkspace& workspace, const QString& path, int taxYear, int month, bool replace);
    /**
     * Imports a labor payments sheet (劳务报酬, payees not on the roster), streamed, each payment with
     * its prepayment and trace computed at once. Months already imported are refused unless `replace`,
     * which replaces the workspace's labor payments of those months.
     */
    [[nodiscard]] ImportOutcome
    importLaborPayments(const CompanyWorkspace& workspace, const QString& path, int taxYear, int month, bool replace);
    /**
     * Computes and stores every employee's withholding for every payroll month of the year, a
     * thousand employees to a transaction; a failure leaves the results stored before it, each of
     * which still matches its payroll. Employees' deductions downloaded from the bureau take the
     * place of the payroll's special additional deductions.
     */
    [[nodiscard]] ComputeOutcome computeYear(const CompanyWorkspace& workspace, int taxYear);
    /**
     * The month's declaration: one wages line per employee paid in it, in roster order, with a bonus
     * taxed separately on a line of its own after the employee's wages; then the labor payments. An
     * employee's special additional deductions are those downloaded from the bureau when there are any.
     */
    [[nodiscard]] VaultResult<QList<DeclarationLine>>
    declaration(const CompanyWorkspace& workspace, int taxYear, int month);

private:
    ImportOutcome storePayroll(const CompanyWorkspace& workspace,
                               const QList<TabularProblem>& problems,
                               const QList<PayrollMonth>& payrolls,
                               const QSet<int>& months,
                               int taxYear,
                               bool replace);

    Vault& m_vault;
    CompanyWorkspaceStore m_store;
};

} // namespace huisuan
