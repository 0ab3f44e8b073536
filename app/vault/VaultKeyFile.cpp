// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultKeyFile.h"

#include "vault/ScryptKdf.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>
#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace huisuan {

namespace {

const QByteArray magic = QByteArrayLiteral("HUISUANK");
constexpr quint32 scryptKdfId = 1;
constexpr int saltSize = 32;
constexpr int nonceSize = 12;
constexpr int tagSize = 16;
constexpr int headerSize = 8 + 4 + 4 + 8 + 4 + 4 + 4 + saltSize;
constexpr int fileSize = headerSize + nonceSize + int(VaultKeyFile::dataKeySize) + tagSize;
static_assert(fileSize == 128, "the layout documented in VaultKeyFile.h");

template <typename T>
void appendBigEndian(QByteArray& bytes, T value)
{
    char buffer[sizeof(T)];
    qToBigEndian(value, buffer);
    bytes.append(buffer, sizeof(T));
}

template <typename T>
T readBigEndian(const QByteArray& bytes, int& offset)
{
    const T value = qFromBigEndian<T>(bytes.constData() + offset);
    offset += int(sizeof(T));
    return value;
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

unsigned char* bytesOf(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

const unsigned char* bytesOf(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

} // namespace

VaultResult<VaultKeyFile>
VaultKeyFile::seal(const SecureBuffer& dataKey, const SecureBuffer& passphrase, const ScryptCost& cost)
{
    VaultKeyFile file;
    file.m_cost = cost;
    file.m_salt.resize(saltSize);
    file.m_nonce.resize(nonceSize);
    if (dataKey.size() != dataKeySize || RAND_bytes(bytesOf(file.m_salt), saltSize) != 1 ||
        RAND_bytes(bytesOf(file.m_nonce), nonceSize) != 1) {
        return VaultStatus::failure(VaultErrorCode::Crypto, tr("No random numbers for the key file."));
    }
    SecureBuffer wrappingKey;
    if (auto derived = ScryptKdf::derive(passphrase, file.m_salt, cost, wrappingKey); !derived.ok()) {
        return derived;
    }
    const QByteArray additionalData = file.header();
    file.m_wrappedKey.resize(int(dataKeySize));
    file.m_tag.resize(tagSize);
    CipherContext context(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int written = 0;
    int finalWritten = 0;
    const bool sealed = context &&
        EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) == 1 &&
        EVP_EncryptInit_ex(context.get(), nullptr, nullptr, wrappingKey.data(), bytesOf(file.m_nonce)) == 1 &&
        EVP_EncryptUpdate(context.get(), nullptr, &written, bytesOf(additionalData), additionalData.size()) == 1 &&
        EVP_EncryptUpdate(context.get(), bytesOf(file.m_wrappedKey), &written, dataKey.data(), int(dataKeySize)) == 1 &&
        EVP_EncryptFinal_ex(context.get(), bytesOf(file.m_wrappedKey) + written, &finalWritten) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, tagSize, file.m_tag.data()) == 1;
    if (!sealed) {
        return VaultStatus::failure(VaultErrorCode::Crypto, tr("The data key could not be wrapped."));
    }
    return file;
}

VaultResult<VaultKeyFile> VaultKeyFile::parse(const QByteArray& bytes)
{
    if (!bytes.startsWith(magic)) {
        return VaultStatus::failure(VaultErrorCode::NotAVault,
                                    tr("This is not a Huisuan vault: its key file is not a Huisuan key file."));
    }
    int offset = magic.size();
    if (bytes.size() < offset + 4) {
        return VaultStatus::failure(VaultErrorCode::TruncatedVault,
                                    tr("The vault's key file is truncated. Restore the vault from a backup."),
                                    QStringLiteral("key file has %1 bytes").arg(bytes.size()));
    }
    const auto version = readBigEndian<quint32>(bytes, offset);
    if (version > formatVersion) {
        return VaultStatus::failure(
            VaultErrorCode::NewerVersion,
            tr("This vault was written by a newer version of Huisuan. Update Huisuan to open it."),
            QStringLiteral("key file format %1, this build reads up to %2").arg(version).arg(formatVersion));
    }
    if (bytes.size() < fileSize) {
        return VaultStatus::failure(VaultErrorCode::TruncatedVault,
                                    tr("The vault's key file is truncated. Restore the vault from a backup."),
                                    QStringLiteral("key file has %1 of %2 bytes").arg(bytes.size()).arg(fileSize));
    }
    const auto kdfId = readBigEndian<quint32>(bytes, offset);
    VaultKeyFile file;
    file.m_cost.n = readBigEndian<quint64>(bytes, offset);
    file.m_cost.r = readBigEndian<quint32>(bytes, offset);
    file.m_cost.p = readBigEndian<quint32>(bytes, offset);
    const auto saltLength = readBigEndian<quint32>(bytes, offset);
    if (version == 0 || kdfId != scryptKdfId || saltLength != saltSize || bytes.size() != fileSize ||
        !file.m_cost.isValid()) {
        return VaultStatus::failure(VaultErrorCode::DamagedVault,
                                    tr("The vault's key file is damaged. Restore the vault from a backup."),
                                    QStringLiteral("format %1, kdf %2, salt %3 bytes, file %4 bytes")
                                        .arg(version)
                                        .arg(kdfId)
                                        .arg(saltLength)
                                        .arg(bytes.size()));
    }
    file.m_salt = bytes.mid(offset, saltSize);
    offset += saltSize;
    file.m_nonce = bytes.mid(offset, nonceSize);
    offset += nonceSize;
    file.m_wrappedKey = bytes.mid(offset, int(dataKeySize));
    offset += int(dataKeySize);
    file.m_tag = bytes.mid(offset, tagSize);
    return file;
}

VaultResult<VaultKeyFile> VaultKeyFile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return VaultStatus::failure(VaultErrorCode::Io, tr("The vault's key file cannot be read."), file.errorString());
    }
    // A key file is 128 bytes; reading a little more is enough to tell "too long" from "ours".
    return parse(file.read(4096));
}

