// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/ScryptCost.h"
#include "vault/SecureBuffer.h"
#include "vault/SqlCipherConnection.h"
#include "vault/Vault.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>

namespace huisuan::test {

/** scrypt at its minimum cost: the tests exercise the format, not the hardness. */
ScryptCost cheapCost();
SecureBuffer secret(const char* text);

/** SHA-256 of every file under `directory`, by relative path. */
QMap<QString, QByteArray> hashFiles(const QString& directory);

/**
 * The vault database opened directly with its data key, bypassing Vault: what an attacker who has
 * the passphrase, or an older Huisuan, could do to the files.
 */
std::unique_ptr<SqlCipherConnection> openRaw(const QString& directory, const char* passphrase);

/** The action and detail of the newest audit entry, read through a second connection. */
QStringList lastAuditEntry(const QString& directory, const char* passphrase);

/** A fresh vault with cheapCost() holding one taxpayer profile (id 1), valid identity number. */
std::unique_ptr<Vault> createVaultWithProfile(const QString& directory, const char* passphrase);

/** A vault whose schema stops at `version`, as an older Huisuan would have left it. */
bool createVaultAtVersion(const QString& directory, const char* passphrase, int version);

} // namespace huisuan::test
