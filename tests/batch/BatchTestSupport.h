// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tabular/TabularSheet.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace huisuan::test {

/** A resident identity number with a right GB 11643 check digit, different for each `serial`. */
inline QString residentId(int serial)
{
    const QDate birth = QDate(1960, 1, 1).addDays(serial / 1000);
    const QString body = QStringLiteral("110105%1%2")
                             .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                             .arg(serial % 1000, 3, 10, QLatin1Char('0'));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += body.at(i).digitValue() * weights[i];
    }
    return body + QStringLiteral("10X98765432").at(sum % 11);
}

/** The same number with a wrong check digit. */
inline QString wrongCheckDigit(const QString& identity)
{
    const QChar last = identity.back();
    return identity.chopped(1) + (last == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'));
}

/** A sheet as the tabular readers give it: header at row 1, data from row 2, columns from 1. */
inline TabularSheet sheetOf(const QString& file, const QStringList& header, const QList<QStringList>& rows)
{
    TabularSheet sheet;
    sheet.file = file;
    sheet.header = header;
    for (int row = 0; row < rows.size(); ++row) {
        QList<TabularCell> cells;
        for (int column = 0; column < rows.at(row).size(); ++column) {
            cells.append({rows.at(row).at(column), row + 2, column + 1});
        }
        sheet.rows.append(cells);
    }
    return sheet;
}

inline const QStringList& rosterHeader()
{
    static const QStringList header = {
        QStringLiteral("证件号码"), QStringLiteral("姓名"), QStringLiteral("任职受雇日期"), QStringLiteral("离职日期")};
    return header;
}

/** The payroll header with the English aliases, as a script would write it. */
inline const QStringList& payrollHeader()
{
    static const QStringList header = {QStringLiteral("identity_number"),
                                       QStringLiteral("month"),
                                       QStringLiteral("wages"),
                                       QStringLiteral("special_deductions"),
                                       QStringLiteral("special_additional_deductions")};
    return header;
}

/** Whether some problem is at `row` and `column` and its reason holds `words`. */
inline bool hasProblem(const QList<TabularProblem>& problems, int row, int column, const QString& words)
{
    for (const TabularProblem& problem : problems) {
        if (problem.row == row && problem.column == column && problem.reason.contains(words)) {
            return true;
        }
    }
    return false;
}

inline QString describe(const QList<TabularProblem>& problems)
{
    QStringList lines;
    for (const TabularProblem& problem : problems) {
        lines << QStringLiteral("%1:%2:%3: %4")
                     .arg(problem.file)
                     .arg(problem.row)
                     .arg(problem.column)
                     .arg(problem.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace huisuan::test
