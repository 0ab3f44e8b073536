// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/VaultResult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace huisuan {

/**
 * One backup file: the key file and an encrypted copy of the database, followed by their SHA-256
 * so that a damaged backup is refused before anything is restored. Nothing in it is plaintext: the
 * database is SQLCipher-encrypted, the key file holds only the wrapped key.
 *
 * Layout (big-endian): "HUISUANB", format version (u32), key file length (u32), key file,
 * database length (u64), database, SHA-256 of everything before it.
 */
struct VaultBackupFile
{
    Q_DECLARE_TR_FUNCTIONS(VaultBackupFile)

public:
    static constexpr quint32 formatVersion = 1;

    QByteArray keyFile;
    QByteArray database;

    QByteArray serialize() const;
    static VaultResult<VaultBackupFile> parse(const QByteArray& bytes);
};

} // namespace huisuan
