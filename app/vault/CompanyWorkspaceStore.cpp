// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/CompanyWorkspaceStore.h"

#include "vault/AuditLog.h"
#include "vault/SqlStatement.h"
#include "vault/VaultAccess.h"
#include "vault/VaultInputCheck.h"

#include <QSet>
#include <algorithm>
#include <functional>
#include <optional>

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
 * Saves rows of one table found by their natural key: updates the row with the key, or inserts
 * it. Its statements are prepared once and reused for every row, which is what lets a batch of
 * 100 000 results be stored without preparing (parsing and planning) 400 000 statements.
 */
class KeyedSaver
{
public:
    /** `parentSql` selects 1 by the id (?1) of the row the saved rows belong to; null when none. */
    KeyedSaver(SqlCipherConnection& connection,
               const KeyedTable& table,
               const char* parentSql = nullptr,
               QString parentName = {})
        : m_connection(connection)
        , m_find(connection, table.find)
        , m_insert(connection, table.insert)
        , m_update(connection, table.update)
        , m_parentName(std::move(parentName))
        , m_columns(table.columns)
    {
        if (parentSql != nullptr) {
            m_parent.emplace(connection, parentSql);
        }
    }

    /**
     * Checks `valid` and that the parent row exists, then updates the row with the natural key
     * bound by `bindKey`, or inserts it; `id` is then its id. `bindRow` binds the same values to
     * both statements.
     */
    VaultStatus save(const VaultStatus& valid,
                     qint64 parentId,
                     const std::function<void(SqlStatement&)>& bindKey,
                     const std::function<void(SqlStatement&)>& bindRow,
                     qint64& id)
    {
        if (!valid.ok()) {
            return valid;
        }
        if (auto parent = parentExists(parentId); !parent.ok()) {
            return parent;
        }
        m_find.reset();
        bindKey(m_find);
        id = m_find.next() ? m_find.integer(0) : 0;
        if (!m_find.status().ok()) {
            return m_find.status();
        }
        m_find.reset();
        SqlStatement& save = id == 0 ? m_insert : m_update;
        save.reset();
        bindRow(save);
        if (id != 0) {
            save.bind(m_columns + 1, id);
        }
        if (auto saved = save.run(); !saved.ok()) {
            return saved;
        }
        if (id == 0) {
            id = m_connection.lastInsertId();
        }
        return VaultStatus::success();
    }

private:
    VaultStatus parentExists(qint64 id)
    {
        // A run of rows usually shares its parent (a workspace's employees): checked once.
        if (!m_parent || (id == m_parentChecked && id != 0)) {
            return VaultStatus::success();
        }
        m_parent->reset();
        m_parent->bind(1, id);
        const bool found = m_parent->next();
        m_parent->reset();
        if (!m_parent->status().ok()) {
            return m_parent->status();
        }
        if (!found) {
            return VaultStatus::failure(
                VaultErrorCode::InvalidArgument,
                VaultInputCheck::tr("There is no %1 %2 in the vault.").arg(m_parentName).arg(id));
        }
        m_parentChecked = id;
        return VaultStatus::success();
    }

    SqlCipherConnection& m_connection;
    SqlStatement m_find;
    SqlStatement m_insert;
    SqlStatement m_update;
    std::optional<SqlStatement> m_parent;
    QString m_parentName;
    int m_columns;
    qint64 m_parentChecked = 0;
};

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

