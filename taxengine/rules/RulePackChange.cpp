// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RulePackChange.h"

namespace huisuan {

namespace {

QDate isoDate(const QString& text)
{
    constexpr int isoDateLength = 10;
    // Not Qt::ISODate: Qt reads "2024/01/01" with it as well.
    return text.size() == isoDateLength ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd")) : QDate();
}

} // namespace

std::optional<RulePackChange::Interval> RulePackChange::parsePeriods(const QString& periods)
{
    const QStringList ends = periods.split(QLatin1Char('/'));
    if (ends.size() != 2) {
        return std::nullopt;
    }
    const Interval interval {isoDate(ends[0]), isoDate(ends[1])};
    if (!interval.first.isValid() || !interval.last.isValid() || interval.last < interval.first) {
        return std::nullopt;
    }
    return interval;
}

bool RulePackChange::affects(int taxYear) const
{
    const auto interval = parsePeriods(periods);
    return interval && interval->first.year() <= taxYear && interval->last.year() >= taxYear;
}

} // namespace huisuan
