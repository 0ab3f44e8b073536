// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditFile.h"
#include "audit/FormulaFix.h"
#include "audit/ReplayReport.h"

#include <QCoreApplication>
#include <functional>

namespace huisuan {

/**
 * Replays a filing (issue 7): recomputes the signed return with the rule pack the filing names
 * (RulePackRegistry::byId, never another pack: an unknown id is refused) and compares the result
 * and trace line by line with what was filed, or with the receipt's figures when only a receipt is
 * given. Replay reads the envelope without judging its signature: FilingVerifier does that.
 */
class FilingReplayer
{
    Q_DECLARE_TR_FUNCTIONS(FilingReplayer)

public:
    /** The formula-fix changelog entries for a tax year. */
    using FixLookup = std::function<QList<FormulaFix>(int taxYear)>;

    /** Replays with this build's rule-pack changelog. */
    static ReplayReport replay(const AuditFile& file);
    /** Replays with another changelog lookup (a test's, or a newer changelog's). */
    static ReplayReport replay(const AuditFile& file, const FixLookup& formulaFixes);
};

} // namespace huisuan
