// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/AuditVerification.h"
#include "vault/SecureBuffer.h"
#include "vault/SqlCipherConnection.h"
#include "vault/VaultResult.h"

#include <QByteArray>

namespace huisuan {

/**
 * The append-only audit log. Each entry stores the SHA-256 of the previous entry and its own hash
 * over (previous hash, id, time, action, detail), so changing, removing or reordering any entry
 * breaks the chain at that entry. Details name records by row id, never by personal data.
 *
 * A chain alone cannot show that entries were cut off its end: what remains is still a valid
 * chain. So the log also keeps its head (the id and hash of its last entry) in vault_meta, moved in
 * the same transaction as each append and authenticated with HMAC-SHA256 under a key derived from
 * the data key (see headKey() for what that protects against and what it cannot).
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    /**
     * The key of the head's MAC: HKDF-SHA256 of the data key with its own label, so that it is
     * never the key SQLCipher uses and a MAC can never be confused with anything SQLCipher computes.
     *
     * Threat model. The database is encrypted and authenticated page by page, so whoever lacks the
     * data key can only destroy it, not edit it. The head defends against those who can run SQL on
     * the opened database but do not hold the data key itself: a bug or a future feature in our own
     * code that deletes rows, a tool given an already-keyed connection, a script that edits rows
     * through some other opened copy. They can delete the newest entries and even rewrite the head
     * row, but cannot produce its MAC. Someone who holds the passphrase or the data key can
     * recompute everything, the MAC included; no record kept inside the vault can stop them, only a
     * copy of the head kept elsewhere (a backup, a bureau receipt) could show what they removed.
     */
    static SecureBuffer headKey(const SecureBuffer& dataKey);

    AuditLog(SqlCipherConnection& connection, const SecureBuffer& headKey);

    /** Appends inside the caller's transaction, so an entry exists exactly when its change does. */
    VaultStatus append(const QString& action, const QString& detail);
    /** Records the head of the log as it stands: once, when a vault gains the head (schema 5). */
    VaultStatus sealHead();
    VaultResult<AuditVerification> verify();

    static QByteArray entryHash(const QByteArray& previousHash,
                                qint64 id,
                                const QString& recordedAt,
                                const QString& action,
                                const QString& detail);

private:
    VaultStatus writeHead(qint64 lastId, const QByteArray& lastHash);
    QByteArray headMac(qint64 lastId, const QByteArray& lastHash) const;

    SqlCipherConnection& m_connection;
    const SecureBuffer& m_headKey;
};

} // namespace huisuan
