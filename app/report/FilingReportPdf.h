// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/FilingReport.h"

#include <QCoreApplication>
#include <QString>

namespace huisuan {

/**
 * Writes a filing report as a PDF with QPdfWriter, the labels in the language of the moment and
 * the Noto Sans CJK face of the report's language embedded, so that the Chinese reads the same on
 * any machine. No widgets: it runs on the session's worker thread.
 */
class FilingReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(FilingReportPdf)

public:
    /** The report as HTML, for QTextDocument; every value escaped. */
    static QString html(const FilingReport& report);
    /** Writes the PDF to `path` through QSaveFile; an empty string, or the user's sentence on failure. */
    static QString write(const FilingReport& report, const QString& path);
    /**
     * Writes `html` as an A4 PDF titled `title`, with the CJK face of `language` embedded, through
     * QSaveFile: what every report of the app shares (the audit report too).
     */
    static QString writeHtml(const QString& html, const QString& title, const QString& language, const QString& path);
    /** The first six and the last four characters, as the bureau's own letters print an identity number. */
    static QString maskedIdentity(const QString& identityNumber);
};

} // namespace huisuan
