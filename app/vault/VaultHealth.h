// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/AuditVerification.h"

#include <QStringList>

namespace huisuan {

/** `PRAGMA integrity_check` and the audit chain, as `vault verify` reports them. */
struct VaultHealth
{
    QStringList integrityProblems; // empty when SQLite answers "ok"
    AuditVerification audit;

    bool healthy() const { return integrityProblems.isEmpty() && audit.intact(); }
};

} // namespace huisuan
