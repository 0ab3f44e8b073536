// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AuditLog.h"

#include "vault/SqlStatement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QtEndian>

namespace huisuan {

namespace {

const QByteArray genesisHash(32, '\0');

void addField(QCryptographicHash& hash, const QByteArray& field)
{
    // Length-prefixed, so that moving bytes from one field to the next changes the hash.
    char length[8];
    qToBigEndian<quint64>(quint64(field.size()), length);
    hash.addData(QByteArrayView(length, sizeof length));
    hash.addData(field);
}

} // namespace

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

VaultStatus AuditLog::append(SqlCipherConnection& connection, const QString& action, const QString& detail)
{
    SqlStatement last(connection, "SELECT id, entry_hash FROM audit_log ORDER BY id DESC LIMIT 1;");
    qint64 id = 1;
    QByteArray previousHash = genesisHash;
    if (last.next()) {
        id = last.integer(0) + 1;
        previousHash = last.blob(1);
    }
    if (!last.status().ok()) {
        return last.status();
    }
    const QString recordedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    SqlStatement insert(connection,
                        "INSERT INTO audit_log (id, recorded_at, action, detail, previous_hash, entry_hash) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6);");
    insert.bind(1, id);
    insert.bind(2, recordedAt);
    insert.bind(3, action);
    insert.bind(4, detail);
    insert.bind(5, previousHash);
    insert.bind(6, entryHash(previousHash, id, recordedAt, action, detail));
    return insert.run();
}

VaultResult<AuditVerification> AuditLog::verify(SqlCipherConnection& connection)
{
    SqlStatement entries(
        connection, "SELECT id, recorded_at, action, detail, previous_hash, entry_hash FROM audit_log ORDER BY id;");
    AuditVerification verification;
    QByteArray expectedPrevious = genesisHash;
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
    }
    if (!entries.status().ok()) {
        return entries.status();
    }
    return verification;
}

} // namespace huisuan
