// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/ReportTable.h"

#include <QCoreApplication>

namespace huisuan {

/**
 * A ReportTable as CSV for tools: the header, the rows and the totals, RFC 4180 quoting, UTF-8
 * with a byte order mark so that Chinese Excel opens it right (as DeclarationReport writes).
 */
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    static QByteArray bytes(const ReportTable& table);
    /** Writes the CSV through QSaveFile; an empty string, or the user's sentence on failure. */
    static QString write(const ReportTable& table, const QString& path);
};

} // namespace huisuan
