// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditCheck.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace huisuan {

/** What verifying one filing found: every check, failed or not, and what the filing says of itself. */
struct VerifyReport
{
    enum class CaSource {
        Pinned, // the auditor's --ca
        AuditFile, // the CA embedded in the audit file: it shows consistency, not trust
        None, // a bare filing without --ca: the chain cannot be checked
    };

    // As the filing states them; empty or 0 when the envelope cannot be read.
    QString submissionId;
    int taxYear = 0;
    QString rulePack;
    QString engineVersion;
    QString replaces;
    QDateTime createdAt;
    QString signerName;
    QString signerIdentityNumber;

    CaSource caSource = CaSource::None;
    bool hasReceipt = false;
    QList<AuditCheck> checks; // in a fixed order, every check whether it passed or not

    bool passed() const
    {
        for (const AuditCheck& check : checks) {
            if (!check.passed) {
                return false;
            }
        }
        return !checks.isEmpty();
    }
};

} // namespace huisuan
