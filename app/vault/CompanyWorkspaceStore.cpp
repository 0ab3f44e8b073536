// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/CompanyWorkspaceStore.h"

#include "vault/AuditLog.h"
#include "vault/SqlStatement.h"
#include "vault/VaultAccess.h"
#include "vault/VaultInputCheck.h"

#include <algorithm>
#include <functional>

namespace huisuan {

namespace {

/** One statement per role of a table whose rows are found by their natural key. */
struct KeyedTable
{
    const char* find; // binds the key, selects the id
    const char* insert; // binds the row as ?1..?n
    const char* update; // binds the row as ?1..?n and the id as ?(n+1)
    int columns;
};

/**
 * Updates the row with the natural key bound by `bindKey`, or inserts it; `id` is then its id.
 * `bindRow` binds the same values to both statements.
 */
VaultStatus saveKeyed(SqlCipherConnection& connection,
                      const KeyedTable& table,
                      const std::function<void(SqlStatement&)>& bindKey,
                      const std::function<void(SqlStatement&)>& bindRow,
                      qint64& id)
{
    SqlStatement find(connection, table.find);
    bindKey(find);
    id = find.next() ? find.integer(0) : 0;
    if (!find.status().ok()) {
        return find.status();
    }
    SqlStatement save(connection, id == 0 ? table.insert : table.update);
    bindRow(save);
    if (id != 0) {
        save.bind(table.columns + 1, id);
    }
    if (auto saved = save.run(); !saved.ok()) {
        return saved;
    }
    if (id == 0) {
        id = connection.lastInsertId();
    }
    return VaultStatus::success();
}

const KeyedTable workspaceTable {
    "SELECT id FROM company_workspaces WHERE credit_code = ?1;",
    "INSERT INTO company_workspaces (credit_code, name) VALUES (?1, ?2);",
    "UPDATE company_workspaces SET credit_code = ?1, name = ?2 WHERE id = ?3;",
    2,
};

const KeyedTable employeeTable {
    "SELECT id FROM employees WHERE workspace_id = ?1 AND identifier_type = ?2 AND identifier = ?3;",
    "INSERT INTO employees (workspace_id, identifier_type, identifier, name, details_json) "
    "VALUES (?1, ?2, ?3, ?4, ?5);",
    "UPDATE employees SET workspace_id = ?1, identifier_type = ?2, identifier = ?3, name = ?4, details_json = ?5 "
    "WHERE id = ?6;",
    5,
};

const KeyedTable payrollTable {
    "SELECT id FROM payroll_months WHERE employee_id = ?1 AND tax_year = ?2 AND month = ?3;",
    "INSERT INTO payroll_months (employee_id, tax_year, month, payroll_json) VALUES (?1, ?2, ?3, ?4);",
    "UPDATE payroll_months SET employee_id = ?1, tax_year = ?2, month = ?3, payroll_json = ?4 WHERE id = ?5;",
    4,
};

const KeyedTable withholdingTable {
    "SELECT id FROM withholding_results WHERE payroll_month_id = ?1;",
    "INSERT INTO withholding_results (payroll_month_id, result_json, rule_pack_id, engine_version) "
    "VALUES (?1, ?2, ?3, ?4);",
    "UPDATE withholding_results SET payroll_month_id = ?1, result_json = ?2, rule_pack_id = ?3, engine_version = ?4 "
    "WHERE id = ?5;",
    4,
};

VaultStatus firstFailure(std::initializer_list<VaultStatus> checks)
{
    for (const VaultStatus& check : checks) {
        if (!check.ok()) {
            return check;
        }
    }
    return VaultStatus::success();
}

VaultStatus saveEmployeeRow(SqlCipherConnection& connection, const Employee& employee, qint64& id)
{
    if (auto valid = firstFailure(
            {VaultInputCheck::required(CompanyWorkspaceStore::tr("identity document type"), employee.identifierType),
             VaultInputCheck::identifier(employee.identifierType, employee.identifier),
             VaultInputCheck::required(CompanyWorkspaceStore::tr("employee name"), employee.name),
             VaultInputCheck::jsonObject(CompanyWorkspaceStore::tr("employee details"), employee.detailsJson),
             VaultInputCheck::exists(connection,
                                     "SELECT 1 FROM company_workspaces WHERE id = ?1;",
                                     employee.workspaceId,
                                     CompanyWorkspaceStore::tr("company workspace"))});
        !valid.ok()) {
        return valid;
    }
    const auto bindKey = [&](SqlStatement& statement) {
        statement.bind(1, employee.workspaceId);
        statement.bind(2, employee.identifierType);
        statement.bind(3, employee.identifier);
    };
    const auto bindRow = [&](SqlStatement& statement) {
        bindKey(statement);
        statement.bind(4, employee.name);
        statement.bind(5, employee.detailsJson);
    };
    return saveKeyed(connection, employeeTable, bindKey, bindRow, id);
}

VaultStatus savePayrollRow(SqlCipherConnection& connection, const PayrollMonth& payroll, qint64& id)
{
    if (auto valid =
            firstFailure({VaultInputCheck::taxYear(payroll.taxYear),
                          VaultInputCheck::month(payroll.month),
                          VaultInputCheck::jsonObject(CompanyWorkspaceStore::tr("payroll"), payroll.payrollJson),
                          VaultInputCheck::exists(connection,
                                                  "SELECT 1 FROM employees WHERE id = ?1;",
                                                  payroll.employeeId,
                                                  CompanyWorkspaceStore::tr("employee"))});
        !valid.ok()) {
        return valid;
    }
    const auto bindKey = [&](SqlStatement& statement) {
        statement.bind(1, payroll.employeeId);
        statement.bind(2, qint64(payroll.taxYear));
        statement.bind(3, qint64(payroll.month));
    };
    const auto bindRow = [&](SqlStatement& statement) {
        bindKey(statement);
        statement.bind(4, payroll.payrollJson);
    };
    return saveKeyed(connection, payrollTable, bindKey, bindRow, id);
}

VaultStatus saveWithholdingRow(SqlCipherConnection& connection, const WithholdingResultRecord& result, qint64& id)
{
    if (auto valid = firstFailure(
            {VaultInputCheck::jsonObject(CompanyWorkspaceStore::tr("withholding result"), result.resultJson),
             VaultInputCheck::required(CompanyWorkspaceStore::tr("rule pack id"), result.rulePackId),
             VaultInputCheck::required(CompanyWorkspaceStore::tr("engine version"), result.engineVersion),
             VaultInputCheck::exists(connection,
                                     "SELECT 1 FROM payroll_months WHERE id = ?1;",
                                     result.payrollMonthId,
                                     CompanyWorkspaceStore::tr("payroll month"))});
        !valid.ok()) {
        return valid;
    }
    const auto bindKey = [&](SqlStatement& statement) { statement.bind(1, result.payrollMonthId); };
    const auto bindRow = [&](SqlStatement& statement) {
        bindKey(statement);
        statement.bind(2, result.resultJson);
        statement.bind(3, result.rulePackId);
        statement.bind(4, result.engineVersion);
    };
    return saveKeyed(connection, withholdingTable, bindKey, bindRow, id);
}

} // namespace

CompanyWorkspaceStore::CompanyWorkspaceStore(Vault& vault)
    : m_vault(vault)
{
}

VaultResult<qint64> CompanyWorkspaceStore::saveWorkspace(const CompanyWorkspace& workspace)
{
    qint64 id = 0;
    const VaultStatus status =
        VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
            if (auto valid = firstFailure({VaultInputCheck::creditCode(workspace.creditCode),
                                           VaultInputCheck::required(tr("company name"), workspace.name)});
                !valid.ok()) {
                return valid;
            }
            const auto bindKey = [&](SqlStatement& statement) { statement.bind(1, workspace.creditCode); };
            const auto bindRow = [&](SqlStatement& statement) {
                statement.bind(1, workspace.creditCode);
                statement.bind(2, workspace.name);
            };
            if (auto saved = saveKeyed(connection, workspaceTable, bindKey, bindRow, id); !saved.ok()) {
                return saved;
            }
            return audit.append(QStringLiteral("workspace.saved"), QStringLiteral("workspace %1").arg(id));
        });
    if (!status.ok()) {
        return status;
    }
    return id;
}

