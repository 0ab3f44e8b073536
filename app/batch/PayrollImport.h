// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BatchColumns.h"
#include "batch/BureauDeductions.h"
#include "batch/ImportProblems.h"
#include "tabular/TabularReader.h"
#include "vault/Employee.h"
#include "vault/PayrollMonth.h"

#include <QCoreApplication>
#include <QSet>
#include <functional>

namespace huisuan {

/**
 * Validates a payroll sheet against a workspace's roster, row by row as the reader streams it:
 * every problem with its row, column and reason, all at once (the first ImportProblems::MaxKept
 * of them, and how many more). A sheet holds one month (the month being imported) or, with a
 * 所属月份 column, several months in calendar order. Only a sheet without problems gives payroll
 * to store. What is kept per row is the payroll month to store, never the sheet's cells.
 */
class PayrollImport
{
    Q_DECLARE_TR_FUNCTIONS(PayrollImport)

public:
    struct Outcome
    {
        QList<PayrollMonth> payrolls; // empty whenever problems is not
        QSet<int> months; // the months the sheet holds
        QList<TabularProblem> problems;
    };

    /** `month` is the month of rows without a 所属月份 cell. */
    PayrollImport(const QList<Employee>& roster, int taxYear, int month);

    /** Valid rows go to `sink` as they are read, rather than into Outcome::payrolls. */
    void setSink(std::function<void(const PayrollMonth&)> sink) { m_sink = std::move(sink); }
    /** Deductions employees pushed through the bureau: a sheet cell saying otherwise is a problem. */
    void setBureauDeductions(const BureauDeductions* bureau) { m_bureau = bureau; }
    void header(const QString& file, const QStringList& header);
    void row(const TabularRow& cells);
    /** The outcome, with the reader's own problems first. */
    Outcome finish(const QList<TabularProblem>& readerProblems);

    /** A sheet already in memory. */
    static Outcome read(const TabularSheet& sheet,
                        const QList<Employee>& roster,
                        int taxYear,
                        int month,
                        const BureauDeductions* bureau = nullptr);
    /** Streams the file through TabularReader::forEachRow. */
    static Outcome readFile(const QString& path,
                            const QList<Employee>& roster,
                            int taxYear,
                            int month,
                            qint64 maxBytes = TabularReader::DefaultMaxBytes);

private:
    QHash<QString, const Employee*> m_byIdentity;
    int m_taxYear = 0;
    int m_month = 0;
    QString m_file;
    BatchColumnMap m_columns;
    QHash<qint64, int> m_rowInMonth; // the row of each employee in the current month, as months come in order
    QHash<qint64, int> m_rowOfSeparateBonus;
    int m_previousMonth = 0;
    int m_previousRow = 0;
    ImportProblems m_problems;
    Outcome m_outcome;
    std::function<void(const PayrollMonth&)> m_sink;
    const BureauDeductions* m_bureau = nullptr;
};

} // namespace huisuan
