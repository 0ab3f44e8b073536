// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tabular/TabularSheet.h"
#include "vault/Employee.h"

#include <QCoreApplication>
#include <QDate>

namespace huisuan {

/** The employment of an employee, as a roster gives it and Employee::detailsJson keeps it. */
struct Employment
{
    QDate start;
    QDate end; // null while employed

    QByteArray toJson() const;
    static Employment fromJson(const QByteArray& json);
};

/**
 * Validates a roster sheet for one workspace and tax year: every problem with its row, column and
 * reason, all at once. Only a roster without problems gives employees to store.
 */
class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)

public:
    struct Outcome
    {
        QList<Employee> employees; // empty whenever problems is not
        QList<TabularProblem> problems;
    };

    static Outcome read(const TabularSheet& sheet, qint64 workspaceId, int taxYear);
};

} // namespace huisuan
