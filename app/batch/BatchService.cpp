// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchService.h"

#include "batch/BureauDeductions.h"
#include "batch/DeclarationLineOf.h"
#include "batch/LaborImport.h"
#include "batch/PayrollImport.h"
#include "batch/RosterImport.h"
#include "batch/SheetStream.h"
#include "batch/YearComputation.h"
#include "identifiers/SocialCreditCode.h"
#include "tabular/TabularReader.h"

#include <algorithm>

namespace huisuan {

namespace {

constexpr qsizetype employeesPerTransaction = 1000;

/** The months of `months` that are among `stored`, earliest first. */
QList<int> alreadyImported(const QList<int>& stored, const QSet<int>& months)
{
    QList<int> imported;
    for (const int month : stored) {
        if (months.contains(month) && !imported.contains(month)) {
            imported.append(month);
        }
    }
    std::sort(imported.begin(), imported.end());
    return imported;
}

} // namespace

BatchService::BatchService(Vault& vault)
    : m_vault(vault)
    , m_store(vault)
{
}

VaultResult<CompanyWorkspace> BatchService::addWorkspace(const QString& creditCode, const QString& name)
{
    if (!SocialCreditCode::isValid(creditCode)) {
        return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                    tr("\"%1\" is not a valid unified social credit code: it has 18 characters and "
                                       "ends with a check character. Copy it again from the business licence.")
                                        .arg(creditCode));
    }
    CompanyWorkspace workspace {0, creditCode, name};
    auto saved = m_store.saveWorkspace(workspace);
    if (!saved.ok()) {
        return saved.status;
    }
    workspace.id = saved.value;
    return workspace;
}

VaultResult<QList<CompanyWorkspace>> BatchService::workspaces()
{
    return m_store.workspaces();
}

VaultResult<CompanyWorkspace> BatchService::workspace(const QString& creditCode)
{
    auto all = m_store.workspaces();
    if (!all.ok()) {
        return all.status;
    }
    for (const CompanyWorkspace& workspace : all.value) {
        if (workspace.creditCode == creditCode) {
            return workspace;
        }
    }
    return VaultStatus::failure(
        VaultErrorCode::InvalidArgument,
        tr("There is no workspace for the company %1. Add it first with `batch workspace add`.").arg(creditCode));
}

std::optional<TabularSheet> BatchService::readSheet(const QString& path, const BatchControl& control)
{
    TabularSheet sheet;
    sheet.file = path;
    bool header = true;
    // A report every few hundred rows: enough to move a bar, few enough not to flood the GUI thread.
    constexpr qsizetype rowsPerReport = 500;
    sheet.problems = TabularReader::forEachRow(path, [&](const TabularRow& row) {
        if (control.cancelled()) {
            return false;
        }
        if (header) {
            for (const TabularCell& cell : row) {
                sheet.header.append(cell.text.trimmed());
            }
            header = false;
        } else {
            sheet.rows.append(row);
            if (sheet.rows.size() % rowsPerReport == 0) {
                control.report(sheet.rows.size(), 0);
            }
        }
        return true;
    });
    if (control.cancelled()) {
        return std::nullopt;
    }
    return sheet;
}

BatchService::ImportOutcome BatchService::importRoster(const CompanyWorkspace& workspace,
                                                       const TabularSheet& sheet,
                                                       int taxYear,
                                                       const BatchControl& control)
{
    ImportOutcome outcome;
    RosterImport::Outcome roster = RosterImport::read(sheet, workspace.id, taxYear);
    outcome.problems = roster.problems;
    if (!outcome.problems.isEmpty()) {
        return outcome;
    }
    if (control.cancelled()) {
        outcome.cancelled = true;
        return outcome;
    }
    auto saved = m_store.saveEmployees(workspace.id, roster.employees);
    outcome.status = saved.status;
    outcome.stored = saved.ok() ? int(saved.value.size()) : 0;
    return outcome;
}

BatchService::ImportOutcome BatchService::importPayroll(const CompanyWorkspace& workspace,
                                                        const TabularSheet& sheet,
                                                        int taxYear,
                                                        int month,
                                                        bool replace,
                                                        const BatchControl& control)
{
    auto roster = m_store.employees(workspace.id);
    auto bureau = BureauDeductions::load(m_vault, workspace.id, taxYear);
    for (const VaultStatus* status : {&roster.status, &bureau.status}) {
        if (!status->ok()) {
            ImportOutcome outcome;
            outcome.status = *status;
            return outcome;
        }
    }
    const PayrollImport::Outcome payroll = PayrollImport::read(sheet, roster.value, taxYear, month, &bureau.value);
    return storePayroll(workspace, payroll.problems, payroll.payrolls, payroll.months, taxYear, replace, control);
}

