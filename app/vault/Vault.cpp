// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Vault.h"

#include "vault/AnnualReturnTable.h"
#include "vault/AuditLog.h"
#include "vault/ScryptKdf.h"
#include "vault/SqlCipherConnection.h"
#include "vault/SqlStatement.h"
#include "vault/VaultAccess.h"
#include "vault/VaultBackupFile.h"
#include "vault/VaultKeyFile.h"
#include "vault/VaultSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMap>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <sys/file.h>

namespace huisuan {

namespace {

const QString databaseName = QStringLiteral("vault.db");
const QString keyFileName = QStringLiteral("vault.key");
const QString lockFileName = QStringLiteral("vault.lock");
const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/** The database file must be whole pages: anything else was cut short. */
VaultStatus checkDatabaseFile(const QString& path)
{
    const QFileInfo database(path);
    if (!database.exists()) {
        return VaultStatus::failure(VaultErrorCode::TruncatedVault,
                                    Vault::tr("The vault's database file is missing. Restore the vault from a backup."),
                                    QDir::toNativeSeparators(path));
    }
    if (database.size() == 0 || database.size() % SqlCipherConnection::pageSize != 0) {
        return VaultStatus::failure(
            VaultErrorCode::TruncatedVault,
            Vault::tr("The vault's database file is truncated. Restore the vault from a backup."),
            QStringLiteral("%1 bytes, not a whole number of %2-byte pages")
                .arg(database.size())
                .arg(SqlCipherConnection::pageSize));
    }
    return VaultStatus::success();
}

/**
 * Whether a lock file that names no owner was left by a process that died between creating it and
 * writing its pid (QLockFile creates, then flock()s, then writes). QLockFile never calls such a
 * file stale when there is no age limit, so one crash at that instant would lock the vault for
 * good. It is abandoned when no process holds its flock() and it still names no owner a moment
 * later: a live creator takes the flock() right after creating the file.
 */
bool isAbandonedLockFile(const QString& path)
{
    for (int look = 0; look < 2; ++look) {
        if (look > 0) {
            QThread::msleep(50);
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.readAll().trimmed().isEmpty()) {
            return false;
        }
        if (::flock(file.handle(), LOCK_EX | LOCK_NB) != 0) {
            return false;
        }
        ::flock(file.handle(), LOCK_UN);
    }
    return true;
}

VaultStatus takeLock(const QString& directory, std::unique_ptr<QLockFile>& lock)
{
    lock = std::make_unique<QLockFile>(QDir(directory).filePath(lockFileName));
    // A lock is stale only when its process is gone; QLockFile also checks that with flock(), so a
    // live holder keeps it however old it is. An age limit would hand a vault open for a long
    // session to a second writer.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        return VaultStatus::success();
    }
    qint64 pid = 0;
    QString host;
    QString application;
    bool known = lock->getLockInfo(&pid, &host, &application);
    if (!known && lock->error() == QLockFile::LockFailedError && isAbandonedLockFile(lock->fileName()) &&
        lock->removeStaleLockFile() && lock->tryLock(0)) {
        return VaultStatus::success();
    }
    known = known || lock->getLockInfo(&pid, &host, &application);
    const QLockFile::LockError error = lock->error();
    lock.reset();
    if (error == QLockFile::LockFailedError) {
        return VaultStatus::failure(
            VaultErrorCode::VaultInUse,
            Vault::tr("The vault is in use by another Huisuan program. Close it there first."),
            known ? QStringLiteral("locked by %1 (pid %2) on %3").arg(application).arg(pid).arg(host) : QString());
    }
    return VaultStatus::failure(VaultErrorCode::Io,
                                Vault::tr("The vault's lock file cannot be created. Check the folder's permissions."),
                                QDir::toNativeSeparators(directory));
}

QString temporaryPathIn(const QString& directory, const QString& purpose)
{
    return QDir(directory).filePath(
        QStringLiteral("%1-%2.tmp").arg(purpose, QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

VaultStatus writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        return VaultStatus::failure(VaultErrorCode::Io,
                                    Vault::tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)),
                                    file.errorString());
    }
    return VaultStatus::success();
}

