// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/FilingRecord.h"
#include "vault/Vault.h"

#include <QCoreApplication>

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

    /** Stores a signed envelope for a stored annual return, with status Signed; returns the filing id. */
    [[nodiscard]] VaultResult<qint64>
    create(qint64 annualReturnId, const QString& submissionId, const QByteArray& signedEnvelope);
    /** Moves the filing to `status`, recording the change; a final status cannot change again. */
    [[nodiscard]] VaultStatus setStatus(qint64 filingId, FilingRecord::Status status, const QString& note = QString());
    [[nodiscard]] VaultStatus addReceipt(qint64 filingId, const QByteArray& receipt);
    /** The filing with its receipts and status history. */
    [[nodiscard]] VaultResult<FilingRecord> filing(qint64 filingId);

private:
    Vault& m_vault;
};

} // namespace huisuan
