// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AuditLog.h"

#include "vault/SqlStatement.h"
#include "vault/VaultAccess.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QtEndian>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>

namespace huisuan {

namespace {

const QByteArray genesisHash(32, '\0');
const QString headName = QStringLiteral("audit_head");
constexpr char headKeyLabel[] = "huisuan vault audit head v1";

void addField(QCryptographicHash& hash, const QByteArray& field)
{
    // Length-prefixed, so that moving bytes from one field to the next changes the hash.
    char length[8];
    qToBigEndian<quint64>(quint64(field.size()), length);
    hash.addData(QByteArrayView(length, sizeof length));
    hash.addData(field);
}

/** The head as stored: "<last id> <last hash, hex> <MAC, hex>". */
struct StoredHead
{
    bool present = false;
    bool wellFormed = false;
    qint64 lastId = 0;
    QByteArray lastHash;
    QByteArray mac;
};

} // namespace

SecureBuffer AuditLog::headKey(const SecureBuffer& dataKey)
{
    SecureBuffer key(32);
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_HKDF, nullptr);
    EVP_KDF_CTX* context = kdf != nullptr ? EVP_KDF_CTX_new(kdf) : nullptr;
    char digest[] = "SHA256";
    QByteArray label(headKeyLabel);
    const OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_KEY, const_cast<unsigned char*>(dataKey.data()), dataKey.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, label.data(), std::size_t(label.size())),
        OSSL_PARAM_construct_end(),
    };
    const bool derived =
        context != nullptr && !dataKey.isEmpty() && EVP_KDF_derive(context, key.data(), key.size(), parameters) == 1;
    EVP_KDF_CTX_free(context);
    EVP_KDF_free(kdf);
    if (!derived) {
        // An empty key makes every MAC check fail: verification then reports the head, loudly.
        key.clear();
    }
    return key;
}

AuditLog::AuditLog(SqlCipherConnection& connection, const SecureBuffer& headKey)
    : m_connection(connection)
    , m_headKey(headKey)
{
}

QByteArray AuditLog::entryHash(
    const QByteArray& previousHash, qint64 id, const QString& recordedAt, const QString& action, const QString& detail)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, previousHash);
    addField(hash, QByteArray::number(id));
    addField(hash, recordedAt.toUtf8());
    addField(hash, action.toUtf8());
    addField(hash, detail.toUtf8());
    return hash.result();
}

QByteArray AuditLog::headMac(qint64 lastId, const QByteArray& lastHash) const
{
    QByteArray message(8, '\0');
    qToBigEndian<quint64>(quint64(lastId), message.data());
    message += lastHash;
    QByteArray mac(EVP_MAX_MD_SIZE, '\0');
    unsigned int length = 0;
    if (m_headKey.isEmpty() ||
        HMAC(EVP_sha256(),
             m_headKey.data(),
             int(m_headKey.size()),
             reinterpret_cast<const unsigned char*>(message.constData()),
             std::size_t(message.size()),
             reinterpret_cast<unsigned char*>(mac.data()),
             &length) == nullptr) {
        return QByteArray();
    }
    mac.truncate(int(length));
    return mac;
}

VaultStatus AuditLog::writeHead(qint64 lastId, const QByteArray& lastHash)
{
    const QByteArray mac = headMac(lastId, lastHash);
    if (mac.isEmpty()) {
        return VaultStatus::failure(VaultErrorCode::Crypto, tr("The vault could not authenticate its audit log."));
    }
    SqlStatement write(m_connection, "INSERT OR REPLACE INTO vault_meta (name, value) VALUES (?1, ?2);");
    write.bind(1, headName);
    write.bind(2,
               QStringLiteral("%1 %2 %3")
                   .arg(lastId)
                   .arg(QString::fromLatin1(lastHash.toHex()), QString::fromLatin1(mac.toHex())));
    return write.run();
}

