// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/AuditReport.h"
#include "session/FilingAudit.h"

#include <QCoreApplication>
#include <QString>

namespace huisuan {

/**
 * Opens an audit file or a bare signed filing, verifies it (FilingVerifier, against the CAs the file
 * carries) and replays it (FilingReplayer) into the plain FilingAudit the audit view shows; and turns
 * that into the AuditReport the PDF prints. Needs no vault: an auditor may have none.
 */
class FilingAuditReader
{
    Q_DECLARE_TR_FUNCTIONS(FilingAuditReader)

public:
    struct Opened
    {
        bool ok = false;
        QString message; // for people, when !ok: what is wrong with the file and what to do
        FilingAudit audit;
    };

    static Opened open(const QString& path);
    /** The report of `audit` for a PDF in `language` (a locale name: which CJK face it embeds). */
    static AuditReport report(const FilingAudit& audit, const QString& language);
};

} // namespace huisuan
