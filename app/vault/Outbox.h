// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/OutboxEntry.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QList>

namespace huisuan {

/**
 * Submissions not yet acknowledged by the bureau, kept in the vault so that a crash or a dropped
 * network loses nothing and files nothing twice. An entry is keyed by its filing's client-made
 * submission id: enqueuing an id again, even after it was acknowledged, returns the one entry
 * there is. Each change is audited.
 */
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    explicit Outbox(Vault& vault);

    /** Queues the filing with `submissionId` (see FilingStore::create), or returns its existing entry. */
    [[nodiscard]] VaultResult<OutboxEntry> enqueue(const QString& submissionId);
    /** Entries not yet acknowledged, the one due first first. */
    [[nodiscard]] VaultResult<QList<OutboxEntry>> pending();
    [[nodiscard]] VaultResult<OutboxEntry> entry(const QString& submissionId);
    /** Counts a failed attempt and when to try again (ISO 8601 UTC). */
    [[nodiscard]] VaultStatus
    recordFailedAttempt(const QString& submissionId, const QString& error, const QString& nextAttemptAt);
    /** The bureau answered with a receipt. Acknowledging twice changes nothing the second time. */
    [[nodiscard]] VaultStatus markAcknowledged(const QString& submissionId);

private:
    Vault& m_vault;
};

} // namespace huisuan