QStringList integrityProblems(SqlCipherConnection& connection, VaultStatus& status)
{
    SqlStatement check(connection, "PRAGMA integrity_check;");
    QStringList problems;
    while (check.next()) {
        if (check.text(0) != QLatin1String("ok")) {
            problems << check.text(0);
        }
    }
    status = check.status();
    return problems;
}

/** Opens a database copy at `path` with `dataKey` and checks it end to end. */
VaultStatus verifyDatabaseCopy(const QString& path, const SecureBuffer& dataKey)
{
    SqlCipherConnection copy;
    if (auto opened = copy.open(path, dataKey, false); !opened.ok()) {
        return opened;
    }
    VaultStatus status;
    const QStringList problems = integrityProblems(copy, status);
    if (!status.ok()) {
        return status;
    }
    const int version = VaultSchema::version(copy);
    if (!problems.isEmpty() || version < 1 || version > VaultSchema::currentVersion) {
        return VaultStatus::failure(
            VaultErrorCode::BackupCorrupted,
            Vault::tr("The backup copy failed its check after writing."),
            QStringLiteral("schema %1; %2").arg(version).arg(problems.join(QStringLiteral("; "))));
    }
    return VaultStatus::success();
}

} // namespace

struct Vault::Private
{
    QString directory;
    std::unique_ptr<QLockFile> lock;
    SqlCipherConnection connection;
    SecureBuffer dataKey;
    SecureBuffer auditKey; // AuditLog::headKey(dataKey), derived once per unlock
    ScryptCost cost;

    QString path(const QString& name) const { return QDir(directory).filePath(name); }

    VaultStatus connect(bool create) { return connection.open(path(databaseName), dataKey, create); }

    /** The cipher and KDF settings in vault_meta, written only when they differ from what is there. */
    VaultStatus recordSettings()
    {
        const auto& settings = connection.settings();
        const QMap<QString, QString> current {
            {QStringLiteral("cipher_version"), settings.cipherVersion},
            {QStringLiteral("cipher"), settings.cipher},
            {QStringLiteral("cipher_page_size"), QString::number(settings.pageSize)},
            {QStringLiteral("cipher_use_hmac"), QString::number(int(settings.usesHmac))},
            {QStringLiteral("journal_mode"), settings.journalMode},
            {QStringLiteral("synchronous"), QString::number(settings.synchronous)},
            {QStringLiteral("kdf"), QStringLiteral("scrypt N=%1 r=%2 p=%3").arg(cost.n).arg(cost.r).arg(cost.p)},
        };
        QMap<QString, QString> stored;
        SqlStatement read(connection, "SELECT name, value FROM vault_meta;");
        while (read.next()) {
            if (current.contains(read.text(0))) { // vault_meta also holds the audit head
                stored.insert(read.text(0), read.text(1));
            }
        }
        if (!read.status().ok() || stored == current) {
            return read.status();
        }
        return VaultAccess::transaction(connection, [&] {
            SqlStatement write(connection, "INSERT OR REPLACE INTO vault_meta (name, value) VALUES (?1, ?2);");
            for (auto it = current.cbegin(); it != current.cend(); ++it) {
                write.bind(1, it.key());
                write.bind(2, it.value());
                if (auto status = write.run(); !status.ok()) {
                    return status;
                }
                write.reset();
            }
            return VaultStatus::success();
        });
    }

    /**
     * Upgrades the schema; the step that introduces the audit head seals it in the same transaction,
     * so no vault of that version is ever without one and a missing head is always tampering.
     */
    VaultStatus migrate()
    {
        return VaultSchema::migrate(connection, VaultSchema::currentVersion, [this](int version) {
            return version == VaultSchema::auditHeadVersion ? AuditLog(connection, auditKey).sealHead()
                                                            : VaultStatus::success();
        });
    }

