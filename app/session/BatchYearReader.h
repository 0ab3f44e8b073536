// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/BatchRows.h"
#include "vault/CompanyWorkspace.h"
#include "vault/VaultResult.h"

namespace huisuan {

class Vault;

/** What a workspace holds for a year, read from the vault into BatchYear's plain rows; on the worker only. */
class BatchYearReader
{
public:
    [[nodiscard]] static VaultResult<BatchYear> read(Vault& vault, const CompanyWorkspace& workspace, int taxYear);
};

} // namespace huisuan