const KeyedTable laborTable {
    "SELECT id FROM labor_payments WHERE workspace_id = ?1 AND tax_year = ?2 AND month = ?3 AND identifier_type = ?4 "
    "AND identifier = ?5;",
    "INSERT INTO labor_payments (workspace_id, tax_year, month, identifier_type, identifier, name, amount, "
    "result_json, rule_pack_id, engine_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);",
    "UPDATE labor_payments SET workspace_id = ?1, tax_year = ?2, month = ?3, identifier_type = ?4, identifier = ?5, "
    "name = ?6, amount = ?7, result_json = ?8, rule_pack_id = ?9, engine_version = ?10 WHERE id = ?11;",
    10,
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

KeyedSaver employeeSaver(SqlCipherConnection& connection)
{
    return {connection,
            employeeTable,
            "SELECT 1 FROM company_workspaces WHERE id = ?1;",
            CompanyWorkspaceStore::tr("company workspace")};
}

VaultStatus saveEmployeeRow(KeyedSaver& saver, const Employee& employee, qint64& id)
{
    const VaultStatus valid = firstFailure(
        {VaultInputCheck::required(CompanyWorkspaceStore::tr("identity document type"), employee.identifierType),
         VaultInputCheck::identifier(employee.identifierType, employee.identifier),
         VaultInputCheck::required(CompanyWorkspaceStore::tr("employee name"), employee.name),
         VaultInputCheck::jsonObject(CompanyWorkspaceStore::tr("employee details"), employee.detailsJson)});
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
    return saver.save(valid, employee.workspaceId, bindKey, bindRow, id);
}

KeyedSaver payrollSaver(SqlCipherConnection& connection)
{
    return {connection, payrollTable, "SELECT 1 FROM employees WHERE id = ?1;", CompanyWorkspaceStore::tr("employee")};
}

VaultStatus savePayrollRow(KeyedSaver& saver, const PayrollMonth& payroll, qint64& id)
{
    const VaultStatus valid =
        firstFailure({VaultInputCheck::taxYear(payroll.taxYear),
                      VaultInputCheck::month(payroll.month),
                      VaultInputCheck::jsonObject(CompanyWorkspaceStore::tr("payroll"), payroll.payrollJson)});
    const auto bindKey = [&](SqlStatement& statement) {
        statement.bind(1, payroll.employeeId);
        statement.bind(2, qint64(payroll.taxYear));
        statement.bind(3, qint64(payroll.month));
    };
    const auto bindRow = [&](SqlStatement& statement) {
        bindKey(statement);
        statement.bind(4, payroll.payrollJson);
    };
    return saver.save(valid, payroll.employeeId, bindKey, bindRow, id);
}

KeyedSaver withholdingSaver(SqlCipherConnection& connection)
{
    return {connection,
            withholdingTable,
            "SELECT 1 FROM payroll_months WHERE id = ?1;",
            CompanyWorkspaceStore::tr("payroll month")};
}

VaultStatus saveWithholdingRow(KeyedSaver& saver, const WithholdingResultRecord& result, qint64& id)
{
    const VaultStatus valid =
        firstFailure({VaultInputCheck::jsonObject(CompanyWorkspaceStore::tr("withholding result"), result.resultJson),
                      VaultInputCheck::required(CompanyWorkspaceStore::tr("rule pack id"), result.rulePackId),
                      VaultInputCheck::required(CompanyWorkspaceStore::tr("engine version"), result.engineVersion)});
    const auto bindKey = [&](SqlStatement& statement) { statement.bind(1, result.payrollMonthId); };
    const auto bindRow = [&](SqlStatement& statement) {
        bindKey(statement);
        statement.bind(2, result.resultJson);
        statement.bind(3, result.rulePackId);
        statement.bind(4, result.engineVersion);
    };
    return saver.save(valid, result.payrollMonthId, bindKey, bindRow, id);
}

VaultStatus saveLaborRow(KeyedSaver& saver, const LaborPaymentRecord& payment, qint64& id)
{
    const VaultStatus valid = firstFailure(
        {VaultInputCheck::taxYear(payment.taxYear),
         VaultInputCheck::month(payment.month),
         VaultInputCheck::identifier(payment.identifierType, payment.identifier),
         VaultInputCheck::required(CompanyWorkspaceStore::tr("payee name"), payment.name),
         VaultInputCheck::amount(CompanyWorkspaceStore::tr("labor payment"), payment.amount),
         VaultInputCheck::jsonObject(CompanyWorkspaceStore::tr("labor payment prepayment"), payment.resultJson),
         VaultInputCheck::required(CompanyWorkspaceStore::tr("rule pack id"), payment.rulePackId),
         VaultInputCheck::required(CompanyWorkspaceStore::tr("engine version"), payment.engineVersion)});
    const auto bindKey = [&](SqlStatement& statement) {
        statement.bind(1, payment.workspaceId);
        statement.bind(2, qint64(payment.taxYear));
        statement.bind(3, qint64(payment.month));
        statement.bind(4, payment.identifierType);
        statement.bind(5, payment.identifier);
    };
    const auto bindRow = [&](SqlStatement& statement) {
        bindKey(statement);
        statement.bind(6, payment.name);
        statement.bind(7, payment.amount);
        statement.bind(8, payment.resultJson);
        statement.bind(9, payment.rulePackId);
        statement.bind(10, payment.engineVersion);
    };
    return saver.save(valid, payment.workspaceId, bindKey, bindRow, id);
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
            const VaultStatus valid = firstFailure({VaultInputCheck::creditCode(workspace.creditCode),
                                                    VaultInputCheck::required(tr("company name"), workspace.name)});
            const auto bindKey = [&](SqlStatement& statement) { statement.bind(1, workspace.creditCode); };
            const auto bindRow = [&](SqlStatement& statement) {
                statement.bind(1, workspace.creditCode);
                statement.bind(2, workspace.name);
            };
            KeyedSaver saver(connection, workspaceTable);
            if (auto saved = saver.save(valid, 0, bindKey, bindRow, id); !saved.ok()) {
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
            KeyedSaver saver = employeeSaver(connection);
            if (auto saved = saveEmployeeRow(saver, employee, id); !saved.ok()) {
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
            KeyedSaver saver = payrollSaver(connection);
            if (auto saved = savePayrollRow(saver, payroll, id); !saved.ok()) {
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
            KeyedSaver saver = withholdingSaver(connection);
            if (auto saved = saveWithholdingRow(saver, result, id); !saved.ok()) {
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
            KeyedSaver saver = employeeSaver(connection);
            for (const Employee& employee : employees) {
                qint64 id = 0;
                if (auto saved = saveEmployeeRow(saver, employee, id); !saved.ok()) {
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
            KeyedSaver saver = payrollSaver(connection);
            for (const PayrollMonth& payroll : payrolls) {
                qint64 id = 0;
                if (auto saved = savePayrollRow(saver, payroll, id); !saved.ok()) {
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

VaultResult<qint64> CompanyWorkspaceStore::savePayrollStream(
    qint64 workspaceId, int taxYear, const std::function<bool(const PayrollSaver& save)>& produce)
{
    qint64 saved = 0;
    bool produced = false;
    const VaultStatus status =
        VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
            KeyedSaver saver = payrollSaver(connection);
            SqlStatement replaced(connection,
                                  "DELETE FROM payroll_months WHERE tax_year = ?2 AND month = ?3 AND employee_id "
                                  "IN (SELECT id FROM employees WHERE workspace_id = ?1);");
            QSet<int> months;
            const PayrollSaver save = [&](const PayrollMonth& payroll) -> VaultStatus {
                if (!months.contains(payroll.month)) {
                    months.insert(payroll.month);
                    replaced.reset();
                    replaced.bind(1, workspaceId);
                    replaced.bind(2, qint64(taxYear));
                    replaced.bind(3, qint64(payroll.month));
                    if (auto deleted = replaced.run(); !deleted.ok()) {
                        return deleted;
                    }
                }
                qint64 id = 0;
                if (auto stored = savePayrollRow(saver, payroll, id); !stored.ok()) {
                    return stored;
                }
                ++saved;
                return VaultStatus::success();
            };
            produced = produce(save);
            if (!produced) {
                return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                            tr("Nothing was stored: the payroll has problems."));
            }
            if (!months.isEmpty()) {
                SqlStatement stale(connection,
                                   "DELETE FROM withholding_results WHERE payroll_month_id IN (SELECT p.id FROM "
                                   "payroll_months p JOIN employees e ON e.id = p.employee_id WHERE "
                                   "e.workspace_id = ?1 AND p.tax_year = ?2 AND p.month >= ?3);");
                stale.bind(1, workspaceId);
                stale.bind(2, qint64(taxYear));
                stale.bind(3, qint64(*std::min_element(months.begin(), months.end())));
                if (auto deleted = stale.run(); !deleted.ok()) {
                    return deleted;
                }
            }
            return audit.append(QStringLiteral("payroll.imported"),
                                QStringLiteral("%1 payroll months of workspace %2").arg(saved).arg(workspaceId));
        });
    if (!status.ok()) {
        return status;
    }
    return saved;
}

VaultResult<QList<int>> CompanyWorkspaceStore::payrollMonthsImported(qint64 workspaceId, int taxYear)
{
    QList<int> result;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) {
        SqlStatement rows(connection,
                          "SELECT DISTINCT p.month FROM payroll_months p JOIN employees e ON e.id = p.employee_id "
                          "WHERE e.workspace_id = ?1 AND p.tax_year = ?2 ORDER BY p.month;");
        rows.bind(1, workspaceId);
        rows.bind(2, qint64(taxYear));
        while (rows.next()) {
            result.append(int(rows.integer(0)));
        }
        return rows.status();
    });
    if (!status.ok()) {
        return status;
    }
    return result;
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
        KeyedSaver saver = withholdingSaver(connection);
        for (const WithholdingResultRecord& result : results) {
            qint64 id = 0;
            if (auto saved = saveWithholdingRow(saver, result, id); !saved.ok()) {
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

VaultResult<QList<qint64>> CompanyWorkspaceStore::saveLaborPayments(qint64 workspaceId,
                                                                    int taxYear,
                                                                    const QList<int>& replacedMonths,
                                                                    const QList<LaborPaymentRecord>& payments)
{
    QList<qint64> ids;
    ids.reserve(payments.size());
    const VaultStatus status =
        VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
            for (const int month : replacedMonths) {
                SqlStatement replaced(connection,
                                      "DELETE FROM labor_payments WHERE workspace_id = ?1 AND tax_year = ?2 AND "
                                      "month = ?3;");
                replaced.bind(1, workspaceId);
                replaced.bind(2, qint64(taxYear));
                replaced.bind(3, qint64(month));
                if (auto deleted = replaced.run(); !deleted.ok()) {
                    return deleted;
                }
            }
            KeyedSaver saver(
                connection, laborTable, "SELECT 1 FROM company_workspaces WHERE id = ?1;", tr("company workspace"));
            for (const LaborPaymentRecord& payment : payments) {
                qint64 id = 0;
                if (auto saved = saveLaborRow(saver, payment, id); !saved.ok()) {
                    return saved;
                }
                ids.append(id);
            }
            return audit.append(
                QStringLiteral("labor_payments.imported"),
                QStringLiteral("%1 labor payments of workspace %2").arg(payments.size()).arg(workspaceId));
        });
    if (!status.ok()) {
        return status;
    }
    return ids;
}

VaultResult<QList<LaborPaymentRecord>> CompanyWorkspaceStore::laborPayments(qint64 workspaceId, int taxYear, int month)
{
    QList<LaborPaymentRecord> result;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) {
        SqlStatement rows(connection,
                          "SELECT id, month, identifier_type, identifier, name, amount, result_json, rule_pack_id, "
                          "engine_version FROM labor_payments WHERE workspace_id = ?1 AND tax_year = ?2 "
                          "AND (?3 = 0 OR month = ?3) ORDER BY month, id;");
        rows.bind(1, workspaceId);
        rows.bind(2, qint64(taxYear));
        rows.bind(3, qint64(month));
        while (rows.next()) {
            result.append({rows.integer(0),
                           workspaceId,
                           taxYear,
                           int(rows.integer(1)),
                           rows.text(2),
                           rows.text(3),
                           rows.text(4),
                           rows.text(5),
                           rows.blob(6),
                           rows.text(7),
                           rows.text(8)});
        }
        return rows.status();
    });
    if (!status.ok()) {
        return status;
    }
    return result;
}

} // namespace huisuan