BatchService::ImportOutcome BatchService::importPayrollFile(const CompanyWorkspace& workspace,
                                                            const QString& path,
                                                            int taxYear,
                                                            int month,
                                                            bool replace,
                                                            const BatchControl& control)
{
    ImportOutcome outcome;
    auto roster = m_store.employees(workspace.id);
    auto stored = m_store.payrollMonthsImported(workspace.id, taxYear);
    auto bureau = BureauDeductions::load(m_vault, workspace.id, taxYear);
    for (const VaultStatus* status : {&roster.status, &stored.status, &bureau.status}) {
        if (!status->ok()) {
            outcome.status = *status;
            return outcome;
        }
    }
    // One pass over the file, inside the import's transaction: each valid row is stored as it is
    // read, and any problem, a month already imported or a cancel rolls everything back.
    QSet<int> already;
    VaultStatus saving;
    const auto storeRows = [&](const CompanyWorkspaceStore::PayrollSaver& save) {
        PayrollImport payroll(roster.value, taxYear, month);
        payroll.setBureauDeductions(&bureau.value);
        payroll.setSink([&](const PayrollMonth& row) {
            if (!replace && stored.value.contains(row.month)) {
                already.insert(row.month);
            } else if (saving.ok() && already.isEmpty()) {
                saving = save(row);
            }
        });
        outcome.problems = streamSheet(path, payroll, control).problems;
        return outcome.problems.isEmpty() && already.isEmpty() && saving.ok() && !control.cancelled();
    };
    auto saved = m_store.savePayrollStream(workspace.id, taxYear, storeRows);
    if (control.cancelled()) {
        // A file read only in part has no problems worth showing: it was not read.
        outcome.problems.clear();
        outcome.cancelled = true;
        return outcome;
    }
    if (!outcome.problems.isEmpty()) {
        return outcome;
    }
    if (!already.isEmpty()) {
        outcome.monthsAlreadyImported = QList<int>(already.begin(), already.end());
        std::sort(outcome.monthsAlreadyImported.begin(), outcome.monthsAlreadyImported.end());
        return outcome;
    }
    outcome.status = saving.ok() ? saved.status : saving;
    outcome.stored = saved.ok() ? int(saved.value) : 0;
    return outcome;
}

BatchService::ImportOutcome BatchService::storePayroll(const CompanyWorkspace& workspace,
                                                       const QList<TabularProblem>& problems,
                                                       const QList<PayrollMonth>& payrolls,
                                                       const QSet<int>& months,
                                                       int taxYear,
                                                       bool replace,
                                                       const BatchControl& control)
{
    ImportOutcome outcome;
    outcome.problems = problems;
    if (!outcome.problems.isEmpty()) {
        return outcome;
    }
    auto existing = m_store.workspacePayrollMonths(workspace.id, taxYear);
    if (!existing.ok()) {
        outcome.status = existing.status;
        return outcome;
    }
    QList<int> stored;
    for (const PayrollMonth& payroll : existing.value) {
        stored.append(payroll.month);
    }
    existing.value.clear();
    const QList<int> imported = alreadyImported(stored, months);
    if (!replace && !imported.isEmpty()) {
        outcome.monthsAlreadyImported = imported;
        return outcome;
    }
    if (control.cancelled()) {
        outcome.cancelled = true;
        return outcome;
    }
    auto saved = m_store.savePayrollMonths(workspace.id, taxYear, imported, payrolls);
    outcome.status = saved.status;
    outcome.stored = saved.ok() ? int(saved.value.size()) : 0;
    return outcome;
}

BatchService::ImportOutcome BatchService::importLaborPayments(
    const CompanyWorkspace& workspace, const QString& path, int taxYear, int month, bool replace)
{
    ImportOutcome outcome;
    const LaborImport::Outcome labor = LaborImport::readFile(path, workspace.id, taxYear, month);
    outcome.problems = labor.problems;
    if (!outcome.problems.isEmpty()) {
        return outcome;
    }
    auto existing = m_store.laborPayments(workspace.id, taxYear);
    if (!existing.ok()) {
        outcome.status = existing.status;
        return outcome;
    }
    QList<int> stored;
    for (const LaborPaymentRecord& payment : existing.value) {
        stored.append(payment.month);
    }
    const QList<int> imported = alreadyImported(stored, labor.months);
    if (!replace && !imported.isEmpty()) {
        outcome.monthsAlreadyImported = imported;
        return outcome;
    }
    auto saved = m_store.saveLaborPayments(workspace.id, taxYear, imported, labor.payments);
    outcome.status = saved.status;
    outcome.stored = saved.ok() ? int(saved.value.size()) : 0;
    return outcome;
}

