// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/DeclarationLine.h"
#include "batch/ReportTable.h"

#include <QCoreApplication>

namespace huisuan {

/**
 * The monthly withholding declaration (扣缴申报表) as a table, the one description its CSV, XLSX
 * and PDF are written from: Chinese headers as on the form, one row per person and income item
 * (所得项目), a subtotal (小计) per item when there are several, and the total (合计) of the month's
 * own amounts.
 */
class DeclarationTable
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationTable)

public:
    /** The table over `lines`, which must outlive it (its rows are made from them when written). */
    static ReportTable of(const QList<DeclarationLine>& lines);
    /** The form's name of an income item, in Chinese as on the form. */
    static QString itemName(DeclarationLine::Item item);
};

} // namespace huisuan
