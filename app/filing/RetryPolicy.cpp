// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/RetryPolicy.h"

#include <algorithm>

namespace huisuan {

RetryPolicy::RetryPolicy(Settings settings, QRandomGenerator* random)
    : m_settings(settings)
    , m_random(random)
{
}

std::chrono::milliseconds RetryPolicy::delayBefore(int retry, std::optional<int> retryAfterSeconds) const
{
    using std::chrono::milliseconds;
    const qint64 base = std::max<qint64>(1, m_settings.base.count());
    const qint64 cap = std::max(base, static_cast<qint64>(m_settings.cap.count()));
    // Doubling stops at the cap, so no retry count can overflow the shift.
    qint64 ceiling = base;
    for (int i = 1; i < retry && ceiling < cap; ++i) {
        ceiling *= 2;
    }
    ceiling = std::min(ceiling, cap);
    const qint64 half = ceiling / 2;
    const qint64 jittered = half + static_cast<qint64>(m_random->bounded(static_cast<quint64>(ceiling - half + 1)));
    const qint64 floor = retryAfterSeconds ? static_cast<qint64>(*retryAfterSeconds) * 1000 : 0;
    return milliseconds(std::max(jittered, floor));
}

} // namespace huisuan