    VaultStatus appendAudit(const QString& action)
    {
        return VaultAccess::transaction(connection,
                                        [&] { return AuditLog(connection, auditKey).append(action, QString()); });
    }

    /** Opens the database with the data key, refuses newer schemas, upgrades older ones. */
    VaultStatus openDatabase()
    {
        if (auto opened = connect(false); !opened.ok()) {
            return opened;
        }
        const int version = VaultSchema::version(connection);
        if (version > VaultSchema::currentVersion) {
            connection.close();
            return VaultStatus::failure(
                VaultErrorCode::NewerVersion,
                Vault::tr("This vault was written by a newer version of Huisuan. Update Huisuan to open it."),
                QStringLiteral("schema version %1, this build knows up to %2")
                    .arg(version)
                    .arg(VaultSchema::currentVersion));
        }
        VaultStatus status = migrate();
        if (status.ok()) {
            status = recordSettings();
        }
        if (!status.ok()) {
            connection.close();
        }
        return status;
    }

    VaultStatus unlockWith(const SecureBuffer& passphrase)
    {
        auto keyFile = VaultKeyFile::load(path(keyFileName));
        if (!keyFile.ok()) {
            return keyFile.status;
        }
        if (auto checked = checkDatabaseFile(path(databaseName)); !checked.ok()) {
            return checked;
        }
        // The passphrase is checked against the key file before the database is touched, so a wrong
        // one cannot change a byte of the database, its WAL or its shared-memory index.
        if (auto unsealed = keyFile.value.unseal(passphrase, dataKey); !unsealed.ok()) {
            return unsealed;
        }
        cost = keyFile.value.cost();
        auditKey = AuditLog::headKey(dataKey);
        VaultStatus status = openDatabase();
        if (!status.ok()) {
            dataKey.clear();
            auditKey.clear();
        }
        return status;
    }

    void forgetKeys()
    {
        connection.close();
        dataKey.clear();
        auditKey.clear();
    }
};

Vault::Vault(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

Vault::~Vault()
{
    close();
}

QString Vault::defaultDirectory()
{
    // AppDataLocation of the GUI, `huisuan`, named explicitly so that huisuan-cli (whose own
    // AppDataLocation would end in huisuan-cli) opens the same vault.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("huisuan/vault"));
}

ScryptCost Vault::calibratedCost()
{
    return ScryptKdf::calibrate(defaultUnlockTime);
}

VaultResult<std::unique_ptr<Vault>>
Vault::create(const QString& directory, const SecureBuffer& passphrase, const ScryptCost& cost)
{
    return VaultAccess::guarded<VaultResult<std::unique_ptr<Vault>>>([&]() -> VaultResult<std::unique_ptr<Vault>> {
        if (passphrase.isEmpty()) {
            return VaultStatus::failure(VaultErrorCode::InvalidArgument, tr("The passphrase must not be empty."));
        }
        auto d = std::make_unique<Private>();
        d->directory = QDir(directory).absolutePath();
        if (!QDir().mkpath(d->directory)) {
            return VaultStatus::failure(
                VaultErrorCode::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory)));
        }
        QFile::setPermissions(d->directory, ownerOnly | QFileDevice::ExeOwner);
        if (auto locked = takeLock(d->directory, d->lock); !locked.ok()) {
            return locked;
        }
        if (QFileInfo::exists(d->path(keyFileName)) || QFileInfo::exists(d->path(databaseName))) {
            return VaultStatus::failure(
                VaultErrorCode::AlreadyExists,
                tr("%1 already holds a vault; it was left as it is.").arg(QDir::toNativeSeparators(directory)));
        }
        d->dataKey = SecureBuffer::random(VaultKeyFile::dataKeySize);
        d->auditKey = AuditLog::headKey(d->dataKey);
        d->cost = cost;
        auto keyFile = VaultKeyFile::seal(d->dataKey, passphrase, cost);
        if (!keyFile.ok()) {
            return keyFile.status;
        }
        VaultStatus status = d->connect(true);
        if (status.ok()) {
            QFile::setPermissions(d->path(databaseName), ownerOnly);
            status = d->migrate();
        }
        if (status.ok()) {
            status = d->recordSettings();
        }
        if (status.ok()) {
            status = d->appendAudit(QStringLiteral("vault.created"));
        }
        // The key file comes last: it is what makes the directory a vault, so a crash before this
        // point leaves no half-made vault that could be mistaken for a real one.
        if (status.ok()) {
            status = keyFile.value.save(d->path(keyFileName));
        }
        if (!status.ok()) {
            d->forgetKeys();
            removeDatabaseFiles(d->path(databaseName));
            return status;
        }
        return std::unique_ptr<Vault>(new Vault(std::move(d)));
    });
}

