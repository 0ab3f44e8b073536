// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace huisuan {

/**
 * One entry of a rule pack's changelog (docs/rule-pack-format.md). A "data" change is an amount,
 * a citation or a source in the pack; a "formula" change records a fix to a formula in code that
 * changes results for the periods listed, so that a replay that differs from a filing can name it.
 */
struct RulePackChange
{
    QString version; // the pack version that released the change
    QString date; // "YYYY-MM-DD"
    QString periods; // the tax periods affected: "2024-01-01/2024-12-31"
    QString change; // what changed and why
    QString kind; // "data" or "formula"; "data" when the entry does not say

    struct Interval
    {
        QDate first;
        QDate last;
    };
    /** `periods` read as an ISO 8601 interval of two dates, first ≤ last; none when it is not one. */
    static std::optional<Interval> parsePeriods(const QString& periods);
    /** Whether the periods of this change cover part of the tax year. */
    bool affects(int taxYear) const;

    friend bool operator==(const RulePackChange& a, const RulePackChange& b)
    {
        return a.version == b.version && a.date == b.date && a.periods == b.periods && a.change == b.change &&
            a.kind == b.kind;
    }
};

} // namespace huisuan
