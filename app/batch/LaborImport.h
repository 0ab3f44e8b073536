// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BatchColumns.h"
#include "batch/ImportProblems.h"
#include "tabular/TabularSheet.h"
#include "vault/LaborPaymentRecord.h"

#include <QCoreApplication>
#include <QSet>

namespace huisuan {

/**
 * Validates a labor payments sheet (劳务报酬: payments to people not on the roster) and computes
 * each payment's prepayment with the engine's payment-prepayment, trace included, row by row as
 * the reader streams it. Every problem is reported with its row, column and reason, all at once
 * (up to ImportProblems::MaxKept); only a sheet without problems gives payments to store.
 */
class LaborImport
{
    Q_DECLARE_TR_FUNCTIONS(LaborImport)

public:
    struct Outcome
    {
        QList<LaborPaymentRecord> payments; // empty whenever problems is not
        QSet<int> months;
        QList<TabularProblem> problems;
    };

    /** `month` is the month of rows without a 所属月份 cell. */
    LaborImport(qint64 workspaceId, int taxYear, int month);

    void header(const QString& file, const QStringList& header);
    void row(const TabularRow& cells);
    Outcome finish(const QList<TabularProblem>& readerProblems);

    static Outcome read(const TabularSheet& sheet, qint64 workspaceId, int taxYear, int month);
    static Outcome readFile(const QString& path, qint64 workspaceId, int taxYear, int month);

private:
    qint64 m_workspaceId = 0;
    int m_taxYear = 0;
    int m_month = 0;
    QString m_file;
    BatchColumnMap m_columns;
    QHash<std::pair<QString, int>, int> m_rowOfPayeeMonth;
    ImportProblems m_problems;
    Outcome m_outcome;
};

} // namespace huisuan