VaultResult<std::unique_ptr<Vault>> Vault::open(const QString& directory, const SecureBuffer& passphrase)
{
    return VaultAccess::guarded<VaultResult<std::unique_ptr<Vault>>>([&]() -> VaultResult<std::unique_ptr<Vault>> {
        auto d = std::make_unique<Private>();
        d->directory = QDir(directory).absolutePath();
        if (!QFileInfo::exists(d->path(keyFileName))) {
            return VaultStatus::failure(VaultErrorCode::NotAVault,
                                        tr("There is no Huisuan vault in %1.").arg(QDir::toNativeSeparators(directory)),
                                        QFileInfo::exists(d->path(databaseName)) ? QStringLiteral("key file missing")
                                                                                 : QString());
        }
        // Format problems are reported before the lock is taken: they need no passphrase and no lock.
        auto keyFile = VaultKeyFile::load(d->path(keyFileName));
        if (!keyFile.ok()) {
            return keyFile.status;
        }
        if (auto checked = checkDatabaseFile(d->path(databaseName)); !checked.ok()) {
            return checked;
        }
        if (auto locked = takeLock(d->directory, d->lock); !locked.ok()) {
            return locked;
        }
        if (auto unlocked = d->unlockWith(passphrase); !unlocked.ok()) {
            return unlocked;
        }
        return std::unique_ptr<Vault>(new Vault(std::move(d)));
    });
}

VaultStatus Vault::restore(const QString& backupFile, const QString& directory, const SecureBuffer& passphrase)
{
    return VaultAccess::guarded<VaultStatus>([&]() -> VaultStatus {
        QFile input(backupFile);
        if (!input.open(QIODevice::ReadOnly)) {
            return VaultStatus::failure(VaultErrorCode::Io,
                                        tr("The backup %1 cannot be read.").arg(QDir::toNativeSeparators(backupFile)),
                                        input.errorString());
        }
        auto backup = VaultBackupFile::parse(input.readAll());
        if (!backup.ok()) {
            return backup.status;
        }
        auto keyFile = VaultKeyFile::parse(backup.value.keyFile);
        if (!keyFile.ok()) {
            return VaultStatus::failure(VaultErrorCode::BackupCorrupted,
                                        VaultBackupFile::tr("This backup is damaged or not a Huisuan vault backup; "
                                                            "nothing was restored."),
                                        keyFile.status.toString());
        }
        SecureBuffer dataKey;
        if (auto unsealed = keyFile.value.unseal(passphrase, dataKey); !unsealed.ok()) {
            return unsealed;
        }
        const QString target = QDir(directory).absolutePath();
        if (!QDir().mkpath(target)) {
            return VaultStatus::failure(
                VaultErrorCode::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory)));
        }
        QFile::setPermissions(target, ownerOnly | QFileDevice::ExeOwner);
        std::unique_ptr<QLockFile> lock;
        if (auto locked = takeLock(target, lock); !locked.ok()) {
            return locked;
        }
        const QDir folder(target);
        if (QFileInfo::exists(folder.filePath(keyFileName)) || QFileInfo::exists(folder.filePath(databaseName))) {
            return VaultStatus::failure(
                VaultErrorCode::AlreadyExists,
                tr("%1 already holds a vault; restore into an empty folder.").arg(QDir::toNativeSeparators(directory)));
        }
        const QString databasePath = folder.filePath(databaseName);
        VaultStatus status = writeAtomically(databasePath, backup.value.database);
        if (status.ok()) {
            status = verifyDatabaseCopy(databasePath, dataKey);
        }
        // As at creation, the key file last: until it is there, the folder is not a vault.
        if (status.ok()) {
            status = writeAtomically(folder.filePath(keyFileName), backup.value.keyFile);
        }
        if (!status.ok()) {
            removeDatabaseFiles(databasePath);
        }
        return status;
    });
}

