// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tabular/TabularSheet.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace huisuan {

/** What a column of a roster or payroll sheet holds (docs/batch-template.md). */
enum class BatchField {
    IdentityNumber,
    Name,
    EmploymentStart,
    EmploymentEnd,
    Month,
    Wages,
    TaxFreeIncome,
    SpecialDeductions,
    SpecialAdditionalDeductions,
    OtherDeductions,
    TaxRelief,
    AnnualBonus,
    AnnualBonusMethod,
    LaborAmount,
};

enum class BatchSheetKind { Roster, Payroll, LaborPayments };

struct BatchColumn
{
    BatchField field;
    QString chinese; // the header the withholding client's templates use
    QString english; // the alias for scripts and English spreadsheets
    bool required = false;
};

/** Where each field is in a sheet: its 0-based index in the header. */
using BatchColumnMap = QHash<BatchField, int>;

/**
 * The column template of roster and payroll sheets: Chinese headers with English aliases, in the
 * order the template writes them. Reading a header finds every unknown, repeated or missing column.
 */
class BatchColumns
{
    Q_DECLARE_TR_FUNCTIONS(BatchColumns)

public:
    static const QList<BatchColumn>& of(BatchSheetKind kind);
    /** The template's header row as CSV (UTF-8, CRLF), the Chinese names. */
    static QByteArray templateCsv(BatchSheetKind kind);
    /** The header's columns; every problem with the header goes to `problems`, at row 1. */
    static BatchColumnMap
    read(const QString& file, const QStringList& header, BatchSheetKind kind, QList<TabularProblem>& problems);
    /** The Chinese header of a field, for messages. */
    static QString header(BatchField field);
};

} // namespace huisuan
