// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/RulePackChangelog.h"

namespace huisuan {

QList<FormulaFix> RulePackChangelog::formulaFixesFor(int taxYear)
{
    // TODO(#7): return RulePackRegistry::formulaFixesFor(taxYear) mapped to FormulaFix once the
    // changelog lookup (branch rulelog) is merged; until then no pack has a recorded formula fix.
    Q_UNUSED(taxYear)
    return {};
}

} // namespace huisuan
