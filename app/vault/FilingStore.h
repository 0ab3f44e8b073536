// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/FilingRecord.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QList>

namespace huisuan {

/**
 * Filings in an open vault. A filing's envelope never changes once stored; its status moves forward
 * and each move is kept in its history. Each change is audited.
 */
class FilingStore
{
    Q_DECLARE_TR_FUNCTIONS(FilingStore)

public:
    explicit FilingStore(Vault& vault);

    /**
     * Stores a signed envelope for a stored annual return, with status Signed; returns the filing id.
     * A correction names in `replaces` the submission id of a filing of the same tax year in this
     * vault; a first filing names none. Whether that filing is still the accepted one is the
     * bureau's to decide (bureau-api.md §7), since only the bureau knows for certain.
     */
    [[nodiscard]] VaultResult<qint64> create(qint64 annualReturnId,
                                             const QString& submissionId,
                                             const QByteArray& signedEnvelope,
                                             FilingRecord::Kind kind = FilingRecord::Kind::Filing,
                                             const QString& replaces = QString());
    /**
     * As create(), and queues the filing in the outbox in the same transaction: a crash can leave
     * a filing unsent, never unqueued.
     */
    [[nodiscard]] VaultResult<qint64> createQueued(qint64 annualReturnId,
                                                   const QString& submissionId,
                                                   const QByteArray& signedEnvelope,
                                                   FilingRecord::Kind kind = FilingRecord::Kind::Filing,
                                                   const QString& replaces = QString());
    /**
     * Moves the filing to `status`, recording the change: Signed → Submitted → Accepted or Rejected,
     * Accepted → Withdrawn or Replaced; any other move is refused. Setting the status it already
     * has succeeds and records nothing, because the bureau answers a repeat with the same receipt.
     */
    [[nodiscard]] VaultStatus setStatus(qint64 filingId, FilingRecord::Status status, const QString& note = QString());
    /** Keeps a receipt of the filing; the same bytes again change nothing (a repeated answer). */
    [[nodiscard]] VaultStatus addReceipt(qint64 filingId, const QByteArray& receipt);
    /** The filing with its receipts and status history. */
    [[nodiscard]] VaultResult<FilingRecord> filing(qint64 filingId);
    /** The filing made under `submissionId`, with its receipts and status history. */
    [[nodiscard]] VaultResult<FilingRecord> bySubmissionId(const QString& submissionId);
    /**
     * Every filing whose annual return is of `taxYear`, oldest first, with receipts and status
     * histories: where the client finds the accepted submission a correction must name.
     */
    [[nodiscard]] VaultResult<QList<FilingRecord>> forYear(int taxYear);

private:
    VaultResult<qint64> insert(qint64 annualReturnId,
                               const QString& submissionId,
                               const QByteArray& signedEnvelope,
                               FilingRecord::Kind kind,
                               const QString& replaces,
                               bool queued);

    Vault& m_vault;
};

} // namespace huisuan
