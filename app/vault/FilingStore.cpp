// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/FilingStore.h"

#include "vault/AuditLog.h"
#include "vault/SqlStatement.h"
#include "vault/VaultAccess.h"
#include "vault/VaultEnumText.h"
#include "vault/VaultInputCheck.h"

namespace huisuan {

namespace {

const char* const statusNames[] = {"signed", "submitted", "accepted", "rejected", "withdrawn", "replaced"};
const char* const kindNames[] = {"filing", "correction"};
const char* const filingExists = "SELECT 1 FROM filings WHERE id = ?1;";
// The columns readFilings() expects, for a query that appends its own WHERE and ORDER BY.
const char* const filingColumns = "SELECT f.id, f.annual_return_id, f.submission_id, f.signed_envelope, f.status, "
                                  "f.created_at, f.kind, f.replaces FROM filings AS f";

QString statusName(FilingRecord::Status status)
{
    return VaultEnumText::nameOf(status, statusNames);
}

FilingRecord::Status statusFrom(const QString& name)
{
    return VaultEnumText::valueOf(name, statusNames, FilingRecord::Status::Signed);
}

/** The status as the user reads it in a message; statusName() is what the vault stores. */
QString statusText(FilingRecord::Status status)
{
    switch (status) {
    case FilingRecord::Status::Signed:
        return FilingStore::tr("signed");
    case FilingRecord::Status::Submitted:
        return FilingStore::tr("submitted");
    case FilingRecord::Status::Accepted:
        return FilingStore::tr("accepted");
    case FilingRecord::Status::Rejected:
        return FilingStore::tr("rejected");
    case FilingRecord::Status::Withdrawn:
        return FilingStore::tr("withdrawn");
    case FilingRecord::Status::Replaced:
        return FilingStore::tr("replaced");
    }
    // Unreachable: the switch names every status, and a value outside them has no name to index.
    return QString();
}

bool isAllowedMove(FilingRecord::Status from, FilingRecord::Status to)
{
    using Status = FilingRecord::Status;
    switch (from) {
    case Status::Signed:
        return to == Status::Submitted;
    case Status::Submitted:
        return to == Status::Accepted || to == Status::Rejected;
    case Status::Accepted:
        return to == Status::Withdrawn || to == Status::Replaced;
    case Status::Rejected:
    case Status::Withdrawn:
    case Status::Replaced:
        return false;
    }
    return false;
}

/** Why the filing cannot move from `from` to `to`, and what the user can do instead. */
QString refusedMove(qint64 filingId, FilingRecord::Status from, FilingRecord::Status to)
{
    switch (from) {
    case FilingRecord::Status::Rejected:
        return FilingStore::tr("Filing %1 was rejected by the bureau, which is final; file the corrected return as a "
                               "new filing.")
            .arg(filingId);
    case FilingRecord::Status::Withdrawn:
        return FilingStore::tr("Filing %1 was withdrawn, which is final; to file this year again, make a new filing.")
            .arg(filingId);
    case FilingRecord::Status::Replaced:
        return FilingStore::tr("Filing %1 was replaced by a correction, which is final; to change it again, correct "
                               "the filing that replaced it.")
            .arg(filingId);
    default:
        return FilingStore::tr("Filing %1 is %2 and cannot become %3: a filing is signed, then submitted, then "
                               "accepted or rejected, and only an accepted one can be withdrawn or replaced.")
            .arg(filingId)
            .arg(statusText(from), statusText(to));
    }
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

/** Every filing `rows` (a query on filingColumns) selects, each with its receipts and history. */
VaultStatus readFilings(SqlCipherConnection& connection, SqlStatement& rows, QList<FilingRecord>& filings)
{
    while (rows.next()) {
        FilingRecord record;
        record.id = rows.integer(0);
        record.annualReturnId = rows.integer(1);
        record.submissionId = rows.text(2);
        record.signedEnvelope = rows.blob(3);
        record.status = statusFrom(rows.text(4));
        record.createdAt = rows.text(5);
        record.kind = VaultEnumText::valueOf(rows.text(6), kindNames, FilingRecord::Kind::Filing);
        record.replaces = rows.text(7);
        SqlStatement receipts(connection,
                              "SELECT receipt, received_at FROM filing_receipts WHERE filing_id = ?1 ORDER BY id;");
        receipts.bind(1, record.id);
        while (receipts.next()) {
            record.receipts.append({receipts.blob(0), receipts.text(1)});
        }
        SqlStatement history(
            connection, "SELECT status, changed_at, note FROM filing_status_history WHERE filing_id = ?1 ORDER BY id;");
        history.bind(1, record.id);
        while (history.next()) {
            record.statusHistory.append({statusFrom(history.text(0)), history.text(1), history.text(2)});
        }
        if (!receipts.status().ok()) {
            return receipts.status();
        }
        if (!history.status().ok()) {
            return history.status();
        }
        filings.append(record);
    }
    return rows.status();
}

/**
 * A correction names a filing of the same tax year in this vault, and a first filing names none;
 * `replacedId` is then the id of the filing replaced, 0 for a first filing.
 */
VaultStatus checkReplaces(SqlCipherConnection& connection,
                          qint64 annualReturnId,
                          const QString& submissionId,
                          FilingRecord::Kind kind,
                          const QString& replaces,
                          qint64& replacedId)
{
    replacedId = 0;
    if (kind == FilingRecord::Kind::Filing) {
        if (replaces.isEmpty()) {
            return VaultStatus::success();
        }
        return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                    FilingStore::tr("A first filing replaces nothing, yet this one names submission "
                                                    "%1; file it as a correction to replace that filing.")
                                        .arg(replaces));
    }
    if (replaces.isEmpty()) {
        return VaultStatus::failure(
            VaultErrorCode::InvalidArgument,
            FilingStore::tr(
                "A correction must name the submission it replaces; choose the accepted filing to correct."));
    }
    if (auto valid = VaultInputCheck::submissionId(replaces); !valid.ok()) {
        return valid;
    }
    if (replaces == submissionId) {
        return VaultStatus::failure(
            VaultErrorCode::InvalidArgument,
            FilingStore::tr("The correction %1 names itself as the filing it replaces; name the accepted filing.")
                .arg(submissionId));
    }
    SqlStatement replaced(connection,
                          "SELECT f.id, r.tax_year, (SELECT tax_year FROM annual_returns WHERE id = ?2) "
                          "FROM filings AS f JOIN annual_returns AS r ON r.id = f.annual_return_id "
                          "WHERE f.submission_id = ?1;");
    replaced.bind(1, replaces);
    replaced.bind(2, annualReturnId);
    if (!replaced.next()) {
        return replaced.status().ok()
            ? VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                   FilingStore::tr("There is no filing with the submission id %1 in the vault to "
                                                   "correct; choose a filing made from this vault.")
                                       .arg(replaces))
            : replaced.status();
    }
    if (replaced.integer(1) != replaced.integer(2)) {
        return VaultStatus::failure(
            VaultErrorCode::InvalidArgument,
            FilingStore::tr("Submission %1 is a filing for tax year %2, but the correction is for tax year %3; a "
                            "correction replaces a filing of its own year.")
                .arg(replaces)
                .arg(replaced.integer(1))
                .arg(replaced.integer(2)));
    }
    replacedId = replaced.integer(0);
    return VaultStatus::success();
}

} // namespace

