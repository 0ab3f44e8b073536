// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/DeclarationQueue.h"

#include "batch/BatchService.h"
#include "money/Money.h"
#include "vault/WithholdingDeclarationStore.h"

#include "json/CanonicalJsonWriter.h"
#include <QUuid>

namespace huisuan {

namespace {

/** Payroll amounts are stored as imported; the bureau reads only the canonical spelling. */
QString canonicalAmount(const QString& text)
{
    const std::optional<Money> amount = Money::parse(text.isEmpty() ? QStringLiteral("0") : text);
    return amount ? amount->toString() : text;
}

JsonValue recordsOf(const QList<DeclarationLine>& lines)
{
    JsonValue records = JsonValue::array();
    for (const DeclarationLine& line : lines) {
        records.append(JsonValue::object({
            {QStringLiteral("identity_number"), JsonValue::string(line.identityNumber)},
            {QStringLiteral("income"), JsonValue::string(canonicalAmount(line.wages))},
            {QStringLiteral("income_type"), JsonValue::string(QStringLiteral("wages"))},
            {QStringLiteral("name"), JsonValue::string(line.name)},
            {QStringLiteral("tax_withheld"), JsonValue::string(canonicalAmount(line.withheld))},
        }));
    }
    return records;
}

QByteArray bodyOf(const CompanyWorkspace& workspace,
                  int taxYear,
                  int month,
                  const JsonValue& records,
                  const QString& declarationId,
                  const QString& replaces)
{
    JsonValue body = JsonValue::object({
        {QStringLiteral("declaration_id"), JsonValue::string(declarationId)},
        {QStringLiteral("employer"),
         JsonValue::object({{QStringLiteral("credit_code"), JsonValue::string(workspace.creditCode)},
                            {QStringLiteral("name"), JsonValue::string(workspace.name)}})},
        {QStringLiteral("period"),
         JsonValue::string(QStringLiteral("%1-%2").arg(taxYear).arg(month, 2, 10, QLatin1Char('0')))},
        {QStringLiteral("records"), records},
    });
    if (!replaces.isEmpty()) {
        body.insert(QStringLiteral("replaces"), JsonValue::string(replaces));
    }
    return CanonicalJsonWriter::write(body).bytes;
}

} // namespace

DeclarationQueue::DeclarationQueue(Vault& vault)
    : m_vault(vault)
{
}

VaultResult<DeclarationQueue::Queued> DeclarationQueue::queue(const CompanyWorkspace& workspace, int taxYear, int month)
{
    auto lines = BatchService(m_vault).declaration(workspace, taxYear, month);
    if (!lines.ok()) {
        return lines.status;
    }
    const QString period = QStringLiteral("%1-%2").arg(taxYear).arg(month, 2, 10, QLatin1Char('0'));
    if (lines.value.isEmpty()) {
        return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                    tr("No employee of %1 was paid in %2: there is nothing to declare. Import the "
                                       "payroll of %2 and compute the year first.")
                                        .arg(workspace.creditCode, period));
    }
    const JsonValue records = recordsOf(lines.value);
    WithholdingDeclarationStore store(m_vault);
    auto earlier = store.forMonth(workspace.id, taxYear, month);
    if (!earlier.ok()) {
        return earlier.status;
    }
    // Only the latest declaration not refused counts: the bureau holds it (or will) for the month.
    const WithholdingDeclaration* latest = nullptr;
    for (const WithholdingDeclaration& declaration : earlier.value) {
        if (declaration.status != WithholdingDeclaration::Status::Refused) {
            latest = &declaration;
        }
    }
    QString inForce;
    if (latest != nullptr) {
        // The same figures under its id and replaces are the same bytes: that declaration again.
        if (bodyOf(workspace, taxYear, month, records, latest->declarationId, latest->replaces) == latest->body) {
            return Queued {latest->declarationId, latest->replaces, false};
        }
        if (latest->isPending()) {
            return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                        tr("The declaration %1 of %2 has not been answered by the bureau yet. Submit "
                                           "again when the bureau can be reached; the corrected figures follow it.")
                                            .arg(latest->declarationId, period));
        }
        inForce = latest->declarationId;
    }
    WithholdingDeclaration declaration;
    declaration.workspaceId = workspace.id;
    declaration.taxYear = taxYear;
    declaration.month = month;
    declaration.declarationId = QStringLiteral("decl-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    declaration.replaces = inForce;
    declaration.body = bodyOf(workspace, taxYear, month, records, declaration.declarationId, inForce);
    auto created = store.createQueued(declaration);
    if (!created.ok()) {
        return created.status;
    }
    return Queued {declaration.declarationId, inForce, true};
}

} // namespace huisuan
