// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/RulePackChangelog.h"

#include "rules/RulePackRegistry.h"

namespace huisuan {

QList<FormulaFix> RulePackChangelog::formulaFixesFor(int taxYear)
{
    QList<FormulaFix> fixes;
    for (const RulePackChange& change : RulePackRegistry::builtIn().formulaFixesFor(taxYear)) {
        fixes.append({change.version, change.date, change.periods, change.change});
    }
    return fixes;
}

} // namespace huisuan
