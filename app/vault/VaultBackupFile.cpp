// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultBackupFile.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace huisuan {

namespace {

const QByteArray magic = QByteArrayLiteral("HUISUANB");
constexpr int hashSize = 32;

template <typename T>
void appendBigEndian(QByteArray& bytes, T value)
{
    char buffer[sizeof(T)];
    qToBigEndian(value, buffer);
    bytes.append(buffer, sizeof(T));
}

VaultStatus corrupted(const QString& detail)
{
    return VaultStatus::failure(VaultErrorCode::BackupCorrupted,
                                VaultBackupFile::tr("This backup is damaged or not a Huisuan vault backup; nothing "
                                                    "was restored."),
                                detail);
}

} // namespace

QByteArray VaultBackupFile::serialize() const
{
    QByteArray bytes = magic;
    appendBigEndian<quint32>(bytes, formatVersion);
    appendBigEndian<quint32>(bytes, quint32(keyFile.size()));
    bytes.append(keyFile);
    appendBigEndian<quint64>(bytes, quint64(database.size()));
    bytes.append(database);
    bytes.append(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    return bytes;
}

VaultResult<VaultBackupFile> VaultBackupFile::parse(const QByteArray& bytes)
{
    constexpr qint64 fixedSize = 8 + 4 + 4 + 8 + hashSize;
    if (!bytes.startsWith(magic)) {
        return corrupted(QStringLiteral("no backup signature"));
    }
    if (bytes.size() < fixedSize) {
        return corrupted(QStringLiteral("%1 bytes").arg(bytes.size()));
    }
    const qsizetype hashed = bytes.size() - hashSize;
    if (QCryptographicHash::hash(QByteArrayView(bytes).first(hashed), QCryptographicHash::Sha256) !=
        bytes.mid(hashed)) {
        return corrupted(QStringLiteral("checksum mismatch"));
    }
    const char* data = bytes.constData();
    const auto version = qFromBigEndian<quint32>(data + 8);
    if (version == 0) {
        return corrupted(QStringLiteral("backup format 0"));
    }
    if (version > formatVersion) {
        return VaultStatus::failure(VaultErrorCode::NewerVersion,
                                    tr("This backup was written by a newer version of Huisuan. Update Huisuan to "
                                       "restore it."),
                                    QStringLiteral("backup format %1").arg(version));
    }
    const auto keyLength = qint64(qFromBigEndian<quint32>(data + 12));
    if (16 + keyLength + 8 > hashed) {
        return corrupted(QStringLiteral("key file length %1").arg(keyLength));
    }
    const auto databaseLength = qFromBigEndian<quint64>(data + 16 + keyLength);
    if (quint64(16 + keyLength + 8) + databaseLength != quint64(hashed)) {
        return corrupted(QStringLiteral("database length %1").arg(databaseLength));
    }
    VaultBackupFile backup;
    backup.keyFile = bytes.mid(16, keyLength);
    backup.database = bytes.mid(16 + keyLength + 8, qsizetype(databaseLength));
    return backup;
}

} // namespace huisuan