VaultStatus AuditLog::append(const QString& action, const QString& detail)
{
    SqlStatement last(m_connection, "SELECT id, entry_hash FROM audit_log ORDER BY id DESC LIMIT 1;");
    qint64 id = 1;
    QByteArray previousHash = genesisHash;
    if (last.next()) {
        id = last.integer(0) + 1;
        previousHash = last.blob(1);
    }
    if (!last.status().ok()) {
        return last.status();
    }
    const QString recordedAt = VaultAccess::nowUtc();
    const QByteArray hash = entryHash(previousHash, id, recordedAt, action, detail);
    SqlStatement insert(m_connection,
                        "INSERT INTO audit_log (id, recorded_at, action, detail, previous_hash, entry_hash) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6);");
    insert.bind(1, id);
    insert.bind(2, recordedAt);
    insert.bind(3, action);
    insert.bind(4, detail);
    insert.bind(5, previousHash);
    insert.bind(6, hash);
    if (auto inserted = insert.run(); !inserted.ok()) {
        return inserted;
    }
    return writeHead(id, hash);
}

VaultStatus AuditLog::sealHead()
{
    SqlStatement last(m_connection, "SELECT id, entry_hash FROM audit_log ORDER BY id DESC LIMIT 1;");
    if (last.next()) {
        return writeHead(last.integer(0), last.blob(1));
    }
    if (!last.status().ok()) {
        return last.status();
    }
    return writeHead(0, genesisHash);
}

VaultResult<AuditVerification> AuditLog::verify()
{
    SqlStatement entries(
        m_connection, "SELECT id, recorded_at, action, detail, previous_hash, entry_hash FROM audit_log ORDER BY id;");
    AuditVerification verification;
    QByteArray expectedPrevious = genesisHash;
    qint64 lastId = 0;
    while (entries.next()) {
        ++verification.entries;
        const qint64 id = entries.integer(0);
        if (entries.blob(4) != expectedPrevious) {
            verification.firstBadEntry = id;
            verification.reason = tr("audit entry %1 does not follow the entry before it: an entry was changed, "
                                     "removed or inserted")
                                      .arg(id);
            break;
        }
        const QByteArray stored = entries.blob(5);
        if (entryHash(expectedPrevious, id, entries.text(1), entries.text(2), entries.text(3)) != stored) {
            verification.firstBadEntry = id;
            verification.reason = tr("audit entry %1 was changed after it was written").arg(id);
            break;
        }
        expectedPrevious = stored;
        lastId = id;
    }
    if (!entries.status().ok()) {
        return entries.status();
    }
    if (!verification.intact()) {
        return verification;
    }

    SqlStatement headRow(m_connection, "SELECT value FROM vault_meta WHERE name = ?1;");
    headRow.bind(1, headName);
    StoredHead head;
    if (headRow.next()) {
        head.present = true;
        const QStringList parts = headRow.text(0).split(QLatin1Char(' '));
        bool numeric = false;
        head.lastId = parts.size() == 3 ? parts.at(0).toLongLong(&numeric) : 0;
        head.lastHash = parts.size() == 3 ? QByteArray::fromHex(parts.at(1).toLatin1()) : QByteArray();
        head.mac = parts.size() == 3 ? QByteArray::fromHex(parts.at(2).toLatin1()) : QByteArray();
        head.wellFormed = numeric && head.lastHash.size() == genesisHash.size() && !head.mac.isEmpty();
    }
    if (!headRow.status().ok()) {
        return headRow.status();
    }
    const QByteArray expectedMac = head.wellFormed ? headMac(head.lastId, head.lastHash) : QByteArray();
    const bool authentic = !expectedMac.isEmpty() && expectedMac.size() == head.mac.size() &&
        CRYPTO_memcmp(expectedMac.constData(), head.mac.constData(), std::size_t(expectedMac.size())) == 0;
    if (!head.present || !authentic) {
        verification.headIntact = false;
        verification.reason = head.present
            ? tr("the audit log's head record was altered: entries may have been removed from its end")
            : tr("the audit log's head record is missing: entries may have been removed from its end");
    } else if (head.lastId > lastId) {
        verification.headIntact = false;
        verification.firstBadEntry = lastId + 1;
        verification.reason =
            tr("audit entries %1 to %2 were removed from the end of the log").arg(lastId + 1).arg(head.lastId);
    } else if (head.lastId < lastId) {
        verification.headIntact = false;
        verification.firstBadEntry = head.lastId + 1;
        verification.reason = tr("audit entry %1 was added outside Huisuan").arg(head.lastId + 1);
    } else if (head.lastHash != expectedPrevious) {
        verification.headIntact = false;
        verification.firstBadEntry = lastId;
        verification.reason = tr("audit entry %1 was replaced after it was written").arg(lastId);
    }
    return verification;
}

} // namespace huisuan