FilingStore::FilingStore(Vault& vault)
    : m_vault(vault)
{
}

VaultResult<qint64> FilingStore::create(qint64 annualReturnId,
                                        const QString& submissionId,
                                        const QByteArray& signedEnvelope,
                                        FilingRecord::Kind kind,
                                        const QString& replaces)
{
    return insert(annualReturnId, submissionId, signedEnvelope, kind, replaces, false);
}

VaultResult<qint64> FilingStore::createQueued(qint64 annualReturnId,
                                              const QString& submissionId,
                                              const QByteArray& signedEnvelope,
                                              FilingRecord::Kind kind,
                                              const QString& replaces)
{
    return insert(annualReturnId, submissionId, signedEnvelope, kind, replaces, true);
}

VaultResult<qint64> FilingStore::insert(qint64 annualReturnId,
                                        const QString& submissionId,
                                        const QByteArray& signedEnvelope,
                                        FilingRecord::Kind kind,
                                        const QString& replaces,
                                        bool queued)
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
            qint64 replacedId = 0;
            if (auto valid = checkReplaces(connection, annualReturnId, submissionId, kind, replaces, replacedId);
                !valid.ok()) {
                return valid;
            }
            const QString now = VaultAccess::nowUtc();
            SqlStatement insert(connection,
                                "INSERT INTO filings (annual_return_id, submission_id, signed_envelope, status, "
                                "created_at, kind, replaces) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);");
            insert.bind(1, annualReturnId);
            insert.bind(2, submissionId);
            insert.bind(3, signedEnvelope);
            insert.bind(4, statusName(FilingRecord::Status::Signed));
            insert.bind(5, now);
            insert.bind(6, VaultEnumText::nameOf(kind, kindNames));
            insert.bind(7, replaces);
            if (auto inserted = insert.run(); !inserted.ok()) {
                return inserted;
            }
            id = connection.lastInsertId();
            if (auto recorded = recordStatus(connection, id, FilingRecord::Status::Signed, QString()); !recorded.ok()) {
                return recorded;
            }
            const QString detail = QStringLiteral("filing %1 of annual return %2").arg(id).arg(annualReturnId);
            if (auto audited = audit.append(
                    QStringLiteral("filing.created"),
                    replacedId == 0 ? detail : QStringLiteral("%1, correcting filing %2").arg(detail).arg(replacedId));
                !audited.ok() || !queued) {
                return audited;
            }
            // Due at once: the outbox entry exists from the moment the filing does (Outbox::enqueue).
            SqlStatement queue(connection, "INSERT INTO outbox (filing_id, next_attempt_at) VALUES (?1, ?2);");
            queue.bind(1, id);
            queue.bind(2, now);
            if (auto enqueued = queue.run(); !enqueued.ok()) {
                return enqueued;
            }
            return audit.append(QStringLiteral("outbox.enqueued"), QStringLiteral("filing %1").arg(id));
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
        if (from == status) {
            return VaultStatus::success();
        }
        if (!isAllowedMove(from, status)) {
            return VaultStatus::failure(VaultErrorCode::InvalidArgument, refusedMove(filingId, from, status));
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
        // The bureau answers a repeat with the very same receipt; it is kept once.
        SqlStatement kept(connection, "SELECT 1 FROM filing_receipts WHERE filing_id = ?1 AND receipt = ?2;");
        kept.bind(1, filingId);
        kept.bind(2, receipt);
        if (kept.next()) {
            return VaultStatus::success();
        }
        if (!kept.status().ok()) {
            return kept.status();
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
    QList<FilingRecord> found;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) -> VaultStatus {
        const QByteArray sql = QByteArray(filingColumns) + " WHERE f.id = ?1;";
        SqlStatement row(connection, sql.constData());
        row.bind(1, filingId);
        if (auto read = readFilings(connection, row, found); !read.ok()) {
            return read;
        }
        return found.isEmpty() ? VaultInputCheck::exists(connection, filingExists, filingId, tr("filing"))
                               : VaultStatus::success();
    });
    if (!status.ok()) {
        return status;
    }
    return found.first();
}

