// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/**
 * A rule-pack changelog entry that fixed a formula (ARCHITECTURE.md: "a fix to a formula is a
 * changelog entry with the periods it affects"): the entry a replay names when it differs from what
 * was filed for a period the entry covers.
 */
struct FormulaFix
{
    QString version; // the pack version that made the fix
    QString date; // ISO date of the entry
    QString periods; // the tax periods it affects, as the changelog words them
    QString change; // what changed
};

} // namespace huisuan
