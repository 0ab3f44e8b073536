// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace huisuan {

class TabularRowSink;

/**
 * RFC 4180 CSV through libcsv, streamed: one pass over the bytes settles the encoding (a UTF-8
 * BOM or valid UTF-8 is UTF-8, else GB18030, which Chinese Excel writes; neither is refused),
 * a second hands each record to the sink. Records are numbered as Excel numbers its rows.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static void read(const QString& path, TabularRowSink& sink);
};

} // namespace huisuan