VaultResult<FilingRecord> FilingStore::bySubmissionId(const QString& submissionId)
{
    QList<FilingRecord> found;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) -> VaultStatus {
        const QByteArray sql = QByteArray(filingColumns) + " WHERE f.submission_id = ?1;";
        SqlStatement row(connection, sql.constData());
        row.bind(1, submissionId);
        if (auto read = readFilings(connection, row, found); !read.ok()) {
            return read;
        }
        if (found.isEmpty()) {
            return VaultStatus::failure(
                VaultErrorCode::InvalidArgument,
                tr("There is no filing with the submission id %1 in the vault.").arg(submissionId));
        }
        return VaultStatus::success();
    });
    if (!status.ok()) {
        return status;
    }
    return found.first();
}

VaultResult<QList<FilingRecord>> FilingStore::forYear(int taxYear)
{
    QList<FilingRecord> filings;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) -> VaultStatus {
        const QByteArray sql = QByteArray(filingColumns) +
            " JOIN annual_returns AS r ON r.id = f.annual_return_id WHERE r.tax_year = ?1 ORDER BY f.id;";
        SqlStatement rows(connection, sql.constData());
        rows.bind(1, qint64(taxYear));
        return readFilings(connection, rows, filings);
    });
    if (!status.ok()) {
        return status;
    }
    return filings;
}

} // namespace huisuan
