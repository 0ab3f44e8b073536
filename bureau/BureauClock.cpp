// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauClock.h"

#include <algorithm>
#include <utility>

namespace huisuan {

BureauClock::BureauClock(RealTime realTime, QDateTime epoch, qint64 daySeconds, qint64 advancedDays)
    : m_realTime(std::move(realTime))
    , m_epoch(std::move(epoch))
    , m_daySeconds(std::max<qint64>(1, daySeconds))
    , m_advancedDays(advancedDays)
{
}

BureauClock::RealTime BureauClock::systemTime()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

QDateTime BureauClock::now() const
{
    return m_realTime();
}

qint64 BureauClock::day() const
{
    // A clock set back before the epoch must not give negative days: settlements only move forward.
    const qint64 elapsed = std::max<qint64>(0, m_epoch.secsTo(now()));
    return elapsed / m_daySeconds + m_advancedDays;
}

QDateTime BureauClock::dayStart(qint64 day) const
{
    return m_epoch.addDays(day);
}

} // namespace huisuan