void Vault::lock()
{
    if (d) {
        d->forgetKeys();
    }
}

VaultStatus Vault::unlock(const SecureBuffer& passphrase)
{
    return VaultAccess::guarded<VaultStatus>([&]() -> VaultStatus {
        if (!d || !d->lock) {
            return VaultStatus::failure(VaultErrorCode::InvalidArgument, tr("The vault was closed."));
        }
        if (!isLocked()) {
            return VaultStatus::success();
        }
        return d->unlockWith(passphrase);
    });
}

SqlCipherConnection* Vault::openConnection()
{
    return isLocked() ? nullptr : &d->connection;
}

const SecureBuffer& Vault::auditHeadKey() const
{
    return d->auditKey;
}

bool Vault::isLocked() const
{
    return !d || !d->connection.isOpen();
}

void Vault::close()
{
    if (d) {
        d->forgetKeys();
        d->lock.reset();
    }
}

VaultStatus Vault::changePassphrase(const SecureBuffer& current, const SecureBuffer& next)
{
    return VaultAccess::guarded<VaultStatus>([&]() -> VaultStatus {
        if (isLocked()) {
            return VaultAccess::lockedStatus();
        }
        if (next.isEmpty()) {
            return VaultStatus::failure(VaultErrorCode::InvalidArgument, tr("The new passphrase must not be empty."));
        }
        auto keyFile = VaultKeyFile::load(d->path(keyFileName));
        if (!keyFile.ok()) {
            return keyFile.status;
        }
        SecureBuffer dataKey;
        if (auto unsealed = keyFile.value.unseal(current, dataKey); !unsealed.ok()) {
            return unsealed;
        }
        if (!dataKey.equals(d->dataKey)) {
            return VaultStatus::failure(VaultErrorCode::DamagedVault,
                                        tr("The key file no longer matches the open vault; the passphrase was not "
                                           "changed."));
        }
        auto resealed = VaultKeyFile::seal(dataKey, next, keyFile.value.cost());
        if (!resealed.ok()) {
            return resealed.status;
        }
        if (auto saved = resealed.value.save(d->path(keyFileName)); !saved.ok()) {
            return saved;
        }
        return d->appendAudit(QStringLiteral("vault.passphrase_changed"));
    });
}

