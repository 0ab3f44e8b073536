// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/CompanyWorkspace.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QString>

namespace huisuan {

/**
 * Puts a month's withholding declaration in the vault's declaration outbox (issue 6,
 * docs/bureau-api.md §4.1, ADR 0005): the canonical bytes with a declaration id made here once,
 * in one transaction, before anything is sent.
 *
 * Asked again for the same month, it queues nothing new while the computed declaration is the one
 * already queued or declared (the same id goes out, or nothing does); after the month was
 * recomputed, it queues a new declaration that names the one in force at the bureau in "replaces".
 */
class DeclarationQueue
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationQueue)

public:
    struct Queued
    {
        QString declarationId;
        QString replaces; // the declaration in force it replaces, empty for the month's first
        bool isNew = false; // false: the same declaration was queued or declared before
    };

    explicit DeclarationQueue(Vault& vault);

    [[nodiscard]] VaultResult<Queued> queue(const CompanyWorkspace& workspace, int taxYear, int month);

private:
    Vault& m_vault;
};

} // namespace huisuan
