// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BureauDeductions.h"

#include "vault/BureauDeductionStore.h"

#include "json/JsonReader.h"
#include <QJsonDocument>
#include <QJsonObject>

namespace huisuan {

namespace {

const QString specialAdditionalKey = QStringLiteral("special_additional_deductions");

} // namespace

VaultResult<BureauDeductions> BureauDeductions::load(Vault& vault, qint64 workspaceId, int taxYear)
{
    auto stored = BureauDeductionStore(vault).forYear(workspaceId, taxYear);
    if (!stored.ok()) {
        return stored.status;
    }
    BureauDeductions deductions;
    for (const BureauDeduction& deduction : stored.value) {
        const JsonReader::Result monthly = JsonReader::parse(deduction.monthlyJson);
        if (!monthly.ok || !monthly.value.isObject()) {
            return VaultStatus::failure(
                VaultErrorCode::DamagedVault,
                tr("The downloaded deductions of %1 are damaged; download them again.").arg(deduction.identityNumber));
        }
        Money total;
        for (const JsonValue::Member& member : monthly.value.members()) {
            const std::optional<Money> amount = Money::parse(member.second.text());
            if (!amount) {
                return VaultStatus::failure(VaultErrorCode::DamagedVault,
                                            tr("The downloaded deductions of %1 are damaged; download them again.")
                                                .arg(deduction.identityNumber));
            }
            total += *amount;
        }
        deductions.m_monthly.insert(deduction.identityNumber, total);
    }
    return deductions;
}

std::optional<Money> BureauDeductions::monthlyFor(const QString& identityNumber) const
{
    const auto found = m_monthly.constFind(identityNumber);
    return found == m_monthly.constEnd() ? std::nullopt : std::optional<Money>(*found);
}

QByteArray
BureauDeductions::applied(const QString& identityNumber, const QByteArray& payrollJson, QString* sheetAmount) const
{
    const std::optional<Money> bureau = monthlyFor(identityNumber);
    if (!bureau) {
        return payrollJson;
    }
    // Amounts are text in the payroll JSON, so QJson never holds one as a double.
    QJsonObject payroll = QJsonDocument::fromJson(payrollJson).object();
    const std::optional<Money> sheet = Money::parse(payroll.value(specialAdditionalKey).toString());
    if (sheetAmount != nullptr && sheet && !sheet->isZero() && *sheet != *bureau) {
        *sheetAmount = sheet->toString();
    }
    payroll.insert(specialAdditionalKey, bureau->toString());
    return QJsonDocument(payroll).toJson(QJsonDocument::Compact);
}

QString BureauDeductions::conflict(const QString& identityNumber, const QString& sheetAmount) const
{
    const std::optional<Money> bureau = monthlyFor(identityNumber);
    const std::optional<Money> amount = Money::parse(sheetAmount);
    if (!bureau || !amount || amount->isZero() || *amount == *bureau) {
        return {};
    }
    return tr("The employee pushed special additional deductions of %1 a month to this company through the tax "
              "bureau, and they are used; this cell says %2. Leave the cell empty, or write %1.")
        .arg(bureau->toString(), amount->toString());
}

} // namespace huisuan
