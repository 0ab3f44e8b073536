// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauStore.h"

#include "bureau/BureauSchema.h"
#include "vault/VaultAccess.h"

namespace huisuan {

VaultStatus BureauStore::prepare()
{
    return VaultAccess::write(m_vault, [](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        const int from = BureauSchema::version(connection);
        if (auto status = BureauSchema::migrate(connection); !status.ok()) {
            return status;
        }
        return from == BureauSchema::currentVersion
            ? VaultStatus::success()
            : audit.append(QStringLiteral("bureau.schema"),
                           QStringLiteral("%1 -> %2").arg(from).arg(BureauSchema::currentVersion));
    });
}

VaultStatus BureauStore::write(const std::function<VaultStatus(BureauTables&)>& body)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) {
        BureauTables tables(connection, &audit);
        return body(tables);
    });
}

VaultStatus BureauStore::read(const std::function<VaultStatus(BureauTables&)>& body)
{
    return VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) {
        BureauTables tables(connection, nullptr);
        return body(tables);
    });
}

} // namespace huisuan
