// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/ReturnDraft.h"
#include "vault/VaultResult.h"

#include <QCoreApplication>

namespace huisuan {

class Vault;

/**
 * A taxpayer's return drafts in the vault, one per tax year. A draft is kept whole, as the one
 * deduction claim of kind `annual_return_draft`, because the engine reads the taxpayer's part as
 * one document: splitting it into claims would need a second grammar that could drift from the
 * engine's. The claim store audits every save.
 */
class ReturnDraftStore
{
    Q_DECLARE_TR_FUNCTIONS(ReturnDraftStore)

public:
    explicit ReturnDraftStore(Vault& vault);

    /** The draft of `taxYear`, or an empty one when the taxpayer has claimed nothing yet. */
    [[nodiscard]] VaultResult<ReturnDraft> load(qint64 profileId, int taxYear);
    [[nodiscard]] VaultStatus save(qint64 profileId, const ReturnDraft& draft);

private:
    Vault& m_vault;
};

} // namespace huisuan
