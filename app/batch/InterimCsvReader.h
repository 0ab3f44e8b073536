// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tabular/Tabular.h"

#include <QCoreApplication>

namespace huisuan {

/**
 * TODO(#6): interim. Replace every call of InterimCsvReader::read with the tabular library's
 * readers (app/tabular: CSV in UTF-8 and GB18030, XLSX, streaming) when they merge, and delete this
 * class. It reads only UTF-8 CSV (with or without a byte order mark, RFC 4180 quoting), whole.
 */
class InterimCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(InterimCsvReader)

public:
    static TabularSheet read(const QString& file);
    static TabularSheet parse(const QString& file, const QByteArray& bytes);
};

} // namespace huisuan
