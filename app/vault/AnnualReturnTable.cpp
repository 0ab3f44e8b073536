// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AnnualReturnTable.h"

#include "vault/SqlStatement.h"

namespace huisuan {

VaultStatus AnnualReturnTable::insert(SqlCipherConnection& connection,
                                      const AnnualReturnRecord& record,
                                      const QString& createdAt,
                                      qint64& id)
{
    SqlStatement insert(connection,
                        "INSERT INTO annual_returns (profile_id, tax_year, input_json, result_json, trace_json, "
                        "rule_pack_id, engine_version, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);");
    if (record.profileId != 0) {
        insert.bind(1, record.profileId);
    }
    insert.bind(2, qint64(record.taxYear));
    insert.bind(3, record.inputJson);
    insert.bind(4, record.resultJson);
    insert.bind(5, record.traceJson);
    insert.bind(6, record.rulePackId);
    insert.bind(7, record.engineVersion);
    insert.bind(8, createdAt);
    if (auto inserted = insert.run(); !inserted.ok()) {
        return inserted;
    }
    id = connection.lastInsertId();
    return VaultStatus::success();
}

VaultStatus AnnualReturnTable::read(SqlCipherConnection& connection, qint64 id, AnnualReturnRecord& record, bool& found)
{
    SqlStatement row(connection,
                     "SELECT id, ifnull(profile_id, 0), tax_year, input_json, result_json, trace_json, "
                     "rule_pack_id, engine_version, created_at FROM annual_returns WHERE id = ?1;");
    row.bind(1, id);
    found = row.next();
    if (found) {
        record.id = row.integer(0);
        record.profileId = row.integer(1);
        record.taxYear = int(row.integer(2));
        record.inputJson = row.blob(3);
        record.resultJson = row.blob(4);
        record.traceJson = row.blob(5);
        record.rulePackId = row.text(6);
        record.engineVersion = row.text(7);
        record.createdAt = row.text(8);
    }
    return row.status();
}

} // namespace huisuan
