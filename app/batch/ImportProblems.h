// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tabular/TabularProblem.h"

#include <QCoreApplication>
#include <QList>

namespace huisuan {

/**
 * The problems an import finds, kept up to a cap: a broken 200 MB payroll has a problem on each of
 * its million rows, and listing them all would cost more memory than the file. The rest are
 * counted, and the list ends with one problem saying how many more there are.
 */
class ImportProblems
{
    Q_DECLARE_TR_FUNCTIONS(ImportProblems)

public:
    static constexpr qsizetype MaxKept = 1000;

    void add(const QList<TabularProblem>& problems);
    bool isEmpty() const { return m_kept.isEmpty(); }
    /** The kept problems, then (when some were not kept) one at row 0 of `file` that counts them. */
    QList<TabularProblem> take(const QString& file);

private:
    QList<TabularProblem> m_kept;
    qint64 m_notKept = 0;
};

} // namespace huisuan
