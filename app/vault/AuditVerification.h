// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/** The result of walking the audit log's hash chain and comparing its end with the stored head. */
struct AuditVerification
{
    qint64 entries = 0;
    /**
     * The id of the first entry whose content or link does not match, or of the first entry cut off
     * the end of the log; 0 when no entry can be named.
     */
    qint64 firstBadEntry = 0;
    /** False when the stored head is missing, not authentic, or does not match the last entry. */
    bool headIntact = true;
    QString reason;

    bool intact() const { return firstBadEntry == 0 && headIntact; }
};

} // namespace huisuan
