// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <chrono>
#include <optional>

namespace huisuan {

/**
 * When to try a request again after a failure that is worth retrying (BureauStatus::worthRetrying):
 * bounded exponential back-off with jitter. The n-th retry waits between half and all of
 * base·2^(n-1), capped, so that many clients cut off together do not come back together; a
 * Retry-After from the bureau is a floor. There is no last attempt: a filing stays in the outbox
 * until the bureau answers it, and the user sees that it is waiting.
 */
class RetryPolicy
{
public:
    struct Settings
    {
        std::chrono::milliseconds base {1000};
        std::chrono::milliseconds cap {std::chrono::minutes(10)};
    };

    /** `random` is borrowed; tests pass a seeded generator, the app the system's. */
    explicit RetryPolicy(Settings settings, QRandomGenerator* random = QRandomGenerator::system());

    /** The wait before retry number `retry` (1 for the first retry), never more than the cap unless the bureau asks. */
    std::chrono::milliseconds delayBefore(int retry, std::optional<int> retryAfterSeconds = std::nullopt) const;

    const Settings& settings() const { return m_settings; }

private:
    Settings m_settings;
    QRandomGenerator* m_random;
};

} // namespace huisuan
