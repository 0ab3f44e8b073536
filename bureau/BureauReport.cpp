// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauReport.h"

namespace huisuan {

VaultResult<JsonValue> BureauReport::collect(BureauStore& store)
{
    JsonValue report = JsonValue::object();
    const VaultStatus status = store.read([&](BureauTables& tables) -> VaultStatus {
        auto accepted = tables.acceptedCounts();
        if (!accepted.ok()) {
            return accepted.status;
        }
        JsonValue list = JsonValue::array();
        for (const AcceptedCount& count : accepted.value) {
            list.append(JsonValue::object({{QStringLiteral("accepted"), JsonValue::integer(count.accepted)},
                                           {QStringLiteral("current"), JsonValue::integer(count.current)},
                                           {QStringLiteral("identity_number"), JsonValue::string(count.identityNumber)},
                                           {QStringLiteral("tax_year"), JsonValue::integer(count.taxYear)}}));
        }
        report.insert(QStringLiteral("accepted"), std::move(list));
        const std::pair<const char*, const char*> tables_[] = {{"answers", "bureau_answers"},
                                                               {"certificates", "bureau_certificates"},
                                                               {"declarations", "bureau_declarations"},
                                                               {"disputes", "bureau_disputes"},
                                                               {"filings", "bureau_filings"},
                                                               {"prefill_records", "bureau_prefill_records"},
                                                               {"receipts", "bureau_receipts"}};
        for (const auto& [name, table] : tables_) {
            auto counted = tables.count(table);
            if (!counted.ok()) {
                return counted.status;
            }
            report.insert(QString::fromLatin1(name), JsonValue::integer(counted.value));
        }
        return VaultStatus::success();
    });
    if (!status.ok()) {
        return status;
    }
    return report;
}

} // namespace huisuan
