// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultAccess.h"

#include "vault/AuditLog.h"
#include "vault/SqlCipherConnection.h"

#include <QDateTime>

namespace huisuan {

VaultStatus VaultAccess::lockedStatus()
{
    return VaultStatus::failure(VaultErrorCode::Locked,
                                Vault::tr("The vault is locked. Unlock it with its passphrase."));
}

VaultStatus VaultAccess::internalError(const QString& detail)
{
    return VaultStatus::failure(
        VaultErrorCode::Internal, Vault::tr("Internal error in the vault; nothing was saved."), detail);
}

QString VaultAccess::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

VaultStatus VaultAccess::transaction(SqlCipherConnection& connection, const std::function<VaultStatus()>& body)
{
    if (auto begun = connection.execute("BEGIN IMMEDIATE;"); !begun.ok()) {
        return begun;
    }
    VaultStatus status = body();
    if (status.ok()) {
        status = connection.execute("COMMIT;");
    }
    if (!status.ok()) {
        static_cast<void>(connection.execute("ROLLBACK;"));
    }
    return status;
}

VaultStatus VaultAccess::read(Vault& vault, const std::function<VaultStatus(SqlCipherConnection&)>& body)
{
    return guarded<VaultStatus>([&]() -> VaultStatus {
        SqlCipherConnection* connection = vault.openConnection();
        if (connection == nullptr) {
            return lockedStatus();
        }
        return body(*connection);
    });
}

VaultStatus VaultAccess::write(Vault& vault, const std::function<VaultStatus(SqlCipherConnection&, AuditLog&)>& body)
{
    return guarded<VaultStatus>([&]() -> VaultStatus {
        SqlCipherConnection* connection = vault.openConnection();
        if (connection == nullptr) {
            return lockedStatus();
        }
        AuditLog audit(*connection, vault.auditHeadKey());
        return transaction(*connection, [&] { return body(*connection, audit); });
    });
}

} // namespace huisuan