BatchService::ComputeOutcome
BatchService::computeYear(const CompanyWorkspace& workspace, int taxYear, const BatchControl& control)
{
    ComputeOutcome outcome;
    auto employees = m_store.employees(workspace.id);
    if (!employees.ok()) {
        outcome.status = employees.status;
        return outcome;
    }
    auto payrolls = m_store.workspacePayrollMonths(workspace.id, taxYear);
    if (!payrolls.ok()) {
        outcome.status = payrolls.status;
        return outcome;
    }
    auto bureau = BureauDeductions::load(m_vault, workspace.id, taxYear);
    if (!bureau.ok()) {
        outcome.status = bureau.status;
        return outcome;
    }
    QHash<qint64, const Employee*> employeeOf;
    for (const Employee& employee : employees.value) {
        employeeOf.insert(employee.id, &employee);
    }
    QHash<qint64, QList<PayrollMonth>> monthsOf;
    for (PayrollMonth& payroll : payrolls.value) {
        if (const Employee* employee = employeeOf.value(payroll.employeeId)) {
            QString sheetAmount;
            payroll.payrollJson = bureau.value.applied(employee->identifier, payroll.payrollJson, &sheetAmount);
            if (!sheetAmount.isEmpty()) {
                outcome.notices.append(
                    tr("%1 (%2), %3-%4: the payroll says %5 of special additional deductions; "
                       "the %6 the employee pushed through the tax bureau is used.")
                        .arg(employee->name, employee->identifier)
                        .arg(taxYear)
                        .arg(payroll.month, 2, 10, QLatin1Char('0'))
                        .arg(sheetAmount, bureau.value.monthlyFor(employee->identifier)->toString()));
            }
        }
        monthsOf[payroll.employeeId].append(std::move(payroll));
    }
    payrolls.value.clear();
    // The results of a few employees at a time, each batch one transaction: every stored result
    // still matches the payroll it was computed from (a new payroll deletes the stale ones), and
    // the year's traces of 100 000 employees never sit in memory at once.
    control.report(0, employees.value.size());
    for (qsizetype start = 0; start < employees.value.size(); start += employeesPerTransaction) {
        if (control.cancelled()) {
            outcome.cancelled = true;
            break;
        }
        const QList<Employee> batch = employees.value.mid(start, employeesPerTransaction);
        QList<PayrollMonth> batchPayrolls;
        for (const Employee& employee : batch) {
            batchPayrolls.append(monthsOf.value(employee.id));
        }
        const YearComputation::Outcome computed = YearComputation::compute(batch, batchPayrolls, taxYear);
        outcome.problems.append(computed.problems);
        outcome.refusedIdentities.append(computed.refusedIdentities);
        if (!computed.results.isEmpty()) {
            outcome.status = m_store.saveWithholdingResults(workspace.id, computed.results);
            if (!outcome.status.ok()) {
                return outcome;
            }
            outcome.months += int(computed.results.size());
            outcome.employees += int(computed.employees);
        }
        control.report(std::min(start + employeesPerTransaction, employees.value.size()), employees.value.size());
    }
    return outcome;
}

VaultResult<QList<DeclarationLine>> BatchService::declaration(const CompanyWorkspace& workspace, int taxYear, int month)
{
    auto employees = m_store.employees(workspace.id);
    auto payrolls = m_store.workspacePayrollMonths(workspace.id, taxYear);
    auto results = m_store.workspaceWithholdingResults(workspace.id, taxYear, month);
    auto labor = m_store.laborPayments(workspace.id, taxYear, month);
    for (const VaultStatus* status : {&employees.status, &payrolls.status, &results.status, &labor.status}) {
        if (!status->ok()) {
            return *status;
        }
    }
    auto bureau = BureauDeductions::load(m_vault, workspace.id, taxYear);
    if (!bureau.ok()) {
        return bureau.status;
    }
    QHash<qint64, const WithholdingResultRecord*> resultOf;
    for (const WithholdingResultRecord& result : results.value) {
        resultOf.insert(result.payrollMonthId, &result);
    }
    QHash<qint64, const PayrollMonth*> payrollOf;
    for (const PayrollMonth& payroll : payrolls.value) {
        if (payroll.month == month) {
            payrollOf.insert(payroll.employeeId, &payroll);
        }
    }
    QList<DeclarationLine> lines;
    for (const Employee& employee : employees.value) {
        const PayrollMonth* payroll = payrollOf.value(employee.id);
        if (payroll == nullptr) {
            continue;
        }
        const WithholdingResultRecord* result = resultOf.value(payroll->id);
        if (result == nullptr) {
            return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                        tr("The withholding of %1-%2 is not computed for the payroll as it is now. "
                                           "Compute the year %1 first.")
                                            .arg(taxYear)
                                            .arg(month, 2, 10, QLatin1Char('0')));
        }
        lines.append(declarationLinesOf(employee, *payroll, *result, bureau.value));
    }
    for (const LaborPaymentRecord& payment : labor.value) {
        lines.append(declarationLineOf(payment));
    }
    return lines;
}

} // namespace huisuan
