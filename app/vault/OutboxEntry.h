// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/** A filing waiting to reach the bureau, or one that has (acknowledged entries are kept). */
struct OutboxEntry
{
    qint64 id = 0;
    qint64 filingId = 0;
    QString submissionId; // client-made, the key of exactly-once filing
    int attempts = 0;
    QString nextAttemptAt; // ISO 8601 UTC
    QString lastError; // technical, never personal data
    QString acknowledgedAt; // empty while pending

    bool isPending() const { return acknowledgedAt.isEmpty(); }
};

} // namespace huisuan
