// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace huisuan {

/**
 * `huisuan-cli compute KIND FILE|-`: reads a case or a bare input, computes it, and prints one
 * canonical JSON object (or, with --explain, the trace as text). A refusal prints nothing on
 * standard output and one `PATH: message` line per problem on standard error.
 */
class ComputeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ComputeCommand)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usage();
};

} // namespace huisuan
