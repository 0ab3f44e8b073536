// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/** The result of walking the audit log's hash chain. */
struct AuditVerification
{
    qint64 entries = 0;
    /** The id of the first entry whose content or link does not match; 0 when the chain is intact. */
    qint64 firstBadEntry = 0;
    QString reason;

    bool intact() const { return firstBadEntry == 0; }
};

} // namespace huisuan
