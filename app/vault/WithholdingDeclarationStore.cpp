// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/WithholdingDeclarationStore.h"

#include "vault/AuditLog.h"
#include "vault/SqlStatement.h"
#include "vault/VaultAccess.h"
#include "vault/VaultInputCheck.h"

#include <QDateTime>
#include <array>

namespace huisuan {

namespace {

#define HUISUAN_DECLARATION_COLUMNS                                                                \
    "SELECT id, workspace_id, tax_year, month, declaration_id, replaces, body, status, attempts, " \
    "next_attempt_at, last_error, ifnull(receipt, x''), receipt_id, created_at FROM withholding_declarations "

using Status = WithholdingDeclaration::Status;

const std::array<std::pair<Status, const char*>, 4> statusNames {{
    {Status::Queued, "queued"},
    {Status::Submitted, "submitted"},
    {Status::Declared, "declared"},
    {Status::Refused, "refused"},
}};

Status statusOf(const QString& name)
{
    for (const auto& [value, text] : statusNames) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return Status::Queued;
}

WithholdingDeclaration declarationFrom(const SqlStatement& row)
{
    WithholdingDeclaration declaration;
    declaration.id = row.integer(0);
    declaration.workspaceId = row.integer(1);
    declaration.taxYear = int(row.integer(2));
    declaration.month = int(row.integer(3));
    declaration.declarationId = row.text(4);
    declaration.replaces = row.text(5);
    declaration.body = row.blob(6);
    declaration.status = statusOf(row.text(7));
    declaration.attempts = int(row.integer(8));
    declaration.nextAttemptAt = row.text(9);
    declaration.lastError = row.text(10);
    declaration.receipt = row.blob(11);
    declaration.receiptId = row.text(12);
    declaration.createdAt = row.text(13);
    return declaration;
}

VaultResult<QList<WithholdingDeclaration>> query(Vault& vault, const char* sql, const QList<qint64>& values)
{
    QList<WithholdingDeclaration> found;
    const VaultStatus status = VaultAccess::read(vault, [&](SqlCipherConnection& connection) {
        SqlStatement rows(connection, sql);
        for (int i = 0; i < values.size(); ++i) {
            rows.bind(i + 1, values.at(i));
        }
        while (rows.next()) {
            found.append(declarationFrom(rows));
        }
        return rows.status();
    });
    if (!status.ok()) {
        return status;
    }
    return found;
}

/** The declaration with `id`, which must exist. */
VaultStatus findDeclaration(SqlCipherConnection& connection, qint64 id, WithholdingDeclaration& declaration)
{
    SqlStatement row(connection, HUISUAN_DECLARATION_COLUMNS "WHERE id = ?1;");
    row.bind(1, id);
    if (!row.next()) {
        return row.status().ok()
            ? VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                   WithholdingDeclarationStore::tr("There is no declaration %1 in this vault.").arg(id))
            : row.status();
    }
    declaration = declarationFrom(row);
    return VaultStatus::success();
}

VaultStatus notPending(const WithholdingDeclaration& declaration)
{
    return VaultStatus::failure(
        VaultErrorCode::InvalidArgument,
        WithholdingDeclarationStore::tr("The declaration %1 is answered already; it is not sent again.")
            .arg(declaration.declarationId));
}

} // namespace

WithholdingDeclarationStore::WithholdingDeclarationStore(Vault& vault)
    : m_vault(vault)
{
}

VaultResult<qint64> WithholdingDeclarationStore::createQueued(const WithholdingDeclaration& declaration)
{
    qint64 id = 0;
    const VaultStatus status =
        VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
            if (auto valid = VaultInputCheck::submissionId(declaration.declarationId); !valid.ok()) {
                return valid;
            }
            if (declaration.month < 1 || declaration.month > 12 || declaration.body.isEmpty()) {
                return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                            tr("A declaration needs a month and the bytes to send."));
            }
            SqlStatement insert(connection,
                                "INSERT INTO withholding_declarations (workspace_id, tax_year, month, "
                                "declaration_id, replaces, body, status, next_attempt_at, created_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'queued', ?7, ?7);");
            insert.bind(1, declaration.workspaceId);
            insert.bind(2, qint64(declaration.taxYear));
            insert.bind(3, qint64(declaration.month));
            insert.bind(4, declaration.declarationId);
            insert.bind(5, declaration.replaces);
            insert.bind(6, declaration.body);
            insert.bind(7, VaultAccess::nowUtc());
            if (auto inserted = insert.run(); !inserted.ok()) {
                return inserted;
            }
            id = connection.lastInsertId();
            return audit.append(QStringLiteral("declaration.queued"),
                                QStringLiteral("declaration %1 of %2-%3")
                                    .arg(declaration.declarationId)
                                    .arg(declaration.taxYear)
                                    .arg(declaration.month, 2, 10, QLatin1Char('0')));
        });
    if (!status.ok()) {
        return status;
    }
    return id;
}

