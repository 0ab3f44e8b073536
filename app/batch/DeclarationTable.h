// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/DeclarationLine.h"
#include "batch/ReportTable.h"

#include <QCoreApplication>

namespace huisuan {

/**
 * The monthly withholding declaration (扣缴申报表) as a table: the CSV's Chinese headers, one row
 * per employee and the totals row (合计) of the month's own amounts.
 */
class DeclarationTable
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationTable)

public:
    /** The table over `lines`, which must outlive it (its rows are made from them when written). */
    static ReportTable of(const QList<DeclarationLine>& lines);
};

} // namespace huisuan
