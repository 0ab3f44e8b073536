// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/DeclarationLine.h"
#include "batch/EmployeeStatement.h"
#include "vault/CompanyWorkspace.h"

#include <QCoreApplication>

namespace huisuan {

/**
 * The accountants' reports on paper: the monthly withholding declaration (A4 landscape, as many
 * pages as the company needs, the header on each) and an employee's annual statement, both with
 * the withholding agent's name and credit code, the period and page numbers, and Noto Sans CJK SC
 * embedded. Needs a QGuiApplication (fonts); no widgets.
 */
class BatchPdf
{
    Q_DECLARE_TR_FUNCTIONS(BatchPdf)

public:
    /** Writes the declaration of `month` to `path`; an empty string, or the user's sentence on failure. */
    static QString declaration(const CompanyWorkspace& company,
                               int taxYear,
                               int month,
                               const QList<DeclarationLine>& lines,
                               const QString& path);
    /** Writes the statement to `path`; an empty string, or the user's sentence on failure. */
    static QString statement(const EmployeeStatement& statement, const QString& path);
};

} // namespace huisuan
