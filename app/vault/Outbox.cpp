// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Outbox.h"

#include "vault/AuditLog.h"
#include "vault/SqlStatement.h"
#include "vault/VaultAccess.h"
#include "vault/VaultInputCheck.h"

#include <QDateTime>

namespace huisuan {

namespace {

#define HUISUAN_OUTBOX_COLUMNS                                                                             \
    "SELECT outbox.id, outbox.filing_id, filings.submission_id, outbox.attempts, outbox.next_attempt_at, " \
    "outbox.last_error, ifnull(outbox.acknowledged_at, '') FROM outbox JOIN filings ON filings.id = outbox.filing_id "

OutboxEntry entryFrom(const SqlStatement& row)
{
    return {row.integer(0), row.integer(1), row.text(2), int(row.integer(3)), row.text(4), row.text(5), row.text(6)};
}

/** The entry for `submissionId`; `found` false when the id has no entry (yet). */
VaultStatus findEntry(SqlCipherConnection& connection, const QString& submissionId, OutboxEntry& entry, bool& found)
{
    SqlStatement row(connection, HUISUAN_OUTBOX_COLUMNS "WHERE filings.submission_id = ?1;");
    row.bind(1, submissionId);
    found = row.next();
    if (found) {
        entry = entryFrom(row);
    }
    return row.status();
}

VaultStatus notQueued(const QString& submissionId)
{
    return VaultStatus::failure(
        VaultErrorCode::InvalidArgument,
        Outbox::tr("The submission %1 is not in the outbox; queue it first.").arg(submissionId));
}

} // namespace

Outbox::Outbox(Vault& vault)
    : m_vault(vault)
{
}

VaultResult<OutboxEntry> Outbox::enqueue(const QString& submissionId)
{
    OutboxEntry entry;
    const VaultStatus status =
        VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
            if (auto valid = VaultInputCheck::submissionId(submissionId); !valid.ok()) {
                return valid;
            }
            bool found = false;
            if (auto looked = findEntry(connection, submissionId, entry, found); !looked.ok() || found) {
                return looked; // already queued: the same entry, nothing written
            }
            SqlStatement filing(connection, "SELECT id FROM filings WHERE submission_id = ?1;");
            filing.bind(1, submissionId);
            if (!filing.next()) {
                return filing.status().ok()
                    ? VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                           tr("There is no filing with submission id %1; store the signed filing "
                                              "before queuing it.")
                                               .arg(submissionId))
                    : filing.status();
            }
            const qint64 filingId = filing.integer(0);
            SqlStatement insert(connection, "INSERT INTO outbox (filing_id, next_attempt_at) VALUES (?1, ?2);");
            insert.bind(1, filingId);
            insert.bind(2, VaultAccess::nowUtc());
            if (auto inserted = insert.run(); !inserted.ok()) {
                return inserted;
            }
            if (auto reread = findEntry(connection, submissionId, entry, found); !reread.ok()) {
                return reread;
            }
            return audit.append(QStringLiteral("outbox.enqueued"),
                                QStringLiteral("outbox entry %1 of filing %2").arg(entry.id).arg(filingId));
        });
    if (!status.ok()) {
        return status;
    }
    return entry;
}

VaultResult<QList<OutboxEntry>> Outbox::pending()
{
    QList<OutboxEntry> entries;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) {
        SqlStatement rows(connection,
                          HUISUAN_OUTBOX_COLUMNS "WHERE outbox.acknowledged_at IS NULL "
                                                 "ORDER BY outbox.next_attempt_at, outbox.id;");
        while (rows.next()) {
            entries.append(entryFrom(rows));
        }
        return rows.status();
    });
    if (!status.ok()) {
        return status;
    }
    return entries;
}

VaultResult<OutboxEntry> Outbox::entry(const QString& submissionId)
{
    OutboxEntry found;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) -> VaultStatus {
        bool exists = false;
        if (auto looked = findEntry(connection, submissionId, found, exists); !looked.ok()) {
            return looked;
        }
        return exists ? VaultStatus::success() : notQueued(submissionId);
    });
    if (!status.ok()) {
        return status;
    }
    return found;
}

VaultStatus Outbox::recordFailedAttempt(const QString& submissionId, const QString& error, const QString& nextAttemptAt)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        const QDateTime next = QDateTime::fromString(nextAttemptAt, Qt::ISODateWithMs);
        if (!next.isValid()) {
            return VaultStatus::failure(
                VaultErrorCode::InvalidArgument,
                tr("The next attempt time \"%1\" is not an ISO 8601 date and time.").arg(nextAttemptAt));
        }
        OutboxEntry entry;
        bool found = false;
        if (auto looked = findEntry(connection, submissionId, entry, found); !looked.ok() || !found) {
            return looked.ok() ? notQueued(submissionId) : looked;
        }
        if (!entry.isPending()) {
            return VaultStatus::failure(
                VaultErrorCode::InvalidArgument,
                tr("The submission %1 was already acknowledged; it is not sent again.").arg(submissionId));
        }
        SqlStatement update(connection,
                            "UPDATE outbox SET attempts = attempts + 1, last_error = ?1, next_attempt_at = ?2 "
                            "WHERE id = ?3;");
        update.bind(1, error);
        update.bind(2, next.toUTC().toString(Qt::ISODateWithMs));
        update.bind(3, entry.id);
        if (auto updated = update.run(); !updated.ok()) {
            return updated;
        }
        return audit.append(QStringLiteral("outbox.attempt_failed"),
                            QStringLiteral("outbox entry %1, attempt %2").arg(entry.id).arg(entry.attempts + 1));
    });
}

VaultStatus Outbox::markAcknowledged(const QString& submissionId)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        OutboxEntry entry;
        bool found = false;
        if (auto looked = findEntry(connection, submissionId, entry, found); !looked.ok() || !found) {
            return looked.ok() ? notQueued(submissionId) : looked;
        }
        if (!entry.isPending()) {
            return VaultStatus::success();
        }
        SqlStatement update(connection, "UPDATE outbox SET acknowledged_at = ?1 WHERE id = ?2;");
        update.bind(1, VaultAccess::nowUtc());
        update.bind(2, entry.id);
        if (auto updated = update.run(); !updated.ok()) {
            return updated;
        }
        return audit.append(QStringLiteral("outbox.acknowledged"), QStringLiteral("outbox entry %1").arg(entry.id));
    });
}

#undef HUISUAN_OUTBOX_COLUMNS

} // namespace huisuan
