// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/IncomeRecordStore.h"

#include "vault/AuditLog.h"
#include "vault/SqlStatement.h"
#include "vault/VaultAccess.h"
#include "vault/VaultEnumText.h"
#include "vault/VaultInputCheck.h"

namespace huisuan {

namespace {

// The texts the schema's CHECK constraints allow, indexed by the enums' values.
const char* const originNames[] = {"prefill", "typed", "imported"};
const char* const disputeStateNames[] = {"none", "disputed", "resolved", "rejected"};

const char* const profileExists = "SELECT 1 FROM taxpayer_profiles WHERE id = ?1;";
const char* const recordExists = "SELECT 1 FROM income_records WHERE id = ?1;";

VaultStatus validate(SqlCipherConnection& connection, const IncomeRecord& record)
{
    for (const VaultStatus& check :
         {VaultInputCheck::taxYear(record.taxYear),
          VaultInputCheck::required(IncomeRecordStore::tr("income category"), record.category),
          VaultInputCheck::required(IncomeRecordStore::tr("payer"), record.payer),
          VaultInputCheck::amount(IncomeRecordStore::tr("income amount"), record.amount),
          VaultInputCheck::amount(IncomeRecordStore::tr("tax withheld"), record.withheld)}) {
        if (!check.ok()) {
            return check;
        }
    }
    if (record.id != 0) {
        if (auto found =
                VaultInputCheck::exists(connection, recordExists, record.id, IncomeRecordStore::tr("income record"));
            !found.ok()) {
            return found;
        }
    }
    return VaultInputCheck::exists(
        connection, profileExists, record.profileId, IncomeRecordStore::tr("taxpayer profile"));
}

} // namespace

IncomeRecordStore::IncomeRecordStore(Vault& vault)
    : m_vault(vault)
{
}

VaultResult<qint64> IncomeRecordStore::save(const IncomeRecord& record)
{
    qint64 id = record.id;
    const VaultStatus status =
        VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
            if (auto valid = validate(connection, record); !valid.ok()) {
                return valid;
            }
            SqlStatement upsert(connection,
                                id == 0 ? "INSERT INTO income_records (profile_id, tax_year, category, payer, amount, "
                                          "withheld, origin, dispute_state) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);"
                                        : "UPDATE income_records SET profile_id = ?1, tax_year = ?2, category = ?3, "
                                          "payer = ?4, amount = ?5, withheld = ?6, origin = ?7, dispute_state = ?8 "
                                          "WHERE id = ?9;");
            upsert.bind(1, record.profileId);
            upsert.bind(2, qint64(record.taxYear));
            upsert.bind(3, record.category);
            upsert.bind(4, record.payer);
            upsert.bind(5, record.amount);
            upsert.bind(6, record.withheld);
            upsert.bind(7, VaultEnumText::nameOf(record.origin, originNames));
            upsert.bind(8, VaultEnumText::nameOf(record.disputeState, disputeStateNames));
            if (id != 0) {
                upsert.bind(9, id);
            }
            if (auto saved = upsert.run(); !saved.ok()) {
                return saved;
            }
            if (id == 0) {
                id = connection.lastInsertId();
            }
            return audit.append(QStringLiteral("income_record.saved"), QStringLiteral("income record %1").arg(id));
        });
    if (!status.ok()) {
        return status;
    }
    return id;
}

VaultResult<QList<IncomeRecord>> IncomeRecordStore::forYear(qint64 profileId, int taxYear)
{
    QList<IncomeRecord> records;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) {
        SqlStatement rows(connection,
                          "SELECT id, category, payer, amount, withheld, origin, dispute_state FROM income_records "
                          "WHERE profile_id = ?1 AND tax_year = ?2 ORDER BY id;");
        rows.bind(1, profileId);
        rows.bind(2, qint64(taxYear));
        while (rows.next()) {
            IncomeRecord record;
            record.id = rows.integer(0);
            record.profileId = profileId;
            record.taxYear = taxYear;
            record.category = rows.text(1);
            record.payer = rows.text(2);
            record.amount = rows.text(3);
            record.withheld = rows.text(4);
            record.origin = VaultEnumText::valueOf(rows.text(5), originNames, IncomeRecord::Origin::Typed);
            record.disputeState =
                VaultEnumText::valueOf(rows.text(6), disputeStateNames, IncomeRecord::DisputeState::None);
            records.append(record);
        }
        return rows.status();
    });
    if (!status.ok()) {
        return status;
    }
    return records;
}

VaultStatus IncomeRecordStore::setDisputeState(qint64 id, IncomeRecord::DisputeState state)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        if (auto found = VaultInputCheck::exists(connection, recordExists, id, tr("income record")); !found.ok()) {
            return found;
        }
        SqlStatement update(connection, "UPDATE income_records SET dispute_state = ?1 WHERE id = ?2;");
        const QString stateName = VaultEnumText::nameOf(state, disputeStateNames);
        update.bind(1, stateName);
        update.bind(2, id);
        if (auto updated = update.run(); !updated.ok()) {
            return updated;
        }
        return audit.append(QStringLiteral("income_record.dispute_state"),
                            QStringLiteral("income record %1: %2").arg(id).arg(stateName));
    });
}

} // namespace huisuan
