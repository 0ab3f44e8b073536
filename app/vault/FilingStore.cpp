// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/FilingStore.h"

#include "vault/AuditLog.h"
#include "vault/SqlStatement.h"
#include "vault/VaultAccess.h"
#include "vault/VaultEnumText.h"
#include "vault/VaultInputCheck.h"

namespace huisuan {

namespace {

const char* const statusNames[] = {"signed", "submitted", "accepted", "rejected"};
const char* const filingExists = "SELECT 1 FROM filings WHERE id = ?1;";

QString statusName(FilingRecord::Status status)
{
    return VaultEnumText::nameOf(status, statusNames);
}

FilingRecord::Status statusFrom(const QString& name)
{
    return VaultEnumText::valueOf(name, statusNames, FilingRecord::Status::Signed);
}

bool isFinal(FilingRecord::Status status)
{
    return status == FilingRecord::Status::Accepted || status == FilingRecord::Status::Rejected;
}

VaultStatus
recordStatus(SqlCipherConnection& connection, qint64 filingId, FilingRecord::Status status, const QString& note)
{
    SqlStatement history(
        connection, "INSERT INTO filing_status_history (filing_id, status, changed_at, note) VALUES (?1, ?2, ?3, ?4);");
    history.bind(1, filingId);
    history.bind(2, statusName(status));
    history.bind(3, VaultAccess::nowUtc());
    history.bind(4, note);
    return history.run();
}

} // namespace

FilingStore::FilingStore(Vault& vault)
    : m_vault(vault)
{
}

VaultResult<qint64>
FilingStore::create(qint64 annualReturnId, const QString& submissionId, const QByteArray& signedEnvelope)
{
    qint64 id = 0;
    const VaultStatus status =
        VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
            if (auto valid = VaultInputCheck::submissionId(submissionId); !valid.ok()) {
                return valid;
            }
            if (signedEnvelope.isEmpty()) {
                return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                            tr("The signed envelope is empty; sign the return before filing it."));
            }
            if (auto found = VaultInputCheck::exists(
                    connection, "SELECT 1 FROM annual_returns WHERE id = ?1;", annualReturnId, tr("annual return"));
                !found.ok()) {
                return found;
            }
            SqlStatement taken(connection, "SELECT id FROM filings WHERE submission_id = ?1;");
            taken.bind(1, submissionId);
            if (taken.next()) {
                return VaultStatus::failure(
                    VaultErrorCode::AlreadyExists,
                    tr("The submission id %1 already belongs to filing %2; a new filing needs a new id.")
                        .arg(submissionId)
                        .arg(taken.integer(0)));
            }
            if (!taken.status().ok()) {
                return taken.status();
            }
            const QString now = VaultAccess::nowUtc();
            SqlStatement insert(connection,
                                "INSERT INTO filings (annual_return_id, submission_id, signed_envelope, status, "
                                "created_at) VALUES (?1, ?2, ?3, ?4, ?5);");
            insert.bind(1, annualReturnId);
            insert.bind(2, submissionId);
            insert.bind(3, signedEnvelope);
            insert.bind(4, statusName(FilingRecord::Status::Signed));
            insert.bind(5, now);
            if (auto inserted = insert.run(); !inserted.ok()) {
                return inserted;
            }
            id = connection.lastInsertId();
            if (auto recorded = recordStatus(connection, id, FilingRecord::Status::Signed, QString()); !recorded.ok()) {
                return recorded;
            }
            return audit.append(QStringLiteral("filing.created"),
                                QStringLiteral("filing %1 of annual return %2").arg(id).arg(annualReturnId));
        });
    if (!status.ok()) {
        return status;
    }
    return id;
}

VaultStatus FilingStore::setStatus(qint64 filingId, FilingRecord::Status status, const QString& note)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        SqlStatement current(connection, "SELECT status FROM filings WHERE id = ?1;");
        current.bind(1, filingId);
        if (!current.next()) {
            return current.status().ok() ? VaultInputCheck::exists(connection, filingExists, filingId, tr("filing"))
                                         : current.status();
        }
        const FilingRecord::Status from = statusFrom(current.text(0));
        if (isFinal(from)) {
            return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                        tr("Filing %1 is already %2 by the bureau; file a correction instead.")
                                            .arg(filingId)
                                            .arg(current.text(0)));
        }
        SqlStatement update(connection, "UPDATE filings SET status = ?1 WHERE id = ?2;");
        update.bind(1, statusName(status));
        update.bind(2, filingId);
        if (auto updated = update.run(); !updated.ok()) {
            return updated;
        }
        if (auto recorded = recordStatus(connection, filingId, status, note); !recorded.ok()) {
            return recorded;
        }
        return audit.append(QStringLiteral("filing.status"),
                            QStringLiteral("filing %1: %2").arg(filingId).arg(statusName(status)));
    });
}

VaultStatus FilingStore::addReceipt(qint64 filingId, const QByteArray& receipt)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        if (receipt.isEmpty()) {
            return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                        tr("The bureau's receipt is empty; nothing was saved."));
        }
        if (auto found = VaultInputCheck::exists(connection, filingExists, filingId, tr("filing")); !found.ok()) {
            return found;
        }
        SqlStatement insert(connection,
                            "INSERT INTO filing_receipts (filing_id, receipt, received_at) VALUES (?1, ?2, ?3);");
        insert.bind(1, filingId);
        insert.bind(2, receipt);
        insert.bind(3, VaultAccess::nowUtc());
        if (auto inserted = insert.run(); !inserted.ok()) {
            return inserted;
        }
        return audit.append(QStringLiteral("filing.receipt"),
                            QStringLiteral("receipt %1 of filing %2").arg(connection.lastInsertId()).arg(filingId));
    });
}

VaultResult<FilingRecord> FilingStore::filing(qint64 filingId)
{
    FilingRecord record;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) -> VaultStatus {
        SqlStatement row(connection,
                         "SELECT annual_return_id, submission_id, signed_envelope, status, created_at FROM filings "
                         "WHERE id = ?1;");
        row.bind(1, filingId);
        if (!row.next()) {
            return row.status().ok() ? VaultInputCheck::exists(connection, filingExists, filingId, tr("filing"))
                                     : row.status();
        }
        record.id = filingId;
        record.annualReturnId = row.integer(0);
        record.submissionId = row.text(1);
        record.signedEnvelope = row.blob(2);
        record.status = statusFrom(row.text(3));
        record.createdAt = row.text(4);
        SqlStatement receipts(connection,
                              "SELECT receipt, received_at FROM filing_receipts WHERE filing_id = ?1 ORDER BY id;");
        receipts.bind(1, filingId);
        while (receipts.next()) {
            record.receipts.append({receipts.blob(0), receipts.text(1)});
        }
        SqlStatement history(
            connection, "SELECT status, changed_at, note FROM filing_status_history WHERE filing_id = ?1 ORDER BY id;");
        history.bind(1, filingId);
        while (history.next()) {
            record.statusHistory.append({statusFrom(history.text(0)), history.text(1), history.text(2)});
        }
        return receipts.status().ok() ? history.status() : receipts.status();
    });
    if (!status.ok()) {
        return status;
    }
    return record;
}

} // namespace huisuan
