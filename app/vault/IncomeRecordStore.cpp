// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/IncomeRecordStore.h"

#include "vault/AuditLog.h"
#include "vault/SqlStatement.h"
#include "vault/VaultAccess.h"
#include "vault/VaultEnumText.h"
#include "vault/VaultInputCheck.h"

#include <QRegularExpression>
#include <QSet>

namespace huisuan {

namespace {

// The texts the schema's CHECK constraints allow, indexed by the enums' values.
const char* const originNames[] = {"prefill", "typed", "imported"};
const char* const disputeStateNames[] = {"none", "disputed", "resolved", "rejected"};

const char* const profileExists = "SELECT 1 FROM taxpayer_profiles WHERE id = ?1;";
const char* const recordExists = "SELECT 1 FROM income_records WHERE id = ?1;";

// Texts from the bureau go into messages through one multi-argument arg(), so that a "%1" inside
// them is never taken for a placeholder by a later arg().

VaultStatus invalid(const QString& message)
{
    return VaultStatus::failure(VaultErrorCode::InvalidArgument, message);
}

VaultStatus checkMonth(const IncomeRecord& record)
{
    static const QRegularExpression yearMonth(QStringLiteral("^([0-9]{4})-(0[1-9]|1[0-2])$"));
    if (record.month.isEmpty()) {
        return VaultStatus::success();
    }
    const QRegularExpressionMatch match = yearMonth.match(record.month);
    if (!match.hasMatch() || match.captured(1).toInt() != record.taxYear) {
        return invalid(IncomeRecordStore::tr("The month \"%1\" is not a month of tax year %2; write it as %2-01 to "
                                             "%2-12, or leave it empty when it is not known.")
                           .arg(record.month, QString::number(record.taxYear)));
    }
    return VaultStatus::success();
}

/** The bureau's record id names one prefilled record of the taxpayer (unique index of schema 6). */
VaultStatus checkBureauRecordId(SqlCipherConnection& connection, const IncomeRecord& record)
{
    if (record.bureauRecordId.isEmpty()) {
        return VaultStatus::success();
    }
    if (record.origin != IncomeRecord::Origin::Prefill) {
        return invalid(IncomeRecordStore::tr("Only a prefilled income record carries the bureau's record id %1; "
                                             "clear the id, or download the record with the prefill.")
                           .arg(record.bureauRecordId));
    }
    SqlStatement taken(connection,
                       "SELECT id FROM income_records WHERE profile_id = ?1 AND bureau_record_id = ?2 AND id <> ?3;");
    taken.bind(1, record.profileId);
    taken.bind(2, record.bureauRecordId);
    taken.bind(3, record.id);
    if (taken.next()) {
        return VaultStatus::failure(VaultErrorCode::AlreadyExists,
                                    IncomeRecordStore::tr("The bureau's record %1 is already income record %2; "
                                                          "download the prefill again instead of adding it twice.")
                                        .arg(record.bureauRecordId, QString::number(taken.integer(0))));
    }
    return taken.status();
}

VaultStatus validate(SqlCipherConnection& connection, const IncomeRecord& record)
{
    for (const VaultStatus& check :
         {VaultInputCheck::taxYear(record.taxYear),
          VaultInputCheck::required(IncomeRecordStore::tr("income category"), record.category),
          VaultInputCheck::required(IncomeRecordStore::tr("payer"), record.payer),
          VaultInputCheck::amount(IncomeRecordStore::tr("income amount"), record.amount),
          VaultInputCheck::amount(IncomeRecordStore::tr("tax withheld"), record.withheld),
          checkMonth(record)}) {
        if (!check.ok()) {
            return check;
        }
    }
    if (!record.payerCreditCode.isEmpty()) {
        if (auto valid = VaultInputCheck::creditCode(record.payerCreditCode); !valid.ok()) {
            return valid;
        }
    }
    if (record.id != 0) {
        if (auto found =
                VaultInputCheck::exists(connection, recordExists, record.id, IncomeRecordStore::tr("income record"));
            !found.ok()) {
            return found;
        }
    }
    if (auto found = VaultInputCheck::exists(
            connection, profileExists, record.profileId, IncomeRecordStore::tr("taxpayer profile"));
        !found.ok()) {
        return found;
    }
    return checkBureauRecordId(connection, record);
}

/** What replacePrefill() asks of a record beyond validate(): that it is the bureau's, for this download. */
VaultStatus validatePrefill(
    SqlCipherConnection& connection, qint64 profileId, int taxYear, const IncomeRecord& record, QSet<QString>& seen)
{
    if (auto present = VaultInputCheck::required(IncomeRecordStore::tr("bureau's record id"), record.bureauRecordId);
        !present.ok()) {
        return present;
    }
    if (record.origin != IncomeRecord::Origin::Prefill) {
        return invalid(
            IncomeRecordStore::tr("The bureau's record %1 is not marked as prefilled; only prefilled records replace "
                                  "the prefill.")
                .arg(record.bureauRecordId));
    }
    if (record.profileId != profileId || record.taxYear != taxYear) {
        return invalid(IncomeRecordStore::tr("The bureau's record %1 is for tax year %2 of taxpayer profile %3, not "
                                             "for tax year %4 of profile %5; download the prefill again.")
                           .arg(record.bureauRecordId,
                                QString::number(record.taxYear),
                                QString::number(record.profileId),
                                QString::number(taxYear),
                                QString::number(profileId)));
    }
    if (seen.contains(record.bureauRecordId)) {
        return invalid(IncomeRecordStore::tr("The bureau's record %1 appears twice in the prefill; download the "
                                             "prefill again.")
                           .arg(record.bureauRecordId));
    }
    seen.insert(record.bureauRecordId);
    IncomeRecord unsaved = record;
    unsaved.id = 0;
    // Found by its bureau id, the stored copy is updated, not added twice: leave it out of the check.
    SqlStatement stored(connection,
                        "SELECT id, tax_year FROM income_records WHERE profile_id = ?1 AND bureau_record_id = ?2;");
    stored.bind(1, profileId);
    stored.bind(2, record.bureauRecordId);
    if (stored.next()) {
        if (stored.integer(1) != taxYear) {
            return invalid(IncomeRecordStore::tr("The bureau's record %1 is already income record %2 of tax year %3, "
                                                 "not of %4; download the prefill of %3 again.")
                               .arg(record.bureauRecordId,
                                    QString::number(stored.integer(0)),
                                    QString::number(stored.integer(1)),
                                    QString::number(taxYear)));
        }
        unsaved.id = stored.integer(0);
    }
    if (!stored.status().ok()) {
        return stored.status();
    }
    VaultStatus valid = validate(connection, unsaved);
    if (!valid.ok()) {
        valid.message =
            IncomeRecordStore::tr("In the bureau's record %1: %2").arg(record.bureauRecordId, valid.message);
    }
    return valid;
}

/** Adds the bureau's record, or updates the stored one where it changed; `action` says which, or is empty. */
VaultStatus savePrefilled(SqlCipherConnection& connection, const IncomeRecord& record, qint64& id, QString& action)
{
    action.clear();
    SqlStatement stored(connection,
                        "SELECT id, category, payer, amount, withheld, month, payer_credit_code FROM income_records "
                        "WHERE profile_id = ?1 AND bureau_record_id = ?2;");
    stored.bind(1, record.profileId);
    stored.bind(2, record.bureauRecordId);
    id = stored.next() ? stored.integer(0) : 0;
    if (!stored.status().ok()) {
        return stored.status();
    }
    if (id != 0) {
        const QStringList before {
            stored.text(1), stored.text(2), stored.text(3), stored.text(4), stored.text(5), stored.text(6)};
        const QStringList after {
            record.category, record.payer, record.amount, record.withheld, record.month, record.payerCreditCode};
        if (before == after) {
            return VaultStatus::success();
        }
        SqlStatement update(connection,
                            "UPDATE income_records SET category = ?1, payer = ?2, amount = ?3, withheld = ?4, "
                            "month = ?5, payer_credit_code = ?6 WHERE id = ?7;");
        for (int column = 0; column < after.size(); ++column) {
            update.bind(column + 1, after.at(column));
        }
        update.bind(7, id);
        action = QStringLiteral("income_record.prefill_updated");
        return update.run();
    }
    SqlStatement insert(connection,
                        "INSERT INTO income_records (profile_id, tax_year, category, payer, amount, withheld, origin, "
                        "dispute_state, month, payer_credit_code, bureau_record_id) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11);");
    insert.bind(1, record.profileId);
    insert.bind(2, qint64(record.taxYear));
    insert.bind(3, record.category);
    insert.bind(4, record.payer);
    insert.bind(5, record.amount);
    insert.bind(6, record.withheld);
    insert.bind(7, VaultEnumText::nameOf(IncomeRecord::Origin::Prefill, originNames));
    insert.bind(8, VaultEnumText::nameOf(record.disputeState, disputeStateNames));
    insert.bind(9, record.month);
    insert.bind(10, record.payerCreditCode);
    insert.bind(11, record.bureauRecordId);
    if (auto inserted = insert.run(); !inserted.ok()) {
        return inserted;
    }
    id = connection.lastInsertId();
    action = QStringLiteral("income_record.prefill_added");
    return VaultStatus::success();
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
                                          "withheld, origin, dispute_state, month, payer_credit_code, "
                                          "bureau_record_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11);"
                                        : "UPDATE income_records SET profile_id = ?1, tax_year = ?2, category = ?3, "
                                          "payer = ?4, amount = ?5, withheld = ?6, origin = ?7, dispute_state = ?8, "
                                          "month = ?9, payer_credit_code = ?10, bureau_record_id = ?11 "
                                          "WHERE id = ?12;");
            upsert.bind(1, record.profileId);
            upsert.bind(2, qint64(record.taxYear));
            upsert.bind(3, record.category);
            upsert.bind(4, record.payer);
            upsert.bind(5, record.amount);
            upsert.bind(6, record.withheld);
            upsert.bind(7, VaultEnumText::nameOf(record.origin, originNames));
            upsert.bind(8, VaultEnumText::nameOf(record.disputeState, disputeStateNames));
            upsert.bind(9, record.month);
            upsert.bind(10, record.payerCreditCode);
            upsert.bind(11, record.bureauRecordId);
            if (id != 0) {
                upsert.bind(12, id);
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
                          "SELECT id, category, payer, amount, withheld, origin, dispute_state, month, "
                          "payer_credit_code, bureau_record_id FROM income_records "
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
            record.month = rows.text(7);
            record.payerCreditCode = rows.text(8);
            record.bureauRecordId = rows.text(9);
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

VaultStatus IncomeRecordStore::remove(qint64 id)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        if (auto found = VaultInputCheck::exists(connection, recordExists, id, tr("income record")); !found.ok()) {
            return found;
        }
        SqlStatement remove(connection, "DELETE FROM income_records WHERE id = ?1;");
        remove.bind(1, id);
        if (auto deleted = remove.run(); !deleted.ok()) {
            return deleted;
        }
        return audit.append(QStringLiteral("income_record.removed"), QStringLiteral("income record %1").arg(id));
    });
}

