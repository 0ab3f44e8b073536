// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace huisuan {

/** A client company's workspace, as the accountant's workspace list shows it. */
struct WorkspaceRow
{
    QString creditCode; // unified social credit code: what every batch call names the workspace by
    QString name;
};

/** One employee of a workspace's roster with the year's totals, for the employee table. */
struct BatchEmployeeRow
{
    qint64 id = 0; // the vault's id: what BatchResultRow::employeeId refers to
    QString identityNumber;
    QString name;
    QDate employmentStart;
    QDate employmentEnd; // null while employed
    int monthsPaid = 0; // payroll months of the year
    QString wages; // canonical yuan, the year's wages so far
    QString withheld; // canonical yuan, the tax withheld over the computed months
    int monthsComputed = 0; // of monthsPaid
};

/** One month of a workspace's year, for the month table. */
struct BatchMonthRow
{
    /**
     * Imported: payroll, no result yet. Computed: every employee paid has a result. Stale: some
     * results are missing (a computation was stopped, or refused some employees): compute again.
     */
    enum class State { Imported, Computed, Stale };

    int month = 0; // 1 to 12
    State state = State::Imported;
    int employees = 0; // employees paid in the month
    QString wages; // canonical yuan
    QString withheld; // canonical yuan, over the employees with a result
};

/** One employee's month: the payroll and, once computed, the cumulative withholding. */
struct BatchResultRow
{
    qint64 employeeId = 0;
    int month = 0;
    QString wages; // canonical yuan
    bool computed = false;
    QString cumulativeTaxableIncome; // canonical yuan; empty until computed
    QString rate; // canonical rate ("0.03")
    QString cumulativeTax; // canonical yuan
    QString withheld; // canonical yuan: this month's withholding
};

/** What a workspace holds for a tax year. */
struct BatchYear
{
    QString creditCode;
    int taxYear = 0;
    QList<BatchEmployeeRow> employees; // roster order
    QList<BatchMonthRow> months; // January first, months with payroll only
    QList<BatchResultRow> results; // by employee, then month
};

/** A problem of an imported file, where the user finds it. */
struct BatchProblemRow
{
    QString file;
    int row = 0; // as the spreadsheet shows it; 0: the whole file
    int column = 0; // 1-based; 0: the whole row
    QString reason;
};

/** How an import or a computation ended. */
struct BatchResult
{
    enum class Kind {
        Done,
        Problems, // the file has problems, listed; nothing was stored
        MonthsAlreadyImported, // the payroll's months are there already; nothing was stored
        Cancelled, // the user stopped it; see message for what was kept
        Failed, // the vault failed, or the workspace is unknown
    };
    Kind kind = Kind::Done;
    QString message; // for the user, in the language of the moment
    QList<BatchProblemRow> problems;
    QList<int> monthsAlreadyImported;
    int stored = 0; // employees or payroll months saved
    QStringList refusedIdentities; // employees the computation refused ...
    QStringList refusedReasons; // ... and why, in the same order
};

} // namespace huisuan