VaultResult<QList<CompanyWorkspace>> CompanyWorkspaceStore::workspaces()
{
    QList<CompanyWorkspace> result;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) {
        SqlStatement rows(connection, "SELECT id, credit_code, name FROM company_workspaces ORDER BY id;");
        while (rows.next()) {
            result.append({rows.integer(0), rows.text(1), rows.text(2)});
        }
        return rows.status();
    });
    if (!status.ok()) {
        return status;
    }
    return result;
}

VaultResult<qint64> CompanyWorkspaceStore::saveEmployee(const Employee& employee)
{
    qint64 id = 0;
    const VaultStatus status =
        VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
            if (auto saved = saveEmployeeRow(connection, employee, id); !saved.ok()) {
                return saved;
            }
            return audit.append(QStringLiteral("employee.saved"),
                                QStringLiteral("employee %1 of workspace %2").arg(id).arg(employee.workspaceId));
        });
    if (!status.ok()) {
        return status;
    }
    return id;
}

VaultResult<QList<Employee>> CompanyWorkspaceStore::employees(qint64 workspaceId)
{
    QList<Employee> result;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) {
        SqlStatement rows(connection,
                          "SELECT id, identifier_type, identifier, name, details_json FROM employees "
                          "WHERE workspace_id = ?1 ORDER BY id;");
        rows.bind(1, workspaceId);
        while (rows.next()) {
            result.append({rows.integer(0), workspaceId, rows.text(1), rows.text(2), rows.text(3), rows.blob(4)});
        }
        return rows.status();
    });
    if (!status.ok()) {
        return status;
    }
    return result;
}