VaultResult<qint64> IncomeRecordStore::idOfBureauRecord(qint64 profileId, const QString& bureauRecordId)
{
    qint64 id = 0;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) {
        SqlStatement found(connection,
                           "SELECT id FROM income_records WHERE profile_id = ?1 AND bureau_record_id = ?2;");
        found.bind(1, profileId);
        found.bind(2, bureauRecordId);
        if (found.next()) {
            id = found.integer(0);
        }
        return found.status();
    });
    if (!status.ok()) {
        return status;
    }
    return id;
}

VaultStatus IncomeRecordStore::replacePrefill(qint64 profileId, int taxYear, const QList<IncomeRecord>& records)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        if (auto valid = VaultInputCheck::taxYear(taxYear); !valid.ok()) {
            return valid;
        }
        if (auto found = VaultInputCheck::exists(connection, profileExists, profileId, tr("taxpayer profile"));
            !found.ok()) {
            return found;
        }
        // Each record is checked just before it is written: a refusal part-way rolls back the
        // records written before it with the rest of the transaction.
        QSet<QString> sent;
        for (const IncomeRecord& record : records) {
            if (auto valid = validatePrefill(connection, profileId, taxYear, record, sent); !valid.ok()) {
                return valid;
            }
            qint64 id = 0;
            QString action;
            if (auto saved = savePrefilled(connection, record, id, action); !saved.ok()) {
                return saved;
            }
            if (!action.isEmpty()) {
                if (auto audited = audit.append(action, QStringLiteral("income record %1").arg(id)); !audited.ok()) {
                    return audited;
                }
            }
        }
        // Prefilled records without a bureau id (stored before schema 6) cannot be matched either:
        // the download supersedes them like any record the bureau no longer sends.
        SqlStatement stale(connection,
                           "SELECT id, bureau_record_id FROM income_records WHERE profile_id = ?1 AND tax_year = ?2 "
                           "AND origin = 'prefill' AND dispute_state = 'none' ORDER BY id;");
        stale.bind(1, profileId);
        stale.bind(2, qint64(taxYear));
        QList<qint64> removed;
        while (stale.next()) {
            if (!sent.contains(stale.text(1))) {
                removed.append(stale.integer(0));
            }
        }
        if (!stale.status().ok()) {
            return stale.status();
        }
        for (const qint64 id : removed) {
            SqlStatement remove(connection, "DELETE FROM income_records WHERE id = ?1;");
            remove.bind(1, id);
            if (auto deleted = remove.run(); !deleted.ok()) {
                return deleted;
            }
            if (auto audited = audit.append(QStringLiteral("income_record.prefill_removed"),
                                            QStringLiteral("income record %1").arg(id));
                !audited.ok()) {
                return audited;
            }
        }
        return VaultStatus::success();
    });
}

} // namespace huisuan
