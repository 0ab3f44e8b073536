// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace huisuan {

/**
 * The batch actions that talk to the bureau (issue 6), for `huisuan-cli batch`: `submit` queues a
 * month's declaration in the vault's declaration outbox and sends it exactly once, showing the
 * bureau's verified receipt; `declarations` lists what each month's declarations came to, from the
 * vault alone; `deductions download` fetches the special additional deductions employees pushed to
 * the company, which the year's computation then uses. Exit status as for filings: 0 done, 1 failure, 2 refused by the
 * bureau, 3 queued and not yet answered (the next submit sends it again).
 */
class BatchBureauCommand
{
    Q_DECLARE_TR_FUNCTIONS(BatchBureauCommand)

public:
    static bool handles(const QString& action);
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usage();
};

} // namespace huisuan
