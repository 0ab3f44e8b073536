// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/SettlementStore.h"

#include "vault/AuditLog.h"
#include "vault/SqlStatement.h"
#include "vault/VaultAccess.h"
#include "vault/VaultInputCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace huisuan {

namespace {

// The history holds dates and state names only, never an amount, so plain JSON is safe for it.
QByteArray historyJson(const QList<SettlementRecord::Step>& history)
{
    QJsonArray steps;
    for (const SettlementRecord::Step& step : history) {
        steps.append(QJsonObject {{QStringLiteral("at"), step.at}, {QStringLiteral("state"), step.state}});
    }
    return QJsonDocument(steps).toJson(QJsonDocument::Compact);
}

QList<SettlementRecord::Step> historyFrom(const QByteArray& json)
{
    QList<SettlementRecord::Step> history;
    const QJsonArray steps = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& step : steps) {
        history.append({step[QStringLiteral("at")].toString(), step[QStringLiteral("state")].toString()});
    }
    return history;
}

} // namespace

SettlementStore::SettlementStore(Vault& vault)
    : m_vault(vault)
{
}

VaultStatus SettlementStore::save(const SettlementRecord& settlement)
{
    return VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
        if (auto found = VaultInputCheck::exists(
                connection, "SELECT 1 FROM filings WHERE id = ?1;", settlement.filingId, tr("filing"));
            !found.ok()) {
            return found;
        }
        if (auto valid = VaultInputCheck::amount(tr("settlement amount"), settlement.amount); !valid.ok()) {
            return valid;
        }
        if (settlement.direction != QLatin1String("refund") && settlement.direction != QLatin1String("payment")) {
            return VaultStatus::failure(
                VaultErrorCode::InvalidArgument,
                tr("The settlement of filing %1 is neither a refund nor a payment (%2); nothing was saved.")
                    .arg(settlement.filingId)
                    .arg(settlement.direction));
        }
        SqlStatement upsert(connection,
                            "INSERT OR REPLACE INTO filing_settlements (filing_id, direction, amount, state, due, "
                            "reason, history_json, checked_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);");
        upsert.bind(1, settlement.filingId);
        upsert.bind(2, settlement.direction);
        upsert.bind(3, settlement.amount);
        upsert.bind(4, settlement.state);
        upsert.bind(5, settlement.due);
        upsert.bind(6, settlement.reason);
        upsert.bind(7, historyJson(settlement.history));
        upsert.bind(8, VaultAccess::nowUtc());
        if (auto saved = upsert.run(); !saved.ok()) {
            return saved;
        }
        return audit.append(
            QStringLiteral("filing.settlement"),
            QStringLiteral("filing %1: %2 %3").arg(settlement.filingId).arg(settlement.direction, settlement.state));
    });
}

VaultResult<std::optional<SettlementRecord>> SettlementStore::forFiling(qint64 filingId)
{
    std::optional<SettlementRecord> found;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) -> VaultStatus {
        SqlStatement row(connection,
                         "SELECT direction, amount, state, due, reason, history_json, checked_at "
                         "FROM filing_settlements WHERE filing_id = ?1;");
        row.bind(1, filingId);
        if (row.next()) {
            SettlementRecord record;
            record.filingId = filingId;
            record.direction = row.text(0);
            record.amount = row.text(1);
            record.state = row.text(2);
            record.due = row.text(3);
            record.reason = row.text(4);
            record.history = historyFrom(row.blob(5));
            record.checkedAt = row.text(6);
            found = record;
        }
        return row.status();
    });
    if (!status.ok()) {
        return status;
    }
    return found;
}

} // namespace huisuan
