// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/AuditVerification.h"
#include "vault/SqlCipherConnection.h"
#include "vault/VaultResult.h"

#include <QByteArray>

namespace huisuan {

/**
 * The append-only audit log. Each entry stores the SHA-256 of the previous entry and its own hash
 * over (previous hash, id, time, action, detail), so changing, removing or reordering any entry
 * breaks the chain at that entry. Details name records by row id, never by personal data.
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    /** Appends inside the caller's transaction, so an entry exists exactly when its change does. */
    static VaultStatus append(SqlCipherConnection& connection, const QString& action, const QString& detail);
    static VaultResult<AuditVerification> verify(SqlCipherConnection& connection);

    static QByteArray entryHash(const QByteArray& previousHash,
                                qint64 id,
                                const QString& recordedAt,
                                const QString& action,
                                const QString& detail);
};

} // namespace huisuan