VaultResult<qint64> CompanyWorkspaceStore::savePayrollMonth(const PayrollMonth& payroll)
{
    qint64 id = 0;
    const VaultStatus status =
        VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
            if (auto saved = savePayrollRow(connection, payroll, id); !saved.ok()) {
                return saved;
            }
            return audit.append(QStringLiteral("payroll_month.saved"),
                                QStringLiteral("payroll month %1 of employee %2").arg(id).arg(payroll.employeeId));
        });
    if (!status.ok()) {
        return status;
    }
    return id;
}

VaultResult<QList<PayrollMonth>> CompanyWorkspaceStore::payrollMonths(qint64 employeeId, int taxYear)
{
    QList<PayrollMonth> result;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) {
        SqlStatement rows(connection,
                          "SELECT id, month, payroll_json FROM payroll_months WHERE employee_id = ?1 AND tax_year = ?2 "
                          "ORDER BY month;");
        rows.bind(1, employeeId);
        rows.bind(2, qint64(taxYear));
        while (rows.next()) {
            result.append({rows.integer(0), employeeId, taxYear, int(rows.integer(1)), rows.blob(2)});
        }
        return rows.status();
    });
    if (!status.ok()) {
        return status;
    }
    return result;
}

VaultResult<qint64> CompanyWorkspaceStore::saveWithholdingResult(const WithholdingResultRecord& result)
{
    qint64 id = 0;
    const VaultStatus status =
        VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
            if (auto saved = saveWithholdingRow(connection, result, id); !saved.ok()) {
                return saved;
            }
            return audit.append(
                QStringLiteral("withholding_result.saved"),
                QStringLiteral("withholding result %1 of payroll month %2").arg(id).arg(result.payrollMonthId));
        });
    if (!status.ok()) {
        return status;
    }
    return id;
}

VaultResult<WithholdingResultRecord> CompanyWorkspaceStore::withholdingResult(qint64 payrollMonthId)
{
    WithholdingResultRecord record;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) -> VaultStatus {
        SqlStatement row(connection,
                         "SELECT id, result_json, rule_pack_id, engine_version FROM withholding_results "
                         "WHERE payroll_month_id = ?1;");
        row.bind(1, payrollMonthId);
        if (!row.next()) {
            return row.status().ok()
                ? VaultStatus::failure(
                      VaultErrorCode::InvalidArgument,
                      tr("Payroll month %1 has no withholding result yet; compute it first.").arg(payrollMonthId))
                : row.status();
        }
        record = {row.integer(0), payrollMonthId, row.blob(1), row.text(2), row.text(3)};
        return VaultStatus::success();
    });
    if (!status.ok()) {
        return status;
    }
    return record;
}

VaultResult<QList<qint64>> CompanyWorkspaceStore::saveEmployees(qint64 workspaceId, const QList<Employee>& employees)
{
    QList<qint64> ids;
    ids.reserve(employees.size());
    const VaultStatus status =
        VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
            for (const Employee& employee : employees) {
                qint64 id = 0;
                if (auto saved = saveEmployeeRow(connection, employee, id); !saved.ok()) {
                    return saved;
                }
                ids.append(id);
            }
            return audit.append(QStringLiteral("roster.imported"),
                                QStringLiteral("%1 employees of workspace %2").arg(employees.size()).arg(workspaceId));
        });
    if (!status.ok()) {
        return status;
    }
    return ids;
}