VaultStatus VaultKeyFile::unseal(const SecureBuffer& passphrase, SecureBuffer& dataKey) const
{
    SecureBuffer wrappingKey;
    if (auto derived = ScryptKdf::derive(passphrase, m_salt, m_cost, wrappingKey); !derived.ok()) {
        return derived;
    }
    const QByteArray additionalData = header();
    SecureBuffer key(dataKeySize);
    QByteArray tag = m_tag;
    CipherContext context(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int written = 0;
    int finalWritten = 0;
    const bool prepared = context &&
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) == 1 &&
        EVP_DecryptInit_ex(context.get(), nullptr, nullptr, wrappingKey.data(), bytesOf(m_nonce)) == 1 &&
        EVP_DecryptUpdate(context.get(), nullptr, &written, bytesOf(additionalData), additionalData.size()) == 1 &&
        EVP_DecryptUpdate(context.get(), key.data(), &written, bytesOf(m_wrappedKey), m_wrappedKey.size()) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, tagSize, tag.data()) == 1;
    if (!prepared) {
        return VaultStatus::failure(VaultErrorCode::Crypto, tr("The data key could not be unwrapped."));
    }
    if (EVP_DecryptFinal_ex(context.get(), key.data() + written, &finalWritten) != 1) {
        return VaultStatus::failure(VaultErrorCode::WrongPassphrase,
                                    tr("Wrong passphrase: the vault was not opened and nothing in it was changed."));
    }
    dataKey = std::move(key);
    return VaultStatus::success();
}

QByteArray VaultKeyFile::header() const
{
    QByteArray bytes = magic;
    appendBigEndian<quint32>(bytes, formatVersion);
    appendBigEndian<quint32>(bytes, scryptKdfId);
    appendBigEndian<quint64>(bytes, m_cost.n);
    appendBigEndian<quint32>(bytes, m_cost.r);
    appendBigEndian<quint32>(bytes, m_cost.p);
    appendBigEndian<quint32>(bytes, quint32(m_salt.size()));
    bytes.append(m_salt);
    return bytes;
}

QByteArray VaultKeyFile::serialize() const
{
    return header() + m_nonce + m_wrappedKey + m_tag;
}

VaultStatus VaultKeyFile::save(const QString& path) const
{
    QSaveFile file(path);
    const QByteArray bytes = serialize();
    // Owner-only: the file is useless without the passphrase, but nobody else needs to read it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        return VaultStatus::failure(VaultErrorCode::Io,
                                    tr("The key file could not be written; the previous one is unchanged."),
                                    file.errorString());
    }
    return VaultStatus::success();
}

} // namespace huisuan