VaultStatus Vault::backup(const QString& file)
{
    return VaultAccess::guarded<VaultStatus>([&]() -> VaultStatus {
        if (isLocked()) {
            return VaultAccess::lockedStatus();
        }
        QFile keyFile(d->path(keyFileName));
        if (!keyFile.open(QIODevice::ReadOnly)) {
            return VaultStatus::failure(
                VaultErrorCode::Io, tr("The vault's key file cannot be read."), keyFile.errorString());
        }
        VaultBackupFile backup;
        backup.keyFile = keyFile.readAll();

        // sqlcipher_export copies every table into a new database keyed with the same data key; the
        // copy sits in the vault's own folder, so it never leaves the user's private directory.
        const QString exportPath = temporaryPathIn(d->directory, QStringLiteral("backup-export"));
        const SecureBuffer hex = d->dataKey.toHex();
        QByteArray rawKey = QByteArrayLiteral("x'") +
            QByteArray(reinterpret_cast<const char*>(hex.data()), qsizetype(hex.size())) + QByteArrayLiteral("'");
        // Created empty and owner-only first: the vault was opened without SQLITE_OPEN_CREATE, which
        // ATTACH inherits, and SQLite takes an empty file as a new database.
        QFile exportFile(exportPath);
        if (!exportFile.open(QIODevice::WriteOnly) || !exportFile.setPermissions(ownerOnly)) {
            return VaultStatus::failure(
                VaultErrorCode::Io, tr("The backup copy cannot be created."), exportFile.errorString());
        }
        exportFile.close();
        VaultStatus status = d->connection.execute("PRAGMA cipher_default_page_size = 4096;");
        if (status.ok()) {
            SqlStatement attach(d->connection, "ATTACH DATABASE ?1 AS backup KEY ?2;");
            attach.bind(1, exportPath);
            attach.bind(2, rawKey);
            status = attach.run();
        }
        SecureBuffer::takeFrom(rawKey).clear();
        if (status.ok()) {
            const QByteArray finish =
                QByteArrayLiteral("SELECT sqlcipher_export('backup'); PRAGMA backup.user_version = ") +
                QByteArray::number(VaultSchema::currentVersion) + QByteArrayLiteral(";");
            status = d->connection.execute(finish.constData());
            static_cast<void>(d->connection.execute("DETACH DATABASE backup;"));
        }
        if (status.ok()) {
            QFile exported(exportPath);
            if (exported.open(QIODevice::ReadOnly)) {
                backup.database = exported.readAll();
            } else {
                status = VaultStatus::failure(
                    VaultErrorCode::Io, tr("The backup copy cannot be read."), exported.errorString());
            }
        }
        removeDatabaseFiles(exportPath);
        if (status.ok()) {
            status = writeAtomically(file, backup.serialize());
        }
        if (!status.ok()) {
            return status;
        }
        // Verified from the file as written, not from memory: read it back, parse it, reopen the copy.
        QFile written(file);
        if (!written.open(QIODevice::ReadOnly)) {
            return VaultStatus::failure(
                VaultErrorCode::Io, tr("The backup cannot be read back."), written.errorString());
        }
        auto reread = VaultBackupFile::parse(written.readAll());
        if (!reread.ok()) {
            return reread.status;
        }
        const QString verifyPath = temporaryPathIn(d->directory, QStringLiteral("backup-verify"));
        status = writeAtomically(verifyPath, reread.value.database);
        if (status.ok()) {
            status = verifyDatabaseCopy(verifyPath, d->dataKey);
        }
        removeDatabaseFiles(verifyPath);
        if (status.ok()) {
            status = d->appendAudit(QStringLiteral("vault.backed_up"));
        }
        return status;
    });
}

VaultResult<VaultHealth> Vault::verify()
{
    return VaultAccess::guarded<VaultResult<VaultHealth>>([&]() -> VaultResult<VaultHealth> {
        if (isLocked()) {
            return VaultAccess::lockedStatus();
        }
        VaultHealth health;
        VaultStatus status;
        health.integrityProblems = integrityProblems(d->connection, status);
        if (!status.ok()) {
            return status;
        }
        auto audit = AuditLog(d->connection, d->auditKey).verify();
        if (!audit.ok()) {
            return audit.status;
        }
        health.audit = audit.value;
        return health;
    });
}

VaultInfo Vault::info() const
{
    VaultInfo info;
    if (!d) {
        return info;
    }
    info.directory = d->directory;
    info.kdfCost = d->cost;
    if (!isLocked()) {
        const auto& settings = d->connection.settings();
        info.schemaVersion = VaultSchema::version(d->connection);
        info.cipherVersion = settings.cipherVersion;
        info.cipher = settings.cipher;
        info.pageSize = settings.pageSize;
        info.usesHmac = settings.usesHmac;
        info.journalMode = settings.journalMode;
        info.synchronous = settings.synchronous;
    }
    return info;
}

