// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Vault.h"
#include "vault/WithholdingDeclaration.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace huisuan {

/**
 * The company workspaces' declarations to the bureau and their outbox (ADR 0005): a declaration is
 * stored with its bytes in one transaction before anything is sent, marked Submitted before its
 * bytes leave, and keeps the bureau's receipt. Each change is audited.
 */
class WithholdingDeclarationStore
{
    Q_DECLARE_TR_FUNCTIONS(WithholdingDeclarationStore)

public:
    explicit WithholdingDeclarationStore(Vault& vault);

    /** Stores a new declaration as Queued, due now; its id. The declaration id must be new. */
    [[nodiscard]] VaultResult<qint64> createQueued(const WithholdingDeclaration& declaration);
    /** The month's declarations, the first made first. */
    [[nodiscard]] VaultResult<QList<WithholdingDeclaration>> forMonth(qint64 workspaceId, int taxYear, int month);
    /** The workspace's declarations of a year, by month and then as made. */
    [[nodiscard]] VaultResult<QList<WithholdingDeclaration>> forYear(qint64 workspaceId, int taxYear);
    /** Queued and submitted declarations of every workspace, the one due first first. */
    [[nodiscard]] VaultResult<QList<WithholdingDeclaration>> pending();

    [[nodiscard]] VaultStatus markSubmitted(qint64 id);
    /** Counts a failed attempt and when to try again (ISO 8601 UTC). */
    [[nodiscard]] VaultStatus recordFailedAttempt(qint64 id, const QString& error, const QString& nextAttemptAt);
    /** Keeps the verified receipt; recording the same receipt again changes nothing. */
    [[nodiscard]] VaultStatus recordReceipt(qint64 id, const QByteArray& signedReceipt, const QString& receiptId);
    [[nodiscard]] VaultStatus recordRefusal(qint64 id, const QString& reason);

private:
    Vault& m_vault;
};

} // namespace huisuan
