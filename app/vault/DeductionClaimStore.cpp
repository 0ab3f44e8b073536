// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/DeductionClaimStore.h"

#include "vault/AuditLog.h"
#include "vault/SqlStatement.h"
#include "vault/VaultAccess.h"
#include "vault/VaultInputCheck.h"

#include <QRegularExpression>

namespace huisuan {

namespace {

const char* const claimExists = "SELECT 1 FROM deduction_claims WHERE id = ?1;";

VaultStatus validate(SqlCipherConnection& connection, const DeductionClaim& claim)
{
    static const QRegularExpression kindName(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!kindName.match(claim.kind).hasMatch()) {
        return VaultStatus::failure(
            VaultErrorCode::InvalidArgument,
            DeductionClaimStore::tr("The deduction kind \"%1\" is not a kind name such as housing_rent.")
                .arg(claim.kind));
    }
    for (const VaultStatus& check :
         {VaultInputCheck::taxYear(claim.taxYear),
          VaultInputCheck::jsonObject(DeductionClaimStore::tr("deduction claim"), claim.claimJson)}) {
        if (!check.ok()) {
            return check;
        }
    }
    if (claim.id != 0) {
        if (auto found =
                VaultInputCheck::exists(connection, claimExists, claim.id, DeductionClaimStore::tr("deduction claim"));
            !found.ok()) {
            return found;
        }
    }
    return VaultInputCheck::exists(connection,
                                   "SELECT 1 FROM taxpayer_profiles WHERE id = ?1;",
                                   claim.profileId,
                                   DeductionClaimStore::tr("taxpayer profile"));
}

} // namespace

DeductionClaimStore::DeductionClaimStore(Vault& vault)
    : m_vault(vault)
{
}

VaultResult<qint64> DeductionClaimStore::save(const DeductionClaim& claim)
{
    qint64 id = claim.id;
    const VaultStatus status =
        VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
            if (auto valid = validate(connection, claim); !valid.ok()) {
                return valid;
            }
            SqlStatement upsert(connection,
                                id == 0 ? "INSERT INTO deduction_claims (profile_id, tax_year, kind, claim_json) "
                                          "VALUES (?1, ?2, ?3, ?4);"
                                        : "UPDATE deduction_claims SET profile_id = ?1, tax_year = ?2, kind = ?3, "
                                          "claim_json = ?4 WHERE id = ?5;");
            upsert.bind(1, claim.profileId);
            upsert.bind(2, qint64(claim.taxYear));
            upsert.bind(3, claim.kind);
            upsert.bind(4, claim.claimJson);
            if (id != 0) {
                upsert.bind(5, id);
            }
            if (auto saved = upsert.run(); !saved.ok()) {
                return saved;
            }
            if (id == 0) {
                id = connection.lastInsertId();
            }
            return audit.append(QStringLiteral("deduction_claim.saved"), QStringLiteral("deduction claim %1").arg(id));
        });
    if (!status.ok()) {
        return status;
    }
    return id;
}

VaultResult<QList<DeductionClaim>> DeductionClaimStore::forYear(qint64 profileId, int taxYear)
{
    QList<DeductionClaim> claims;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) {
        SqlStatement rows(connection,
                          "SELECT id, kind, claim_json FROM deduction_claims WHERE profile_id = ?1 AND tax_year = ?2 "
                          "ORDER BY id;");
        rows.bind(1, profileId);
        rows.bind(2, qint64(taxYear));
        while (rows.next()) {
            claims.append({rows.integer(0), profileId, taxYear, rows.text(1), rows.blob(2)});
        }
        return rows.status();
    });
    if (!status.ok()) {
        return status;
    }
    return claims;
}

VaultStatus DeductionClaimStore::remove(qint64 id)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        if (auto found = VaultInputCheck::exists(connection, claimExists, id, tr("deduction claim")); !found.ok()) {
            return found;
        }
        SqlStatement remove(connection, "DELETE FROM deduction_claims WHERE id = ?1;");
        remove.bind(1, id);
        if (auto removed = remove.run(); !removed.ok()) {
            return removed;
        }
        return audit.append(QStringLiteral("deduction_claim.removed"), QStringLiteral("deduction claim %1").arg(id));
    });
}

} // namespace huisuan
