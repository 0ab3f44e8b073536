// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/BureauDeductionStore.h"

#include "vault/AuditLog.h"
#include "vault/SqlStatement.h"
#include "vault/VaultAccess.h"

namespace huisuan {

BureauDeductionStore::BureauDeductionStore(Vault& vault)
    : m_vault(vault)
{
}

VaultStatus BureauDeductionStore::replaceYear(qint64 workspaceId, int taxYear, const QList<BureauDeduction>& deductions)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        SqlStatement removal(connection,
                             "DELETE FROM employee_bureau_deductions WHERE workspace_id = ?1 AND tax_year = ?2;");
        removal.bind(1, workspaceId);
        removal.bind(2, qint64(taxYear));
        if (auto removed = removal.run(); !removed.ok()) {
            return removed;
        }
        const QString now = VaultAccess::nowUtc();
        SqlStatement insert(connection,
                            "INSERT INTO employee_bureau_deductions (workspace_id, identity_number, tax_year, "
                            "election_id, monthly_json, downloaded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6);");
        for (const BureauDeduction& deduction : deductions) {
            insert.reset();
            insert.bind(1, workspaceId);
            insert.bind(2, deduction.identityNumber);
            insert.bind(3, qint64(taxYear));
            insert.bind(4, deduction.electionId);
            insert.bind(5, deduction.monthlyJson);
            insert.bind(6, now);
            if (auto inserted = insert.run(); !inserted.ok()) {
                return inserted;
            }
        }
        return audit.append(
            QStringLiteral("batch.deductions_downloaded"),
            QStringLiteral("workspace %1, %2: %3 employee(s)").arg(workspaceId).arg(taxYear).arg(deductions.size()));
    });
}

VaultResult<QList<BureauDeduction>> BureauDeductionStore::forYear(qint64 workspaceId, int taxYear)
{
    QList<BureauDeduction> found;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) {
        SqlStatement rows(connection,
                          "SELECT identity_number, election_id, monthly_json, downloaded_at FROM "
                          "employee_bureau_deductions WHERE workspace_id = ?1 AND tax_year = ?2 "
                          "ORDER BY identity_number;");
        rows.bind(1, workspaceId);
        rows.bind(2, qint64(taxYear));
        while (rows.next()) {
            found.append({rows.text(0), taxYear, rows.text(1), rows.blob(2), rows.text(3)});
        }
        return rows.status();
    });
    if (!status.ok()) {
        return status;
    }
    return found;
}

} // namespace huisuan