VaultResult<qint64> Vault::saveProfile(const TaxpayerProfile& profile)
{
    return VaultAccess::guarded<VaultResult<qint64>>([&]() -> VaultResult<qint64> {
        if (isLocked()) {
            return VaultAccess::lockedStatus();
        }
        auto& connection = d->connection;
        qint64 id = 0;
        const VaultStatus status = VaultAccess::transaction(connection, [&]() -> VaultStatus {
            SqlStatement find(connection, "SELECT id FROM taxpayer_profiles WHERE identifier = ?1;");
            find.bind(1, profile.identifier);
            if (find.next()) {
                id = find.integer(0);
            }
            if (!find.status().ok()) {
                return find.status();
            }
            SqlStatement upsert(connection,
                                id == 0
                                    ? "INSERT INTO taxpayer_profiles (identifier_type, identifier, name, details_json) "
                                      "VALUES (?1, ?2, ?3, ?4);"
                                    : "UPDATE taxpayer_profiles SET identifier_type = ?1, identifier = ?2, name = ?3, "
                                      "details_json = ?4 WHERE id = ?5;");
            upsert.bind(1, profile.identifierType);
            upsert.bind(2, profile.identifier);
            upsert.bind(3, profile.name);
            upsert.bind(4, profile.detailsJson);
            if (id != 0) {
                upsert.bind(5, id);
            }
            if (auto saved = upsert.run(); !saved.ok()) {
                return saved;
            }
            if (id == 0) {
                SqlStatement last(connection, "SELECT last_insert_rowid();");
                id = last.next() ? last.integer(0) : 0;
            }
            for (const char* sql : {"DELETE FROM family_members WHERE profile_id = ?1;",
                                    "DELETE FROM bank_cards WHERE profile_id = ?1;"}) {
                SqlStatement clear(connection, sql);
                clear.bind(1, id);
                if (auto cleared = clear.run(); !cleared.ok()) {
                    return cleared;
                }
            }
            for (const auto& member : profile.familyMembers) {
                SqlStatement insert(connection,
                                    "INSERT INTO family_members (profile_id, relation, identifier_type, identifier, "
                                    "name, birth_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6);");
                insert.bind(1, id);
                insert.bind(2, member.relation);
                insert.bind(3, member.identifierType);
                insert.bind(4, member.identifier);
                insert.bind(5, member.name);
                insert.bind(6, member.birthDate);
                if (auto inserted = insert.run(); !inserted.ok()) {
                    return inserted;
                }
            }
            for (const auto& card : profile.bankCards) {
                SqlStatement insert(
                    connection,
                    "INSERT INTO bank_cards (profile_id, bank, card_number, for_refunds) VALUES (?1, ?2, ?3, ?4);");
                insert.bind(1, id);
                insert.bind(2, card.bank);
                insert.bind(3, card.cardNumber);
                insert.bind(4, qint64(card.forRefunds));
                if (auto inserted = insert.run(); !inserted.ok()) {
                    return inserted;
                }
            }
            return AuditLog(connection, d->auditKey)
                .append(QStringLiteral("profile.saved"), QStringLiteral("profile %1").arg(id));
        });
        if (!status.ok()) {
            return status;
        }
        return id;
    });
}

