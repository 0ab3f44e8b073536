// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/CompanyWorkspace.h"
#include "vault/Employee.h"
#include "vault/LaborPaymentRecord.h"
#include "vault/PayrollMonth.h"
#include "vault/Vault.h"
#include "vault/WithholdingResultRecord.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

namespace huisuan {

/**
 * Company workspaces for accountants: companies, their employees, payroll months and withholding
 * results, in an open vault. A save finds its row by the natural key (credit code; workspace and
 * identity document; employee, year and month; payroll month), not by the id it is given, and
 * updates it when it is there, so that importing the same roster or payroll twice leaves one copy.
 * Each change is audited.
 */
class CompanyWorkspaceStore
{
    Q_DECLARE_TR_FUNCTIONS(CompanyWorkspaceStore)

public:
    explicit CompanyWorkspaceStore(Vault& vault);

    [[nodiscard]] VaultResult<qint64> saveWorkspace(const CompanyWorkspace& workspace);
    [[nodiscard]] VaultResult<QList<CompanyWorkspace>> workspaces();

    [[nodiscard]] VaultResult<qint64> saveEmployee(const Employee& employee);
    [[nodiscard]] VaultResult<QList<Employee>> employees(qint64 workspaceId);

    [[nodiscard]] VaultResult<qint64> savePayrollMonth(const PayrollMonth& payroll);
    /** The employee's payroll months of `taxYear`, January first. */
    [[nodiscard]] VaultResult<QList<PayrollMonth>> payrollMonths(qint64 employeeId, int taxYear);

    [[nodiscard]] VaultResult<qint64> saveWithholdingResult(const WithholdingResultRecord& result);
    [[nodiscard]] VaultResult<WithholdingResultRecord> withholdingResult(qint64 payrollMonthId);

    // Batch import and computation (issue 6): a whole roster, payroll or year of results is saved in
    // one transaction with one audit entry, so that an import with any error stores nothing and
    // 100 000 employees do not cost 100 000 commits. Each row is checked as the single saves check it.

    /** Saves every employee of one workspace; returns their ids in the same order. */
    [[nodiscard]] VaultResult<QList<qint64>> saveEmployees(qint64 workspaceId, const QList<Employee>& employees);
    /**
     * Saves every payroll month of `taxYear`, first deleting the workspace's payroll of `replacedMonths`
     * (so that an employee missing from a replacing payroll is not left with the old one), and the
     * withholding results from the earliest month saved on, which the new payroll makes stale.
     * Returns the ids in the same order.
     */
    [[nodiscard]] VaultResult<QList<qint64>> savePayrollMonths(qint64 workspaceId,
                                                               int taxYear,
                                                               const QList<int>& replacedMonths,
                                                               const QList<PayrollMonth>& payrolls);
    /** Takes one payroll month of savePayrollStream's producer. */
    using PayrollSaver = std::function<VaultStatus(const PayrollMonth&)>;
    /**
     * Saves the payroll months `produce` hands to its saver as it reads them, in one transaction, so
     * that a payroll of a million rows is never held whole. Before the first payroll of a month is
     * saved, the workspace's payroll of that month is deleted (the import replaces it), and at the
     * end the withholding results from the earliest month saved on, which are stale. `produce`
     * returns false to store nothing (the sheet had problems). Returns how many months were saved.
     */
    [[nodiscard]] VaultResult<qint64>
    savePayrollStream(qint64 workspaceId, int taxYear, const std::function<bool(const PayrollSaver& save)>& produce);
    /** The months of `taxYear` the workspace has any payroll of, earliest first. */
    [[nodiscard]] VaultResult<QList<int>> payrollMonthsImported(qint64 workspaceId, int taxYear);
    /** Every payroll month of the workspace's employees in `taxYear`, by employee and month. */
    [[nodiscard]] VaultResult<QList<PayrollMonth>> workspacePayrollMonths(qint64 workspaceId, int taxYear);
    [[nodiscard]] VaultStatus saveWithholdingResults(qint64 workspaceId, const QList<WithholdingResultRecord>& results);
    /** The results of the workspace's payroll months of one month, keyed by payroll month id. */
    [[nodiscard]] VaultResult<QList<WithholdingResultRecord>>
    workspaceWithholdingResults(qint64 workspaceId, int taxYear, int month);

    /**
     * Saves a labor payments import, each payment with its computed prepayment, first deleting the
     * workspace's labor payments of `replacedMonths`. Returns the ids in the same order.
     */
    [[nodiscard]] VaultResult<QList<qint64>> saveLaborPayments(qint64 workspaceId,
                                                               int taxYear,
                                                               const QList<int>& replacedMonths,
                                                               const QList<LaborPaymentRecord>& payments);
    /** The workspace's labor payments of `taxYear`, or of one month when `month` is not 0, by month and id. */
    [[nodiscard]] VaultResult<QList<LaborPaymentRecord>> laborPayments(qint64 workspaceId, int taxYear, int month = 0);

private:
    Vault& m_vault;
};

} // namespace huisuan
