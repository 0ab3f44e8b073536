// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/ScryptCost.h"
#include "vault/SecureBuffer.h"
#include "vault/VaultResult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace huisuan {

/**
 * The key file beside the database: the vault's random 256-bit data key, wrapped with
 * AES-256-GCM under a key derived from the passphrase with scrypt. Salt and cost are in the file
 * and authenticated with the wrapped key, so that altering them is detected like a wrong
 * passphrase.
 *
 * Layout (big-endian, 128 bytes): "HUISUANK", format version (u32), KDF id (u32, 1 = scrypt),
 * N (u64), r (u32), p (u32), salt length (u32, 32), salt, GCM nonce (12), wrapped key (32), tag (16).
 */
class VaultKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(VaultKeyFile)

public:
    static constexpr quint32 formatVersion = 1;
    static constexpr std::size_t dataKeySize = 32;

    /** Wraps `dataKey` under `passphrase` with a fresh salt and nonce. */
    static VaultResult<VaultKeyFile>
    seal(const SecureBuffer& dataKey, const SecureBuffer& passphrase, const ScryptCost& cost);
    /** Reads a key file's bytes: distinguishes not-ours, truncated, newer format and damaged. */
    static VaultResult<VaultKeyFile> parse(const QByteArray& bytes);
    static VaultResult<VaultKeyFile> load(const QString& path);

    /** The data key, or WrongPassphrase when the tag does not verify. */
    VaultStatus unseal(const SecureBuffer& passphrase, SecureBuffer& dataKey) const;
    QByteArray serialize() const;
    /** Replaces the file at `path` atomically (QSaveFile): a crash leaves the old or the new file. */
    VaultStatus save(const QString& path) const;

    const ScryptCost& cost() const { return m_cost; }

private:
    QByteArray header() const;

    ScryptCost m_cost;
    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_wrappedKey;
    QByteArray m_tag;
};

} // namespace huisuan
