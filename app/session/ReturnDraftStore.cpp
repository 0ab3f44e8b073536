// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ReturnDraftStore.h"

#include "vault/DeductionClaimStore.h"

#include "json/JsonReader.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace huisuan {

namespace {

const QString draftKind = QStringLiteral("annual_return_draft");

} // namespace

ReturnDraftStore::ReturnDraftStore(Vault& vault)
    : m_vault(vault)
{
}

VaultResult<ReturnDraft> ReturnDraftStore::load(qint64 profileId, int taxYear)
{
    VaultResult<QList<DeductionClaim>> claims = DeductionClaimStore(m_vault).forYear(profileId, taxYear);
    if (!claims.ok()) {
        return claims.status;
    }
    for (const DeductionClaim& claim : claims.value) {
        if (claim.kind != draftKind) {
            continue;
        }
        // The taxpayer's part is kept as the exact bytes saved: amounts are text, so QJson never
        // holds one as a double; only the wrapper's two members are read here.
        const QJsonObject stored = QJsonDocument::fromJson(claim.claimJson).object();
        ReturnDraft draft;
        draft.taxYear = taxYear;
        draft.taxpayerPart = stored.value(QStringLiteral("taxpayer_part")).toString().toUtf8();
        draft.bonusMethod = stored.value(QStringLiteral("bonus_method")).toString(QStringLiteral("optimal"));
        const QJsonObject claimants = stored.value(QStringLiteral("claimants")).toObject();
        for (auto it = claimants.constBegin(); it != claimants.constEnd(); ++it) {
            draft.claimants.insert(it.key(), it.value().toVariant().toStringList());
        }
        if (draft.taxpayerPart.isEmpty()) {
            return VaultStatus::failure(VaultErrorCode::DamagedVault,
                                        tr("The saved deductions of %1 are damaged; enter them again.").arg(taxYear));
        }
        return draft;
    }
    return ReturnDraft::emptyFor(taxYear);
}

VaultStatus ReturnDraftStore::save(qint64 profileId, const ReturnDraft& draft)
{
    const JsonReader::Result part = JsonReader::parse(draft.taxpayerPart);
    const JsonValue* year = part.ok ? part.value.find(QStringLiteral("tax_year")) : nullptr;
    if (!part.ok || !part.value.isObject() || year == nullptr || year->toInteger() != draft.taxYear) {
        return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                    tr("The deductions to save are not a return for %1.").arg(draft.taxYear));
    }
    DeductionClaimStore claims(m_vault);
    VaultResult<QList<DeductionClaim>> existing = claims.forYear(profileId, draft.taxYear);
    if (!existing.ok()) {
        return existing.status;
    }
    DeductionClaim claim;
    claim.profileId = profileId;
    claim.taxYear = draft.taxYear;
    claim.kind = draftKind;
    for (const DeductionClaim& stored : existing.value) {
        if (stored.kind == draftKind) {
            claim.id = stored.id;
        }
    }
    QJsonObject wrapper;
    wrapper.insert(QStringLiteral("taxpayer_part"), QString::fromUtf8(draft.taxpayerPart));
    wrapper.insert(QStringLiteral("bonus_method"), draft.bonusMethod);
    if (!draft.claimants.isEmpty()) {
        QJsonObject claimants;
        for (auto it = draft.claimants.constBegin(); it != draft.claimants.constEnd(); ++it) {
            claimants.insert(it.key(), QJsonArray::fromStringList(it.value()));
        }
        wrapper.insert(QStringLiteral("claimants"), claimants);
    }
    claim.claimJson = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    VaultResult<qint64> saved = claims.save(claim);
    return saved.status;
}

} // namespace huisuan
