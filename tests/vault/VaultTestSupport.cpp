// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultTestSupport.h"

#include "vault/SqlStatement.h"
#include "vault/VaultKeyFile.h"
#include "vault/VaultSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <cstring>

namespace huisuan::test {

ScryptCost cheapCost()
{
    return ScryptCost {ScryptCost::minimumN, 8, 1};
}

SecureBuffer secret(const char* text)
{
    return SecureBuffer::fromBytes(text, std::strlen(text));
}

QMap<QString, QByteArray> hashFiles(const QString& directory)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator files(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            hashes.insert(QDir(directory).relativeFilePath(path),
                          QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        }
    }
    return hashes;
}

std::unique_ptr<SqlCipherConnection> openRaw(const QString& directory, const char* passphrase)
{
    auto keyFile = VaultKeyFile::load(QDir(directory).filePath(QStringLiteral("vault.key")));
    SecureBuffer dataKey;
    if (!keyFile.ok() || !keyFile.value.unseal(secret(passphrase), dataKey).ok()) {
        return nullptr;
    }
    auto connection = std::make_unique<SqlCipherConnection>();
    if (!connection->open(QDir(directory).filePath(QStringLiteral("vault.db")), dataKey, false).ok()) {
        return nullptr;
    }
    return connection;
}

QStringList lastAuditEntry(const QString& directory, const char* passphrase)
{
    auto raw = openRaw(directory, passphrase);
    if (!raw) {
        return {};
    }
    SqlStatement last(*raw, "SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1;");
    return last.next() ? QStringList {last.text(0), last.text(1)} : QStringList {};
}

std::unique_ptr<Vault> createVaultWithProfile(const QString& directory, const char* passphrase)
{
    auto vault = Vault::create(directory, secret(passphrase), cheapCost());
    if (!vault.ok()) {
        return nullptr;
    }
    TaxpayerProfile profile;
    profile.identifierType = QStringLiteral("resident_id");
    profile.identifier = QStringLiteral("11010519491231002X");
    profile.name = QStringLiteral("王小明");
    if (!vault.value->saveProfile(profile).ok()) {
        return nullptr;
    }
    return std::move(vault.value);
}

bool createVaultAtVersion(const QString& directory, const char* passphrase, int version)
{
    QDir().mkpath(directory);
    const SecureBuffer dataKey = SecureBuffer::random(VaultKeyFile::dataKeySize);
    auto keyFile = VaultKeyFile::seal(dataKey, secret(passphrase), cheapCost());
    if (!keyFile.ok() || !keyFile.value.save(QDir(directory).filePath(QStringLiteral("vault.key"))).ok()) {
        return false;
    }
    SqlCipherConnection connection;
    return connection.open(QDir(directory).filePath(QStringLiteral("vault.db")), dataKey, true).ok() &&
        VaultSchema::migrate(connection, version).ok();
}

} // namespace huisuan::test
