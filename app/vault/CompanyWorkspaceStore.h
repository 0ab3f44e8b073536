// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/CompanyWorkspace.h"
#include "vault/Employee.h"
#include "vault/PayrollMonth.h"
#include "vault/Vault.h"
#include "vault/WithholdingResultRecord.h"

#include <QCoreApplication>
#include <QList>

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

private:
    Vault& m_vault;
};

} // namespace huisuan