VaultResult<QList<qint64>> CompanyWorkspaceStore::savePayrollMonths(qint64 workspaceId,
                                                                    int taxYear,
                                                                    const QList<int>& replacedMonths,
                                                                    const QList<PayrollMonth>& payrolls)
{
    QList<qint64> ids;
    ids.reserve(payrolls.size());
    int earliest = 13;
    for (const PayrollMonth& payroll : payrolls) {
        earliest = std::min(earliest, payroll.month);
    }
    const VaultStatus status =
        VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
            SqlStatement stale(connection,
                               "DELETE FROM withholding_results WHERE payroll_month_id IN (SELECT p.id FROM "
                               "payroll_months p JOIN employees e ON e.id = p.employee_id WHERE e.workspace_id = ?1 "
                               "AND p.tax_year = ?2 AND p.month >= ?3);");
            stale.bind(1, workspaceId);
            stale.bind(2, qint64(taxYear));
            stale.bind(3, qint64(earliest));
            if (auto deleted = stale.run(); !deleted.ok()) {
                return deleted;
            }
            for (const int month : replacedMonths) {
                SqlStatement replaced(connection,
                                      "DELETE FROM payroll_months WHERE tax_year = ?2 AND month = ?3 AND employee_id "
                                      "IN (SELECT id FROM employees WHERE workspace_id = ?1);");
                replaced.bind(1, workspaceId);
                replaced.bind(2, qint64(taxYear));
                replaced.bind(3, qint64(month));
                if (auto deleted = replaced.run(); !deleted.ok()) {
                    return deleted;
                }
            }
            for (const PayrollMonth& payroll : payrolls) {
                qint64 id = 0;
                if (auto saved = savePayrollRow(connection, payroll, id); !saved.ok()) {
                    return saved;
                }
                ids.append(id);
            }
            return audit.append(
                QStringLiteral("payroll.imported"),
                QStringLiteral("%1 payroll months of workspace %2").arg(payrolls.size()).arg(workspaceId));
        });
    if (!status.ok()) {
        return status;
    }
    return ids;
}

VaultResult<QList<PayrollMonth>> CompanyWorkspaceStore::workspacePayrollMonths(qint64 workspaceId, int taxYear)
{
    QList<PayrollMonth> result;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) {
        SqlStatement rows(connection,
                          "SELECT p.id, p.employee_id, p.month, p.payroll_json FROM payroll_months p "
                          "JOIN employees e ON e.id = p.employee_id WHERE e.workspace_id = ?1 AND p.tax_year = ?2 "
                          "ORDER BY p.employee_id, p.month;");
        rows.bind(1, workspaceId);
        rows.bind(2, qint64(taxYear));
        while (rows.next()) {
            result.append({rows.integer(0), rows.integer(1), taxYear, int(rows.integer(2)), rows.blob(3)});
        }
        return rows.status();
    });
    if (!status.ok()) {
        return status;
    }
    return result;
}

VaultStatus CompanyWorkspaceStore::saveWithholdingResults(qint64 workspaceId,
                                                          const QList<WithholdingResultRecord>& results)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        for (const WithholdingResultRecord& result : results) {
            qint64 id = 0;
            if (auto saved = saveWithholdingRow(connection, result, id); !saved.ok()) {
                return saved;
            }
        }
        return audit.append(
            QStringLiteral("withholding.computed"),
            QStringLiteral("%1 withholding results of workspace %2").arg(results.size()).arg(workspaceId));
    });
}

VaultResult<QList<WithholdingResultRecord>>
CompanyWorkspaceStore::workspaceWithholdingResults(qint64 workspaceId, int taxYear, int month)
{
    QList<WithholdingResultRecord> result;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) {
        SqlStatement rows(connection,
                          "SELECT w.id, w.payroll_month_id, w.result_json, w.rule_pack_id, w.engine_version "
                          "FROM withholding_results w JOIN payroll_months p ON p.id = w.payroll_month_id "
                          "JOIN employees e ON e.id = p.employee_id "
                          "WHERE e.workspace_id = ?1 AND p.tax_year = ?2 AND p.month = ?3 ORDER BY e.id;");
        rows.bind(1, workspaceId);
        rows.bind(2, qint64(taxYear));
        rows.bind(3, qint64(month));
        while (rows.next()) {
            result.append({rows.integer(0), rows.integer(1), rows.blob(2), rows.text(3), rows.text(4)});
        }
        return rows.status();
    });
    if (!status.ok()) {
        return status;
    }
    return result;
}

} // namespace huisuan
