// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditFile.h"
#include "vault/Vault.h"
#include "vault/VaultResult.h"

#include <QCoreApplication>
#include <QList>

namespace huisuan {

/**
 * Makes audit files from an open vault: the signed filing, the bureau's receipt that answered it,
 * the result and trace stored with it (AnnualReturnRecord) and the SM2 CAs of every enrolment.
 */
class AuditFileExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditFileExport)

public:
    /** The audit file of one submission; a failure when the vault holds no such submission. */
    static VaultResult<AuditFile> fromVault(Vault& vault, const QString& submissionId);
    /** The audit file of every filing in the vault, by tax year then oldest first. */
    static VaultResult<QList<AuditFile>> allFromVault(Vault& vault);
};

} // namespace huisuan
