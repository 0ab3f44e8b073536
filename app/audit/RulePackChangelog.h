// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/FormulaFix.h"

#include <QList>

namespace huisuan {

/** The rule packs' changelog as replay reads it: the one place that asks the registry for it. */
namespace RulePackChangelog {

/** The formula-fix entries (kind "formula", not data corrections) whose periods include `taxYear`. */
QList<FormulaFix> formulaFixesFor(int taxYear);

} // namespace RulePackChangelog

} // namespace huisuan