VaultResult<QList<TaxpayerProfile>> Vault::profiles()
{
    return VaultAccess::guarded<VaultResult<QList<TaxpayerProfile>>>([&]() -> VaultResult<QList<TaxpayerProfile>> {
        if (isLocked()) {
            return VaultAccess::lockedStatus();
        }
        auto& connection = d->connection;
        QList<TaxpayerProfile> result;
        SqlStatement rows(
            connection,
            "SELECT id, identifier_type, identifier, name, details_json FROM taxpayer_profiles ORDER BY id;");
        while (rows.next()) {
            TaxpayerProfile profile;
            profile.id = rows.integer(0);
            profile.identifierType = rows.text(1);
            profile.identifier = rows.text(2);
            profile.name = rows.text(3);
            profile.detailsJson = rows.blob(4);
            SqlStatement members(connection,
                                 "SELECT relation, identifier_type, identifier, name, birth_date FROM family_members "
                                 "WHERE profile_id = ?1 ORDER BY id;");
            members.bind(1, profile.id);
            while (members.next()) {
                profile.familyMembers.append(
                    {members.text(0), members.text(1), members.text(2), members.text(3), members.text(4)});
            }
            SqlStatement cards(
                connection, "SELECT bank, card_number, for_refunds FROM bank_cards WHERE profile_id = ?1 ORDER BY id;");
            cards.bind(1, profile.id);
            while (cards.next()) {
                profile.bankCards.append({cards.text(0), cards.text(1), cards.integer(2) != 0});
            }
            if (!members.status().ok() || !cards.status().ok()) {
                return members.status().ok() ? cards.status() : members.status();
            }
            result.append(profile);
        }
        if (!rows.status().ok()) {
            return rows.status();
        }
        return result;
    });
}

VaultResult<qint64> Vault::saveAnnualReturn(const AnnualReturnRecord& record)
{
    return VaultAccess::guarded<VaultResult<qint64>>([&]() -> VaultResult<qint64> {
        if (isLocked()) {
            return VaultAccess::lockedStatus();
        }
        auto& connection = d->connection;
        qint64 id = 0;
        const VaultStatus status = VaultAccess::transaction(connection, [&]() -> VaultStatus {
            if (auto inserted = AnnualReturnTable::insert(connection, record, VaultAccess::nowUtc(), id);
                !inserted.ok()) {
                return inserted;
            }
            return AuditLog(connection, d->auditKey)
                .append(QStringLiteral("annual_return.saved"), QStringLiteral("annual return %1").arg(id));
        });
        if (!status.ok()) {
            return status;
        }
        return id;
    });
}

VaultResult<QList<AnnualReturnRecord>> Vault::annualReturnSummaries()
{
    return VaultAccess::guarded<VaultResult<QList<AnnualReturnRecord>>>(
        [&]() -> VaultResult<QList<AnnualReturnRecord>> {
            if (isLocked()) {
                return VaultAccess::lockedStatus();
            }
            QList<AnnualReturnRecord> result;
            SqlStatement rows(d->connection,
                              "SELECT id, ifnull(profile_id, 0), tax_year, rule_pack_id, engine_version, created_at "
                              "FROM annual_returns ORDER BY id;");
            while (rows.next()) {
                AnnualReturnRecord record;
                record.id = rows.integer(0);
                record.profileId = rows.integer(1);
                record.taxYear = int(rows.integer(2));
                record.rulePackId = rows.text(3);
                record.engineVersion = rows.text(4);
                record.createdAt = rows.text(5);
                result.append(record);
            }
            if (!rows.status().ok()) {
                return rows.status();
            }
            return result;
        });
}

VaultResult<AnnualReturnRecord> Vault::annualReturn(qint64 id)
{
    return VaultAccess::guarded<VaultResult<AnnualReturnRecord>>([&]() -> VaultResult<AnnualReturnRecord> {
        if (isLocked()) {
            return VaultAccess::lockedStatus();
        }
        AnnualReturnRecord record;
        bool found = false;
        if (auto read = AnnualReturnTable::read(d->connection, id, record, found); !read.ok()) {
            return read;
        }
        if (!found) {
            return VaultStatus::failure(VaultErrorCode::InvalidArgument, tr("There is no annual return %1.").arg(id));
        }
        return record;
    });
}

} // namespace huisuan