VaultResult<QList<WithholdingDeclaration>>
WithholdingDeclarationStore::forMonth(qint64 workspaceId, int taxYear, int month)
{
    return query(m_vault,
                 HUISUAN_DECLARATION_COLUMNS "WHERE workspace_id = ?1 AND tax_year = ?2 AND month = ?3 ORDER BY id;",
                 {workspaceId, qint64(taxYear), qint64(month)});
}

VaultResult<QList<WithholdingDeclaration>> WithholdingDeclarationStore::forYear(qint64 workspaceId, int taxYear)
{
    return query(m_vault,
                 HUISUAN_DECLARATION_COLUMNS "WHERE workspace_id = ?1 AND tax_year = ?2 ORDER BY month, id;",
                 {workspaceId, qint64(taxYear)});
}

VaultResult<QList<WithholdingDeclaration>> WithholdingDeclarationStore::pending()
{
    return query(m_vault,
                 HUISUAN_DECLARATION_COLUMNS "WHERE status IN ('queued', 'submitted') ORDER BY next_attempt_at, id;",
                 {});
}

VaultStatus WithholdingDeclarationStore::markSubmitted(qint64 id)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        WithholdingDeclaration declaration;
        if (auto found = findDeclaration(connection, id, declaration); !found.ok()) {
            return found;
        }
        if (declaration.status != Status::Queued) {
            return declaration.isPending() ? VaultStatus::success() : notPending(declaration);
        }
        SqlStatement update(connection, "UPDATE withholding_declarations SET status = 'submitted' WHERE id = ?1;");
        update.bind(1, id);
        if (auto updated = update.run(); !updated.ok()) {
            return updated;
        }
        return audit.append(QStringLiteral("declaration.submitted"), declaration.declarationId);
    });
}

VaultStatus
WithholdingDeclarationStore::recordFailedAttempt(qint64 id, const QString& error, const QString& nextAttemptAt)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        const QDateTime next = QDateTime::fromString(nextAttemptAt, Qt::ISODateWithMs);
        if (!next.isValid()) {
            return VaultStatus::failure(
                VaultErrorCode::InvalidArgument,
                tr("The next attempt time \"%1\" is not an ISO 8601 date and time.").arg(nextAttemptAt));
        }
        WithholdingDeclaration declaration;
        if (auto found = findDeclaration(connection, id, declaration); !found.ok()) {
            return found;
        }
        if (!declaration.isPending()) {
            return notPending(declaration);
        }
        SqlStatement update(connection,
                            "UPDATE withholding_declarations SET attempts = attempts + 1, last_error = ?1, "
                            "next_attempt_at = ?2 WHERE id = ?3;");
        update.bind(1, error);
        update.bind(2, next.toUTC().toString(Qt::ISODateWithMs));
        update.bind(3, id);
        if (auto updated = update.run(); !updated.ok()) {
            return updated;
        }
        return audit.append(
            QStringLiteral("declaration.attempt_failed"),
            QStringLiteral("%1, attempt %2").arg(declaration.declarationId).arg(declaration.attempts + 1));
    });
}

VaultStatus
WithholdingDeclarationStore::recordReceipt(qint64 id, const QByteArray& signedReceipt, const QString& receiptId)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        WithholdingDeclaration declaration;
        if (auto found = findDeclaration(connection, id, declaration); !found.ok()) {
            return found;
        }
        if (declaration.status == Status::Declared && declaration.receipt == signedReceipt) {
            return VaultStatus::success();
        }
        if (!declaration.isPending()) {
            return notPending(declaration);
        }
        SqlStatement update(connection,
                            "UPDATE withholding_declarations SET status = 'declared', receipt = ?1, receipt_id = ?2 "
                            "WHERE id = ?3;");
        update.bind(1, signedReceipt);
        update.bind(2, receiptId);
        update.bind(3, id);
        if (auto updated = update.run(); !updated.ok()) {
            return updated;
        }
        return audit.append(QStringLiteral("declaration.declared"),
                            QStringLiteral("%1, receipt %2").arg(declaration.declarationId, receiptId));
    });
}

VaultStatus WithholdingDeclarationStore::recordRefusal(qint64 id, const QString& reason)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        WithholdingDeclaration declaration;
        if (auto found = findDeclaration(connection, id, declaration); !found.ok()) {
            return found;
        }
        if (!declaration.isPending()) {
            return notPending(declaration);
        }
        SqlStatement update(connection,
                            "UPDATE withholding_declarations SET status = 'refused', last_error = ?1 WHERE id = ?2;");
        update.bind(1, reason);
        update.bind(2, id);
        if (auto updated = update.run(); !updated.ok()) {
            return updated;
        }
        return audit.append(QStringLiteral("declaration.refused"), declaration.declarationId);
    });
}

#undef HUISUAN_DECLARATION_COLUMNS

} // namespace huisuan
