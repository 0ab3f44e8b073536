// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Vault.h"
#include "vault/VaultStatus.h"

#include <QString>
#include <exception>
#include <functional>

namespace huisuan {

class AuditLog;
class SqlCipherConnection;

/**
 * How Vault and the stores built on it (income, deductions, filings, outbox, company workspaces)
 * reach an open vault's database: the one place that turns a locked vault, a failed statement or an
 * exception into a status, and that makes every write one transaction holding its audit entry.
 *
 * It is also the one extension point for a program that keeps tables of its own in its own vault:
 * huisuan-bureau's BureauStore adds `bureau_*` tables, versioned by itself (BureauSchema), never in
 * VaultSchema's migrations or PRAGMA user_version, and reaches them only through read() and write().
 */
class VaultAccess
{
public:
    /** No exception may cross the module boundary (STYLE.md): it becomes an Internal status. */
    template <typename Result>
    static Result guarded(const std::function<Result()>& body)
    {
        try {
            return body();
        } catch (const std::exception& error) {
            return internalError(QString::fromLocal8Bit(error.what()));
        } catch (...) {
            return internalError(QString());
        }
    }

    static VaultStatus lockedStatus();
    static VaultStatus internalError(const QString& detail);
    static QString nowUtc();

    /** BEGIN IMMEDIATE, `body`, COMMIT; ROLLBACK when anything fails, so nothing of it remains. */
    static VaultStatus transaction(SqlCipherConnection& connection, const std::function<VaultStatus()>& body);

    /** Runs `body` on the database of `vault`, which must be unlocked. */
    static VaultStatus read(Vault& vault, const std::function<VaultStatus(SqlCipherConnection&)>& body);
    /**
     * Runs `body` in one transaction on the database of `vault`, with the audit log in which it
     * records what it changed: the change and its audit entry are committed together or not at all.
     */
    static VaultStatus write(Vault& vault, const std::function<VaultStatus(SqlCipherConnection&, AuditLog&)>& body);
};

} // namespace huisuan
