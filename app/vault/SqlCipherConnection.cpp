// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/SqlCipherConnection.h"

#include "vault/SqlStatement.h"

#include <QFile>
#include <cstring>
#include <sqlite3.h>

namespace huisuan {

SqlCipherConnection::~SqlCipherConnection()
{
    close();
}

VaultStatus SqlCipherConnection::open(const QString& path, const SecureBuffer& dataKey, bool create)
{
    close();
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_PRIVATECACHE;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_database, flags, nullptr) != SQLITE_OK) {
        VaultStatus status = failure(VaultErrorCode::Io, tr("The vault database cannot be opened."));
        close();
        return status;
    }
    // The raw-key form x'<64 hex>' makes SQLCipher use our 256-bit key as is, bypassing its own
    // PBKDF2 (SHA-1, 64 000 iterations in 3.4). Built in a SecureBuffer so no copy outlives the call.
    const SecureBuffer hex = dataKey.toHex();
    SecureBuffer rawKey(hex.size() + 3);
    rawKey.data()[0] = 'x';
    rawKey.data()[1] = '\'';
    std::memcpy(rawKey.data() + 2, hex.data(), hex.size());
    rawKey.data()[rawKey.size() - 1] = '\'';
    if (dataKey.size() != 32 || sqlite3_key(m_database, rawKey.data(), int(rawKey.size())) != SQLITE_OK) {
        VaultStatus status = failure(VaultErrorCode::Crypto, tr("The vault database could not be keyed."));
        close();
        return status;
    }
    VaultStatus status = verifyKeyAndSettings();
    if (!status.ok()) {
        close();
    }
    return status;
}

VaultStatus SqlCipherConnection::openWithoutKeyForBenchmark(const QString& path)
{
    close();
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_PRIVATECACHE;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_database, flags, nullptr) != SQLITE_OK) {
        VaultStatus status = failure(VaultErrorCode::Io, tr("The vault database cannot be opened."));
        close();
        return status;
    }
    VaultStatus status = execute("PRAGMA page_size = 4096;");
    if (status.ok()) {
        status = applyJournalSettings();
    }
    if (!status.ok()) {
        close();
    }
    return status;
}

VaultStatus SqlCipherConnection::verifyKeyAndSettings()
{
    // Settings must come between keying and the first read: SQLCipher ignores them afterwards, and
    // ignores unknown pragmas silently, so each is read back below.
    if (auto status = execute("PRAGMA cipher_page_size = 4096;"); !status.ok()) {
        return status;
    }
    // A wrong key is not reported by keying; it surfaces here as SQLITE_NOTADB. The passphrase was
    // already verified against the key file, so this means a damaged or foreign database file.
    const int verified = sqlite3_exec(m_database, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if (verified != SQLITE_OK) {
        return failure(VaultErrorCode::DamagedVault,
                       tr("The vault database is damaged or does not belong to this key file. Restore the vault "
                          "from a backup."));
    }
    m_settings.cipherVersion = pragmaText("PRAGMA cipher_version;");
    m_settings.cipher = pragmaText("PRAGMA cipher;");
    m_settings.pageSize = pragmaText("PRAGMA cipher_page_size;").toInt();
    m_settings.usesHmac = pragmaText("PRAGMA cipher_use_hmac;").toInt() == 1;
    if (!m_settings.cipherVersion.startsWith(QLatin1String("3.4.")) || m_settings.pageSize != pageSize ||
        !m_settings.usesHmac || m_settings.cipher != QLatin1String("AES-256-CBC")) {
        return VaultStatus::failure(VaultErrorCode::Database,
                                    tr("This SQLCipher library does not give the vault's required settings."),
                                    QStringLiteral("cipher_version %1, cipher %2, page size %3, hmac %4")
                                        .arg(m_settings.cipherVersion, m_settings.cipher)
                                        .arg(m_settings.pageSize)
                                        .arg(m_settings.usesHmac));
    }
    return applyJournalSettings();
}

VaultStatus SqlCipherConnection::applyJournalSettings()
{
    // Temporary tables and sort files stay in memory: SQLite's temp files are a plaintext risk.
    m_settings.journalMode = pragmaText("PRAGMA journal_mode = WAL;");
    if (auto status = execute("PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON;");
        !status.ok()) {
        return status;
    }
    m_settings.synchronous = pragmaText("PRAGMA synchronous;").toInt();
    constexpr int synchronousFull = 2;
    if (m_settings.journalMode != QLatin1String("wal") || m_settings.synchronous != synchronousFull) {
        return VaultStatus::failure(
            VaultErrorCode::Database,
            tr("The vault database refused write-ahead logging with full sync."),
            QStringLiteral("journal_mode %1, synchronous %2").arg(m_settings.journalMode).arg(m_settings.synchronous));
    }
    return VaultStatus::success();
}

void SqlCipherConnection::close()
{
    if (m_database != nullptr) {
        sqlite3_close_v2(m_database);
        m_database = nullptr;
    }
}

VaultStatus SqlCipherConnection::execute(const char* sql)
{
    if (sqlite3_exec(m_database, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        return failure(VaultErrorCode::Database, tr("The vault database refused a change."));
    }
    return VaultStatus::success();
}

qint64 SqlCipherConnection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_database);
}

VaultStatus SqlCipherConnection::failure(VaultErrorCode code, const QString& message) const
{
    const QString detail = m_database == nullptr ? QString()
                                                 : QStringLiteral("sqlite %1: %2")
                                                       .arg(sqlite3_extended_errcode(m_database))
                                                       .arg(QString::fromUtf8(sqlite3_errmsg(m_database)));
    return VaultStatus::failure(code, message, detail);
}

QString SqlCipherConnection::pragmaText(const char* sql)
{
    SqlStatement statement(*this, sql);
    return statement.next() ? statement.text(0) : QString();
}

} // namespace huisuan
