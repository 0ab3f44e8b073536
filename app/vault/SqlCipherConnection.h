// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/SecureBuffer.h"
#include "vault/VaultStatus.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace huisuan {

/**
 * One SQLCipher 3.4 database opened through the C API and keyed with a raw 256-bit key. Internal to
 * app/vault: nothing outside the vault sees SQL or sqlite types.
 */
class SqlCipherConnection
{
    Q_DECLARE_TR_FUNCTIONS(SqlCipherConnection)

public:
    static constexpr int pageSize = 4096;

    /** What was read back after keying; recorded in the vault so a future SQLCipher 4 can open it. */
    struct CipherSettings
    {
        QString cipherVersion;
        QString cipher;
        int pageSize = 0;
        bool usesHmac = false;
        QString journalMode;
        int synchronous = 0;
    };

    SqlCipherConnection() = default;
    ~SqlCipherConnection();
    SqlCipherConnection(const SqlCipherConnection&) = delete;
    SqlCipherConnection& operator=(const SqlCipherConnection&) = delete;

    /**
     * Opens (or with `create`, creates) `path`, keys it with `dataKey`, verifies the key with a first
     * read, sets and reads back the cipher settings, and switches to WAL with synchronous=FULL,
     * asserting each. Fails closed on any mismatch.
     */
    VaultStatus open(const QString& path, const SecureBuffer& dataKey, bool create);
    /**
     * Opens `path` with no key at all, otherwise as open() does (WAL, synchronous=FULL, temp tables in
     * memory). For the vault benchmark's baseline only, the same library measured without its
     * cipher: taxpayer data never goes through this.
     */
    VaultStatus openWithoutKeyForBenchmark(const QString& path);
    void close();
    bool isOpen() const { return m_database != nullptr; }

    VaultStatus execute(const char* sql);
    /** The row id of the last successful INSERT on this connection. */
    qint64 lastInsertId() const;
    VaultStatus failure(VaultErrorCode code, const QString& message) const;

    const CipherSettings& settings() const { return m_settings; }
    sqlite3* handle() const { return m_database; }

private:
    VaultStatus verifyKeyAndSettings();
    /** WAL with synchronous=FULL, temporary tables in memory, foreign keys on; each asserted. */
    VaultStatus applyJournalSettings();
    QString pragmaText(const char* sql);

    sqlite3* m_database = nullptr;
    CipherSettings m_settings;
};

} // namespace huisuan
