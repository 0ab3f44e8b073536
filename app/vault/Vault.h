// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/AnnualReturnRecord.h"
#include "vault/ScryptCost.h"
#include "vault/SecureBuffer.h"
#include "vault/TaxpayerProfile.h"
#include "vault/VaultHealth.h"
#include "vault/VaultInfo.h"
#include "vault/VaultResult.h"

#include <QCoreApplication>
#include <QList>
#include <chrono>
#include <memory>

namespace huisuan {

class SqlCipherConnection;

/**
 * The encrypted store of one user's tax data: the service the GUI, the CLI and batch mode use.
 *
 * A vault is a directory holding `vault.db` (SQLCipher 3.4, keyed with a random 256-bit data key),
 * `vault.key` (that key wrapped under the passphrase, see VaultKeyFile) and, while a process has it
 * open, `vault.lock` (the single-writer lock). Tables beyond profiles and returns have their own
 * store classes over an open Vault (IncomeRecordStore, DeductionClaimStore, FilingStore, Outbox,
 * CompanyWorkspaceStore, EnrolmentStore). Every call returns a status with a code, a message
 * for the user and technical detail; no exception leaves this class.
 */
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    static constexpr std::chrono::milliseconds defaultUnlockTime {500};

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    /** Where the vault lives unless the user says otherwise (XDG data directory). */
    static QString defaultDirectory();
    /** The scrypt cost that takes about defaultUnlockTime on this machine. */
    static ScryptCost calibratedCost();

    /** Creates a new vault in `directory`, which must not hold one. */
    static VaultResult<std::unique_ptr<Vault>>
    create(const QString& directory, const SecureBuffer& passphrase, const ScryptCost& cost);
    /**
     * Opens and unlocks the vault in `directory`, upgrading its schema if it is older. A wrong
     * passphrase touches no vault file.
     */
    static VaultResult<std::unique_ptr<Vault>> open(const QString& directory, const SecureBuffer& passphrase);
    /** Restores a backup into `directory`, which must not hold a vault; the passphrase is the backup's. */
    static VaultStatus restore(const QString& backupFile, const QString& directory, const SecureBuffer& passphrase);

    /** Forgets the keys and closes the database, keeping the single-writer lock. */
    void lock();
    VaultStatus unlock(const SecureBuffer& passphrase);
    bool isLocked() const;
    /** Locks and releases the single-writer lock; the object is then unusable. */
    void close();

    /** Rewrites only the key file, atomically: afterwards exactly one of the two passphrases works. */
    VaultStatus changePassphrase(const SecureBuffer& current, const SecureBuffer& next);
    /** Writes an encrypted backup to `file` (atomically) and verifies it by reopening it. */
    VaultStatus backup(const QString& file);
    VaultResult<VaultHealth> verify();
    VaultInfo info() const;

    VaultResult<qint64> saveProfile(const TaxpayerProfile& profile);
    VaultResult<QList<TaxpayerProfile>> profiles();
    VaultResult<qint64> saveAnnualReturn(const AnnualReturnRecord& record);
    /** Every stored return without its JSON, in id order: cheap enough for a list view. */
    VaultResult<QList<AnnualReturnRecord>> annualReturnSummaries();
    VaultResult<AnnualReturnRecord> annualReturn(qint64 id);

private:
    struct Private;
    explicit Vault(std::unique_ptr<Private> d);

    // For VaultAccess, through which the stores (IncomeRecordStore, FilingStore, ...) use this vault.
    friend class VaultAccess;
    /** The database, or nullptr while the vault is locked. */
    SqlCipherConnection* openConnection();
    const SecureBuffer& auditHeadKey() const;

    std::unique_ptr<Private> d;
};

} // namespace huisuan
