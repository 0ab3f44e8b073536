// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/AuditReport.h"

#include <QCoreApplication>
#include <QString>

namespace huisuan {

/**
 * Writes an auditor's report as a PDF, as FilingReportPdf writes a taxpayer's: the labels in the
 * language of the moment and the Noto Sans CJK face of the report's language embedded. A failed
 * check and a differing line are marked in words, not by colour alone, so that a black and white
 * print says the same. No widgets: it runs on the session's worker thread.
 */
class AuditReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(AuditReportPdf)

public:
    /** The report as HTML, for QTextDocument; every value escaped. */
    static QString html(const AuditReport& report);
    /** Writes the PDF to `path` through QSaveFile; an empty string, or the user's sentence on failure. */
    static QString write(const AuditReport& report, const QString& path);
};

} // namespace huisuan
