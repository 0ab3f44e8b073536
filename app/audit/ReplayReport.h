// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/FormulaFix.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace huisuan {

/** One line of a replay's comparison: a trace line (or a result member) as filed and as recomputed. */
struct ReplayLine
{
    QString id; // the engine's line id, e.g. "annual_return.taxable_income"; "result.<key>" for a result member
    QString label; // translated
    QString filedValue; // empty when the filed result has no such line
    QString replayedValue; // empty when the recomputation has no such line
    QString formula; // translated, from the recomputation (the filed one when only it has the line)
    QStringList citations; // the rule-pack citations the line read
    /** The line differs in its value, inputs, parameters or roundings, or exists on one side only. */
    bool differs = false;
};

/** What replaying one filing found. */
struct ReplayReport
{
    enum class Outcome {
        Clean, // recomputed with the filing's own rule pack; what was filed is what comes out
        Differs, // recomputed; at least one line differs (see lines and formulaFixes)
        CannotCompare, // recomputed, but there is nothing filed to compare with (a bare filing, no receipt)
        Refused, // not recomputed: the rule pack is unknown to this build, or the envelope cannot be read
        Failed, // not recomputed: the engine refused the return or failed
    };
    /** What the replay compared the recomputation with. */
    enum class Basis { FiledResult, Receipt, Nothing };

    Outcome outcome = Outcome::Refused;
    Basis basis = Basis::Nothing;
    QString message; // translated sentence for people: the outcome and what to do about it

    QString submissionId;
    int taxYear = 0;
    QString rulePack;

    QList<ReplayLine> lines; // every line compared, in the recomputation's order
    QByteArray filedResultBytes; // canonical result without trace, as filed; empty for a bare filing
    QByteArray replayedResultBytes; // canonical result without trace, as recomputed now
    /** Formula-fix changelog entries for the filing's tax period; set only when a line differs. */
    QList<FormulaFix> formulaFixes;

    bool clean() const { return outcome == Outcome::Clean; }
    int differenceCount() const
    {
        int count = 0;
        for (const ReplayLine& line : lines) {
            count += line.differs ? 1 : 0;
        }
        return count;
    }
};

} // namespace huisuan
