// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <functional>

namespace huisuan {

/**
 * The bureau's two times. Real time (UTC, injectable) checks certificates, request freshness and
 * stamps receipts. Simulated days move refunds and payments forward (docs/bureau-api.md §8.4): day
 * N is `daySeconds` real seconds after day N-1, counted from the bureau's epoch (when its vault was
 * created), plus the days the sandbox control endpoint added. Both the epoch and the added days are
 * kept in the vault, so a restart never moves a settlement backwards.
 */
class BureauClock
{
public:
    using RealTime = std::function<QDateTime()>;

    BureauClock(RealTime realTime, QDateTime epoch, qint64 daySeconds, qint64 advancedDays);

    /** Where the vault's bureau_meta keeps the epoch (ISO UTC) and the added days. */
    static QString epochMetaName() { return QStringLiteral("clock_epoch"); }
    static QString advancedDaysMetaName() { return QStringLiteral("clock_advanced_days"); }

    /** The system's UTC clock. */
    static RealTime systemTime();

    QDateTime now() const;
    /** Today's simulated day number; day 0 begins at the epoch. */
    qint64 day() const;
    /** When simulated day `day` begins, on the simulated calendar. */
    QDateTime dayStart(qint64 day) const;

    void advance(qint64 days) { m_advancedDays += days; }
    qint64 advancedDays() const { return m_advancedDays; }
    const QDateTime& epoch() const { return m_epoch; }

private:
    RealTime m_realTime;
    QDateTime m_epoch;
    qint64 m_daySeconds;
    qint64 m_advancedDays;
};

} // namespace huisuan
