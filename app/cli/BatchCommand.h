// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace huisuan {

/**
 * `huisuan-cli batch ...`: an accountant's company workspaces, roster and payroll import, the
 * year's withholding for every employee and the monthly declaration, for scripts and schedulers
 * (issue 6). The vault's passphrase comes from HUISUAN_PASSPHRASE or a prompt, as for `vault`.
 * An import refused for its content exits with ExitRefused and one `FILE:ROW:COLUMN: reason` line
 * per problem on standard error.
 */
class BatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usage();
};

} // namespace huisuan
