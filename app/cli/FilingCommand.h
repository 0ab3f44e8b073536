// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace huisuan {

/**
 * The taxpayer's commands that talk to the tax bureau (issue 4):
 * `huisuan-cli enrol|prefill|file|correct|status|withdraw|dispute ... [--vault DIR]`.
 * Every one of them first sends what the vault's outbox still holds, so that a filing cut off by a
 * crash or a dropped network goes out with the next command.
 */
class FilingCommand
{
    Q_DECLARE_TR_FUNCTIONS(FilingCommand)

public:
    static bool handles(const QString& command);
    static int run(const QString& command,
                   const QStringList& arguments,
                   const QString& language,
                   QTextStream& out,
                   QTextStream& err);
    static QString usage();
};

} // namespace huisuan
