// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/** One named check of a verification: what was checked, whether it held, and a sentence saying so. */
struct AuditCheck
{
    /** Stable ids, for tools and tests; see FilingVerifier for the list. */
    QString id;
    QString name; // translated, short: "SM2 signature"
    bool passed = false;
    QString sentence; // translated: what was found and, on a failure, what it means for the auditor
};

} // namespace huisuan
