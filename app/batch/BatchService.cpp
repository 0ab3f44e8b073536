// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchService.h"

#include "batch/PayrollImport.h"
#include "batch/RosterImport.h"
#include "batch/YearComputation.h"
#include "identifiers/SocialCreditCode.h"
#include "tabular/TabularReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace huisuan {

namespace {

constexpr qsizetype employeesPerTransaction = 1000;

QString textOf(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

BatchService::BatchService(Vault& vault)
    : m_store(vault)
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
    ImportOutcome outcome;
    auto roster = m_store.employees(workspace.id);
    if (!roster.ok()) {
        outcome.status = roster.status;
        return outcome;
    }
    PayrollImport::Outcome payroll = PayrollImport::read(sheet, roster.value, taxYear, month);
    outcome.problems = payroll.problems;
    if (!outcome.problems.isEmpty()) {
        return outcome;
    }
    auto existing = m_store.workspacePayrollMonths(workspace.id, taxYear);
    if (!existing.ok()) {
        outcome.status = existing.status;
        return outcome;
    }
    QList<int> imported;
    for (const PayrollMonth& stored : existing.value) {
        if (payroll.months.contains(stored.month) && !imported.contains(stored.month)) {
            imported.append(stored.month);
        }
    }
    std::sort(imported.begin(), imported.end());
    if (!replace && !imported.isEmpty()) {
        outcome.monthsAlreadyImported = imported;
        return outcome;
    }
    if (control.cancelled()) {
        outcome.cancelled = true;
        return outcome;
    }
    auto saved = m_store.savePayrollMonths(workspace.id, taxYear, imported, payroll.payrolls);
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
    QHash<qint64, QList<PayrollMonth>> monthsOf;
    for (PayrollMonth& payroll : payrolls.value) {
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
    for (const VaultStatus* status : {&employees.status, &payrolls.status, &results.status}) {
        if (!status->ok()) {
            return *status;
        }
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
        const QJsonObject pay = QJsonDocument::fromJson(payroll->payrollJson).object();
        const QJsonObject line =
            QJsonDocument::fromJson(result->resultJson).object().value(QLatin1String("month")).toObject();
        lines.append({employee.identifier,
                      employee.name,
                      month,
                      textOf(pay, "wages"),
                      textOf(pay, "tax_free_income"),
                      textOf(pay, "special_deductions"),
                      textOf(pay, "special_additional_deductions"),
                      textOf(pay, "other_deductions"),
                      textOf(pay, "tax_relief"),
                      textOf(line, "cumulative_taxable_income"),
                      textOf(line, "rate"),
                      textOf(line, "quick_deduction"),
                      textOf(line, "cumulative_tax"),
                      textOf(line, "withheld")});
    }
    return lines;
}

} // namespace huisuan
