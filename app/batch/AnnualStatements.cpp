// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/AnnualStatements.h"

#include "batch/DeclarationLineOf.h"
#include "batch/RosterImport.h"

#include <algorithm>

namespace huisuan {

AnnualStatements::AnnualStatements(Vault& vault)
    : m_vault(vault)
    , m_store(vault)
{
}

VaultResult<EmployeeStatement>
AnnualStatements::of(const CompanyWorkspace& workspace, const QString& identityNumber, int taxYear)
{
    auto employees = m_store.employees(workspace.id);
    auto bureau = BureauDeductions::load(m_vault, workspace.id, taxYear);
    for (const VaultStatus* status : {&employees.status, &bureau.status}) {
        if (!status->ok()) {
            return *status;
        }
    }
    for (const Employee& employee : employees.value) {
        if (employee.identifier == identityNumber) {
            return statementOf(workspace, employee, taxYear, bureau.value);
        }
    }
    return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                tr("No employee with the identity number %1 is on the roster of %2. Check the "
                                   "number, or import the roster that has this employee.")
                                    .arg(identityNumber, workspace.name));
}

VaultStatus AnnualStatements::forEach(const CompanyWorkspace& workspace,
                                      int taxYear,
                                      const std::function<bool(const EmployeeStatement&)>& each)
{
    auto employees = m_store.employees(workspace.id);
    auto bureau = BureauDeductions::load(m_vault, workspace.id, taxYear);
    for (const VaultStatus* status : {&employees.status, &bureau.status}) {
        if (!status->ok()) {
            return *status;
        }
    }
    for (const Employee& employee : employees.value) {
        auto statement = statementOf(workspace, employee, taxYear, bureau.value);
        if (!statement.ok()) {
            return statement.status;
        }
        if (!statement.value.months.isEmpty() && !each(statement.value)) {
            break;
        }
    }
    return VaultStatus::success();
}

VaultResult<EmployeeStatement> AnnualStatements::statementOf(const CompanyWorkspace& workspace,
                                                             const Employee& employee,
                                                             int taxYear,
                                                             const BureauDeductions& bureau)
{
    auto payrolls = m_store.payrollMonths(employee.id, taxYear);
    if (!payrolls.ok()) {
        return payrolls.status;
    }
    std::sort(payrolls.value.begin(), payrolls.value.end(), [](const PayrollMonth& a, const PayrollMonth& b) {
        return a.month < b.month;
    });
    const Employment employment = Employment::fromJson(employee.detailsJson);
    EmployeeStatement statement {
        workspace, taxYear, employee.identifier, employee.name, employment.start, employment.end, {}, {}};
    for (const PayrollMonth& payroll : payrolls.value) {
        auto result = m_store.withholdingResult(payroll.id);
        if (result.status.code == VaultErrorCode::InvalidArgument) {
            return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                        tr("The withholding of %1-%2 is not computed for the payroll as it is now. "
                                           "Compute the year %1 first.")
                                            .arg(taxYear)
                                            .arg(payroll.month, 2, 10, QLatin1Char('0')));
        }
        if (!result.ok()) {
            return result.status;
        }
        const QList<DeclarationLine> lines = declarationLinesOf(employee, payroll, result.value, bureau);
        statement.months.append(lines.first());
        statement.separateBonuses.append(lines.mid(1));
    }
    return statement;
}

} // namespace huisuan
